#!/usr/bin/python3
"""End to end: the RDF exports in real triple stores. Exports the summits fixture (and the
examples graph) to JSON-LD and N-Triples, loads each into Oxigraph (npm oxigraph) with the
vocabulary, and checks that the SPARQL examples in examples/sparql/ return the expected rows,
that rdflib parses both files to the same triples and answers the same, that every term of
our namespace the exports use is declared in schemas/vocab.ttl, and that --base moves
every IRI."""
import argparse
import glob
import os

import consumers as c
from common import check, fresh_dir, main, run

# The expected answers on tests/data/summits.ngraph (see fixtures.summits()).
EXPECTED = {
    "who-spoke-with.rq": [
        ["Joe Biden", "2", "2021-06-16", "2021-06-16"],
        ["Recep Tayyip Erdoğan", "1", "2022-08-05", "2022-08-05"],
    ],
    "who-criticised-whom.rq": [
        ["Russia", "United States", "3"],
        ["China", "United States", "2"],
        ["Sergei Lavrov", "Antony Blinken", "1"],
        ["United States", "Russia", "1"],
    ],
    "evidence-from-outlet.rq": [
        ["Joe Biden", "proposed", "New START", "Biden proposed extending New START.",
         "<https://example.org/news/geneva-2021>"],
        ["Joe Biden", "spoke with", "Vladimir Putin", "Biden and Putin met for talks in Geneva.",
         "<https://example.org/news/geneva-2021>"],
        ["Joe Biden", "spoke with", "Vladimir Putin", "The two presidents spoke for four hours.",
         "<https://example.org/news/geneva-2021>"],
        ["Recep Tayyip Erdoğan", "spoke with", "Vladimir Putin", "Erdoğan held talks with Putin in Sochi.", ""],
        ["Russia", "criticised", "United States", "Russia criticised US policy before the summit.",
         "<https://example.org/news/geneva-2021>"],
        ["Russia", "party to", "New START", "Russia is a party to New START.",
         "<https://example.org/news/geneva-2021>"],
        ["United States", "criticised", "Russia", "The United States criticised Russia over cyberattacks.",
         "<https://example.org/news/geneva-2021>"],
    ],
}


def rdflib_rows(graph, query_path):
    """The same query in rdflib, cells shown as sparql.mjs shows them."""
    import rdflib
    rows = []
    for row in graph.query(open(query_path, encoding="utf-8").read()):
        rows.append(["" if v is None else f"<{v}>" if isinstance(v, rdflib.URIRef) else str(v) for v in row])
    return rows


def export(args, ngraph, out, *extra):
    run([args.newsgraph, "export", ngraph, "-o", out, "--format", "jsonld,ntriples,vocab", "-q", *extra], expect=0)
    return os.path.join(out, "graph.jsonld"), os.path.join(out, "graph.nt"), os.path.join(out, "vocab.ttl")


