#!/usr/bin/env python3
"""The hand-made .ngraph fixtures of the export tests, as data, and the writer that made the
committed files in tests/data/ (run this file to regenerate them; the tests read the
committed files and import the expected strings from here).

- summits.ngraph: a small corpus with known answers for the SPARQL examples.
- hostile.ngraph: names, aliases, keys, ids, URLs and evidence made of everything that
  breaks naive writers: quotes, & < >, backslashes and Graphviz escapes, newlines, CR, tabs,
  control characters, right-to-left text and overrides, emoji sequences, DOT keywords,
  XML comment and CDATA markers, commas and leading spaces.
Also a generator of larger synthetic graphs (for layout and streaming tests)."""
import json
import os
import random

HEADER = {"format": "newsgraph", "version": 1}


def mention(doc, text, type_, n=1, canonical=True, role=None):
    m = {"doc": doc, "text": text, "type": type_, "n": n}
    if role:
        m["role"] = role
    if canonical:
        m["canonical"] = True
    return m


def evidence(doc, sentence, begin, date=None, trigger="", confidence=0.9):
    e = {"doc": doc, "sentence": sentence, "begin": begin, "end": begin + len(sentence)}
    if date:
        e["date"] = date
    if trigger:
        e["trigger"] = trigger
    e["confidence"] = confidence
    return e


