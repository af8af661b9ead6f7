#!/usr/bin/python3
"""End to end: the analyses, views and stats through the real binary, checked against
NetworkX (Debian's python3-networkx, run by /usr/bin/python3).

Generated graphs (small and medium, leaders joined by a symmetric and a directed
relation, several relations between some pairs, weights from repeated evidence) are
written as .ngraph records, exported to GraphML by `newsgraph export`, and the metric
columns compared with NetworkX on the same graph: PageRank, betweenness, weak
components, k-core, degrees, and the modularity of our communities. Then the filters
and views, `stats` (text and --json), determinism across thread counts and input order,
and the usage errors."""
import argparse
import json
import os
import random

import networkx as nx

from common import check, fresh_dir, main, read_graphml, run

SYMMETRIC, DIRECTED = "spoke-with", "criticised"


def generate(path, nodes, edges, seed, extra_nodes=()):
    """Writes a per-document .ngraph; returns (names, [(s, relation, t, weight)])."""
    rng = random.Random(seed)
    names = [f"p{i:04d}" for i in range(nodes)]
    pairs = {}
    while len(pairs) < edges:
        # A few hubs, like news: one end drawn from a skewed distribution.
        s = names[min(int(rng.paretovariate(1.2)) - 1, nodes - 1)] if rng.random() < 0.5 else rng.choice(names)
        t = rng.choice(names)
        rel = SYMMETRIC if rng.random() < 0.5 else DIRECTED
        if s == t:
            continue
        if rel == SYMMETRIC and t < s:
            s, t = t, s
        pairs.setdefault((s, rel, t), 1 + (rng.random() < 0.3) * rng.randint(1, 4))
    lines = ['{"format":"newsgraph","version":1}']
    docs = {}
    for i, ((s, rel, t), w) in enumerate(sorted(pairs.items())):
        doc = f"d{i % 50:02d}"
        docs.setdefault(doc, f"20{20 + i % 4}-0{1 + i % 9}-1{i % 10}")
        evidence = [{"doc": doc, "sentence": f"{s} {rel} {t} ({k}).", "begin": 1000 * i + 10 * k,
                     "end": 1000 * i + 10 * k + 5, "date": docs[doc]} for k in range(w)]
        lines.append(json.dumps({"edge": {"source": f"person/{s}", "relation": rel, "target": f"person/{t}",
                                          "evidence": evidence}}))
    for n in names:
        lines.append(json.dumps({"node": {"key": f"person/{n}", "mentions": [
            {"doc": "d00", "text": n.upper(), "type": "leader", "n": 1, "canonical": True}]}}))
    for record in extra_nodes:
        lines.append(json.dumps({"node": record}))
    for doc, date in sorted(docs.items()):
        lines.append(json.dumps({"document": {"id": doc, "date": date, "outlets": ["organisation/wire"]}}))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return names, [(s, rel, t, w) for (s, rel, t), w in pairs.items()]


def graphml_metrics(path):
    nodes, edges = read_graphml(path)
    by_key = {attrs["key"]: attrs for attrs in nodes.values()}
    return by_key, edges


def as_float(attrs, name):
    return float(attrs.get(name, "0") or 0)


