#!/usr/bin/python3
"""End to end: every export opens in its real consumer. Builds examples/articles with every
format, re-exports the saved graph, and checks GraphML (XSD, NetworkX, igraph), GEXF 1.3
(RNG, colours, sizes, spells) and 1.2draft (XSD without viz, NetworkX), CSV (csv, pandas)
and DOT (dot, sfdp, neato without warnings, a generated graph of 250 nodes) against each
other, then runs the hostile-names fixture through every format and every consumer."""
import argparse
import json
import os
import time

import consumers as c
import fixtures
from common import check, fresh_dir, main, run


def first_day(iso):
    """The first day of an ISO date of any precision: "2021" -> "2021-01-01"."""
    return iso + "-01-01"[len(iso) - 4:]


def build_all(args, work):
    out = os.path.join(work, "out")
    _, stdout, _ = run([args.newsgraph, "build", os.path.join(args.examples, "articles"), "-o", out,
                        "--format", ",".join(c.ALL_FORMATS), "-j", "2"], expect=0)
    for fmt in c.ALL_FORMATS:
        for name in c.FILES[fmt]:
            check(f"wrote {os.path.join(out, name)}" in stdout, f"build did not report {name}")
    return out


def check_reexport(args, work, out):
    """`newsgraph export GRAPH --format F` for each format alone and for a list gives the
    bytes build wrote; a format named twice is written once."""
    ngraph = os.path.join(out, "graph.ngraph")
    for fmt in c.ALL_FORMATS:
        one = os.path.join(work, "export-" + fmt)
        run([args.newsgraph, "export", ngraph, "-o", one, "--format", fmt, "-q"], expect=0)
        check(sorted(os.listdir(one)) == sorted(c.FILES[fmt]), f"export --format {fmt} wrote {os.listdir(one)}")
        for name in c.FILES[fmt]:
            check(open(os.path.join(one, name), "rb").read() == open(os.path.join(out, name), "rb").read(),
                  f"export --format {fmt}: {name} differs from build's")
    listed = os.path.join(work, "export-list")
    run([args.newsgraph, "export", ngraph, "-o", listed, "--format", "csv,dot,csv,gexf", "-q"], expect=0)
    check(sorted(os.listdir(listed)) == sorted(c.FILES["csv"] + c.FILES["dot"] + c.FILES["gexf"]),
          f"--format csv,dot,csv,gexf wrote {os.listdir(listed)}")
    code, _, err = run([args.newsgraph, "export", ngraph, "-o", listed, "--format", "pdf"])
    check(code == 2 and "pdf" in err, f"unknown format: exit {code}, {err}")
    code, _, err = run([args.newsgraph, "export", ngraph, "-o", listed, "--format", "gexf", "--gexf-version", "1.1"])
    check(code == 2 and "1.1" in err, f"unknown GEXF version: exit {code}, {err}")
    code, _, err = run([args.newsgraph, "export", ngraph, "-o", listed, "--format", "jsonld", "--base", "relative/"])
    check(code != 0 and "--base" in err, f"relative base IRI accepted: exit {code}, {err}")


def check_graphml(args, out):
    path = os.path.join(out, "graph.graphml")
    c.xmllint_schema(os.path.join(args.shared, "xsd", "graphml", "1.0", "graphml.xsd"), path)
    c.check_graphml_networkx(path)
    c.check_graphml_igraph(path)
    return c.graphml_typed(path)


