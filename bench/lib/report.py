#!/usr/bin/python3
"""Prints bench/run's side-by-side table from the JSON lines timecmd.py wrote: one table,
one row per measure, newsgraph's figure next to the peer's (or the floor's), the ratio and
the issue's target; then the inputs and memory figures under it.

  report.py --results R.jsonl --corpus-meta corpus.meta.json [--merge-log F] [--analysis-log F]

Extraction MB/s = article text bytes / seconds for every row (the floor too), on the same
JSON Lines file. newsgraph's seconds are wall clock including start-up (loading the
lexicons); the JavaScript peers' are their own in-process figure, which excludes node
start-up and library load (their README), so the ratios flatter the peers slightly.
"""
import argparse
import json
import os
import re


def load(path):
    rows = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            rows[(r["task"], r["tool"])] = r
    return rows


def fmt(x, digits=2):
    if x is None:
        return "-"
    if isinstance(x, str):
        return x
    if x >= 100:
        return f"{x:,.0f}"
    return f"{x:.{digits}f}"


def table(header, body):
    widths = [max(len(str(r[i])) for r in [header] + body) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in body:
        print(line(r))


def verdict(ok):
    return "met" if ok else "MISSED"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--results", required=True)
    p.add_argument("--corpus-meta", required=True)
    p.add_argument("--merge-log")
    p.add_argument("--analysis-log")
    a = p.parse_args()
    rows = load(a.results)
    meta = json.load(open(a.corpus_meta))
    text_mb = meta["text_bytes"] / 1e6
    docs = meta["docs"]
    body, notes = [], []

    # --- extraction: MB/s and docs/s of each tool on the same corpus -------------------
    def speed(key):
        r = rows.get(key)
        if r is None or r.get("exit") not in (0, 1):
            return None
        rep = r.get("report")
        if rep:  # a peer: its own timing
            return {"mbs": rep["bytes"] / 1e6 / rep["seconds"], "dps": rep["docs"] / rep["seconds"],
                    "rss": r["max_rss_mb"]}
        return {"mbs": text_mb / r["wall_seconds"], "dps": docs / r["wall_seconds"], "rss": r["max_rss_mb"]}

    s = {t: speed((task, t)) for task, t in [("extract", "newsgraph -j1"), ("extract", "newsgraph -j2"),
                                               ("extract", "compromise"), ("extract", "wink-nlp"),
                                               ("floor", "cat"), ("floor", "wc -w")]}
    j1, j2 = s["newsgraph -j1"], s["newsgraph -j2"]
    if any(v for v in s.values()):
        notes.append(f"extraction corpus: {docs:,} documents, {text_mb:,.1f} MB of article text ({meta['file']})")
        show = lambda x: f"{fmt(x['mbs'])} MB/s, {fmt(x['dps'], 0)} docs/s" if x else "not run"  # noqa: E731
        if j1:
            body.append(["extract -j1", show(j1), "", "", ">= 20 MB/s per core", verdict(j1["mbs"] >= 20)])
        if j2:
            body.append(["extract -j2", show(j2), "newsgraph -j1", f"{j2['mbs'] / j1['mbs']:.2f}x" if j1 else "-",
                         ">= 20 MB/s per core", verdict(j2["mbs"] / 2 >= 20)])
        peers = {t: s[t] for t in ("compromise", "wink-nlp") if s[t]}
        fastest = max(peers, key=lambda t: peers[t]["mbs"]) if peers else None
        for t in ("compromise", "wink-nlp"):
            target = ">= 10x the faster JS peer" if t == fastest else ""
            ratio = f"{j1['mbs'] / s[t]['mbs']:.1f}x" if j1 and s[t] else "-"
            body.append([f"extract vs {t}", show(j1) if j1 else "-", f"{t} {show(s[t])}", ratio, target,
                         verdict(j1["mbs"] / s[t]["mbs"] >= 10) if target and j1 and s[t] else ""])
        for t in ("cat", "wc -w"):
            if s[t]:
                body.append([f"floor: {t}", show(j1) if j1 else "-", f"{t} {fmt(s[t]['mbs'])} MB/s",
                             f"{j1['mbs'] / s[t]['mbs']:.3f}x" if j1 else "-", "", ""])
        notes.append("extraction peak RSS: " + ", ".join(f"{t} {fmt(v['rss'], 0)} MB" for t, v in s.items() if v))

    # --- export: writer seconds, newsgraph vs NetworkX / rdflib -------------------------
    ex, nx_, rdf = rows.get(("export", "newsgraph")), rows.get(("export", "networkx")), rows.get(("export", "rdflib"))
    if ex and ex.get("report"):
        rep = ex["report"]
        notes.append(f"export graph: {rep['nodes']:,} nodes, {rep['edges']:,} edges (gen-edges.py); writer "
                     f"seconds only, graph in memory; file bytes {rep.get('file_bytes')}")
        for fmt_name, peer, peer_name in (("graphml", nx_, "networkx"), ("gexf", nx_, "networkx"),
                                          ("jsonld", rdf, "rdflib")):
            ours = rep["seconds"].get(fmt_name)
            theirs = peer["report"]["seconds"].get(fmt_name) if peer and peer.get("report") else None
            body.append([f"export {fmt_name}", f"{fmt(ours)} s", f"{peer_name} {fmt(theirs)} s",
                         f"{theirs / ours:.1f}x" if ours and theirs else "-", ">= 10x",
                         verdict(theirs / ours >= 10) if ours and theirs else ""])
        loads = [f"newsgraph load {fmt(rep['seconds'].get('load'))} s, peak RSS {fmt(ex['max_rss_mb'], 0)} MB"]
        for name, peer in (("networkx", nx_), ("rdflib", rdf)):
            if peer and peer.get("report"):
                loads.append(f"{name} load {fmt(peer['report']['seconds'].get('load'))} s, "
                             f"peak RSS {fmt(peer['max_rss_mb'], 0)} MB")
        notes.append("export: " + "; ".join(loads))

    # --- end to end ---------------------------------------------------------------------
    for (task, tool), r in rows.items():
        if task != "build":
            continue
        mb = r.get("text_bytes", 0) / 1e6
        secs = r["wall_seconds"]
        per_gb = secs * 1000 / mb if mb else None
        gb_rss = r["max_rss_mb"] * 1000 / mb / 1024 if mb else None
        body.append([f"build {fmt(mb, 1)} MB", f"{fmt(secs)} s, {fmt(r['max_rss_mb'], 0)} MB RSS",
                     "", f"~{fmt(per_gb, 0)} s, ~{fmt(gb_rss, 1)} GB per GB (linear)", "1 GB < 180 s, < 3 GB",
                     verdict(per_gb is not None and per_gb < 180 and gb_rss < 3)])
        notes.append(f"build: `{tool}` extract + merge + analyses + graphml,gexf,jsonld, exit {r['exit']}")

    # --- merge and analysis: the other scripts' own lines -------------------------------
    extra = []
    for title, log in (("bench/merge/run.sh", a.merge_log), ("bench/analysis/run.sh", a.analysis_log)):
        if not (log and os.path.exists(log) and os.path.getsize(log) > 0):
            continue
        text = open(log, encoding="utf-8", errors="replace").read()
        m = re.search(r"wall clock: ([\d.]+) s", text)
        rss = re.search(r"peak memory: ([\d.]+) GB", text)
        if title.endswith("merge/run.sh") and m:
            body.append(["merge 1M doc graphs", f"{m.group(1)} s, {rss.group(1) if rss else '-'} GB", "", "",
                         "< 60 s, < 4 GB",
                         verdict(float(m.group(1)) < 60 and (rss is None or float(rss.group(1)) < 4))])
        if title.endswith("analysis/run.sh"):
            # "newsgraph -j1  0.1602  0.17  0.0315  0.27" and "python-igraph  0.9325  1.00 ..."
            figures = {m.group(1): (float(m.group(2)), float(m.group(4)))
                       for m in re.finditer(r"^\s*(newsgraph -j1|python-igraph)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)",
                                            text, re.M)}
            ours, igraph = figures.get("newsgraph -j1"), figures.get("python-igraph")
            if ours and igraph:
                for i, op in enumerate(("pagerank", "components")):
                    body.append([f"analysis {op}", f"{ours[i]:.3f} s", f"igraph {igraph[i]:.3f} s",
                                 f"{igraph[i] / ours[i]:.1f}x", "<= 2x igraph's time",
                                 verdict(ours[i] <= 2 * igraph[i])])
        lines = [ln.rstrip() for ln in text.splitlines() if ln.strip() and not re.match(r"^(round|generating)", ln)]
        extra.append((title, log, lines[-12:]))

    table(["measure", "newsgraph", "peer / floor", "ratio", "target", "verdict"], body)
    print()
    for n in notes:
        print(f"- {n}")
    for title, log, lines in extra:
        print(f"\n{title} ({log}):\n")
        for ln in lines:
            print("    " + ln)


if __name__ == "__main__":
    main()
