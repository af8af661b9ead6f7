#!/usr/bin/env python3
"""End to end: build examples/articles with the real binary, validate every export with its
real consumer (xmllint + GraphML XSD, Graphviz dot, a JSON parser), check the graph holds the
entities and relations the articles state, and that output does not depend on thread count
or input order."""
import argparse
import json
import os

from common import check, fresh_dir, main, read_graphml, run


def test(args):
    work = fresh_dir(args.workdir)
    articles = os.path.join(args.examples, "articles")
    out = os.path.join(work, "out")
    run([args.newsgraph, "build", articles, "-o", out, "--format", "graphml,jsonld,dot", "-j", "2"], expect=0)
    graphml = os.path.join(out, "graph.graphml")

    # Real consumers.
    xsd = os.path.join(args.shared, "xsd", "graphml", "1.0", "graphml.xsd")
    check(os.path.exists(xsd), f"GraphML XSD not found at {xsd}: the shared folder must sit beside "
                               "the repository (or configure with -DNEWSGRAPH_SHARED=DIR)")
    run(["xmllint", "--nonet", "--noout", "--schema", xsd, graphml], expect=0)
    _, _, err = run(["dot", "-Tsvg", "-o", os.path.join(work, "graph.svg"), os.path.join(out, "graph.dot")], expect=0)
    check(err.strip() == "", f"dot warned: {err}")
    with open(os.path.join(out, "graph.jsonld"), encoding="utf-8") as f:
        jsonld = json.load(f)
    check(len(jsonld["@graph"]) > 10, "JSON-LD graph is nearly empty")

    # What the articles say.
    nodes, edges = read_graphml(graphml)
    typed = {(n["label"], n["type"]) for n in nodes.values()}
    for expected in [("Joe Biden", "leader"), ("Vladimir Putin", "leader"), ("Xi Jinping", "leader"),
                     ("Recep Tayyip Erdoğan", "leader"), ("Antony Blinken", "official"),
                     ("Sergei Lavrov", "official"), ("Russia", "country"), ("United States", "country"),
                     ("China", "country"), ("Ukraine", "country"), ("New START", "treaty")]:
        check(expected in typed, f"missing node {expected}")
    pairs = {(s["label"], e["relation"], t["label"]) for s, t, e in edges}
    for a, rel, b in [("Joe Biden", "spoke-with", "Vladimir Putin"), ("Joe Biden", "spoke-with", "Xi Jinping"),
                      ("Antony Blinken", "spoke-with", "Sergei Lavrov"),
                      ("Recep Tayyip Erdoğan", "spoke-with", "Vladimir Putin")]:
        check((a, rel, b) in pairs or (b, rel, a) in pairs, f"missing edge {a} -{rel}-> {b}")
    for s, t, e in edges:
        check(e.get("evidence"), f"edge {s['label']} -> {t['label']} has no evidence")
        check(int(e["weight"]) >= 1, "edge weight below 1")

    # Every document accounted for.
    with open(os.path.join(out, "report.json"), encoding="utf-8") as f:
        report = json.load(f)
    docs = report["documents"]
    check(docs["total"] == 6, f"expected 6 documents, report says {docs['total']}")
    check(docs["ok"] + docs["partial"] + docs["skipped"] + docs["failed"] == docs["total"], "counts do not add up")

    # Byte-identical whatever the thread count or input order.
    files = sorted(os.listdir(articles))
    inputs_reversed = [os.path.join(articles, f) for f in reversed(files)]
    out1 = os.path.join(work, "j1")
    run([args.newsgraph, "build", articles, "-o", out1, "-j", "1", "-q"], expect=0)
    out3 = os.path.join(work, "reversed")
    run([args.newsgraph, "build", *inputs_reversed, "-o", out3, "-j", "3", "-q"], expect=0)
    for name in ["graph.graphml", "graph.jsonld", "graph.dot", "graph.ngraph"]:
        a = open(os.path.join(out, name), "rb").read()
        check(a == open(os.path.join(out1, name), "rb").read(), f"{name} differs between -j 2 and -j 1")
    # Ids come from paths below the input folder; given as files the ids are the same stems.
    a = open(os.path.join(out1, "graph.graphml"), "rb").read()
    check(a == open(os.path.join(out3, "graph.graphml"), "rb").read(), "graph.graphml depends on input order")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--examples", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--workdir", required=True)
    a = ap.parse_args()
    main(lambda: test(a))
