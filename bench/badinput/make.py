"""Writes a folder of hostile import files and expected.tsv (item name pattern -> good|bad) for bench/badinput.

Bad items must end 'failed' with a reason; good ones 'imported' (or 'duplicate' for a repeated text). Good texts come
from the corpus folder given (never written into the repository). Usage: make.py CORPUS OUT [SCALE]
SCALE 1 is the full set (50 MB text, 100,000-line JSONL, 100,000-deep HTML); smaller values shrink those.
"""
import io, json, pathlib, random, sys, zipfile

corpus, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
scale = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
out.mkdir(parents=True, exist_ok=True)
texts = [p.read_bytes() for p in sorted(corpus.glob("*/*.txt"))[:40]]
good_texts = [t.decode("utf-8", "replace") for t in texts]
rng = random.Random(7)
expected = []  # (name as the importer reports it, prefix match, good|bad)

def write(name, data, outcome, item=None):
    (out / name).write_bytes(data)
    expected.append((item or name, outcome))

write("empty.txt", b"", "bad")
write("binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(4096)), "bad")
write("nul-bytes.txt", b"Title\n\nText with a NUL \x00 byte inside.\n", "bad")
write("bad-utf8-bom.txt", b"\xef\xbb\xbfTitle\n\nBroken \xff\xfe bytes after a UTF-8 BOM.\n", "bad")
write("odd-utf16.txt", b"\xff\xfeT\x00i\x00t", "bad")
write("program.exe", b"MZ" + bytes(1000), "bad")
huge = int(50 * 1024 * 1024 * scale)  # over the 5 MB per-article limit only at full scale
write("huge.txt", (good_texts[0].encode() * (huge // len(texts[0]) + 1))[:huge], "bad" if huge > 5 * 1024 * 1024 else "good")
write("malformed.json", b'{"title": "Half an object", "text": ', "bad")
write("no-text.json", json.dumps({"title": "Only a title"}).encode(), "bad")
write("empty-array.json", b"[]", "bad")
write("not-a-feed.xml", b"<rss><channel><item><title>Unclosed", "bad")
# Good ones next to the bad.
write("windows-1252.txt", good_texts[1].replace("\u00a3", "£").encode("cp1252", "replace"), "good")
write("utf16.txt", "\ufeff".encode("utf-16-le") + good_texts[2].encode("utf-16-le"), "good")
write("good.txt", texts[3], "good")
write("same-again.txt", texts[3], "dup")
write("records.json", json.dumps([{"title": f"Record {i}", "text": good_texts[4 + i]} for i in range(3)]).encode(), "good", "records.json [")
# Deeply nested HTML: a real article inside 100,000 unclosed and closed divs.
depth = max(10, int(100_000 * scale))
write("nested.html", ("<html><body>" + "<div>" * depth + "<h1>Nested</h1><p>" + good_texts[8].replace("<", " ") + "</p>" + "</div>" * depth + "</body></html>").encode(), "good")
# Zips: a bomb, an escaping path, a zip inside a zip, and a good entry.
bomb = io.BytesIO()
with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("bomb.txt", b"0" * (20 * 1024 * 1024))
hostile = io.BytesIO()
with zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("../escape.txt", texts[9])
    z.writestr("inner.zip", bomb.getvalue())
    z.writestr("fine/article.txt", texts[10])
write("bomb.zip", bomb.getvalue(), "bad", "bomb.zip/")
write("hostile.zip", hostile.getvalue(), "bad", "hostile.zip/../")
expected.append(("hostile.zip/inner.zip", "bad"))
expected.append(("hostile.zip/fine/article.txt", "good"))
# 100,000-line JSONL: a good record every 1,000 lines, the rest malformed, wrong-typed or without text.
lines, n = [], max(1000, int(100_000 * scale))
bad_kinds = ['{"title": "cut', '[1, 2, 3]', '{"title": "No text here"}', '{"title": "Object text", "text": {"p": "not a string"}}', "not json at all"]
good_at = 0
for i in range(n):
    if i % 1000 == 0 and 11 + good_at < len(good_texts):
        lines.append(json.dumps({"title": f"Line record {i}", "text": good_texts[11 + good_at]}))
        expected.append((f"big.jsonl line {i + 1}:", "good"))
        good_at += 1
    else:
        lines.append(bad_kinds[i % len(bad_kinds)])
(out / "big.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
expected.append(("big.jsonl line", "bad-rest"))

with open(out.parent / "expected.tsv", "w", encoding="utf-8") as f:
    for name, outcome in expected:
        f.write(f"{name}\t{outcome}\n")
