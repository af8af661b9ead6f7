#!/usr/bin/env python3
"""The HTML report in a real browser: Debian's headless Chromium, driven by playwright-core
(tests/browser/report.mjs, installed by scripts/setup). The page loads without console or
page errors and without a network request, the diagram is visible, a click on a table header
sorts, evidence links land; a screenshot is written. A page that breaks these rules (a
script from a CDN, a script error) must fail the same check, or the check proves nothing."""
import argparse
import json
import os
import subprocess

from common import check, fresh_dir, main, run


def browse(args, report, screenshot):
    proc = subprocess.run(["node", os.path.join(args.browser, "report.mjs"), "--report", report,
                           "--screenshot", screenshot, "--chromium", args.chromium],
                          capture_output=True, text=True, timeout=180)
    try:
        result = json.loads(proc.stdout) if proc.stdout.strip() else {}
    except json.JSONDecodeError:
        result = {}
    return proc.returncode, result, proc.stderr


def check_png(path):
    check(os.path.exists(path), f"no screenshot at {path}")
    data = open(path, "rb").read()
    check(data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20000, f"{path} is not a real screenshot ({len(data)} bytes)")


def test(args):
    ng = args.newsgraph
    work = fresh_dir(args.workdir)
    out = os.path.join(work, "out")
    run([ng, "build", os.path.join(args.examples, "articles"), "-o", out, "-q"], expect=0)
    report = os.path.join(work, "report.html")
    run([ng, "report", os.path.join(out, "graph.ngraph"), "-o", report, "-q"], expect=0)

    shot = os.path.join(work, "report.png")
    code, result, err = browse(args, report, shot)
    check(code == 0, f"browser check failed (exit {code}): {result.get('failures')}\n{err}")
    check(result.get("diagramVisible") and result.get("diagramNodes", 0) >= 10, f"diagram: {result}")
    check(result.get("sorted") and result.get("actorRows", 0) >= 10, f"table: {result}")
    check(result.get("consoleErrors") == [] and result.get("pageErrors") == [], f"errors: {result}")
    check(result.get("externalRequests") == [], f"network: {result}")
    check_png(shot)
    print(f"screenshot: {shot}")

    # Hostile names in the browser: still no errors, still a diagram.
    hostile = os.path.join(work, "hostile.html")
    run([ng, "report", os.path.join(args.data, "hostile.ngraph"), "-o", hostile, "-q"], expect=0)
    code, result, err = browse(args, hostile, os.path.join(work, "hostile.png"))
    check(code == 0, f"hostile report fails in the browser: {result.get('failures')}\n{err}")

    # The check must catch what it is for: a resource from the network and a script error.
    page = open(report, encoding="utf-8").read()
    broken = os.path.join(work, "broken.html")
    with open(broken, "w", encoding="utf-8") as f:
        f.write(page.replace("</head>", '<script src="https://cdn.example.org/lib.js"></script>\n'
                                        "<script>undefinedFunction();</script>\n</head>", 1))
    code, result, err = browse(args, broken, os.path.join(work, "broken.png"))
    check(code == 1, f"a page loading from a CDN passed the browser check (exit {code}, {err})")
    failures = " ".join(result.get("failures", []))
    check("cdn.example.org" in failures or "Content Security Policy" in failures, f"CDN not reported: {failures}")
    check("undefinedFunction" in failures, f"script error not reported: {failures}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--examples", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--browser", required=True, help="tests/browser (report.mjs and its node_modules)")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--workdir", required=True)
    a = ap.parse_args()
    main(lambda: test(a))