def write_ngraph(path, documents, nodes, edges):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(HEADER, ensure_ascii=False) + "\n")
        for d in documents:
            f.write(json.dumps({"document": d}, ensure_ascii=False) + "\n")
        for n in nodes:
            f.write(json.dumps({"node": n}, ensure_ascii=False) + "\n")
        for e in edges:
            f.write(json.dumps({"edge": e}, ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------- summits

def summits():
    docs = [
        {"id": "anchorage-2021", "url": "https://example.org/news/anchorage-2021",
         "title": "Blinken and Wang Yi trade barbs in Anchorage", "date": "2021-03-19",
         "outlets": ["organisation/the-wire"]},
        {"id": "geneva-2021", "url": "https://example.org/news/geneva-2021",
         "title": "Biden and Putin meet in Geneva", "date": "2021-06-16",
         "outlets": ["organisation/reuters"]},
        {"id": "statement-2022", "title": "Moscow rebukes Washington", "date": "2022-02"},
        {"id": "sochi-2022", "title": "Erdogan meets Putin in Sochi", "date": "2022-08-05",
         "outlets": ["organisation/reuters"]},
    ]

    def node(key, name, type_, docs_, role=None):
        return {"key": key, "name": name,
                "mentions": [mention(d, name, type_, role=role) for d in docs_]}

    nodes = [
        node("country/china", "China", "country", ["anchorage-2021"]),
        node("country/russia", "Russia", "country", ["geneva-2021", "statement-2022"]),
        node("country/united-states", "United States", "country", ["geneva-2021", "statement-2022"]),
        node("organisation/reuters", "Reuters", "outlet", ["geneva-2021", "sochi-2022"]),
        node("organisation/the-wire", "The Wire", "outlet", ["anchorage-2021"]),
        node("person/antony-blinken", "Antony Blinken", "official", ["anchorage-2021"], "Secretary of State"),
        node("person/joe-biden", "Joe Biden", "leader", ["geneva-2021"], "President"),
        node("person/recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "leader", ["sochi-2022"]),
        node("person/sergei-lavrov", "Sergei Lavrov", "official", ["statement-2022"], "Foreign Minister"),
        node("person/vladimir-putin", "Vladimir Putin", "leader", ["geneva-2021", "sochi-2022"]),
        node("person/wang-yi", "Wang Yi", "official", ["anchorage-2021"]),
        node("treaty/new-start", "New START", "treaty", ["geneva-2021"]),
    ]
    s = "Biden and Putin met for talks in Geneva."
    edges = [
        {"source": "person/joe-biden", "relation": "spoke-with", "target": "person/vladimir-putin",
         "evidence": [evidence("geneva-2021", s, 0, "2021-06-16", "met"),
                      evidence("geneva-2021", "The two presidents spoke for four hours.", 41, "2021-06-16", "spoke")]},
        {"source": "person/recep-tayyip-erdogan", "relation": "spoke-with", "target": "person/vladimir-putin",
         "evidence": [evidence("sochi-2022", "Erdoğan held talks with Putin in Sochi.", 0, "2022-08-05", "held talks")]},
        {"source": "person/antony-blinken", "relation": "spoke-with", "target": "person/wang-yi",
         "evidence": [evidence("anchorage-2021", "Blinken met Wang Yi in Anchorage.", 0, "2021-03-18", "met")]},
        {"source": "country/russia", "relation": "criticised", "target": "country/united-states",
         "evidence": [evidence("statement-2022", "Russia condemned the United States over sanctions.", 0, None, "condemned"),
                      evidence("statement-2022", "Moscow accused Washington of escalation.", 52, None, "accused"),
                      evidence("geneva-2021", "Russia criticised US policy before the summit.", 90, "2021-06-15", "criticised")]},
        {"source": "country/china", "relation": "criticised", "target": "country/united-states",
         "evidence": [evidence("anchorage-2021", "China denounced US interference.", 40, "2021-03-18", "denounced"),
                      evidence("anchorage-2021", "Beijing rebuked Washington.", 80, "2021-03-19", "rebuked")]},
        {"source": "country/united-states", "relation": "criticised", "target": "country/russia",
         "evidence": [evidence("geneva-2021", "The United States criticised Russia over cyberattacks.", 140, "2021-06-16", "criticised")]},
        {"source": "person/sergei-lavrov", "relation": "criticised", "target": "person/antony-blinken",
         "evidence": [evidence("statement-2022", "Lavrov rebuffed Blinken's proposals.", 100, None, "rebuffed")]},
        {"source": "person/joe-biden", "relation": "proposed", "target": "treaty/new-start",
         "evidence": [evidence("geneva-2021", "Biden proposed extending New START.", 200, "2021-06-16", "proposed")]},
        {"source": "country/russia", "relation": "party-to", "target": "treaty/new-start",
         "evidence": [evidence("geneva-2021", "Russia is a party to New START.", 240, "2021-06-16", "party")]},
    ]
    return docs, nodes, edges


# ----------------------------------------------------------------------------- hostile

# Each string in the form written into the .ngraph file. CONTROLS are dropped by every
# export (XML 1.0 cannot hold them); everything else must come back as written.
CONTROLS = "\x01\x07\x1b\x7f"
EVIL_NAME = ('Dr. "Evil" & <b>Sons</b> \\N \\l \\ &amp; &#38; ]]> <!-- x --> {a|b}; '
             'O\'Brien, Jr.' + CONTROLS + '\nsecond line\r\nthird\tline')
RTL_NAME = "\u202eRTL override \u202c שלום עליכם مرحبا بالعالم"
EMOJI_NAME = "😀 👩‍👩‍👧 🇺🇦 café naïve"
KEYWORD_NAME = "node"
OUTLET_NAME = 'The "Quoted" Times & Co, Ltd <news>'
ALIASES = ["  Padded  alias  ", "pipe | inside", "comma, inside", "Evil\\"]
EVIL_KEY = 'person/Dr "Evil" #1 ?x=%41 <tag> {a} \\ é'
DOC_ID = 'doc 1/<x>&"y" #1'
DOC_URL = 'https://example.org/news/a b?q="x"&r=<1>#frag#2'
DOC_TITLE = 'Title & "quotes" <i>italic</i>\nwith newline' + CONTROLS
AUTHOR = "Zoë \"Z\" O'Neil <z@example.org>"
OUTLET_KEY = 'organisation/the-"quoted"-times'
SENTENCE = ('Evil & Good "spoke" <today> about \\N, ]]> and {x|y}' + CONTROLS +
            '\nacross two lines\tand a tab. שלום 😀')
TRIGGER = 'met "with" & <spoke>'
ATTRIBUTE = ('note, with "comma"', 'value <&> "q"\nline')


def clean(text):
    """What every export keeps of a string."""
    return "".join(c for c in text if c not in CONTROLS)


def hostile():
    docs = [
        {"id": DOC_ID, "url": DOC_URL, "title": DOC_TITLE, "date": "2020-03-30",
         "outlets": [OUTLET_KEY], "authors": [AUTHOR]},
        {"id": "plain-doc", "title": "Plain", "date": "2020-04"},
    ]
    nodes = [
        {"key": EVIL_KEY, "name": EVIL_NAME, "attributes": {ATTRIBUTE[0]: ATTRIBUTE[1]},
         "mentions": [mention(DOC_ID, a, "leader", canonical=False) for a in ALIASES] +
                     [mention(DOC_ID, EVIL_NAME, "leader", role='Chief "Villain" & <Boss>')]},
        {"key": "person/rtl", "name": RTL_NAME, "mentions": [mention("plain-doc", RTL_NAME, "leader")]},
        {"key": "person/emoji", "name": EMOJI_NAME, "mentions": [mention(DOC_ID, EMOJI_NAME, "official")]},
        {"key": "person/keyword", "name": KEYWORD_NAME, "mentions": [mention("plain-doc", KEYWORD_NAME, "expert")]},
        {"key": OUTLET_KEY, "name": OUTLET_NAME, "mentions": [mention(DOC_ID, OUTLET_NAME, "outlet")]},
    ]
    edges = [
        {"source": EVIL_KEY, "relation": "spoke-with", "target": "person/rtl",
         "evidence": [evidence(DOC_ID, SENTENCE, 0, "2020-03-29", TRIGGER),
                      evidence("plain-doc", "They spoke again.", 10, None, "spoke")]},
        {"source": "person/emoji", "relation": "criticised", "target": EVIL_KEY,
         "evidence": [evidence(DOC_ID, "Emoji criticised Evil.", 200, None, "criticised")]},
        {"source": "person/keyword", "relation": "proposed", "target": "person/emoji",
         "evidence": [evidence("plain-doc", "Node proposed talks to Emoji.", 30, "2020-04-02", "proposed")]},
        {"source": OUTLET_KEY, "relation": "quoted-by", "target": EVIL_KEY,
         "evidence": [evidence(DOC_ID, "The Times quoted Evil.", 300, None, "quoted")]},
    ]
    return docs, nodes, edges


# ----------------------------------------------------------------------------- synthetic

def synthetic(n_nodes, n_edges, seed=1, long_names=False):
    """A graph of leaders, officials and countries with Zipf-like degrees; every name is
    distinct, some long. Deterministic for a seed."""
    rng = random.Random(seed)
    types = ["leader", "official", "country", "organisation", "expert"]
    groups = {"leader": "person", "official": "person", "expert": "person",
              "country": "country", "organisation": "organisation"}
    docs, nodes, keys = [], [], []
    for d in range(max(1, n_nodes // 5)):
        month = d % 12 + 1
        docs.append({"id": f"doc-{d:05d}", "date": f"{2018 + d % 6}-{month:02d}-{d % 28 + 1:02d}"})
    for i in range(n_nodes):
        t = types[i % len(types)]
        name = f"Entity {i} {t.title()}"
        if long_names and i % 7 == 0:
            name += " of the Extremely Long Official Title and Department"
        key = f"{groups[t]}/entity-{i:05d}"
        keys.append((key, t))
        nodes.append({"key": key, "name": name,
                      "mentions": [mention(docs[i % len(docs)]["id"], name, t)]})
    edges, seen = [], set()
    while len(edges) < n_edges:
        a = min(int(rng.paretovariate(1.2)) - 1, n_nodes - 1)
        b = rng.randrange(n_nodes)
        if a == b or (a, b) in seen:
            continue
        seen.add((a, b))
        (ka, ta), (kb, tb) = keys[a], keys[b]
        rel = "spoke-with" if rng.random() < 0.6 else "criticised"
        doc = docs[rng.randrange(len(docs))]["id"]
        ev = [evidence(doc, f"{ka} and {kb}, sentence {k}.", 100 * k) for k in range(1 + rng.randrange(3))]
        edges.append({"source": ka, "relation": rel, "target": kb, "evidence": ev})
    return docs, nodes, edges


def main():
    data = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
    write_ngraph(os.path.join(data, "summits.ngraph"), *summits())
    write_ngraph(os.path.join(data, "hostile.ngraph"), *hostile())


if __name__ == "__main__":
    main()
