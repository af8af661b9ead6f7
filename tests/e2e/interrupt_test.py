#!/usr/bin/env python3
"""End to end: Ctrl-C (SIGINT) and SIGTERM stop a long run cleanly. The batch stops taking
documents, the run exits 130 with a message, the previous outputs are left byte for byte,
and no temporary file is left behind."""
import argparse
import glob
import json
import os
import signal
import subprocess
import time

from common import check, fresh_dir, main, run


def big_corpus(path, examples, megabytes):
    """JSON Lines of the example articles, repeated with distinct ids, `megabytes` long."""
    texts = []
    for name in sorted(os.listdir(examples)):
        if name.endswith(".txt"):
            texts.append(open(os.path.join(examples, name)).read())
    with open(path, "w") as f:
        written, i = 0, 0
        while written < megabytes * 1024 * 1024:
            line = json.dumps({"id": f"doc-{i}", "text": texts[i % len(texts)]}) + "\n"
            f.write(line)
            written += len(line)
            i += 1
    return i


def snapshot(directory):
    return {p: open(p, "rb").read() for p in sorted(glob.glob(os.path.join(directory, "*")))}


def temp_files(directory):
    return [p for p in os.listdir(directory) if ".tmp" in p]


def interrupt(cmd, sig, after):
    """Starts cmd, sends `sig` after `after` seconds; returns (exit code, stderr, seconds
    from the signal to the exit). Fails if the run ended before the signal."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(after)
    check(proc.poll() is None, f"{' '.join(cmd)} ended before the signal: corpus too small")
    sent = time.monotonic()
    proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    return proc.returncode, err.decode(), time.monotonic() - sent


def test(args):
    ng = args.newsgraph
    work = fresh_dir(args.workdir)
    articles = os.path.join(args.examples, "articles")
    corpus = os.path.join(work, "corpus.jsonl")
    documents = big_corpus(corpus, articles, 40)

    # A previous good build in the output directory.
    out = os.path.join(work, "out")
    run([ng, "build", articles, "-o", out, "-q"], expect=0)
    before = snapshot(out)
    check(len(before) >= 4, f"no previous outputs: {list(before)}")

    # 0.5 s: inside resource loading (the handler is installed first thing in run(); a
    # signal before main() has run at all would still take the default action).
    for sig, after in [(signal.SIGINT, 2.0), (signal.SIGTERM, 2.0), (signal.SIGINT, 0.5)]:
        code, err, seconds = interrupt([ng, "build", corpus, "-o", out, "-j", "2"], sig, after)
        name = signal.Signals(sig).name
        check(code == 130, f"build after {name}: exit {code}, expected 130\n{err}")
        check("interrupted" in err, f"build after {name}: no message\n{err}")
        check(seconds < 30, f"build took {seconds:.1f} s to stop after {name}")
        check(snapshot(out) == before, f"build after {name} changed the previous outputs")
        check(not temp_files(out), f"temporary files left after {name}: {temp_files(out)}")
        print(f"build, {name} after {after} s: stopped in {seconds:.2f} s (corpus of {documents} documents)")

    # A second Ctrl-C kills at once (default action), for a run that does not stop.
    proc = subprocess.Popen([ng, "build", corpus, "-o", out, "-j", "2"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(2.0)
    check(proc.poll() is None, "build ended before the signals: corpus too small")
    proc.send_signal(signal.SIGINT)
    time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    code = proc.wait(timeout=60)
    check(code in (-signal.SIGINT, 130), f"build after two SIGINTs: exit {code}")
    check(snapshot(out) == before, "build after two SIGINTs changed the previous outputs")

    # extract -o FILE: the previous file stays, the temporary one goes.
    part = os.path.join(work, "part.ngraph")
    run([ng, "extract", articles, "-o", part, "-q"], expect=0)
    old = open(part, "rb").read()
    code, err, seconds = interrupt([ng, "extract", corpus, "-o", part, "-j", "1"], signal.SIGINT, 2.0)
    check(code == 130 and "interrupted" in err, f"extract after SIGINT: exit {code}\n{err}")
    check(open(part, "rb").read() == old, "extract after SIGINT replaced its output")
    check(not temp_files(work), f"temporary files left by extract: {temp_files(work)}")

    # An uninterrupted run still works (the handler does not get in the way).
    run([ng, "build", articles, "-o", out, "-q"], expect=0)
    check(snapshot(out) == before, "the same input gave different outputs")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--examples", required=True)
    ap.add_argument("--workdir", required=True)
    a = ap.parse_args()
    main(lambda: test(a))
