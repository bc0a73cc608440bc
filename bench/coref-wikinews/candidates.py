#!/usr/bin/env python3
"""Lists the mentions a coreference gold set must decide: third-person pronouns and the nominals the engine can
link ("the minister", "the company", "the 30-year-old"), with their UTF-16 offsets (the corpus is BMP-only text, so
Python string offsets equal UTF-16 offsets; checked below). Usage: candidates.py ARTICLE.txt [--mark]"""
import re, signal, sys

PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their", "theirs",
            "themselves", "it", "its", "itself"}
TITLES = ["prime minister", "foreign minister", "defence minister", "defense minister", "finance minister",
          "vice president", "secretary of state", "secretary-general", "secretary general", "president", "minister",
          "premier", "chancellor", "secretary", "senator", "governor", "mayor", "king", "queen", "prince", "princess",
          "pope", "chairman", "chairwoman", "chief executive", "ceo", "director", "speaker", "leader", "ambassador",
          "envoy", "judge", "commander", "general", "coach", "manager", "spokesman", "spokeswoman", "sheikh"]
KIND = ["company", "firm", "group", "organisation", "organization", "movement", "ministry", "agency", "bank", "club",
        "party", "government", "country", "city", "defender", "striker", "midfielder", "winger", "goalkeeper", "keeper",
        "singer", "actor", "actress", "rapper", "musician", "novelist", "author", "businessman", "businesswoman",
        "veteran", "boxer", "skipper", "captain", "scot", "briton", "welshman", "irishman", "englishman", "frenchman",
        "spaniard", "man", "woman", "boy", "girl", "teenager", "player", "police", "officials"]
NOMINAL = re.compile(r"\b[Tt]he\s+(" + "|".join(sorted((re.escape(t) for t in TITLES + KIND), key=len, reverse=True))
                     + r"|\d+-year-old)\b", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z]+")


def candidates(text):
    assert all(ord(c) < 0x10000 for c in text)
    # The "# date: ... | url: ..." header line is metadata, not article text.
    text = re.sub(r"(?m)^# date:.*$", lambda m: " " * len(m.group()), text)
    out = []
    for m in WORD.finditer(text):
        if m.group().lower() in PRONOUNS:
            out.append((m.start(), m.group(), "pronoun"))
    for m in NOMINAL.finditer(text):
        out.append((m.start(), m.group(), "nominal"))
    return sorted(out)


if __name__ == "__main__":
    text = open(sys.argv[1], encoding="utf-8").read()
    found = candidates(text)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if "--mark" in sys.argv:
        pos = 0
        parts = []
        for n, (start, word, _) in enumerate(found):
            parts.append(text[pos:start])
            parts.append(f"[{n}:{word}]")
            pos = start + len(word)
        parts.append(text[pos:])
        print("".join(parts))
    else:
        for n, (start, word, kind) in enumerate(found):
            print(n, start, word, kind, sep="\t")
