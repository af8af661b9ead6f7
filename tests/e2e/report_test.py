#!/usr/bin/env python3
"""End to end: `newsgraph report` writes one self-contained HTML page: no script, style or
picture from the network (a Content-Security-Policy says so too), the Graphviz diagram
inline, the actor table, the timeline, the evidence with links to its documents; hostile
names escaped; the same bytes for the same graph."""
import argparse
import os
import re
from html.parser import HTMLParser

from common import check, fresh_dir, main, run


class Page(HTMLParser):
    """Every start tag with its attributes and the id/class of its ancestors."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []   # (tag, attrs dict, ancestor ids)
        self.stack = []  # (tag, id)
        self.text = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs, [i for _, i in self.stack if i]))
        if tag not in ("meta", "link", "br", "img", "input", "hr", "path", "polygon", "ellipse",
                       "rect", "line", "polyline", "text", "title", "stop"):
            self.stack.append((tag, attrs.get("id")))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs), [i for _, i in self.stack if i]))

    def handle_endtag(self, tag):
        for k in range(len(self.stack) - 1, -1, -1):
            if self.stack[k][0] == tag:
                del self.stack[k:]
                break

    def handle_data(self, data):
        self.text.append(data)

    def find(self, tag, within=None):
        return [a for t, a, ids in self.tags if t == tag and (within is None or within in ids)]


class Balance(HTMLParser):
    """Every element closed, in order (HTML void elements and SVG's self-closing ones apart):
    a name that broke out of its escaping would leave the tree unbalanced."""
    VOID = {"meta", "link", "br", "img", "input", "hr", "wbr", "col", "area", "base", "source"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append((tag, self.getpos()))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> at {self.getpos()} closes {self.stack[-1] if self.stack else 'nothing'}")
        else:
            self.stack.pop()


def check_balanced(path):
    b = Balance()
    b.feed(open(path, encoding="utf-8").read())
    b.close()
    check(not b.errors and not b.stack, f"{path}: unbalanced markup: {b.errors[:3]} open: {b.stack[:3]}")


def parse(path):
    page = Page()
    page.feed(open(path, encoding="utf-8").read())
    page.close()
    return page


def check_self_contained(page, path):
    """Nothing that a browser would fetch: scripts, styles, images, frames, fonts."""
    for tag, attrs, _ in page.tags:
        for name in ("src", "srcset", "data", "poster", "background"):
            value = attrs.get(name)
            check(value is None or value.startswith("data:"), f"{path}: <{tag} {name}={value!r}> loads a resource")
        if tag == "link":
            check(False, f"{path}: <link {attrs}> (stylesheets and icons must be inline)")
        if tag in ("image", "use", "feimage"):
            href = attrs.get("href") or attrs.get("xlink:href") or ""
            check(href == "" or href.startswith("#") or href.startswith("data:"), f"{path}: <{tag}> loads {href}")
        if tag == "a":
            href = attrs.get("href")
            check(href is None or href.startswith("#") or href.startswith("https://") or href.startswith("http://"),
                  f"{path}: link with an unexpected scheme: {href!r}")
    csp = [a.get("content", "") for a in page.find("meta") if a.get("http-equiv") == "Content-Security-Policy"]
    check(csp and "default-src 'none'" in csp[0], f"{path}: no Content-Security-Policy forbidding other sources")


def test(args):
    ng = args.newsgraph
    work = fresh_dir(args.workdir)
    out = os.path.join(work, "out")
    run([ng, "build", os.path.join(args.examples, "articles"), "-o", out, "-q"], expect=0)
    graph = os.path.join(out, "graph.ngraph")

    report = os.path.join(work, "report.html")
    _, stdout, _ = run([ng, "report", graph, "-o", report, "--title", "Summits & <talks>"], expect=0)
    check(f"wrote {report}" in stdout, f"report output: {stdout}")
    page = parse(report)
    check_self_contained(page, report)
    check_balanced(report)
    text = "".join(page.text)
    check("Summits & <talks>" in text and "&lt;talks&gt;" in open(report).read(), "title not escaped as text")

    # The diagram: Graphviz's SVG inline, one group per drawn node, and its legend.
    svgs = page.find("svg", within="diagram")
    check(len(svgs) == 1, f"expected one SVG in #diagram, found {len(svgs)}")
    nodes = [a for a in page.find("g", within="diagram") if a.get("class") == "node"]
    check(len(nodes) >= 10, f"diagram has {len(nodes)} nodes")
    check("Legend" in text, "diagram legend missing")

    # The actor table: sortable, one row per actor, numbers to sort by.
    tables = [a for a in page.find("table") if a.get("id") == "actors"]
    check(tables and "sortable" in tables[0].get("class", ""), "no sortable #actors table")
    rows = page.find("tr", within="actors")
    check(len(rows) >= 11, f"actor table has {len(rows) - 1} rows")
    headers = [a for a in page.find("th", within="actors")]
    check(len(headers) >= 8 and all(h.get("data-type") in ("number", "text") for h in headers), "table headers")
    check("PageRank" in text and "Vladimir Putin" in text, "PageRank column or a top actor missing")

    # The timeline: an inline SVG chart with bars.
    bars = page.find("rect", within="timeline")
    check(len(bars) >= 3, f"timeline has {len(bars)} bars")

    # Evidence of the top edges, with links to documents: the URL when known, and always
    # the in-page list of documents.
    items = page.find("li", within="evidence")
    check(len(items) >= 5, f"{len(items)} evidence sentences")
    links = [a["href"] for a in page.find("a", within="evidence")]
    check(any(h.startswith("https://") for h in links), f"no evidence links to a source URL: {links}")
    doc_links = [h for h in links if h.startswith("#doc-")]
    check(len(doc_links) == len(items), "some evidence does not link to its document")
    doc_ids = {a.get("id") for a in page.find("li", within="documents")}
    check(all(h[1:] in doc_ids for h in doc_links), "an evidence link points at no document")
    sentences = re.findall(r"<blockquote>([^<]*)</blockquote>", open(report, encoding="utf-8").read())
    check(len(sentences) == len(items) and all(x.strip() for x in sentences), "an evidence sentence is empty")
    check(any("Putin" in x for x in sentences), "no evidence sentence from the articles names Putin")

    # Deterministic: the same graph gives the same bytes.
    again = os.path.join(work, "again.html")
    run([ng, "report", graph, "-o", again, "--title", "Summits & <talks>", "-q"], expect=0)
    check(open(report, "rb").read() == open(again, "rb").read(), "two reports of one graph differ")

    # Hostile names, sentences and URLs: escaped, so the page has only the tags we wrote.
    hostile = os.path.join(work, "hostile.html")
    run([ng, "report", os.path.join(args.data, "hostile.ngraph"), "-o", hostile, "-q"], expect=0)
    page = parse(hostile)
    check_self_contained(page, hostile)
    check_balanced(hostile)
    raw = open(hostile, encoding="utf-8").read()
    check(not page.find("b") and not page.find("i") and not page.find("boss") and not page.find("tag"),
          "a name or title became markup")
    check("<!-- x -->" not in raw and "<b>Sons</b>" not in raw, "hostile text written unescaped")
    text = "".join(page.text)
    check("<b>Sons</b>" in text, "hostile name lost (it should show as text)")
    check('https://example.org/news/a%20b?q=%22x%22&r=%3C1%3E#frag%232' in
          [a.get("href") for a in page.find("a")], "hostile URL not linked as a valid, encoded URL")

    # Without Graphviz: --no-diagram still gives a page.
    bare = os.path.join(work, "bare.html")
    run([ng, "report", graph, "-o", bare, "--no-diagram", "-q"], expect=0)
    check(not parse(bare).find("svg", within="diagram"), "--no-diagram drew a diagram")
    # Views apply: a restricted report has fewer actors.
    leaders = os.path.join(work, "leaders.html")
    run([ng, "report", graph, "-o", leaders, "--type", "leader", "-q"], expect=0)
    page = parse(leaders)
    check("Russia" not in "".join(page.text).split("Top actors")[1].split("Timeline")[0],
          "--type leader report lists a country among the actors")
    run([ng, "report", graph, "--type", "villain"], expect=2)
    # Without the analyses the actors are ranked by weighted degree, and the page says so.
    plain = os.path.join(work, "plain.html")
    run([ng, "report", graph, "-o", plain, "--no-analysis", "--top", "0", "-q"], expect=0)
    text = "".join(parse(plain).text)
    check("highest weighted degree" in text and "PageRank" not in text, "--no-analysis report ranking")
    drawn = re.search(r"The (\d+) of (\d+) entities", text)
    check(drawn and drawn.group(1) == drawn.group(2), "--top 0 does not draw every entity")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--examples", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--workdir", required=True)
    a = ap.parse_args()
    main(lambda: test(a))
