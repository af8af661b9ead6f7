"""Helpers for the export tests: read our exports the way their real consumers do (NetworkX,
igraph, Oxigraph, rdflib, Graphviz, csv, pandas) and reduce each to plain Python values that
can be compared across formats. Runs under Debian's /usr/bin/python3 (python3-* packages)."""
import csv
import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET

from common import Failure, check, run

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF13 = "{http://gexf.net/1.3}"
VIZ13 = "{http://gexf.net/1.3/viz}"
SVG = "{http://www.w3.org/2000/svg}"
NG = "https://newsgraph.example.org/vocab#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"

ALL_FORMATS = ["graphml", "gexf", "jsonld", "ntriples", "dot", "csv", "vocab"]
FILES = {"graphml": ["graph.graphml"], "gexf": ["graph.gexf"], "jsonld": ["graph.jsonld"],
         "ntriples": ["graph.nt"], "dot": ["graph.dot"],
         "csv": ["graph.nodes.csv", "graph.edges.csv"], "vocab": ["vocab.ttl"]}


# ----------------------------------------------------------------------------- validation

def xmllint_schema(xsd, path):
    run(["xmllint", "--nonet", "--noout", "--schema", xsd, path], expect=0)


def xmllint_relaxng(rng, path):
    run(["xmllint", "--nonet", "--noout", "--relaxng", rng, path], expect=0)


def without_viz(path, out_path):
    """A copy without viz:* elements, for the 1.2draft XSD (which wrongly rejects them)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    stripped = re.sub(r"\s*<viz:[a-z]+\b[^>]*/>", "", text)
    check("<viz:" not in stripped, "viz elements left after stripping")
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(stripped)
    return out_path


# ----------------------------------------------------------------------------- GraphML

def graphml_typed(path):
    """Our own reading of a GraphML file, typed by attr.type: ({node id: {name: value}},
    {edge id: (source, target, {name: value})})."""
    root = ET.parse(path).getroot()
    keys = {}
    for k in root.iter(GRAPHML + "key"):
        keys[k.get("id")] = (k.get("attr.name"), k.get("attr.type"), k.get("for"))
    convert = {"int": int, "long": int, "double": float, "float": float, "string": str,
               "boolean": lambda s: {"true": True, "false": False}[s]}

    def data(element):
        out = {}
        for d in element.findall(GRAPHML + "data"):
            name, type_, _ = keys[d.get("key")]
            out[name] = convert[type_](d.text or "")
        return out

    graph = root.find(GRAPHML + "graph")
    nodes = {n.get("id"): data(n) for n in graph.findall(GRAPHML + "node")}
    edges = {e.get("id"): (e.get("source"), e.get("target"), data(e)) for e in graph.findall(GRAPHML + "edge")}
    return nodes, edges, keys


def same_value(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)))
        except (TypeError, ValueError):
            return False
    return a == b


def check_graphml_networkx(path):
    """NetworkX reads the file with exactly our nodes, edges and typed values."""
    import networkx as nx
    nodes, edges, _ = graphml_typed(path)
    g = nx.read_graphml(path)
    check(set(g.nodes) == set(nodes), "NetworkX: node ids differ")
    for n, attrs in nodes.items():
        check(dict(g.nodes[n]) == attrs, f"NetworkX: node {n}: {dict(g.nodes[n])} != {attrs}")
    check(g.number_of_edges() == len(edges), "NetworkX: edge count differs")
    seen = {}
    for s, t, d in (g.edges(data=True) if not g.is_multigraph() else g.edges(data=True)):
        d = dict(d)
        d.pop("id", None)
        seen.setdefault((s, t), []).append(d)
    for eid, (s, t, attrs) in edges.items():
        check(attrs in seen.get((s, t), []), f"NetworkX: edge {eid} {s}->{t} differs: {seen.get((s, t))} vs {attrs}")
    return g


def check_graphml_igraph(path):
    """igraph reads the file with our nodes, edges and values (missing: '' or NaN)."""
    import igraph
    nodes, edges, keys = graphml_typed(path)
    g = igraph.Graph.Read_GraphML(path)
    check(g.is_directed(), "igraph: graph not directed")
    check(g.vcount() == len(nodes) and g.ecount() == len(edges), "igraph: counts differ")
    node_names = [name for name, _, domain in keys.values() if domain == "node"]
    edge_names = [name for name, _, domain in keys.values() if domain == "edge"]

    def agrees(ours, theirs, name, what):
        if ours is None:
            check(theirs in ("", None) or (isinstance(theirs, float) and theirs != theirs),
                  f"igraph: {what} {name}: expected missing, got {theirs!r}")
        else:
            check(same_value(ours, theirs), f"igraph: {what} {name}: {theirs!r} != {ours!r}")

    index = {}
    for v in g.vs:
        nid = v["id"]
        check(nid in nodes, f"igraph: unknown node {nid}")
        index[v.index] = nid
        for name in node_names:
            agrees(nodes[nid].get(name), v[name], name, f"node {nid}")
    by_pair = {}
    for e in g.es:
        by_pair.setdefault((index[e.source], index[e.target]), []).append(e)
    for eid, (s, t, attrs) in edges.items():
        candidates = [e for e in by_pair.get((s, t), []) if e["relation"] == attrs["relation"]]
        check(len(candidates) == 1, f"igraph: edge {eid} {s}->{t} {attrs['relation']} not found once")
        for name in edge_names:
            agrees(attrs.get(name), candidates[0][name], name, f"edge {eid}")
    return g


# ----------------------------------------------------------------------------- GEXF

def gexf13(path):
    """({node id: {label, attrs, spells, colour, size, shape}}, {edge id: {...}}, graph attrs)."""
    root = ET.parse(path).getroot()
    graph = root.find(GEXF13 + "graph")
    titles = {}
    for attrs in graph.findall(GEXF13 + "attributes"):
        for a in attrs.findall(GEXF13 + "attribute"):
            titles[(attrs.get("class"), a.get("id"))] = (a.get("title"), a.get("type"))

    def element(e, cls):
        out = {"label": e.get("label"), "attrs": {}, "spells": [], "xml": e.attrib}
        values = e.find(GEXF13 + "attvalues")
        for v in (values.findall(GEXF13 + "attvalue") if values is not None else []):
            out["attrs"][titles[(cls, v.get("for"))][0]] = v.get("value")
        spells = e.find(GEXF13 + "spells")
        for s in (spells.findall(GEXF13 + "spell") if spells is not None else []):
            out["spells"].append((s.get("start"), s.get("end")))
        colour = e.find(VIZ13 + "color")
        out["colour"] = (int(colour.get("r")), int(colour.get("g")), int(colour.get("b"))) if colour is not None else None
        size = e.find(VIZ13 + "size")
        out["size"] = float(size.get("value")) if size is not None else None
        thickness = e.find(VIZ13 + "thickness")
        out["thickness"] = float(thickness.get("value")) if thickness is not None else None
        shape = e.find(VIZ13 + "shape")
        out["shape"] = shape.get("value") if shape is not None else None
        return out

    nodes = {n.get("id"): element(n, "node") for n in graph.find(GEXF13 + "nodes").findall(GEXF13 + "node")}
    edges = {e.get("id"): dict(element(e, "edge"), source=e.get("source"), target=e.get("target"))
             for e in graph.find(GEXF13 + "edges").findall(GEXF13 + "edge")}
    return nodes, edges, graph.attrib, set(t for _, t in titles.values())


def check_spells_disjoint(spells, what):
    """Sorted, start <= end, and never overlapping (Gephi drops overlaps silently)."""
    for start, end in spells:
        check(start <= end, f"{what}: spell {start}..{end} ends before it starts")
    for (s1, e1), (s2, e2) in zip(spells, spells[1:]):
        check(e1 < s2, f"{what}: spells {s1}..{e1} and {s2}..{e2} overlap or are unsorted")


def covered(spell, spells):
    return any(s <= spell[0] and spell[1] <= e for s, e in spells)


# ----------------------------------------------------------------------------- CSV

def read_csv_rows(path):
    """Python's csv module, as the docs say: newline='' so quoted newlines survive."""
    with open(path, newline="", encoding="utf-8") as f:
        raw = f.read()
    check(raw.endswith("\r\n"), f"{path}: records do not end with CRLF (RFC 4180)")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    check(all(len(r) == len(rows[0]) for r in rows), f"{path}: ragged rows")
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]


