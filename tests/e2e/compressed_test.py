#!/usr/bin/python3
"""Compressed input (issue 6): a folder of .gz and .zst articles (text, HTML, JSON Lines)
builds the same graph as the plain files, and a corrupt one is reported by name while the
batch goes on.

The exports (GraphML, JSON-LD) must be byte-identical. graph.ngraph must be byte-identical
except that each document's "source" names the file actually read ("a.txt.gz" where the
plain build has "a.txt"): the test removes exactly that suffix and then compares bytes.
"""
import argparse
import ctypes
import gzip
import json
import os
import re
import shutil

from common import check, fresh_dir, main, run

ZSTD = ctypes.CDLL("libzstd.so.1")
ZSTD.ZSTD_compressBound.restype = ctypes.c_size_t
ZSTD.ZSTD_compress.restype = ctypes.c_size_t
ZSTD.ZSTD_compress.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int]
ZSTD.ZSTD_isError.argtypes = [ctypes.c_size_t]


def zstd_compress(data):
    bound = ZSTD.ZSTD_compressBound(ctypes.c_size_t(len(data)))
    out = ctypes.create_string_buffer(bound)
    n = ZSTD.ZSTD_compress(out, bound, data, len(data), 3)
    check(not ZSTD.ZSTD_isError(n), "libzstd failed to compress")
    return out.raw[:n]


def copy_tree(src, dst):
    for root, _, files in os.walk(src):
        for name in files:
            rel = os.path.relpath(os.path.join(root, name), src)
            os.makedirs(os.path.dirname(os.path.join(dst, rel)), exist_ok=True)
            shutil.copyfile(os.path.join(root, name), os.path.join(dst, rel))


def pack_tree(src, dst):
    """Every file of src, alternately as .gz and .zst, under the same relative name."""
    for i, (root, rel) in enumerate(sorted((r, os.path.relpath(os.path.join(r, f), src))
                                           for r, _, fs in os.walk(src) for f in fs)):
        data = open(os.path.join(src, rel), "rb").read()
        os.makedirs(os.path.dirname(os.path.join(dst, rel)), exist_ok=True)
        if i % 2 == 0:
            with open(os.path.join(dst, rel + ".gz"), "wb") as f:
                f.write(gzip.compress(data, mtime=0))
        else:
            with open(os.path.join(dst, rel + ".zst"), "wb") as f:
                f.write(zstd_compress(data))


def read(path):
    with open(path, "rb") as f:
        return f.read()


def test(args):
    work = fresh_dir(args.workdir)
    plain, packed = os.path.join(work, "corpus"), os.path.join(work, "packed", "corpus")
    copy_tree(os.path.join(args.examples, "articles"), os.path.join(plain, "examples"))
    copy_tree(args.devset, os.path.join(plain, "devset"))
    pack_tree(plain, packed)
    check(any(n.endswith(".zst") for _, _, fs in os.walk(packed) for n in fs), "no .zst made")
    check(any(n.endswith(".jsonl.gz") or n.endswith(".jsonl.zst") for _, _, fs in os.walk(packed) for n in fs),
          "no compressed JSON Lines made")

    formats = ["--format", "graphml,jsonld"]
    run([args.newsgraph, "build", "-q", plain, "-o", os.path.join(work, "out-plain"), *formats], expect=0)
    run([args.newsgraph, "build", "-q", packed, "-o", os.path.join(work, "out-packed"), *formats], expect=0)
    for name in ("graph.graphml", "graph.jsonld"):
        check(read(os.path.join(work, "out-plain", name)) == read(os.path.join(work, "out-packed", name)),
              f"{name} from compressed input differs from the plain input's")
    want = read(os.path.join(work, "out-plain", "graph.ngraph"))
    got = read(os.path.join(work, "out-packed", "graph.ngraph"))
    check(want.count(b'{"document"') >= 10 and want.count(b'{"edge"') >= 10, "suspiciously small graph")
    check(got.count(b'.gz') + got.count(b'.zst') > 0, "sources should name the compressed files")
    normalised = re.sub(rb'("source":"[^"]*?)\.(?:gz|zst)((?::\d+)?")', rb"\1\2",
                        got.replace(packed.encode(), plain.encode()))
    check(normalised == want, "graph.ngraph from compressed input differs beyond the source file names")

    # A corrupt .gz and a truncated .jsonl.zst among good files: named, counted, batch goes on.
    broken = os.path.join(work, "broken")
    copy_tree(packed, broken)
    data = gzip.compress(b"Lavrov met Blinken in Geneva on Friday.\n" * 2000, mtime=0)
    with open(os.path.join(broken, "corrupt.txt.gz"), "wb") as f:
        f.write(data[:20] + b"\xff" * 64 + data[84:])
    lines = b"".join(b'{"id": "t%d", "text": "Lavrov met Blinken in Geneva on Friday."}\n' % i for i in range(3000))
    with open(os.path.join(broken, "truncated.jsonl.zst"), "wb") as f:
        f.write(zstd_compress(lines)[:-40])
    out = os.path.join(work, "out-broken")
    code, _, err = run([args.newsgraph, "build", broken, "-o", out, *formats])
    check(code == 1, f"expected exit 1 (outputs written, some inputs failed), got {code}\n{err}")
    for name in ("corrupt.txt.gz", "truncated.jsonl.zst"):
        check(any(name in line and ("gzip" in line or "zstd" in line) for line in err.splitlines()),
              f"stderr does not name {name} with the reason:\n{err}")
    report = json.load(open(os.path.join(out, "report.json")))
    failed = {s["source"] for s in report["statuses"] if s["status"] == "failed"}
    check(os.path.join(broken, "corrupt.txt.gz") in failed, f"corrupt.txt.gz not failed in report.json: {failed}")
    check(os.path.join(broken, "truncated.jsonl.zst") in failed, f"truncated.jsonl.zst not failed: {failed}")
    ok_ids = {s["id"] for s in report["statuses"] if s["status"] == "ok"}
    check("t0" in ok_ids and "geneva-summit-2021" not in failed, "the good documents were not all read")
    plain_ids = {s["id"] for s in json.load(open(os.path.join(work, "out-plain", "report.json")))["statuses"]}
    check(plain_ids <= ok_ids, f"documents lost next to the corrupt files: {sorted(plain_ids - ok_ids)}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--examples", required=True)
    ap.add_argument("--devset", required=True, help="tests/data/devset/articles")
    ap.add_argument("--workdir", required=True)
    main(lambda: test(ap.parse_args()))
