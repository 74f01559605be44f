#!/usr/bin/env python3
"""Turns the benchmark's real articles (RT/NG JSON Lines, Telegram exports) into plain _bulk NDJSON
files with the index's field names, untouched by the project's cleaning or enrichment: the baseline
a bare Elasticsearch load would send. Usage: prepare-bulk.py OUT_DIR BATCH_SIZE INPUT..."""
import gzip, hashlib, json, os, sys

out_dir, batch, inputs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]

def records(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        if path.endswith(".json.gz") or path.endswith(".json"):
            for post in json.load(f):
                yield {"title": post.get("text", "")[:200], "body": post.get("text", ""),
                       "source": post.get("channel"), "published_at": post.get("date")}
        else:
            for line in f:
                a = json.loads(line)
                yield {"url": a.get("url"), "title": a.get("title"), "lede": a.get("summary"),
                       "body": a.get("content"), "tags": a.get("keywords")}

def files(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                for n in sorted(names):
                    if n.endswith((".jsonl.gz", ".json.gz")):
                        yield os.path.join(root, n)
        else:
            yield p

os.makedirs(out_dir, exist_ok=True)
n, part, lines = 0, 0, []
def flush():
    global part, lines
    if lines:
        with open(os.path.join(out_dir, f"bulk-{part:05d}.ndjson"), "w", encoding="utf-8") as f:
            f.write("".join(lines))
        part += 1
        lines = []
for path in files(inputs):
    for doc in records(path):
        doc = {k: v for k, v in doc.items() if v}
        doc_id = hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()[:24]
        lines.append(json.dumps({"index": {"_id": doc_id}}) + "\n" + json.dumps(dict(doc, id=doc_id), ensure_ascii=False) + "\n")
        n += 1
        if len(lines) == batch:
            flush()
flush()
print(n)
