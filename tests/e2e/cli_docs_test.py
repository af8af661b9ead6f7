#!/usr/bin/env python3
"""docs/cli.md is generated from the option definitions (`newsgraph help --markdown`) and
must match them: this test fails when it is stale, and prints the command that refreshes
it. Every subcommand's --help shows an example, and every one has its section."""
import argparse
import difflib
import re

from common import check, main, run


def test(args):
    ng = args.newsgraph
    _, generated, _ = run([ng, "help", "--markdown"], expect=0)
    committed = open(args.doc, encoding="utf-8").read()
    if generated != committed:
        diff = "".join(difflib.unified_diff(committed.splitlines(True), generated.splitlines(True),
                                            "docs/cli.md (committed)", "newsgraph help --markdown"))
        check(False, f"docs/cli.md is stale; run: build/cli/newsgraph help --markdown > docs/cli.md\n{diff}")

    _, top, _ = run([ng, "--help"], expect=0)
    subcommands = re.findall(r"^  (\w+)\s{2,}", top.split("Subcommands:")[1], re.M)
    check({"build", "extract", "merge", "export", "stats", "explain", "render", "report"} <= set(subcommands),
          f"subcommands listed by --help: {subcommands}")
    check("help" not in subcommands, "the docs generator is listed in --help")
    for sub in subcommands:
        _, out, _ = run([ng, sub, "--help"], expect=0)
        check(re.search(r"^Examples?:", out, re.M), f"{sub} --help shows no example")
        check(f"\n## newsgraph {sub}\n" in committed, f"docs/cli.md has no section for {sub}")
        for option in re.findall(r"^\s+(?:-\w,)?(--[a-z][a-z-]*)", out, re.M):
            if option == "--help":
                continue
            check(f"`{option}`" in committed.split(f"## newsgraph {sub}\n")[1].split("\n## ")[0],
                  f"docs/cli.md does not document {sub} {option}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--doc", required=True)
    a = ap.parse_args()
    main(lambda: test(a))
