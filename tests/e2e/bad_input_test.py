#!/usr/bin/env python3
"""End to end: what scrapers really produce, through the real binary. Every case: a clear
message naming the file (and line), the rest of the batch processed, the documented exit
code, report.json accounting for every document, memory and time bounded, and a failed
run leaving the previous good outputs in place."""
import argparse
import glob
import json
import os
import shutil
import subprocess
import time

from common import check, fresh_dir, main, run

GOOD = "Joe Biden met Vladimir Putin in Geneva on June 16, 2021.\n"
MB = 1024 * 1024


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)
    return path


def report_of(outdir):
    with open(os.path.join(outdir, "report.json")) as f:
        return json.load(f)


def check_counts(report, total):
    """Counts add up: every document has one status and the totals agree."""
    docs = report["documents"]
    statuses = report["statuses"]
    check(docs["total"] == len(statuses) == total,
          f"report lists {len(statuses)} documents (total {docs['total']}), expected {total}")
    check(docs["ok"] + docs["partial"] + docs["skipped"] + docs["failed"] == docs["total"],
          f"status counts do not add up: {docs}")
    check(docs["extracted"] == docs["ok"] + docs["partial"], f"extracted != ok + partial: {docs}")
    for state in ["ok", "partial", "skipped", "failed"]:
        check(docs[state] == sum(1 for s in statuses if s["status"] == state), f"{state} count wrong")
    for s in statuses:
        if s["status"] != "ok":
            check(s.get("reason"), f"{s['id']} is {s['status']} without a reason")


def status_of(report, id_):
    found = [s for s in report["statuses"] if s["id"] == id_]
    check(len(found) == 1, f"document {id_} listed {len(found)} times: {report['statuses']}")
    return found[0]