def test(args):
    work = fresh_dir(args.workdir)
    queries = sorted(glob.glob(os.path.join(args.examples, "sparql", "*.rq")))
    check(sorted(os.path.basename(q) for q in queries) == sorted(EXPECTED), f"examples/sparql holds {queries}")
    jsonld, nt, vocab = export(args, os.path.join(args.data, "summits.ngraph"), os.path.join(work, "summits"))

    # The committed vocabulary is the generated one.
    check(open(vocab, "rb").read() == open(os.path.join(args.schemas, "vocab.ttl"), "rb").read(),
          "schemas/vocab.ttl differs from `newsgraph export ... --format vocab`: regenerate it")

    # Oxigraph: each file with the vocabulary; the example queries' rows.
    for data in (jsonld, nt):
        result = c.oxigraph(args.rdf, [data, vocab], queries)
        for q in result["queries"]:
            name = os.path.basename(q["file"])
            check(q["rows"] == EXPECTED[name], f"Oxigraph, {os.path.basename(data)}, {name}:\n{q['rows']}\n"
                                               f"expected\n{EXPECTED[name]}")
    # Without the vocabulary the outlet query names relations by their property.
    rows = c.oxigraph(args.rdf, [nt], [os.path.join(args.examples, "sparql", "evidence-from-outlet.rq")])
    check(rows["queries"][0]["rows"][0][1] == "proposed" and rows["queries"][0]["rows"][1][1] == "spokeWith",
          f"outlet query without vocabulary: {rows['queries'][0]['rows'][:2]}")

    # Both files hold the same triples, in Oxigraph and in rdflib; rdflib answers the same.
    dump = c.oxigraph(args.rdf, [jsonld], dump=True)
    check(dump == c.oxigraph(args.rdf, [nt], dump=True), "Oxigraph: JSON-LD and N-Triples triples differ")
    check(len(dump) == len(open(nt, encoding="utf-8").read().splitlines()), "Oxigraph lost N-Triples lines")
    a, b, v = c.rdflib_graph(jsonld), c.rdflib_graph(nt), c.rdflib_graph(vocab)
    check(set(a) == set(b) and len(a) == len(dump), f"rdflib: JSON-LD {len(a)} and N-Triples {len(b)} differ")
    for q in queries:
        rows = rdflib_rows(a + v, q)
        check(rows == EXPECTED[os.path.basename(q)], f"rdflib, {os.path.basename(q)}: {rows}")

    # The vocabulary: the treaty class is a schema:Legislation; every term of our namespace
    # that the exports use (classes, properties, relation objects) is declared in it, but
    # metric columns, which analyses name: each export declares those it holds, as
    # sub-properties of ng:metric.
    import rdflib
    RDF, RDFS, OWL = rdflib.RDF, rdflib.RDFS, rdflib.OWL
    ng = c.NG
    check((rdflib.URIRef(ng + "Treaty"), RDFS.subClassOf, rdflib.URIRef(c.SCHEMA + "Legislation")) in v,
          "vocab: ng:Treaty is not a schema:Legislation")
    check((rdflib.URIRef(ng + "spokeWith"), RDF.type, OWL.SymmetricProperty) in v, "vocab: spokeWith not symmetric")
    declared = {s for s, _, o in v.triples((None, RDF.type, None))
                if o in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)}
    hostile = export(args, os.path.join(args.data, "hostile.ngraph"), os.path.join(work, "hostile"))
    used, metrics = set(), set()
    for g in (a, c.rdflib_graph(hostile[1])):
        metrics |= set(g.subjects(RDFS.subPropertyOf, rdflib.URIRef(ng + "metric")))
        for s, p, o in g:
            for term in (s, p, o) if p != RDF.type else (s, o):
                if isinstance(term, rdflib.URIRef) and str(term).startswith(ng):
                    used.add(term)
    for m in metrics:
        check((m, RDF.type, OWL.DatatypeProperty) in a or (m, RDF.type, OWL.DatatypeProperty) in
              c.rdflib_graph(hostile[1]), f"metric {m} not declared a datatype property")
    check(used and used - metrics <= declared,
          f"terms used but not declared in vocab.ttl: {sorted(used - metrics - declared)}")

    # --base moves every node, document and relation IRI; the queries still answer.
    base = "http://data.example.com/news/"
    jsonld2, nt2, _ = export(args, os.path.join(args.data, "summits.ngraph"), os.path.join(work, "base"),
                             "--base", base)
    subjects = {line.split(" ", 1)[0] for line in open(nt2, encoding="utf-8")}
    outside = {s for s in subjects if not s.startswith("<" + base)}
    check(all(s.startswith("<" + ng) for s in outside), f"--base: subjects outside the base: {sorted(outside)[:5]}")
    result = c.oxigraph(args.rdf, [jsonld2, vocab], queries)
    check([q["rows"] for q in result["queries"]] == [EXPECTED[os.path.basename(q)] for q in queries],
          "--base: the example queries answer differently")

    # The examples corpus: the articles say Biden and Erdoğan spoke with Putin.
    out = os.path.join(work, "examples")
    run([args.newsgraph, "build", os.path.join(args.examples, "articles"), "-o", out,
         "--format", "jsonld,ntriples", "-q"], expect=0)
    who = os.path.join(args.examples, "sparql", "who-spoke-with.rq")
    for data in ("graph.jsonld", "graph.nt"):
        rows = c.oxigraph(args.rdf, [os.path.join(out, data)], [who])["queries"][0]["rows"]
        names = {r[0] for r in rows}
        check({"Joe Biden", "Recep Tayyip Erdoğan"} <= names, f"examples, {data}: who spoke with Putin: {rows}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--examples", required=True)
    ap.add_argument("--schemas", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--rdf", required=True)
    ap.add_argument("--workdir", required=True)
    a = ap.parse_args()
    main(lambda: test(a))