def check_gexf(args, work, out, graphml):
    gnodes, gedges, _ = graphml
    by_key = {n["key"]: n for n in gnodes.values()}
    path = os.path.join(out, "graph.gexf")
    rng = os.path.join(args.shared, "xsd", "gexf", "1.3", "gexf.rng")
    c.xmllint_relaxng(rng, path)
    text = open(path, encoding="utf-8").read()
    check("schemaLocation" not in text, "GEXF carries xsi:schemaLocation (the RNG rejects it)")
    nodes, edges, graph_attrs, types = c.gexf13(path)
    check(graph_attrs.get("mode") == "dynamic" and graph_attrs.get("timeformat") == "date",
          f"GEXF graph not dynamic by date: {graph_attrs}")
    check("anyURI" not in types, "GEXF uses anyURI (Gephi drops such columns)")

    # Same entities and values as the GraphML; colour by type from the ontology; size by
    # PageRank when the graph carries it (then GraphML has the column), else by documents:
    # the highest-scoring entity largest.
    with open(os.path.join(args.schemas, "ontology.json"), encoding="utf-8") as f:
        colours = {t["id"]: t["colour"] for t in json.load(f)["node_types"]}
    check(len(nodes) == len(gnodes) and len(edges) == len(gedges), "GEXF and GraphML sizes differ")
    basis = "pagerank" if all("pagerank" in n for n in gnodes.values()) else "documents"
    check(f"node size by {basis}" in text, f"GEXF description does not say size by {basis}")
    most = max(n[basis] for n in gnodes.values())
    for n in nodes.values():
        g = by_key[n["attrs"]["key"]]
        check(n["label"] == g["label"], f"GEXF label {n['label']} != GraphML {g['label']}")
        check(n["attrs"]["type"] == g["type"], f"GEXF type differs for {n['label']}")
        hexcolour = colours[g["type"]]
        check(n["colour"] == tuple(int(hexcolour[i:i + 2], 16) for i in (1, 3, 5)), f"colour of {n['label']}")
        check((n["size"] == 40) == (g[basis] == most), f"size of {n['label']}: {n['size']} ({basis})")
        c.check_spells_disjoint(n["spells"], f"node {n['label']}")
        check(n["spells"], f"node {n['label']} has no spell although its documents are dated")
        check(n["spells"][0][0] <= first_day(g["first_seen"]), f"node {n['label']} spell starts after first_seen")
    for e in edges.values():
        c.check_spells_disjoint(e["spells"], f"edge {e['xml']['id']}")
        check(e["xml"].get("kind") == e["attrs"]["relation"], "GEXF kind is not the relation")
        for spell in e["spells"]:
            for end in (e["source"], e["target"]):
                check(c.covered(spell, nodes[end]["spells"]),
                      f"edge {e['xml']['id']} shows at {spell} while node {nodes[end]['label']} is hidden")
        ge = [x for x in gedges.values() if x[2]["relation"] == e["attrs"]["relation"] and
              gnodes[x[0]]["key"] == nodes[e["source"]]["attrs"]["key"] and
              gnodes[x[1]]["key"] == nodes[e["target"]]["attrs"]["key"]]
        check(len(ge) == 1 and float(e["xml"]["weight"]) == ge[0][2]["weight"], "GEXF edge weight differs")

    # Static variant: valid, no spells.
    static = os.path.join(work, "static")
    run([args.newsgraph, "export", os.path.join(out, "graph.ngraph"), "-o", static, "--format", "gexf",
         "--gexf-static", "-q"], expect=0)
    c.xmllint_relaxng(rng, os.path.join(static, "graph.gexf"))
    check("<spell" not in open(os.path.join(static, "graph.gexf"), encoding="utf-8").read(), "static GEXF has spells")

    # 1.2draft for NetworkX: valid against the XSD once viz is removed, and NetworkX reads
    # the real file with the same nodes, labels, attributes, weights and spells.
    v12 = os.path.join(work, "gexf12")
    run([args.newsgraph, "export", os.path.join(out, "graph.ngraph"), "-o", v12, "--format", "gexf",
         "--gexf-version", "1.2draft", "-q"], expect=0)
    v12_path = os.path.join(v12, "graph.gexf")
    c.xmllint_schema(os.path.join(args.shared, "xsd", "gexf", "1.2draft", "gexf.xsd"),
                     c.without_viz(v12_path, os.path.join(v12, "noviz.gexf")))
    import networkx as nx
    g = nx.read_gexf(v12_path)
    check(g.number_of_nodes() == len(nodes) and g.number_of_edges() == len(edges), "NetworkX GEXF counts")
    for nid, n in nodes.items():
        d = g.nodes[nid]
        check(d["label"] == n["label"] and d["key"] == n["attrs"]["key"], f"NetworkX GEXF node {nid}")
        check(d["documents"] == int(n["attrs"]["documents"]), f"NetworkX GEXF documents of {nid}")
        check(d["spells"] == n["spells"], f"NetworkX GEXF spells of {nid}: {d['spells']} != {n['spells']}")
        check(d["viz"]["color"]["r"] == n["colour"][0], f"NetworkX GEXF colour of {nid}")
    for eid, e in edges.items():
        d = g.edges[e["source"], e["target"], eid] if g.is_multigraph() else g.edges[e["source"], e["target"]]
        check(d["relation"] == e["attrs"]["relation"] and d["weight"] == float(e["xml"]["weight"]),
              f"NetworkX GEXF edge {e['xml']['id']}")


