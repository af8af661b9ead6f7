#!/usr/bin/python3
"""Streaming (issue 6): `newsgraph extract -` reads JSON Lines on stdin and writes each
document's graph to stdout as it goes, in bounded memory.

1. Graphs come out before the input ends: the test writes documents into the pipe, keeps
   it open, and reads graphs back for them.
2. Memory does not grow with the input: a generated stream ten times larger, piped
   straight from the generator (never on disk), peaks at about the same resident memory as
   the small one, and runs under an address-space cap (RLIMIT_AS).
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import threading

from common import check, fresh_dir, main

AS_CAP = 2 << 30  # bytes of address space for newsgraph (threads reserve arenas and stacks)


def sanitized(binary):
    """An AddressSanitizer build (scripts/test's build-asan) reserves terabytes of address
    space for its shadow memory, so it cannot run under RLIMIT_AS; its peak RSS is still
    measured, with a small quarantine so freed memory is not held back."""
    with open(binary, "rb") as f:
        return b"libasan.so" in f.read()


def cap_memory():
    resource.setrlimit(resource.RLIMIT_AS, (AS_CAP, AS_CAP))


def piped_extract(args, docs, out_path):
    """generator --docs N | newsgraph extract - ; returns (peak RSS in MB, documents out)."""
    gen = subprocess.Popen([sys.executable, args.generator, "--docs", str(docs), "--seed", "3", "--out", "-"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    with open(out_path, "wb") as out:
        asan = sanitized(args.newsgraph)
        env = dict(os.environ, ASAN_OPTIONS="quarantine_size_mb=4") if asan else None
        ng = subprocess.Popen([args.newsgraph, "extract", "-q", "-j", "2", "-"], stdin=gen.stdout, stdout=out,
                              stderr=subprocess.PIPE, env=env, preexec_fn=None if asan else cap_memory)
        gen.stdout.close()  # newsgraph holds the only read end now
        _, status, usage = os.wait4(ng.pid, 0)
        err = ng.stderr.read().decode()
        ng.returncode = os.waitstatus_to_exitcode(status)
    check(gen.wait() == 0, "the generator failed")
    check(ng.returncode == 0, f"newsgraph extract - exited {ng.returncode} under a {AS_CAP >> 20} MB cap:\n{err}")
    documents = 0
    with open(out_path, "rb") as f:
        for line in f:
            if line.startswith(b'{"document"'):
                documents += 1
    return usage.ru_maxrss / 1024, documents


def test(args):
    work = fresh_dir(args.workdir)

    # 1. Output while the input is still open.
    ng = subprocess.Popen([args.newsgraph, "extract", "-q", "-j", "2", "-"], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    seen = []
    reader = threading.Thread(target=lambda: seen.extend(
        json.loads(line)["document"]["id"] for line in ng.stdout if line.startswith(b'{"document"')))
    reader.start()
    gen = subprocess.run([sys.executable, args.generator, "--docs", "400", "--seed", "5", "--out", "-"],
                         capture_output=True, check=True)
    ng.stdin.write(gen.stdout)
    ng.stdin.flush()
    waited = 0.0
    while len(seen) < 100 and waited < 120:
        reader.join(0.2)
        waited += 0.2
    early = list(seen)
    ng.stdin.close()
    reader.join()
    check(ng.wait() == 0, "newsgraph extract - failed")
    check(len(early) >= 100, f"only {len(early)} graphs came out while stdin was still open: not streaming")
    check(seen == [f"gen-{i:08d}" for i in range(400)], "graphs missing or out of input order")

    # 2. Bounded memory: 10x the documents, about the same peak.
    small_rss, small_docs = piped_extract(args, args.docs // 10, os.path.join(work, "small.ngraph"))
    large_rss, large_docs = piped_extract(args, args.docs, os.path.join(work, "large.ngraph"))
    print(f"peak RSS: {small_docs} documents {small_rss:.0f} MB, {large_docs} documents {large_rss:.0f} MB")
    check(small_docs == args.docs // 10 and large_docs == args.docs, "documents lost on the way")
    check(large_rss < small_rss * 1.5 + 32,
          f"peak memory grows with the input: {small_rss:.0f} MB for {small_docs} documents, "
          f"{large_rss:.0f} MB for {large_docs}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--generator", required=True, help="bench/corpus/gen_corpus.py")
    ap.add_argument("--docs", type=int, default=20000, help="documents in the large stream")
    ap.add_argument("--workdir", required=True)
    main(lambda: test(ap.parse_args()))
