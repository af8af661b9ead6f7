#!/usr/bin/python3
"""A corpus graph from sharded JSON Lines on a Dask cluster: a map of `newsgraph extract`
over the shards, then a tree of `newsgraph merge`. The result is byte-identical to
`newsgraph build SHARD... ` on one machine (extraction is a pure function of each
document; merge is associative and commutative and writes sorted output).

  build_graph.py --newsgraph /usr/local/bin/newsgraph --out corpus.ngraph \
                 [--scheduler tcp://host:8786 | --local-workers 2] [--fan-in 4] \
                 [--workdir /shared/tmp] shards/*.jsonl

Workers call the newsgraph binary through subprocess, so it must be installed at the same
path on every worker, and the shards, --workdir and --out must be on storage every worker
sees (NFS, a mounted bucket); with --local-workers that is simply the local disk.
Debian packages: python3-dask, python3-distributed.
"""
import argparse
import hashlib
import os
import subprocess
import sys

import dask.bag as db
from dask.distributed import Client, LocalCluster


def _run(cmd):
    # newsgraph exits 1 when some documents were skipped (each is listed on stderr): the
    # partial graph is still written and valid, so only 2 and 3 stop the build.
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.strip()}")
    return proc.stderr


def extract_shard(shard, newsgraph, workdir):
    """Map: one shard -> its per-document graphs (a .ngraph file next to the others)."""
    name = hashlib.sha1(os.path.abspath(shard).encode()).hexdigest()[:16]
    out = os.path.join(workdir, f"extract-{name}.ngraph")
    # One thread per task: Dask already runs one task per worker thread.
    _run([newsgraph, "extract", "-q", "-j", "1", shard, "-o", out])
    return out


def merge_files(paths, newsgraph, workdir):
    """Reduce: several .ngraph files -> one. The name depends only on the inputs."""
    paths = sorted(paths)
    if len(paths) == 1:
        return paths[0]
    name = hashlib.sha1("\n".join(paths).encode()).hexdigest()[:16]
    out = os.path.join(workdir, f"merge-{name}.ngraph")
    _run([newsgraph, "merge", "-q", *paths, "-o", out])
    return out


def build_graph(client, shards, newsgraph, workdir, out, fan_in=4):
    """Runs the map and the merge tree on `client`'s cluster; writes `out`."""
    os.makedirs(workdir, exist_ok=True)
    shards = sorted(os.path.abspath(s) for s in shards)
    bag = db.from_sequence(shards, npartitions=len(shards))
    parts = bag.map(extract_shard, newsgraph=newsgraph, workdir=workdir)
    # reduction(): merge each partition's files, then merge the results fan_in at a time,
    # a tree of depth log_fan_in(shards) rather than one merge reading everything.
    merged = parts.reduction(
        lambda files: merge_files(list(files), newsgraph, workdir),
        lambda files: merge_files(list(files), newsgraph, workdir),
        split_every=fan_in)
    final = merged.compute(scheduler=client)
    # The last merge runs on a worker too; it has all the records, so this is a copy.
    _run([newsgraph, "merge", "-q", final, "-o", out])
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("shards", nargs="+", help="JSON Lines shards (also .jsonl.gz / .jsonl.zst)")
    p.add_argument("--newsgraph", default="newsgraph", help="the newsgraph binary on every worker")
    p.add_argument("--out", required=True, help="the corpus graph (.ngraph)")
    p.add_argument("--workdir", help="shared scratch folder (default: OUT's folder/.dask-parts)")
    p.add_argument("--scheduler", help="address of a running scheduler (tcp://host:8786)")
    p.add_argument("--local-workers", type=int, default=2, help="else: a local cluster of N processes")
    p.add_argument("--fan-in", type=int, default=4, help="files per merge in the tree (default 4)")
    a = p.parse_args()
    workdir = a.workdir or os.path.join(os.path.dirname(os.path.abspath(a.out)), ".dask-parts")
    newsgraph = a.newsgraph if os.sep not in a.newsgraph else os.path.abspath(a.newsgraph)
    if a.scheduler:
        client = Client(a.scheduler)
    else:
        cluster = LocalCluster(n_workers=a.local_workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    with client:
        build_graph(client, a.shards, newsgraph, workdir, a.out, a.fan_in)
    print(f"wrote {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