def compare_with_networkx(ng, work, name, nodes, edges, seed):
    src = os.path.join(work, f"{name}.ngraph")
    names, pairs = generate(src, nodes, edges, seed)
    out = os.path.join(work, f"{name}-out")
    run([ng, "export", src, "-o", out, "-f", "graphml", "-q", "--betweenness-exact-max", "100000"], expect=0)
    metrics, _ = graphml_metrics(os.path.join(out, "graph.graphml"))
    key = {n: f"person/{n}" for n in names}

    # The directed view: a symmetric relation is an arc each way; parallel arcs add up.
    multi = nx.MultiDiGraph()
    multi.add_nodes_from(names)
    undirected = nx.Graph()
    undirected.add_nodes_from(names)
    for s, rel, t, w in pairs:
        multi.add_edge(s, t, weight=w)
        if rel == SYMMETRIC:
            multi.add_edge(t, s, weight=w)
        prev = undirected.get_edge_data(s, t, {"weight": 0})["weight"]
        undirected.add_edge(s, t, weight=prev + w)

    pagerank = nx.pagerank(multi, alpha=0.85, weight="weight", tol=1e-13, max_iter=10000)
    worst = max(abs(pagerank[n] - as_float(metrics[key[n]], "pagerank")) for n in names)
    check(worst < 1e-8, f"{name}: pagerank differs from NetworkX by {worst}")

    betweenness = nx.betweenness_centrality(nx.DiGraph(multi), normalized=True)
    worst = max(abs(betweenness[n] - as_float(metrics[key[n]], "betweenness")) for n in names)
    check(worst < 1e-9, f"{name}: betweenness differs from NetworkX by {worst}")

    ours = {}
    for n in names:
        ours.setdefault(int(as_float(metrics[key[n]], "component")), set()).add(n)
    theirs = sorted((frozenset(c) for c in nx.weakly_connected_components(multi)), key=lambda c: (-len(c), min(c)))
    check(sorted(map(frozenset, ours.values()), key=lambda c: (-len(c), min(c))) == theirs,
          f"{name}: weak components differ from NetworkX")
    check(ours[0] == set(theirs[0]), f"{name}: component 0 is not the largest")

    cores = nx.core_number(nx.Graph(undirected))
    bad = [n for n in names if cores[n] != as_float(metrics[key[n]], "kcore")]
    check(not bad, f"{name}: k-core differs from NetworkX for {bad[:5]}")

    for n in names:
        m = metrics[key[n]]
        check(as_float(m, "in_degree") == multi.in_degree(n) and as_float(m, "out_degree") == multi.out_degree(n),
              f"{name}: in/out degree of {n}")
        check(as_float(m, "weighted_in_degree") == multi.in_degree(n, weight="weight"), f"{name}: weighted in {n}")
        stored = [(s, t, w) for s, _, t, w in pairs if n in (s, t)]
        check(as_float(m, "degree") == len(stored), f"{name}: degree of {n}")
        check(as_float(m, "weighted_degree") == sum(w for _, _, w in stored), f"{name}: weighted degree of {n}")

    # Communities: the modularity we report is NetworkX's for our partition, and it is as
    # good as NetworkX's own Louvain finds.
    communities = {}
    for n in names:
        communities.setdefault(int(as_float(metrics[key[n]], "community")), set()).add(n)
    q_ours = nx.community.modularity(undirected, communities.values(), weight="weight")
    _, out_json, _ = run([ng, "stats", src, "--json", "-q", "--betweenness-exact-max", "100000"], expect=0)
    stats = json.loads(out_json)
    check(abs(stats["communities"]["modularity"] - q_ours) < 1e-9,
          f"{name}: reported modularity {stats['communities']['modularity']} != NetworkX's {q_ours}")
    check(abs(stats["analysis"]["modularity"] - q_ours) < 1e-9, f"{name}: analysis modularity")
    q_nx = nx.community.modularity(undirected, nx.community.louvain_communities(undirected, weight="weight", seed=1),
                                   weight="weight")
    check(q_ours >= q_nx - 0.02, f"{name}: modularity {q_ours:.4f} well below NetworkX Louvain's {q_nx:.4f}")
    check(stats["analysis"]["betweenness_exact"] and stats["analysis"]["betweenness_sources"] == nodes,
          f"{name}: exact betweenness not reported")
    print(f"{name}: {nodes} nodes, {len(pairs)} edges: pagerank, betweenness, components, k-core, degrees agree "
          f"with NetworkX; modularity {q_ours:.4f} (NetworkX Louvain {q_nx:.4f})")
    return src


def keys_of(graphml):
    nodes, edges = read_graphml(graphml)
    return sorted(a["key"] for a in nodes.values()), edges


