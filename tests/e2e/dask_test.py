#!/usr/bin/python3
"""Distributed build on Dask (issue 6): examples/dask/build_graph.py, pointed at a
LocalCluster of 2 worker processes on loopback, builds the corpus graph of generated
JSON Lines shards (map: newsgraph extract per shard; reduce: a tree of newsgraph merge),
and the result is byte-identical to `newsgraph build` of the same shards on one machine,
in graph.ngraph and in a GraphML export. Run with Debian's /usr/bin/python3
(python3-dask, python3-distributed).
"""
import argparse
import glob
import os
import subprocess
import sys

from common import check, fresh_dir, main, run


def test(args):
    work = fresh_dir(args.workdir)
    shards_dir = fresh_dir(os.path.join(work, "shards"))
    # 6 shards of generated news (bench/corpus/gen_corpus.py, deterministic), plus the
    # hand-written wire briefs: more shards than workers, so the merge tree has levels.
    for i in range(6):
        run([sys.executable, args.generator, "--docs", "40", "--start", str(i * 40), "--seed", "7",
             "--out", os.path.join(shards_dir, f"shard-{i}.jsonl")], expect=0)
    run(["cp", os.path.join(args.examples, "articles", "wire-briefs.jsonl"), shards_dir], expect=0)
    shards = sorted(glob.glob(os.path.join(shards_dir, "*.jsonl")))

    single = os.path.join(work, "single")
    run([args.newsgraph, "build", "-q", *shards, "-o", single, "--format", "graphml"], expect=0)

    from dask.distributed import Client, LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        workers = client.scheduler_info()["workers"]
        check(len(workers) == 2, f"expected 2 workers, got {len(workers)}")
        check(all(addr.startswith("tcp://127.0.0.1:") for addr in workers), f"not on loopback: {list(workers)}")
        out = os.path.join(work, "dask", "corpus.ngraph")
        parts = os.path.join(work, "dask", "parts")
        os.makedirs(os.path.dirname(out))
        proc = subprocess.run([sys.executable, args.script, "--scheduler", cluster.scheduler_address,
                               "--newsgraph", args.newsgraph, "--workdir", parts, "--fan-in", "2",
                               "--out", out, *shards], capture_output=True, text=True)
        check(proc.returncode == 0, f"build_graph.py exited {proc.returncode}:\n{proc.stderr}")
        # The map ran once per shard and the reduce was a tree (several merges), on the cluster.
        extracted = glob.glob(os.path.join(parts, "extract-*.ngraph"))
        merged = glob.glob(os.path.join(parts, "merge-*.ngraph"))
        check(len(extracted) == len(shards), f"{len(extracted)} extract outputs for {len(shards)} shards")
        check(len(merged) >= 3, f"expected a tree of merges, found {len(merged)} merge outputs")

    with open(os.path.join(single, "graph.ngraph"), "rb") as f:
        want = f.read()
    with open(out, "rb") as f:
        got = f.read()
    check(len(want) > 10000 and want.count(b'{"edge"') > 20, "the single-machine graph is suspiciously small")
    check(got == want, f"Dask graph differs from the single-machine build ({len(got)} vs {len(want)} bytes): "
                       f"diff {out} {single}/graph.ngraph")

    exported = os.path.join(work, "dask", "export")
    run([args.newsgraph, "export", "-q", out, "-o", exported, "--format", "graphml"], expect=0)
    with open(os.path.join(exported, "graph.graphml"), "rb") as a, \
         open(os.path.join(single, "graph.graphml"), "rb") as b:
        check(a.read() == b.read(), "GraphML of the Dask graph differs from the single-machine build's")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--examples", required=True)
    ap.add_argument("--script", required=True, help="examples/dask/build_graph.py")
    ap.add_argument("--generator", required=True, help="bench/corpus/gen_corpus.py")
    ap.add_argument("--workdir", required=True)
    args = ap.parse_args()
    args.newsgraph = os.path.abspath(args.newsgraph)
    main(lambda: test(args))
