#!/usr/bin/env python3
"""Builds gold.jsonl from gold.tsv and the Wikinews article texts (CC BY 2.5).

Usage: build.py WIKINEWS_DIR   (e.g. /work/shared/eval/corpus-wikinews; files NNNN.txt)
gold.tsv rows: file, kind, content anchor, source anchor or '-', actor meant or '-'. An anchor is an exact substring
of the article, unique in it; '[[X]]' inside an anchor marks the span X within a unique context.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def locate(text, anchor, where):
    inner = anchor
    left = 0
    if "[[" in anchor:
        left = anchor.index("[[")
        inner = anchor[left + 2:anchor.index("]]")]
        anchor = anchor.replace("[[", "").replace("]]", "")
    first = text.find(anchor)
    if first < 0 or text.find(anchor, first + 1) >= 0:
        sys.exit(f"{where}: anchor {'missing' if first < 0 else 'not unique'}: {anchor!r}")
    start = first + left
    end = start + len(inner)
    # Offsets are UTF-16 code units (C# string indices), as the engine reports them.
    u16 = lambda i: len(text[:i].encode("utf-16-le")) // 2
    return [u16(start), u16(end)]


def main():
    folder = sys.argv[1]
    articles = {}
    for n, line in enumerate(open(os.path.join(HERE, "gold.tsv"), encoding="utf-8"), 1):
        if line.startswith("#") or not line.strip():
            continue
        file, kind, content, source, actor = line.rstrip("\n").split("\t")
        if file not in articles:
            text = open(os.path.join(folder, file + ".txt"), encoding="utf-8").read()
            url = text.split("\n")[1].split("url: ")[1].split(" |")[0]
            articles[file] = {"id": file, "attribution": f"Wikinews, {url}, CC BY 2.5", "text": text, "statements": []}
        text = articles[file]["text"]
        where = f"gold.tsv:{n}"
        assert kind in ("direct", "indirect", "mixed", "vague"), where
        articles[file]["statements"].append({
            "content": locate(text, content, where),
            "kind": kind,
            "source": None if source == "-" else locate(text, source, where),
            "actor": None if actor == "-" else actor,
        })
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as out:
        for a in articles.values():
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"{len(articles)} articles, {sum(len(a['statements']) for a in articles.values())} statements")


main()
