#!/usr/bin/env python3
"""End to end: `newsgraph explain` on saved graphs: one entity (aliases, roles with dates,
relations with their sentences, documents, outlets and dates), a pair (every edge either
way, evidence in date order), names looked up by key, label or alias without case, and the
errors: an ambiguous name lists its candidates, an unknown name says where it looked."""
import argparse
import json
import os
import re

from common import check, fresh_dir, main, run


def ambiguous_graph(path):
    """Two people both written "Smith" in some article, and one plain entity."""
    records = [
        {"format": "newsgraph", "version": 1},
        {"document": {"id": "d1", "title": "One", "date": "2021-01-05"}},
        {"node": {"key": "person/john-smith", "name": "John Smith", "mentions": [
            {"doc": "d1", "text": "John Smith", "type": "official", "n": 1, "canonical": True},
            {"doc": "d1", "text": "Smith", "type": "official", "n": 1}]}},
        {"node": {"key": "person/jane-smith", "name": "Jane Smith", "mentions": [
            {"doc": "d1", "text": "Jane Smith", "type": "official", "n": 1, "canonical": True},
            {"doc": "d1", "text": "Smith", "type": "official", "n": 1}]}},
        {"node": {"key": "country/france", "name": "France", "mentions": [
            {"doc": "d1", "text": "France", "type": "country", "n": 1, "canonical": True}]}},
    ]
    with open(path, "w") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")


def test(args):
    ng = args.newsgraph
    work = fresh_dir(args.workdir)
    summits = os.path.join(args.data, "summits.ngraph")

    # One entity: who it is, what it did, and the sentences that say so.
    _, out, _ = run([ng, "explain", summits, "Joe Biden"], expect=0)
    lines = out.split("\n")
    check(lines[0] == "Joe Biden  [leader]  person/joe-biden", f"header line: {lines[0]!r}")
    check("roles: President (2021-06-16)" in out, f"role with its date missing:\n{out}")
    check("Joe Biden spoke with Vladimir Putin  (weight 2; 2021-06-16; 1 document)" in out,
          f"relation line missing:\n{out}")
    check("Joe Biden proposed New START" in out, f"second relation missing:\n{out}")
    # Evidence: date, document, outlet, URL, then the sentence.
    check("  2021-06-16  geneva-2021  Reuters  https://example.org/news/geneva-2021\n"
          "    \"Biden and Putin met for talks in Geneva.\"" in out, f"evidence block wrong:\n{out}")
    # The strongest relation comes first.
    check(out.index("spoke with Vladimir Putin") < out.index("proposed New START"), "relations not by weight")

    # Lookup by key, by label in any case, by alias: the same answer.
    for name in ["person/joe-biden", "JOE BIDEN", "joe biden"]:
        _, same, _ = run([ng, "explain", summits, name], expect=0)
        check(same == out, f"lookup by {name!r} differs")

    # Limits: one relation, one sentence each; the text says how many more there are.
    _, short, _ = run([ng, "explain", summits, "Joe Biden", "--relations", "1", "--evidence", "1"], expect=0)
    check("relations: 2 (the 1 strongest shown; --relations 0 for all)" in short, f"limit note:\n{short}")
    check("New START" not in short and "... and 1 more (--evidence 0 for all)" in short, f"limits:\n{short}")

    # A pair: both directions, all evidence, in date order (undated last).
    _, pair, _ = run([ng, "explain", summits, "united states", "Russia"], expect=0)
    check("relations: 2" in pair, f"pair relations:\n{pair}")
    check("Russia criticised United States  (weight 3; 2021-06-15..2022-02; 2 documents)" in pair, f"pair edge 1:\n{pair}")
    check("United States criticised Russia  (weight 1; 2021-06-16; 1 document)" in pair, f"pair edge 2:\n{pair}")
    dates = re.findall(r"^  (\d{4}(?:-\d\d)?(?:-\d\d)?|undated)  \[", pair, re.M)
    check(len(dates) == 4, f"pair evidence count: {dates}\n{pair}")
    check(dates == sorted(dates), f"pair evidence not in date order: {dates}")
    check("[United States criticised Russia]  geneva-2021  Reuters" in pair, f"pair evidence source:\n{pair}")
    _, none, _ = run([ng, "explain", summits, "China", "Vladimir Putin"], expect=0)
    check("no relation between them in this graph" in none, f"pair without edges:\n{none}")

    # Errors: exit code 2, saying what was wrong, where, and what to do.
    smith = os.path.join(work, "smith.ngraph")
    ambiguous_graph(smith)
    _, _, err = run([ng, "explain", smith, "smith"], expect=2)
    check("\"smith\" names 2 nodes" in err and "person/jane-smith" in err and "person/john-smith" in err,
          f"ambiguous name does not list candidates: {err}")
    check("give a key instead" in err, f"ambiguity gives no way out: {err}")
    run([ng, "explain", smith, "person/jane-smith"], expect=0)
    _, _, err = run([ng, "explain", summits, "Angela Merkel"], expect=2)
    check(summits in err and "\"Angela Merkel\"" in err and "newsgraph stats" in err, f"unknown name: {err}")
    _, _, err = run([ng, "explain", summits, "putin"], expect=2)
    check("did you mean: Vladimir Putin (person/vladimir-putin)?" in err, f"no suggestion for a part of a name: {err}")
    _, _, err = run([ng, "explain", summits, "person/vladimir-putin", "vladimir putin"], expect=2)
    check("same entity" in err, f"same entity twice: {err}")
    _, _, err = run([ng, "explain", os.path.join(work, "missing.ngraph"), "x"], expect=2)
    check("missing.ngraph" in err, f"missing file not named: {err}")
    run([ng, "explain", summits], expect=2)
    run([ng, "explain", summits, "a", "b", "c"], expect=2)

    # Hostile names cannot drive the terminal: no control characters reach the output.
    hostile = os.path.join(args.data, "hostile.ngraph")
    _, out, _ = run([ng, "explain", hostile, "comma, inside", "--relations", "0", "--evidence", "0"], expect=0)
    bad = [c for c in out if ord(c) < 32 and c != "\n"]
    check(not bad, f"control characters in explain output: {bad!r}")
    check("quoted by" in out and "\"The Times quoted Evil.\"" in out, f"hostile entity explained:\n{out}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--workdir", required=True)
    a = ap.parse_args()
    main(lambda: test(a))
