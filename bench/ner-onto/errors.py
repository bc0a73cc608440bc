#!/usr/bin/env python3
"""Error table of the engine's names on an OntoNotes-style file, as score.py ner-onto scores them.

Usage: NA_CLI_CMD="dotnet PATH/NewsAnalysis.Cli.dll" python3 bench/ner-onto/errors.py bench/ner-onto/wikinews-onto.conll [--list]
Per gold type: correct / wrong type (same span) / boundary (overlapping span) / missed; per predicted type: spurious
(no gold name of any type overlaps it) and predictions on unscored gold types (NORP, FAC...) which score.py drops.
"""
import collections, os, sys
sys.path.insert(0, "/work/shared/tools")
import score  # noqa: E402

GOLD_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def main():
    path = sys.argv[1]
    listing = "--list" in sys.argv
    docs = score.read_conll(path)
    payload, meta = [], []
    for di, doc in enumerate(docs):
        toks, lines, pos = [], [], 0
        for sent in doc:
            parts = []
            for tok, tag in sent:
                toks.append((pos, pos + len(tok), tag, tok))
                parts.append(tok)
                pos += len(tok) + 1
            lines.append(" ".join(parts))
        text = "\n".join(lines)
        payload.append((str(di), text))
        meta.append((text, toks))
    res, _ = score.analyze_jsonl(payload)
    table = collections.Counter()
    rows = []
    for di, (text, toks) in enumerate(meta):
        gold_all = score.spans_from_tags([t for _, _, t, _ in toks])
        conv = score.u16map(text)
        pred = set()
        for a in (res.get(str(di)) or {}).get("actors", []):
            ty = score.KIND.get(a.get("kind"))
            for m in a.get("mentions", []):
                if m.get("type", "name") != "name":
                    continue
                s, e = conv(m["start"]), conv(m["end"])
                idx = [i for i, (ts, te, _, _) in enumerate(toks) if ts < e and te > s]
                if idx:
                    pred.add((idx[0], idx[-1] + 1, ty))

        def words(s, e):
            return " ".join(t[3] for t in toks[s:e])

        def ctx(s, e):
            return " ".join(t[3] for t in toks[max(0, s - 5):s]) + " [" + words(s, e) + "] " + " ".join(t[3] for t in toks[e:e + 5])

        for s, e, gty in gold_all:
            g = GOLD_MAP.get(gty)
            if g is None:
                continue
            same = [p for p in pred if p[0] == s and p[1] == e]
            over = [p for p in pred if p[0] < e and p[1] > s and not (p[0] == s and p[1] == e)]
            if any(p[2] == g for p in same):
                kind = "correct"
            elif same:
                kind = "type->" + same[0][2]
            elif over:
                kind = "boundary(" + "/".join(sorted({p[2] for p in over})) + ")"
            else:
                kind = "missed"
            table[(g, kind)] += 1
            if kind != "correct":
                rows.append((g, kind, ctx(s, e)))
        for s, e, pty in pred:
            if pty not in ("PER", "ORG", "LOC"):
                continue
            over = [x for x in gold_all if x[0] < e and x[1] > s]
            if not over:
                table[("spurious", pty)] += 1
                rows.append(("spurious", pty, ctx(s, e)))
            elif all(GOLD_MAP.get(x[2]) is None for x in over):
                exact = [x for x in over if x[0] == s and x[1] == e]
                table[("on-unscored", pty + "/" + (exact[0][2] if exact else "partial"))] += 1
    for k, v in sorted(table.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{k[0]:9s} {k[1]:24s} {v}")
    if listing:
        for r in sorted(rows):
            print("\t".join(r))


main()
