#!/usr/bin/python3
"""Summarises bench/analysis/run.sh: median seconds per tool and operation over the
rounds, the ratios newsgraph / igraph (target <= 2), and a check that both computed the
same thing (PageRank values within 1e-9, the same component counts). Exit code 1 when a
single-threaded ratio is above 2 or the results differ."""
import argparse
import json
import statistics
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", required=True)
    ap.add_argument("--edges", required=True)
    ap.add_argument("--pagerank", required=True, help="newsgraph's scores: name<TAB>value")
    ap.add_argument("--peers", required=True)
    a = ap.parse_args()
    sys.path.insert(0, a.peers)
    import igraph as ig
    from edgelist import read_edges

    runs = [json.loads(line) for line in open(a.runs)]
    groups = {}
    for r in runs:
        name = r["tool"] if r["tool"] != "newsgraph" else f"newsgraph -j{r['threads']}"
        groups.setdefault(name, []).append(r)
    ops = ["pagerank", "components"]
    median = {name: {op: statistics.median(r["seconds"][op] for r in rs) for op in ops} for name, rs in groups.items()}
    igraph = median["python-igraph"]
    info = groups["python-igraph"][0]
    print(f"graph: {info['nodes']} nodes, {info['edges']} edges ({a.edges}); "
          f"median of {len(groups['python-igraph'])} rounds, seconds")
    print(f"{'':<16}" + "".join(f"{op:>12}{'ratio':>8}" for op in ops))
    failed = False
    for name in sorted(median):
        cells = ""
        for op in ops:
            ratio = median[name][op] / igraph[op]
            cells += f"{median[name][op]:>12.4f}{ratio:>8.2f}"
            if name == "newsgraph -j1" and ratio > 2:
                failed = True
        print(f"{name:<16}{cells}")

    # The same results: components from both reports, PageRank values recomputed by igraph.
    ours = groups["newsgraph -j1"][0]
    same_components = (ours["components"], ours["largest_component"]) == (info["components"], info["largest_component"])
    index, edges, weights = {}, [], []
    for s, t, _, w in read_edges(a.edges):
        edges.append((index.setdefault(s, len(index)), index.setdefault(t, len(index))))
        weights.append(w)
    g = ig.Graph(n=len(index), edges=edges, directed=True)
    theirs = g.pagerank(weights=weights, directed=True)
    scores = dict(line.rstrip("\n").split("\t") for line in open(a.pagerank))
    diff = max(abs(theirs[i] - float(scores[n])) for n, i in index.items())
    print(f"components: newsgraph {ours['components']} (largest {ours['largest_component']}), "
          f"igraph {info['components']} (largest {info['largest_component']})")
    print(f"pagerank: max |newsgraph - igraph| = {diff:.2e} ({ours['pagerank_iterations']} iterations)")
    if not same_components or diff > 1e-9:
        print("FAIL: the results differ", file=sys.stderr)
        failed = True
    if failed:
        print("FAIL: newsgraph -j1 slower than 2x igraph, or results differ", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
