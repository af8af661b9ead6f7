#!/usr/bin/env python3
"""End to end: the progress bar. On a terminal (a real pseudo-terminal from python's pty),
build and extract draw a bar on stderr (documents, percent, MB/s, ETA) and end its line;
in a pipe, and with --quiet, they print none; --verbose prints one line per document, even
in a pipe. Standard output (the graph lines of extract) is the same either way."""
import argparse
import os
import pty
import re
import subprocess

from common import check, fresh_dir, main, run


def run_with_tty_stderr(cmd, stdin=None):
    """Runs cmd with stderr on a pseudo-terminal; returns (exit code, stdout, what the terminal got)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    if stdin is not None:
        proc.stdin.write(stdin.encode())
        proc.stdin.close()
    terminal = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed its end
            break
        if not chunk:
            break
        terminal += chunk
    os.close(master)
    stdout = proc.stdout.read()
    proc.wait()
    return proc.returncode, stdout.decode(), terminal.decode("utf-8", "replace")


BAR = re.compile(r"\r\[[#.]{24}\] (\d+) documents +(\d+)%  \d+\.\d MB/s  ETA \d+:\d\d\x1b\[K")


def test(args):
    ng = args.newsgraph
    work = fresh_dir(args.workdir)
    articles = os.path.join(args.examples, "articles")

    # A terminal: the bar, ending at 100% with every document counted, then a newline.
    code, out, tty = run_with_tty_stderr([ng, "build", articles, "-o", os.path.join(work, "tty")])
    check(code == 0, f"build on a tty exited {code}: {tty}")
    bars = BAR.findall(tty)
    check(bars, f"no progress bar on the terminal: {tty!r}")
    total = int(re.search(r"documents: (\d+)", out).group(1))
    check(bars[-1] == (str(total), "100"), f"last bar {bars[-1]} is not {total} documents at 100%")
    check("[" + "#" * 24 + "]" in tty, "final bar is not full")
    check(re.search(r"\x1b\[K\r?\n", tty), "the bar's line is not ended before other output")

    # A pipe: nothing but the usual messages.
    _, out_pipe, err = run([ng, "build", articles, "-o", os.path.join(work, "pipe")], expect=0)
    check("\r" not in err and "ETA" not in err and "MB/s" not in err, f"progress in a pipe: {err!r}")
    check(out_pipe.replace("/pipe/", "/tty/") == out, "stdout differs between a tty and a pipe")

    # --quiet on a terminal: no bar either.
    _, _, tty = run_with_tty_stderr([ng, "build", articles, "-o", os.path.join(work, "quiet"), "--quiet"])
    check("ETA" not in tty and "\r" not in tty.replace("\r\n", "\n"), f"--quiet still shows progress: {tty!r}")

    # --verbose: one line per document, in a pipe too, in input order.
    _, _, err = run([ng, "build", articles, "-o", os.path.join(work, "verbose"), "--verbose"], expect=0)
    lines = re.findall(r"^newsgraph: \[(\d+)\] (\S+) \((.+), ([\d.]+ k?B)\)$", err, re.M)
    check(len(lines) == total, f"{len(lines)} per-document lines for {total} documents:\n{err}")
    check([int(n) for n, *_ in lines] == list(range(1, total + 1)), "per-document lines not numbered in order")
    check(any("geneva-summit-2021" == doc_id for _, doc_id, _, _ in lines), f"document ids missing:\n{err}")

    # A hostile document id cannot drive the terminal through the per-document line.
    _, _, err = run([ng, "extract", "-", "--verbose"], expect=0,
                    stdin='{"id": "evil\\u001b[2J", "text": "Joe Biden met Vladimir Putin."}\n')
    check("newsgraph: [1] evil?[2J (-:1, " in err and "\x1b" not in err, f"hostile id printed raw: {err!r}")

    # extract: the bar on the terminal, the graph lines on stdout unchanged by it.
    part = os.path.join(articles, "geneva-summit-2021.txt")
    code, graph_tty, tty = run_with_tty_stderr([ng, "extract", part, articles])
    check(code == 0 and BAR.search(tty), f"extract shows no bar on a tty: {tty!r}")
    _, graph_pipe, err = run([ng, "extract", part, articles], expect=0)
    check(graph_tty == graph_pipe, "extract output differs when stderr is a terminal")
    check("ETA" not in err, "extract shows progress in a pipe")

    # Standard input has no known size: no percentage, no ETA, but the count.
    code, _, tty = run_with_tty_stderr([ng, "extract", "-"],
                                       stdin='{"id": "s1", "text": "Joe Biden met Vladimir Putin."}\n')
    check(code == 0, f"extract from stdin on a tty exited {code}")
    check(re.search(r"\[\?{24}\] 1 documents  \d+\.\d MB/s  ETA --:--", tty), f"stdin progress: {tty!r}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--examples", required=True)
    ap.add_argument("--workdir", required=True)
    a = ap.parse_args()
    main(lambda: test(a))
