#!/usr/bin/env python3
"""Mine candidate synonym pairs from the news corpus (issue 11; README, "Buying is acquiring").

Every event folder of the corpus is analysed with `parallax batch --by-folder`; for each match
link of score >= 0.45, the words only one side has are paired with the words only the other
side has. A pair that recurs across many linked statement pairs of several events is a
candidate paraphrase ("bought" ~ "purchased", "earthquake" ~ "quake"). The folders of the
eval suite's clusters, and their ECB+ sister halves, are left out.

    parallax batch --by-folder --out /tmp/batchall ../shared/corpora/news
    python3 mine_synonyms.py /tmp/batchall assets/lexicon > /tmp/mined.txt

Prints `association count events word ~ word`, best first, with the concepts of
`concepts.txt` each word already belongs to ("-" for none). Nothing here is read by the engine.
"""
import collections
import json
import math
import re
import sys

BATCH, LEXICON = sys.argv[1], sys.argv[2]
SUITE = ("ecb_8_", "ecb_12_", "ecb_41_", "ecb_43_", "/611479")
STOP = set(open(f"{LEXICON}/stop-words.txt").read().split()) | set(
    open(f"{LEXICON}/function-words.txt").read().split()
)


def crude_stem(word):
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def words(text):
    """Lowercase content words, names (capitalised words) left out."""
    out = set()
    for w in re.findall(r"[A-Za-z][a-z]+", text):
        if w[0].isupper() or len(w) < 3 or w.lower() in STOP:
            continue
        out.add(crude_stem(w.lower()))
    return out


def concepts():
    where, current = {}, None
    for line in open(f"{LEXICON}/concepts.txt"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = line[1:].split()[0].rstrip("]")
            continue
        where.setdefault(crude_stem(line), set()).add(current)
    return where


index = json.load(open(f"{BATCH}/index.json"))
pairs, alone, events = collections.Counter(), collections.Counter(), collections.defaultdict(set)
for event in index["events"]:
    if any(s in event["articles"][0] for s in SUITE):
        continue
    d = json.load(open(f"{BATCH}/{event['file']}"))
    text = {s["id"]: s["text"] for s in d["statements"]}
    for link in d["links"]:
        if link["relation"] != "match" or (link.get("score") or 0) < 0.45:
            continue
        a, b = words(text[link["a"]]), words(text[link["b"]])
        only_a, only_b = a - b, b - a
        if not only_a or not only_b or len(only_a) > 12 or len(only_b) > 12:
            continue
        for w in only_a | only_b:
            alone[w] += 1
        for x in only_a:
            for y in only_b:
                key = (min(x, y), max(x, y))
                pairs[key] += 1
                events[key].add(event["id"])

where = concepts()
rows = []
for (x, y), n in pairs.items():
    if n < 4 or len(events[(x, y)]) < 3 or x[:4] == y[:4]:
        continue
    rows.append((n / math.sqrt(alone[x] * alone[y]), n, len(events[(x, y)]), x, y))
for score, n, e, x, y in sorted(rows, reverse=True)[:250]:
    gx, gy = where.get(x, set()), where.get(y, set())
    if gx & gy:
        continue  # already one concept
    print(f"{score:.3f} {n:4d} {e:3d} {x} ~ {y}   ({','.join(sorted(gx)) or '-'} / {','.join(sorted(gy)) or '-'})")
