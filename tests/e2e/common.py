"""Helpers for the end-to-end tests: run the real binary, read its GraphML."""
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def run(cmd, expect=None, stdin=None):
    """Runs cmd; returns (returncode, stdout, stderr); checks the exit code when expect is set."""
    proc = subprocess.run(cmd, input=stdin, capture_output=True, text=True)
    if expect is not None and proc.returncode != expect:
        raise Failure(f"{' '.join(cmd)} exited {proc.returncode}, expected {expect}\n"
                      f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}")
    return proc.returncode, proc.stdout, proc.stderr


def fresh_dir(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def read_graphml(path):
    """Returns ({node id: attrs}, [(source attrs, target attrs, edge attrs)])."""
    root = ET.parse(path).getroot()
    names = {k.get("id"): k.get("attr.name") for k in root.iter(GRAPHML + "key")}
    graph = root.find(GRAPHML + "graph")
    nodes = {}
    for n in graph.iter(GRAPHML + "node"):
        nodes[n.get("id")] = {names[d.get("key")]: d.text or "" for d in n.findall(GRAPHML + "data")}
    edges = []
    for e in graph.iter(GRAPHML + "edge"):
        attrs = {names[d.get("key")]: d.text or "" for d in e.findall(GRAPHML + "data")}
        edges.append((nodes[e.get("source")], nodes[e.get("target")], attrs))
    return nodes, edges


def main(test):
    try:
        test()
    except Failure as f:
        print(f"FAIL: {f}", file=sys.stderr)
        sys.exit(1)
    print("ok")
