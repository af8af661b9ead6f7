#!/usr/bin/python3
"""End to end: the walkthroughs in examples/walkthroughs/ work as written. Runs every ```sh
block of each walkthrough, in order, with bash from a scratch directory laid out like the
repository (examples/, schemas/, tests/ linked), `newsgraph` on the PATH; each block must
exit 0 and print no warning or error on stderr, and each ```output block that follows one
must appear, line for line, in what it printed. ```bash blocks (installs, tools Debian
lacks) and the Gephi GUI steps are not run."""
import argparse
import os
import re
import subprocess

from common import Failure, check, fresh_dir, main

FENCE = re.compile(r"^```([A-Za-z0-9_-]*)\s*$")


def blocks(path):
    """[(info, text, line)] of the fenced blocks of a Markdown file."""
    out, info, lines, start = [], None, [], 0
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            m = FENCE.match(line.rstrip("\n"))
            if m and info is None:
                info, lines, start = m.group(1), [], number
            elif line.rstrip("\n") == "```" and info is not None:
                out.append((info, "".join(lines), start))
                info = None
            elif info is not None:
                lines.append(line)
    check(info is None, f"{path}: unclosed code block at line {start}")
    return out


def appears(expected, printed):
    """Every line of `expected` is a line of `printed`, in the same order."""
    got = [line.rstrip("\n") for line in printed.split("\n")]
    at = 0
    for line in expected.rstrip("\n").split("\n"):
        while at < len(got) and got[at] != line:
            at += 1
        if at == len(got):
            return False
        at += 1
    return True


def test(args):
    work = fresh_dir(args.workdir)
    bindir = os.path.join(work, "bin")
    os.makedirs(bindir)
    os.symlink(os.path.abspath(args.newsgraph), os.path.join(bindir, "newsgraph"))
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ.get("PATH", ""))
    walkthroughs = sorted(f for f in os.listdir(os.path.join(args.repo, "examples", "walkthroughs")) if f.endswith(".md"))
    check(set(walkthroughs) >= {"gephi.md", "graphviz.md", "triple-store.md"}, f"walkthroughs: {walkthroughs}")
    for name in walkthroughs:
        path = os.path.join(args.repo, "examples", "walkthroughs", name)
        scratch = os.path.join(work, os.path.splitext(name)[0])
        os.makedirs(scratch)
        for entry in ("examples", "schemas", "tests"):
            os.symlink(os.path.join(os.path.abspath(args.repo), entry), os.path.join(scratch, entry))
        last_output, ran = None, 0
        for info, text, line in blocks(path):
            where = f"{name}:{line}"
            if info == "sh":
                proc = subprocess.run(["bash", "-euo", "pipefail", "-c", text], cwd=scratch, env=env,
                                      capture_output=True, text=True, timeout=600)
                if proc.returncode != 0:
                    raise Failure(f"{where}: exit {proc.returncode}\n{text}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}")
                check(not re.search(r"warning|error", proc.stderr, re.IGNORECASE),
                      f"{where}: warnings on stderr:\n{proc.stderr}")
                last_output, ran = proc.stdout, ran + 1
            elif info == "output":
                check(last_output is not None, f"{where}: output block without a command before it")
                check(appears(text, last_output), f"{where}: expected\n{text}\ngot\n{last_output}")
                last_output = None
        check(ran > 0, f"{name}: no sh block to run")
        print(f"{name}: {ran} blocks ran")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--repo", required=True, help="the repository root (examples/, schemas/, tests/)")
    ap.add_argument("--workdir", required=True)
    a = ap.parse_args()
    main(lambda: test(a))
