#!/usr/bin/env python3
"""End to end: `newsgraph render` through the real Graphviz: SVG that parses as XML with
one drawn node per entity (and the legend), coloured by type from the ontology; PNG and PDF
with their magic bytes; --top; hostile names; the default file name; and the errors (a bad
format, Graphviz missing) with their exit codes and advice."""
import argparse
import json
import os
import subprocess
import xml.etree.ElementTree as ET

from common import check, fresh_dir, main, run

SVG = "{http://www.w3.org/2000/svg}"


def drawn_nodes(svg_path):
    """The titles of Graphviz's node groups (n<vertex>, legend) and every fill colour."""
    root = ET.parse(svg_path).getroot()
    check(root.tag == SVG + "svg", f"{svg_path}: root is {root.tag}")
    titles, fills = [], set()
    for g in root.iter(SVG + "g"):
        if g.get("class") == "node":
            titles.append(g.find(SVG + "title").text)
    for el in root.iter():
        if el.get("fill"):
            fills.add(el.get("fill").lower())
    return titles, fills


def test(args):
    ng = args.newsgraph
    work = fresh_dir(args.workdir)
    summits = os.path.join(args.data, "summits.ngraph")
    ontology = json.load(open(os.path.join(args.schemas, "ontology.json")))
    colours = {t["id"]: t["colour"].lower() for t in ontology["node_types"]}

    svg = os.path.join(work, "summits.svg")
    _, out, _ = run([ng, "render", summits, "--format", "svg", "-o", svg], expect=0)
    check(f"wrote {svg}" in out, f"render output: {out}")
    titles, fills = drawn_nodes(svg)
    entities = [t for t in titles if t != "legend"]
    check(len(entities) == 12 and "legend" in titles, f"expected 12 entities and a legend: {titles}")
    # Fill colours by type, from the ontology (Graphviz writes them with their alpha apart).
    for type_id in ["leader", "official", "country"]:
        check(colours[type_id] in fills, f"no {type_id} colour {colours[type_id]} in the SVG: {sorted(fills)}")

    # --top keeps the N best nodes; the title says so.
    top = os.path.join(work, "top.svg")
    run([ng, "render", summits, "-o", top, "--top", "3", "-q"], expect=0)
    titles, _ = drawn_nodes(top)
    check(len([t for t in titles if t != "legend"]) == 3, f"--top 3 drew {titles}")
    check("3 of 12 entities, top 3 by pagerank" in open(top, encoding="utf-8").read(), "--top title")

    # PNG and PDF: the real files, by their magic bytes.
    png = os.path.join(work, "summits.png")
    run([ng, "render", summits, "--format", "png", "-o", png, "-q"], expect=0)
    data = open(png, "rb").read()
    check(data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10000, f"not a PNG: {data[:8]!r}, {len(data)} bytes")
    pdf = os.path.join(work, "summits.pdf")
    run([ng, "render", summits, "--format", "pdf", "-o", pdf, "-q"], expect=0)
    data = open(pdf, "rb").read()
    check(data[:5] == b"%PDF-" and b"%%EOF" in data[-64:], f"not a PDF: {data[:8]!r}")

    # Default output name, in the current directory; another layout engine on request.
    proc = subprocess.run([os.path.abspath(ng), "render", os.path.abspath(summits), "--engine", "sfdp", "-q"],
                          cwd=work, capture_output=True, text=True)
    check(proc.returncode == 0, f"render with --engine sfdp: {proc.stderr}")
    drawn_nodes(os.path.join(work, "graph.svg"))

    # Hostile names: escaped in the DOT, so the SVG still parses and keeps the text.
    hostile = os.path.join(work, "hostile.svg")
    run([ng, "render", os.path.join(args.data, "hostile.ngraph"), "-o", hostile, "-q"], expect=0)
    titles, _ = drawn_nodes(hostile)
    text = "".join(ET.parse(hostile).getroot().itertext())
    check("<b>Sons</b>" in text and "Dr. \"Evil\"" in text, "hostile label lost in the SVG")

    # Errors: a bad format is a usage error; no Graphviz says how to get it.
    run([ng, "render", summits, "--format", "gif"], expect=2)
    env = dict(os.environ, PATH=os.path.join(work, "empty-path"))
    proc = subprocess.run([os.path.abspath(ng), "render", summits, "-o", os.path.join(work, "x.svg")],
                          capture_output=True, text=True, env=env)
    check(proc.returncode == 3, f"missing Graphviz: exit {proc.returncode}")
    check("install Graphviz" in proc.stderr and "dot" in proc.stderr, f"missing Graphviz message: {proc.stderr}")
    check(not os.path.exists(os.path.join(work, "x.svg")), "a file was written although Graphviz failed")

    # Graphviz failing: its exit status and its own message are passed on, nothing written.
    fake = os.path.join(work, "fakebin")
    os.makedirs(fake)
    with open(os.path.join(fake, "dot"), "w") as f:
        f.write("#!/bin/sh\necho 'Error: syntax error in line 1' >&2\nexit 1\n")
    os.chmod(os.path.join(fake, "dot"), 0o755)
    env = dict(os.environ, PATH=fake + os.pathsep + os.environ["PATH"])
    proc = subprocess.run([os.path.abspath(ng), "render", summits, "-o", os.path.join(work, "y.svg")],
                          capture_output=True, text=True, env=env)
    check(proc.returncode == 3, f"failing Graphviz: exit {proc.returncode}")
    check("dot: exited with status 1: Error: syntax error in line 1" in proc.stderr,
          f"Graphviz's own message not passed on: {proc.stderr}")
    check(not os.path.exists(os.path.join(work, "y.svg")), "a file was written although Graphviz failed")
    proc = subprocess.run([os.path.abspath(ng), "report", summits, "-o", os.path.join(work, "y.html")],
                          capture_output=True, text=True, env=env)
    check(proc.returncode == 3 and "--no-diagram" in proc.stderr, f"report without Graphviz: {proc.stderr}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--schemas", required=True)
    ap.add_argument("--workdir", required=True)
    a = ap.parse_args()
    main(lambda: test(a))