def check_csv(out, graphml):
    gnodes, gedges, _ = graphml
    by_key = {n["key"]: n for n in gnodes.values()}
    header, nodes = c.read_csv_rows(os.path.join(out, "graph.nodes.csv"))
    check(header[:2] == ["Id", "Label"], f"nodes.csv header {header}")
    check({n["Id"] for n in nodes} == set(by_key), "nodes.csv ids are not the node keys")
    for n in nodes:
        g = by_key[n["Id"]]
        check(n["Label"] == g["label"] and n["type"] == g["type"], f"nodes.csv row {n['Id']}")
        check(int(n["documents"]) == g["documents"], f"nodes.csv documents of {n['Id']}")
        check(n["aliases"] == g.get("aliases", ""), f"nodes.csv aliases of {n['Id']}")
    header, edges = c.read_csv_rows(os.path.join(out, "graph.edges.csv"))
    check(header[:7] == ["Source", "Target", "Type", "Kind", "Id", "Label", "Weight"], f"edges.csv header {header}")
    check(len(edges) == len(gedges), "edges.csv row count")
    for e in edges:
        s, t, attrs = gedges[e["Id"]]
        check((gnodes[s]["key"], gnodes[t]["key"]) == (e["Source"], e["Target"]), f"edges.csv ends of {e['Id']}")
        check(e["Kind"] == attrs["relation"] and int(e["Weight"]) == attrs["weight"], f"edges.csv {e['Id']}")
        check(e["Type"] == ("Undirected" if attrs["symmetric"] else "Directed"), f"edges.csv Type of {e['Id']}")
        check(e["evidence"] == attrs["evidence"], f"edges.csv evidence of {e['Id']}")
    frame = c.read_csv_pandas(os.path.join(out, "graph.nodes.csv"))
    check(list(frame["Id"]) == [n["Id"] for n in nodes] and list(frame["Label"]) == [n["Label"] for n in nodes],
          "pandas reads nodes.csv differently from csv")
    frame = c.read_csv_pandas(os.path.join(out, "graph.edges.csv"))
    check(list(frame["evidence"]) == [e["evidence"] for e in edges], "pandas reads edges.csv differently")


def check_dot(args, work, out, graphml):
    gnodes, _, _ = graphml
    path = os.path.join(out, "graph.dot")
    # The layout the file picks (neato for this small graph), and the other engines too.
    for engine in (["dot"], ["sfdp"], ["neato"], ["dot", "-Kdot"]):
        svg = os.path.join(work, "examples-" + "-".join(engine) + ".svg")
        c.render(engine, path, svg)
        drawn = c.svg_nodes(svg)
        check(len(drawn) == len(gnodes) + 1, f"{engine}: {len(drawn)} nodes drawn, expected {len(gnodes)} and a legend")
        words = sorted(" ".join(lines) for key, lines in drawn.items() if key != "legend")
        check(sorted(" ".join(n["label"].split()) for n in gnodes.values()) == sorted(" ".join(w.split()) for w in words),
              f"{engine}: labels differ from the graph's")

    # A generated graph of 250 nodes: sfdp by default, drawn without warnings in reasonable
    # time; --top 20 by a missing metric falls back to weighted degree.
    big = os.path.join(work, "big250.ngraph")
    fixtures.write_ngraph(big, *fixtures.synthetic(250, 600, seed=3, long_names=True))
    big_out = os.path.join(work, "big250")
    run([args.newsgraph, "export", big, "-o", big_out, "--format", "dot", "-q"], expect=0)
    big_dot = os.path.join(big_out, "graph.dot")
    check("layout=sfdp" in open(big_dot, encoding="utf-8").read(), "250 nodes not laid out with sfdp")
    for engine in (["dot"], ["sfdp"]):
        started = time.monotonic()
        svg = os.path.join(work, "big250-" + engine[0] + ".svg")
        c.render(engine, big_dot, svg, timeout=120)
        check(len(c.svg_nodes(svg)) == 251, f"{engine}: not all 250 nodes drawn")
        print(f"{engine[0]} on 250 nodes: {time.monotonic() - started:.1f} s")
    # --top 20 by PageRank when the exported graph carries it, else by weighted degree; by a
    # metric no graph has, always weighted degree.
    top = os.path.join(work, "top20")
    run([args.newsgraph, "export", big, "-o", top, "--format", "dot,graphml", "--top", "20", "-q"], expect=0)
    has_pagerank = 'attr.name="pagerank"' in open(os.path.join(top, "graph.graphml"), encoding="utf-8").read()
    text = open(os.path.join(top, "graph.dot"), encoding="utf-8").read()
    expected = "pagerank" if has_pagerank else "weighted degree"
    check(f"20 of 250 entities, top 20 by {expected}" in text, f"--top 20 title (expected by {expected})")
    other = os.path.join(work, "top20-other")
    run([args.newsgraph, "export", big, "-o", other, "--format", "dot", "--top", "20", "--rank-by", "no-such-metric",
         "-q"], expect=0)
    check("top 20 by weighted degree" in open(os.path.join(other, "graph.dot"), encoding="utf-8").read(),
          "--rank-by of a missing metric does not fall back to weighted degree")
    svg = os.path.join(work, "top20.svg")
    c.render(["dot"], os.path.join(top, "graph.dot"), svg)
    check(len(c.svg_nodes(svg)) == 21, "--top 20 did not draw 20 nodes and a legend")


