#!/usr/bin/env python3
"""End to end: the command line as users meet it: help, version, exit codes, messages that
name the file (and line) at fault, and extract -> merge -> export giving the same graph as
build."""
import argparse
import os

from common import check, fresh_dir, main, run


def test(args):
    ng = args.newsgraph
    work = fresh_dir(args.workdir)
    articles = os.path.join(args.examples, "articles")

    code, out, _ = run([ng, "--help"], expect=0)
    check("build" in out and "Exit codes" in out, "--help lacks subcommands or exit codes")
    for sub in ["build", "extract", "merge", "export"]:
        _, out, _ = run([ng, sub, "--help"], expect=0)
        check("Example:" in out, f"{sub} --help has no example")
    _, out, _ = run([ng, "--version"], expect=0)
    check(out.startswith("newsgraph "), "--version output")
    run([ng, "build", "--no-such-flag", articles], expect=2)
    run([ng], expect=2)

    # Bad input: the batch goes on, the message names the file and line, exit code 1.
    bad = os.path.join(work, "bad")
    os.makedirs(bad)
    with open(os.path.join(bad, "good.txt"), "w") as f:
        f.write("Joe Biden met Vladimir Putin in Geneva.\n")
    with open(os.path.join(bad, "dump.jsonl"), "w") as f:
        f.write('{"id": "one", "text": "Antony Blinken met Sergei Lavrov."}\n{broken\n')
    missing = os.path.join(work, "missing.txt")
    code, out, err = run([ng, "build", bad, missing, "-o", os.path.join(work, "bad-out")], expect=1)
    check(os.path.join(bad, "dump.jsonl") + ":2" in err, f"malformed line not named: {err}")
    check(missing in err, "missing input not named")
    check("documents: 4" in out, f"summary does not account for every document: {out}")
    check(os.path.exists(os.path.join(work, "bad-out", "graph.graphml")), "no output despite good documents")

    # A broken lexicon is a usage error naming the file and JSON pointer.
    lex = os.path.join(work, "bad-lexicon.json")
    with open(lex, "w") as f:
        f.write('{"lexicon": "x", "entries": [{"id": "Bad Id", "type": "leader", "name": "X"}]}')
    code, _, err = run([ng, "build", articles, "--lexicon", lex, "-o", os.path.join(work, "x")], expect=2)
    check(lex + ":/entries/0/id" in err, f"lexicon error lacks file and pointer: {err}")
    with open(lex, "w") as f:
        f.write('{"lexicon": "x", "entries": [{"id": "x", "type": "villain", "name": "X"}]}')
    code, _, err = run([ng, "build", articles, "--lexicon", lex, "-o", os.path.join(work, "x")], expect=2)
    check(lex + ":/entries/0/type" in err and "villain" in err, f"unknown type not reported: {err}")

    # The map/reduce path gives the same graph as build.
    direct = os.path.join(work, "direct")
    run([ng, "build", articles, "-o", direct, "-q"], expect=0)
    parts = []
    for name in sorted(os.listdir(articles)):
        part = os.path.join(work, name + ".ngraph")
        run([ng, "extract", os.path.join(articles, name), "-o", part, "-q"], expect=0)
        parts.append(part)
    merged1 = os.path.join(work, "m1.ngraph")
    run([ng, "merge", *parts[:3], "-o", merged1, "-q"], expect=0)
    merged = os.path.join(work, "merged.ngraph")
    run([ng, "merge", *reversed(parts[3:]), merged1, "-o", merged, "-q"], expect=0)
    check(open(merged, "rb").read() == open(os.path.join(direct, "graph.ngraph"), "rb").read(),
          "extract+merge differs from build")
    reexport = os.path.join(work, "reexport")
    run([ng, "export", merged, "-o", reexport, "-q"], expect=0)
    for name in ["graph.graphml", "graph.jsonld", "graph.dot"]:
        check(open(os.path.join(reexport, name), "rb").read() == open(os.path.join(direct, name), "rb").read(),
              f"export of the merged graph differs from build: {name}")

    # stdin: JSON Lines in, per-document graphs out.
    code, out, _ = run([ng, "extract", "-", "-q"], expect=0,
                       stdin='{"id": "s1", "text": "Joe Biden met Vladimir Putin."}\n')
    lines = out.strip().split("\n")
    check(len(lines) == 2 and '"id":"s1"' in lines[1], f"extract from stdin: {out}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--examples", required=True)
    ap.add_argument("--workdir", required=True)
    a = ap.parse_args()
    main(lambda: test(a))
