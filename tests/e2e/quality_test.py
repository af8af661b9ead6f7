#!/usr/bin/env python3
"""Extraction quality floors: builds the seed articles and the development sets, scores each
with ../shared/eval/score.py and fails when a score falls below its floor, so a change that
makes extraction worse fails here first.

  quality_test.py --newsgraph BIN --shared DIR --devset DIR --workdir DIR
"""
import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

# (entity F1 floor, relation F1 floor): the scores reached so far, rounded down. They only
# ever move up; a change that lowers a score must be fixed, not the floor.
FLOORS = {
    "seeds": (0.98, 0.87),
    "devset": (0.97, 0.86),
    "devset2": (0.87, 0.61),
}


def score(newsgraph, articles, gold, workdir, score_py):
    out = workdir / "out"
    shutil.rmtree(out, ignore_errors=True)
    run = subprocess.run([newsgraph, "build", str(articles), "-o", str(out), "--format", "graphml", "--quiet"],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"newsgraph build {articles} failed ({run.returncode}): {run.stderr}")
    result = subprocess.run([sys.executable, str(score_py), "--gold", str(gold), "--graphml",
                             str(out / "graph.graphml"), "--json"], capture_output=True, text=True, check=True)
    # The JSON report, then a one-line summary after it.
    report, _ = json.JSONDecoder().raw_decode(result.stdout)
    return report


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--shared", required=True, type=Path)
    ap.add_argument("--devset", required=True, type=Path)
    ap.add_argument("--workdir", required=True, type=Path)
    args = ap.parse_args()
    sets = {
        "seeds": (args.shared / "corpus" / "seeds", args.shared / "gold" / "seeds"),
        "devset": (args.devset / "articles", args.devset / "gold"),
        "devset2": (args.devset.parent / "devset2" / "articles", args.devset.parent / "devset2" / "gold"),
    }
    failures = []
    for name, (articles, gold) in sets.items():
        report = score(args.newsgraph, articles, gold, args.workdir / name, args.shared / "eval" / "score.py")
        entity, relation = report["entities"]["f1"], report["relations"]["f1"]
        entity_floor, relation_floor = FLOORS[name]
        print(f"{name}: entity F1 {entity:.3f} (floor {entity_floor}), relation F1 {relation:.3f} (floor {relation_floor})")
        if entity < entity_floor:
            failures.append(f"{name}: entity F1 {entity:.3f} < {entity_floor}")
        if relation < relation_floor:
            failures.append(f"{name}: relation F1 {relation:.3f} < {relation_floor}")
    if failures:
        sys.exit("extraction got worse:\n  " + "\n  ".join(failures))


if __name__ == "__main__":
    main()