def test(args):
    ng = args.newsgraph
    work = fresh_dir(args.workdir)

    compare_with_networkx(ng, work, "small", 40, 90, seed=1)
    medium = compare_with_networkx(ng, work, "medium", 700, 2600, seed=2)

    # Sampled betweenness on a larger graph says so, with the sample size and seed.
    _, out, _ = run([ng, "stats", medium, "--json", "-q", "--betweenness-exact-max", "500",
                     "--betweenness-samples", "64", "--seed", "7"], expect=0)
    analysis = json.loads(out)["analysis"]
    check(not analysis["betweenness_exact"] and analysis["betweenness_sources"] == 64
          and analysis["betweenness_seed"] == 7, f"sampled betweenness not reported: {analysis}")
    _, text, _ = run([ng, "stats", medium, "--betweenness-exact-max", "500"], expect=0)
    check("betweenness sampled (256 sources, seed 1)" in text, "stats text does not report the sample")

    # Deterministic: any thread count, any input order, the same bytes.
    outs = []
    for threads, order in [(1, 1), (2, 1), (4, -1)]:
        with open(medium) as f:
            lines = f.read().splitlines()
        src = os.path.join(work, f"order{threads}.ngraph")
        with open(src, "w") as f:
            f.write("\n".join(lines[:1] + lines[1:][::order]) + "\n")
        out = os.path.join(work, f"det{threads}")
        run([ng, "export", src, "-o", out, "-q", "-j", str(threads)], expect=0)
        outs.append([open(os.path.join(out, n), "rb").read() for n in ("graph.graphml", "graph.jsonld", "graph.dot")])
    check(outs[0] == outs[1] == outs[2], "exports differ with thread count or input order")

    # --no-analysis: no metric columns.
    bare = os.path.join(work, "bare")
    run([ng, "export", medium, "-o", bare, "-f", "graphml", "-q", "--no-analysis"], expect=0)
    nodes, _ = read_graphml(os.path.join(bare, "graph.graphml"))
    check(all("pagerank" not in a for a in nodes.values()), "--no-analysis still wrote pagerank")

    # Views through the CLI.
    extra = [{"key": "country/ruritania", "mentions": [{"doc": "d00", "text": "Ruritania", "type": "country", "n": 1}]},
             {"key": "person/smith", "mentions": [{"doc": "d01", "text": "Smith", "type": "official", "n": 1}],
              "attributes": {"resolution": "weak", "resolution_note": "surname shared by 2 people"}},
             {"key": "person/john-smith", "mentions": [{"doc": "d01", "text": "John Smith", "type": "official",
                                                         "n": 1, "canonical": True},
                                                        {"doc": "d01", "text": "Smith", "type": "official", "n": 1}]}]
    small = os.path.join(work, "views.ngraph")
    names, pairs = generate(small, 30, 60, seed=3, extra_nodes=extra)
    view = os.path.join(work, "view")

    run([ng, "export", small, "-o", view, "-f", "graphml", "-q", "--type", "country"], expect=0)
    keys, edges = keys_of(os.path.join(view, "graph.graphml"))
    check(keys == ["country/ruritania"] and not edges, f"--type country: {keys}")

    run([ng, "export", small, "-o", view, "-f", "graphml", "-q", "--relation", DIRECTED, "--drop-isolated"], expect=0)
    keys, edges = keys_of(os.path.join(view, "graph.graphml"))
    want = sorted({f"person/{x}" for s, r, t, _ in pairs if r == DIRECTED for x in (s, t)})
    check(keys == want and all(e["relation"] == DIRECTED for _, _, e in edges), "--relation with --drop-isolated")

    run([ng, "export", small, "-o", view, "-f", "graphml", "-q", "--min-weight", "2"], expect=0)
    _, edges = keys_of(os.path.join(view, "graph.graphml"))
    check(len(edges) == sum(1 for p in pairs if p[3] >= 2) and all(int(e["weight"]) >= 2 for _, _, e in edges),
          "--min-weight")

    # Dates: documents d00..d49 carry dates in 2020..2023; evidence takes its document's.
    run([ng, "export", small, "-o", view, "-f", "graphml", "-q", "--since", "2021", "--until", "2021-12"], expect=0)
    _, edges = keys_of(os.path.join(view, "graph.graphml"))
    check(edges and all(e["first_date"].startswith("2021") and e["last_date"].startswith("2021") for _, _, e in edges),
          "--since/--until kept evidence outside the window")

    ego = f"person/{names[0]}"
    run([ng, "export", small, "-o", view, "-f", "graphml", "-q", "--ego", names[0].upper(), "--depth", "1"], expect=0)
    keys, _ = keys_of(os.path.join(view, "graph.graphml"))
    neighbours = {f"person/{t if s == names[0] else s}" for s, _, t, _ in pairs if names[0] in (s, t)}
    check(keys == sorted(neighbours | {ego}), f"--ego {names[0].upper()}: {keys}")

    run([ng, "export", small, "-o", view, "-f", "graphml", "-q", "--top-nodes", "5", "--top-by", "pagerank"], expect=0)
    top_nodes, _ = read_graphml(os.path.join(view, "graph.graphml"))
    full = os.path.join(work, "full")
    run([ng, "export", small, "-o", full, "-f", "graphml", "-q"], expect=0)
    all_nodes, _ = read_graphml(os.path.join(full, "graph.graphml"))
    best = sorted(all_nodes.values(), key=lambda a: (-float(a["pagerank"]), a["key"]))[:5]
    check(sorted(a["key"] for a in top_nodes.values()) == sorted(a["key"] for a in best), "--top-nodes 5")
    check({a["key"]: a["pagerank"] for a in top_nodes.values()} == {a["key"]: a["pagerank"] for a in best},
          "--top-nodes did not carry the corpus pagerank")

    # stats: the sections, weak and shared names, the same numbers in --json.
    _, text, _ = run([ng, "stats", small], expect=0)
    for section in ["documents: 50", "nodes: 33", "top actors by pagerank", "top actors by degree",
                    "strongest pairs", "communities:", "unresolved or ambiguous names", "weakly resolved: 1",
                    "surname shared by 2 people", '"Smith": person/john-smith, person/smith',
                    "left out when freezing"]:
        check(section in text, f"stats lacks {section!r}:\n{text}")
    _, out, _ = run([ng, "stats", small, "--json", "--top", "3"], expect=0)
    stats = json.loads(out)
    check(stats["nodes"] == 33 and stats["weak_names"]["count"] == 1 and len(stats["top_pagerank"]) == 3,
          f"stats --json: {out[:400]}")
    strongest = max(pairs, key=lambda p: p[3])[3]
    check(stats["strongest_pairs"][0]["weight"] >= strongest, "strongest pair is not the heaviest")

    # Usage errors: exit code 2 and a message that says what is wrong.
    _, _, err = run([ng, "export", small, "-o", view, "--type", "villain"], expect=2)
    check("villain" in err, err)
    _, _, err = run([ng, "stats", small, "--ego", "smith"], expect=2)
    check("person/john-smith" in err and "person/smith" in err, f"ambiguous --ego not explained: {err}")
    _, _, err = run([ng, "stats", small, "--since", "2021-13"], expect=2)
    check("--since" in err, err)
    _, _, err = run([ng, "stats", small, "--top-nodes", "3", "--top-by", "fame"], expect=2)
    check("fame" in err and "pagerank" in err, err)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--workdir", required=True)
    main(lambda: test(ap.parse_args()))
