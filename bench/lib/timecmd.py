#!/usr/bin/python3
"""Runs one command and appends one JSON line to --results: its wall-clock seconds and
peak resident memory (os.wait4 on that child alone), plus the facts given with --set.

  timecmd.py --results R.jsonl --task extract --tool newsgraph-j1 --set docs=1000 \
             [--stdout FILE] [--json-stdout] -- newsgraph extract corpus.jsonl -o out.ngraph

--json-stdout merges the JSON object the command prints (the peers' reports) into the line.
Exit status: the command's.
"""
import argparse
import json
import os
import subprocess
import sys
import time


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--results", required=True)
    p.add_argument("--task", required=True)
    p.add_argument("--tool", required=True)
    p.add_argument("--set", action="append", default=[], help="key=value facts (numbers parsed)")
    p.add_argument("--stdout", help="send the command's stdout to this file (default: /dev/null)")
    p.add_argument("--json-stdout", action="store_true")
    p.add_argument("cmd", nargs=argparse.REMAINDER)
    a = p.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    out = open(a.stdout or os.devnull, "wb") if not a.json_stdout else subprocess.PIPE
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out)
    captured = proc.stdout.read() if a.json_stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    row = {"task": a.task, "tool": a.tool, "wall_seconds": round(seconds, 3),
           "max_rss_mb": round(usage.ru_maxrss / 1024, 1), "exit": code,
           "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 3), "cmd": " ".join(cmd)}
    for kv in a.set:
        k, v = kv.split("=", 1)
        try:
            v = int(v)
        except ValueError:
            try:
                v = float(v)
            except ValueError:
                pass
        row[k] = v
    if a.json_stdout:
        try:
            row["report"] = json.loads(captured.decode("utf-8").strip().splitlines()[-1])
        except (ValueError, IndexError):
            row["report"] = None
    with open(a.results, "a", encoding="utf-8") as f:
        f.write(json.dumps(row) + "\n")
    if code != 0:
        print(f"timecmd: {a.tool} exited {code}: {' '.join(cmd)}", file=sys.stderr)
    sys.exit(code)


if __name__ == "__main__":
    main()