def peak_rss_mib(cmd, stdin_path=None):
    """Runs cmd in a child and returns (returncode, stderr, peak RSS in MiB) via wait4."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    proc = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if stdin_path:
        stdin.close()
    return proc.returncode, err.decode(), usage.ru_maxrss / 1024


def huge_line_file(path, prefix, suffix, size):
    """A single line of `size` bytes of text (no newline inside), written in chunks."""
    chunk = ("Joe Biden met Vladimir Putin in Geneva " * 1700)[: 64 * 1024]
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(prefix)
        written = len(prefix)
        while written < size:
            f.write(chunk)
            written += len(chunk)
        f.write(suffix)
    return path


def test_bad_files(ng, work):
    """Invalid UTF-8, binary, empty, blank: each reported, the batch goes on."""
    src = os.path.join(work, "files")
    write(os.path.join(src, "good.txt"), GOOD)
    write(os.path.join(src, "latin1.txt"), b"Emmanuel Macron met Olaf Scholz in Berlin caf\xe9 \xff\xfe.\n")
    write(os.path.join(src, "binary.txt"), b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
    write(os.path.join(src, "empty.txt"), b"")
    write(os.path.join(src, "blank.html"), b"  \n\t\n")
    write(os.path.join(src, "nul.html"), b"<html>\x00<body>x</body></html>")
    out = os.path.join(work, "files-out")
    _, stdout, err = run([ng, "build", src, "-o", out], expect=1)
    for name in ["latin1.txt", "binary.txt", "empty.txt", "blank.html", "nul.html"]:
        check(os.path.join(src, name) in err, f"{name} not named in the messages:\n{err}")
    check("invalid UTF-8" in err and "binary" in err, f"messages do not say what is wrong:\n{err}")
    check("documents: 6" in stdout, f"summary does not count every document:\n{stdout}")
    report = report_of(out)
    check_counts(report, 6)
    check(status_of(report, "good")["status"] == "ok", "good document not ok")
    check(status_of(report, "latin1")["status"] == "partial", "invalid UTF-8 not partial")
    for id_ in ["binary", "empty", "blank", "nul"]:
        check(status_of(report, id_)["status"] == "skipped", f"{id_} not skipped")
    nodes = open(os.path.join(out, "graph.ngraph")).read()
    check("vladimir-putin" in nodes and "olaf-scholz" in nodes,
          "the good and the repaired documents were not both extracted")
    # Repaired text is valid UTF-8 everywhere (U+FFFD), and a batch of only partial
    # documents is a success.
    out2 = os.path.join(work, "latin1-out")
    run([ng, "build", os.path.join(src, "latin1.txt"), "-o", out2, "-q"], expect=0)
    for path in glob.glob(os.path.join(out2, "*")):
        open(path, "rb").read().decode("utf-8")  # raises on invalid UTF-8


def test_huge_line(ng, work, sanitized=False):
    """A 200 MB single-line file: skipped by the size limit, reported, memory bounded."""
    size = 200 * MB
    # The limit is 64 MiB: a JSONL line is buffered up to it (plus one reallocation),
    # a file is never read past it. A run that held the 200 MB would be far above this.
    # AddressSanitizer adds its shadow memory and quarantine: a looser, still bounding, limit.
    rss_limit = 400 if sanitized else 130
    txt = huge_line_file(os.path.join(work, "huge", "huge.txt"), "", "\n", size)
    jsonl = huge_line_file(os.path.join(work, "huge", "dump.jsonl"), '{"id": "huge", "text": "',
                           '"}\n{"id": "after", "text": "' + GOOD.strip() + '"}\n', size)
    try:
        for inputs, stdin in [([txt], None), ([jsonl], None), (["-"], txt)]:
            out = os.path.join(work, "huge-out")
            code, err, rss = peak_rss_mib([ng, "build", *inputs, "-o", out, "-j", "2"], stdin)
            what = inputs[0] if stdin is None else "stdin"
            check(code == 1, f"{what}: exit {code}, expected 1\n{err}")
            check("too-large" in err and "--max-doc-bytes" in err, f"{what}: limit not reported:\n{err}")
            check(rss < rss_limit, f"{what}: peak RSS {rss:.0f} MiB for a 200 MB input (limit {rss_limit})")
            report = report_of(out)
            skipped = [s for s in report["statuses"] if s["status"] == "skipped"]
            check(len(skipped) == 1 and "--max-doc-bytes" in skipped[0]["reason"],
                  f"{what}: skip not in report.json: {report['statuses']}")
            if inputs == [jsonl]:
                check(jsonl + ":1" in err, f"huge JSONL line not named by file:line:\n{err}")
                check(status_of(report, "after")["status"] == "ok", "the line after the huge one was lost")
                check_counts(report, 2)
            print(f"200 MB single line via {os.path.basename(what)}: peak RSS {rss:.0f} MiB")
    finally:
        shutil.rmtree(os.path.join(work, "huge"), ignore_errors=True)
    # --max-doc-bytes is applied to every kind of input and always reported.
    src = os.path.join(work, "limit")
    write(os.path.join(src, "a.txt"), GOOD)
    write(os.path.join(src, "b.jsonl"), json.dumps({"id": "b", "text": GOOD}) + "\n")
    out = os.path.join(work, "limit-out")
    _, _, err = run([ng, "build", src, "-o", out, "--max-doc-bytes", "20"], expect=1)
    report = report_of(out)
    check_counts(report, 2)
    for s in report["statuses"]:
        check(s["status"] == "skipped" and "--max-doc-bytes" in s["reason"], f"limit not reported: {s}")


def test_hostile_html(ng, work):
    """Deep, unclosed, nested-article and entity-bomb HTML: parsed in bounded time, no
    entity expanded, no file or network read."""
    src = os.path.join(work, "html")
    write(os.path.join(src, "deep.html"), "<div>" * 200000 + GOOD)
    write(os.path.join(src, "unclosed.html"), "<html><body><article><p>" + GOOD + "<p><b><i><div>Tail <a href=")
    # Nested candidates: each <article> measured separately would be quadratic.
    paragraphs = ("<p>" + GOOD + "</p>") * 40000
    write(os.path.join(src, "nested.html"), "<article>" * 250 + paragraphs)
    write(os.path.join(src, "bomb.html"),
          '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
          '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
          '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>'
          "<html><body><p>Joe Biden met Vladimir Putin &f; in Geneva.</p></body></html>")
    write(os.path.join(src, "external.html"),
          '<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">'
          '<!ENTITY y SYSTEM "http://127.0.0.1:9/secret">]>'
          '<html><body><p>Joe Biden met Vladimir Putin &x; &y; in Geneva.</p>'
          '<img src="http://127.0.0.1:9/x.png"><iframe src="file:///etc/passwd"></iframe></body></html>')
    out = os.path.join(work, "html-out")
    start = time.monotonic()
    # deep.html: libxml2 stops at depth 256 (no XML_PARSE_HUGE), before its text: reported.
    _, stdout, err = run([ng, "build", src, "-o", out, "-v"], expect=1)
    seconds = time.monotonic() - start
    check(seconds < 120, f"hostile HTML took {seconds:.0f} s")
    check(os.path.join(src, "deep.html") in err and "deeper than 256" in err, f"deep HTML not reported:\n{err}")
    report = report_of(out)
    check_counts(report, 5)
    check(status_of(report, "deep")["status"] == "skipped" and "limit" in status_of(report, "deep")["reason"],
          f"deep HTML status: {status_of(report, 'deep')}")
    for id_ in ["unclosed", "nested", "bomb", "external"]:
        check(status_of(report, id_)["status"] == "ok", f"{id_}: {status_of(report, id_)}")
    native = open(os.path.join(out, "graph.ngraph")).read()
    check("aaaaaaaaaa" not in native, "an entity was expanded")
    check("root:" not in native and "/bin/" not in native, "an external entity was read")
    check("vladimir-putin" in native, "the hostile pages' text was lost")
    print(f"hostile HTML: {seconds:.1f} s")


def test_jsonl(ng, work):
    """Malformed JSON Lines: each bad line named file:line and skipped, the rest read."""
    dump = write(os.path.join(work, "jsonl", "dump.jsonl"), "\n".join([
        json.dumps({"id": "first", "text": GOOD}),
        '{"id": "broken", "text": "no end',
        "[1, 2, 3]",
        "",
        json.dumps({"id": "no-text", "url": "https://example.org/x"}),
        "\x00\x01binary\xff",
        json.dumps({"id": "html", "html": "<p>" + GOOD + "</p>", "date": "not a date"}),
        json.dumps({"id": "last", "text": GOOD}),  # no final newline
    ]))
    out = os.path.join(work, "jsonl-out")
    _, _, err = run([ng, "build", dump, "-o", out], expect=1)
    for line in [2, 3, 5, 6]:
        check(f"{dump}:{line}" in err, f"bad line {line} not named as {dump}:{line}:\n{err}")
    check(f"{dump}:7" in err and "not a date" in err, f"bad date not reported:\n{err}")
    report = report_of(out)
    check_counts(report, 7)  # the blank line is not a document
    for id_ in ["first", "html", "last"]:
        check(status_of(report, id_)["status"] == "ok", f"{id_} not read")


def test_missing_and_unreadable(ng, work):
    """A missing file and a file that cannot be opened: named, failed, the rest read."""
    src = os.path.join(work, "perm")
    fresh_dir(src)
    good = write(os.path.join(src, "good.txt"), GOOD)
    locked = write(os.path.join(src, "locked.txt"), GOOD)
    locked_jsonl = write(os.path.join(src, "locked.jsonl"), json.dumps({"id": "x", "text": GOOD}) + "\n")
    missing = os.path.join(src, "missing.txt")
    out = os.path.join(src, "out")
    cmd = [ng, "build", good, locked, locked_jsonl, missing, "-o", out]
    os.chmod(locked, 0)
    os.chmod(locked_jsonl, 0)
    if os.geteuid() == 0:
        # root reads anything: run as nobody, for whom mode 000 means unreadable.
        os.chmod(src, 0o777)
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    try:
        code, stdout, err = run(cmd)
    finally:
        os.chmod(locked, 0o644)
        os.chmod(locked_jsonl, 0o644)
    check(code == 1, f"exit {code}, expected 1:\n{err}")
    for path in [locked, locked_jsonl, missing]:
        check(path in err, f"{path} not named:\n{err}")
    check("cannot open" in err or "cannot read" in err, f"no reason given:\n{err}")
    check("no such file" in err, f"missing file reason not given:\n{err}")
    report = report_of(out)
    check_counts(report, 4)
    check(status_of(report, "good")["status"] == "ok", "the readable file was not read")
    check(sum(1 for s in report["statuses"] if s["status"] == "failed") == 3, "unreadable inputs not failed")
    # Only bad inputs: still a report, still exit 1, never a crash.
    out2 = os.path.join(work, "nothing-out")
    run([ng, "build", missing, "-o", out2, "-q"], expect=1)
    check_counts(report_of(out2), 1)


def test_bad_configuration(ng, work, schemas):
    """Malformed lexicon or ontology: exit 2, the file and the JSON pointer (or line and
    column for broken JSON) named, and the previous outputs untouched."""
    src = write(os.path.join(work, "conf", "a.txt"), GOOD)
    out = os.path.join(work, "conf-out")
    run([ng, "build", src, "-o", out, "-q"], expect=0)
    before = {p: open(p, "rb").read() for p in glob.glob(os.path.join(out, "*"))}

    lex = os.path.join(work, "conf", "lexicon.json")
    cases = [
        ('{"lexicon": "x", "entries": [{"id": "x", "type": "leader", "name": "X",}]}', lex + ":1:"),
        ('{"lexicon": "x", "entries": [{"id": "x", "type": "leader"}]}', lex + ":/entries/0"),
        ('{"lexicon": "x", "entries": [{"id": "x", "type": "leader", "name": 7}]}', lex + ":/entries/0/name"),
        ('{"lexicon": "x", "entries": [{"id": "x", "type": "leader", "name": "X", '
         '"roles": [{"office": "p", "type": "leader", "from": "yesterday"}]}]}', lex + ":/entries/0/roles/0"),
        ("", lex + ":1:1"),
    ]
    for text, where in cases:
        write(lex, text)
        _, _, err = run([ng, "build", src, "--lexicon", lex, "-o", out], expect=2)
        check(where in err, f"lexicon error does not name {where}:\n{err}")
    _, _, err = run([ng, "build", src, "--lexicon", os.path.join(work, "nope.json"), "-o", out], expect=2)
    check("nope.json" in err, f"missing lexicon not named:\n{err}")

    bad_schemas = os.path.join(work, "conf", "schemas")
    shutil.rmtree(bad_schemas, ignore_errors=True)
    shutil.copytree(schemas, bad_schemas)
    onto_path = os.path.join(bad_schemas, "ontology.json")
    onto = json.load(open(os.path.join(schemas, "ontology.json")))
    onto["relations"][1]["source_types"].append("villain")
    write(onto_path, json.dumps(onto, indent=1))
    _, _, err = run([ng, "build", src, "--schemas", bad_schemas, "-o", out], expect=2)
    check(onto_path + ":/relations/1/source_types/" in err and "villain" in err,
          f"ontology error lacks file and pointer:\n{err}")
    del onto["relations"][0]["id"]
    write(onto_path, json.dumps(onto, indent=1))
    _, _, err = run([ng, "stats", os.path.join(out, "graph.ngraph"), "--schemas", bad_schemas], expect=2)
    check(onto_path + ":/relations/0" in err, f"ontology schema error lacks the pointer:\n{err}")
    write(onto_path, '{"node_types": [\n  {"id": "x"},\n  oops\n]}')
    _, _, err = run([ng, "export", os.path.join(out, "graph.ngraph"), "--schemas", bad_schemas, "-o", out],
                    expect=2)
    check(onto_path + ":3:" in err, f"ontology syntax error lacks line:\n{err}")

    after = {p: open(p, "rb").read() for p in glob.glob(os.path.join(out, "*"))}
    check(before == after, "a failed run changed the previous outputs")


def test_options(ng, work, articles):
    """Unknown options and bad values: exit 2 with a message naming the option."""
    out = os.path.join(work, "opt-out")
    for sub in ["build", "extract", "merge", "export", "stats"]:
        _, _, err = run([ng, sub, "--no-such-flag", articles], expect=2)
        check("--no-such-flag" in err, f"{sub}: unknown option not named:\n{err}")
    # Negative counts: CLI11 would wrap "-1" around in a 64-bit option (a limit of 2^64-1).
    for args in [["--threads", "many"], ["--threads", "-1"], ["--format", "pdf"], ["--max-doc-bytes", "-5"],
                 ["--max-doc-bytes", "lots"], ["--max-evidence", "-1"], ["--top", "-3"],
                 ["--top-nodes", "-1"], ["--depth", "-2"], ["--betweenness-samples", "-1"],
                 ["--gexf-version", "9"], ["--schemas", "/no/such/dir"]]:
        _, _, err = run([ng, "build", articles, "-o", out, *args], expect=2)
        check(args[0] in err or args[1] in err, f"{args}: message does not name the option:\n{err}")
    # The same for the commands that read a saved graph (the graph need not exist: options
    # are checked first).
    graph = os.path.join(work, "no-such.ngraph")
    for args in [["explain", graph, "Putin", "--relations", "-1"], ["explain", graph, "Putin", "--evidence", "-2"],
                 ["report", graph, "--top", "-1"], ["report", graph, "--actors", "-1"],
                 ["report", graph, "--edges", "-1"], ["report", graph, "--evidence", "-1"],
                 ["render", graph, "--top", "-5"]]:
        _, _, err = run([ng, *args], expect=2)
        check(args[-2] in err or args[-1] in err, f"{args}: message does not name the option:\n{err}")
    run([ng, "frobnicate"], expect=2)
    run([ng, "build"], expect=2)
    check(not os.path.exists(out), "a usage error wrote outputs")


def test_atomic_outputs(ng, work, articles):
    """A run that fails while writing leaves each output either the previous complete file
    or the new complete one, never half of one, and no temporary files behind."""
    out = os.path.join(work, "atomic-out")
    run([ng, "build", articles, "-o", out, "-q", "-f", "graphml,jsonld,dot,csv"], expect=0)
    before = {p: open(p, "rb").read() for p in glob.glob(os.path.join(out, "*"))}
    # graph.dot cannot be replaced (a directory is in the way): exit 3 and a message.
    os.remove(os.path.join(out, "graph.dot"))
    os.makedirs(os.path.join(out, "graph.dot", "blocker"))
    _, _, err = run([ng, "build", articles, "-o", out, "-f", "graphml,jsonld,dot,csv"], expect=3)
    check("graph.dot" in err, f"the failing output is not named:\n{err}")
    leftovers = [p for p in os.listdir(out) if ".tmp" in p]
    check(not leftovers, f"temporary files left behind: {leftovers}")
    for path, data in before.items():
        if path.endswith("graph.dot"):
            continue
        now = open(path, "rb").read()
        check(now == data, f"{path} differs after a failed run (same input, so it must not)")
    # An unwritable output directory: exit 3, nothing else touched.
    blocker = write(os.path.join(work, "not-a-dir"), "x")
    _, _, err = run([ng, "build", articles, "-o", os.path.join(blocker, "out")], expect=3)
    check("not-a-dir" in err, f"unwritable output not named:\n{err}")


def test_long_document(ng, work):
    """One long article (150,000 sentences, 8.6 MB, under the size limit): time linear in
    its length. Regression: per-sentence scans of the whole document's mentions and tokens
    (relations, the gazetteer's match table, node assembly) made this take many minutes."""
    path = write(os.path.join(work, "long", "long.txt"), GOOD * 150000)
    start = time.monotonic()
    _, _, err = run([ng, "extract", path, "-o", os.path.join(work, "long", "long.ngraph"), "-j", "1"], expect=0)
    seconds = time.monotonic() - start
    check(seconds < 90, f"a long document took {seconds:.0f} s (quadratic?)")
    print(f"long document (8.6 MB): {seconds:.1f} s")
    shutil.rmtree(os.path.join(work, "long"), ignore_errors=True)


def test(args):
    ng = args.newsgraph
    work = fresh_dir(args.workdir)
    articles = os.path.join(args.examples, "articles")
    test_bad_files(ng, work)
    test_jsonl(ng, work)
    test_missing_and_unreadable(ng, work)
    test_bad_configuration(ng, work, args.schemas)
    test_options(ng, work, articles)
    test_atomic_outputs(ng, work, articles)
    test_hostile_html(ng, work)
    test_long_document(ng, work)
    test_huge_line(ng, work, args.sanitized)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--examples", required=True)
    ap.add_argument("--schemas", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--sanitized", action="store_true", help="the binary is built with ASan")
    a = ap.parse_args()
    main(lambda: test(a))