def check_hostile(args, work):
    """The hostile fixture through every format: each parses in its real consumer with the
    strings intact (controls dropped, as everywhere)."""
    out = os.path.join(work, "hostile")
    run([args.newsgraph, "export", os.path.join(args.data, "hostile.ngraph"), "-o", out,
         "--format", ",".join(c.ALL_FORMATS), "-q"], expect=0)
    evil, sentence = fixtures.clean(fixtures.EVIL_NAME), fixtures.clean(fixtures.SENTENCE)
    role = 'Chief "Villain" & <Boss> (2020-03-30)'
    aliases = "|".join(sorted(fixtures.ALIASES))
    att_name = "note__with__comma_"  # the attribute's name made an NMTOKEN

    # GraphML: XSD, NetworkX, igraph.
    graphml = os.path.join(out, "graph.graphml")
    c.xmllint_schema(os.path.join(args.shared, "xsd", "graphml", "1.0", "graphml.xsd"), graphml)
    g = c.check_graphml_networkx(graphml)
    c.check_graphml_igraph(graphml)
    node = next(d for _, d in g.nodes(data=True) if d["key"] == fixtures.EVIL_KEY)
    check(node["label"] == evil, f"GraphML label: {node['label']!r}")
    check(node["aliases"] == aliases and node["roles"] == role, f"GraphML aliases/roles: {node}")
    check(node[att_name] == fixtures.ATTRIBUTE[1], "GraphML attribute value")
    check(any(sentence in d["evidence"] for _, _, d in g.edges(data=True)), "GraphML evidence sentence")

    # GEXF 1.3 by the RNG and our reading; 1.2draft by the XSD and NetworkX.
    gexf = os.path.join(out, "graph.gexf")
    c.xmllint_relaxng(os.path.join(args.shared, "xsd", "gexf", "1.3", "gexf.rng"), gexf)
    nodes, edges, _, _ = c.gexf13(gexf)
    n = next(n for n in nodes.values() if n["attrs"]["key"] == fixtures.EVIL_KEY)
    check(n["label"] == evil and n["attrs"]["aliases"] == aliases and n["attrs"]["roles"] == role,
          f"GEXF node: {n['label']!r}")
    check(n["attrs"][fixtures.ATTRIBUTE[0]] == fixtures.ATTRIBUTE[1], "GEXF attribute")
    check(any(sentence in e["attrs"]["evidence"] for e in edges.values()), "GEXF evidence sentence")
    v12 = os.path.join(work, "hostile12")
    run([args.newsgraph, "export", os.path.join(args.data, "hostile.ngraph"), "-o", v12, "--format", "gexf",
         "--gexf-version", "1.2draft", "-q"], expect=0)
    c.xmllint_schema(os.path.join(args.shared, "xsd", "gexf", "1.2draft", "gexf.xsd"),
                     c.without_viz(os.path.join(v12, "graph.gexf"), os.path.join(v12, "noviz.gexf")))
    import networkx as nx
    g12 = nx.read_gexf(os.path.join(v12, "graph.gexf"))
    check(any(d["label"] == evil and d["key"] == fixtures.EVIL_KEY for _, d in g12.nodes(data=True)),
          "NetworkX GEXF 1.2draft lost the hostile name")

    # RDF: Oxigraph (strict) and rdflib load both files to the same triples; the strings
    # come back as written; the IRIs are the percent-encoded ones.
    jsonld, nt = os.path.join(out, "graph.jsonld"), os.path.join(out, "graph.nt")
    dump_jsonld = c.oxigraph(args.rdf, [jsonld], dump=True)
    check(dump_jsonld == c.oxigraph(args.rdf, [nt], dump=True), "Oxigraph: JSON-LD and N-Triples triples differ")
    check(len(dump_jsonld) == len(open(nt, encoding="utf-8").read().splitlines()),
          "Oxigraph dropped or added triples of the N-Triples file")
    import rdflib
    a, b = c.rdflib_graph(jsonld), c.rdflib_graph(nt)
    check(set(a) == set(b) and len(a) == len(dump_jsonld), "rdflib: JSON-LD and N-Triples differ")
    key = rdflib.Literal(fixtures.EVIL_KEY)
    subject = next(a.subjects(rdflib.URIRef(c.NG + "key"), key))
    check(str(a.value(subject, rdflib.URIRef(c.SCHEMA + "name"))) == evil, "RDF name")
    check(str(subject) == "https://newsgraph.example.org/id/person/Dr%20%22Evil%22%20%231%20%3Fx=%2541%20%3Ctag%3E%20%7Ba%7D%20%5C%20é",
          f"RDF node IRI {subject}")
    sentences = {(str(o), o.language) for o in a.objects(None, rdflib.URIRef(c.NG + "sentence"))}
    check((sentence, "en") in sentences, "RDF evidence sentence")
    doc = next(a.subjects(rdflib.URIRef(c.SCHEMA + "identifier"), rdflib.Literal(fixtures.DOC_ID)))
    check(str(a.value(doc, rdflib.URIRef(c.SCHEMA + "headline"))) == fixtures.clean(fixtures.DOC_TITLE), "RDF headline")
    check(str(a.value(doc, rdflib.URIRef(c.SCHEMA + "author"))) == fixtures.AUTHOR, "RDF author")
    check(str(a.value(doc, rdflib.URIRef(c.SCHEMA + "url"))) ==
          "https://example.org/news/a%20b?q=%22x%22&r=%3C1%3E#frag%232", "RDF document URL")
    query = os.path.join(work, "hostile-name.rq")
    with open(query, "w", encoding="utf-8") as f:
        f.write('PREFIX ng: <%s> PREFIX schema: <%s>\nSELECT ?name WHERE { ?x ng:key %s ; schema:name ?name }\n'
                % (c.NG, c.SCHEMA, json.dumps(fixtures.EVIL_KEY)))
    rows = c.oxigraph(args.rdf, [nt], [query])["queries"][0]["rows"]
    check(rows == [[evil]], f"Oxigraph SPARQL on the hostile name: {rows}")

    # DOT: renders without a warning; every node's words come back.
    svg = os.path.join(work, "hostile.svg")
    c.render(["dot"], os.path.join(out, "graph.dot"), svg)
    drawn = sorted(" ".join(" ".join(lines).split()) for k, lines in c.svg_nodes(svg).items() if k != "legend")
    names = [fixtures.EVIL_NAME, fixtures.RTL_NAME, fixtures.EMOJI_NAME, fixtures.KEYWORD_NAME, fixtures.OUTLET_NAME]
    check(drawn == sorted(" ".join(fixtures.clean(x).replace("\r", "").split()) for x in names),
          f"DOT labels: {drawn}")

    # CSV: Python's csv and pandas.
    _, rows = c.read_csv_rows(os.path.join(out, "graph.nodes.csv"))
    row = next(r for r in rows if r["Id"] == fixtures.EVIL_KEY)
    check(row["Label"] == evil and row["aliases"] == aliases and row[fixtures.ATTRIBUTE[0]] == fixtures.ATTRIBUTE[1],
          f"CSV node row: {row}")
    frame = c.read_csv_pandas(os.path.join(out, "graph.nodes.csv"))
    check(list(frame[frame["Id"] == fixtures.EVIL_KEY]["Label"]) == [evil], "pandas: hostile label")
    _, rows = c.read_csv_rows(os.path.join(out, "graph.edges.csv"))
    check(any(sentence in r["evidence"] for r in rows), "CSV evidence sentence")


def test(args):
    work = fresh_dir(args.workdir)
    out = build_all(args, work)
    check_reexport(args, work, out)
    graphml = check_graphml(args, out)
    check_gexf(args, work, out, graphml)
    check_csv(out, graphml)
    check_dot(args, work, out, graphml)
    check_hostile(args, work)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--examples", required=True)
    ap.add_argument("--schemas", required=True)
    ap.add_argument("--data", required=True, help="tests/data (the .ngraph fixtures)")
    ap.add_argument("--shared", required=True, help="the shared folder with xsd/")
    ap.add_argument("--rdf", required=True, help="tests/rdf (sparql.mjs and its node_modules)")
    ap.add_argument("--workdir", required=True)
    a = ap.parse_args()
    main(lambda: test(a))