def read_csv_pandas(path):
    import pandas
    return pandas.read_csv(path, keep_default_na=False, dtype=str, encoding="utf-8")


# ----------------------------------------------------------------------------- RDF

def oxigraph(rdf_dir, files, queries=(), dump=False):
    """Loads files into an Oxigraph store (npm oxigraph, tests/rdf/sparql.mjs); returns the
    sorted N-Triples dump, or {"triples": N, "queries": [...]}."""
    script = os.path.join(rdf_dir, "sparql.mjs")
    check(os.path.isdir(os.path.join(rdf_dir, "node_modules", "oxigraph")),
          f"npm oxigraph is not installed in {rdf_dir}: run scripts/setup (npm ci there)")
    cmd = ["node", script, *files]
    for q in queries:
        cmd += ["--query", q]
    cmd.append("--dump" if dump else "--json")
    _, out, err = run(cmd, expect=0)
    check(err.strip() == "", f"oxigraph warned: {err}")
    if dump:
        return [line for line in out.split("\n") if line]
    return json.loads(out)


def rdflib_graph(path):
    import rdflib
    fmt = {".jsonld": "json-ld", ".nt": "nt", ".ttl": "turtle"}[os.path.splitext(path)[1]]
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    return g


# ----------------------------------------------------------------------------- Graphviz

def render(engine_cmd, dot_path, svg_path, timeout=300):
    """Renders with the real Graphviz; fails on any message on stderr (warnings included)."""
    proc = subprocess.run([*engine_cmd, "-Tsvg", "-o", svg_path, dot_path], capture_output=True,
                          text=True, timeout=timeout)
    if proc.returncode != 0 or proc.stderr.strip():
        raise Failure(f"{' '.join(engine_cmd)} {dot_path}: exit {proc.returncode}, stderr:\n{proc.stderr}")


def svg_nodes(svg_path):
    """{node title: [text lines]} of a Graphviz SVG."""
    root = ET.parse(svg_path).getroot()
    out = {}
    for g in root.iter(SVG + "g"):
        if g.get("class") == "node":
            out[g.find(SVG + "title").text] = [t.text or "" for t in g.iter(SVG + "text")]
    return out
