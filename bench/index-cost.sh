#!/usr/bin/env bash
# What the mapping's choices cost at indexing: the same real articles (RT/NG + Telegram from
# ../shared/data, plain _bulk, 1,000 per request, two at a time) into index-mappings/news.json as it
# is, and into variants that each undo one choice: without the Hunspell lemmas (light_russian
# alone; docs/decisions/0008-russian-lemmas.md), with bodies copied into the spelling field too,
# and with offsets in the .exact and .en subfields too (docs/decisions/0009-spelling-from-headlines.md);
# with the .en subfields analysing Russian words too (docs/decisions/0010-english-subfields-latin-only.md),
# with the default codec instead of best_compression;
# and into the lean mapping a user would otherwise write (title, lede, body with ё-folding, Russian
# stop words and light_russian; keywords and dates), the yardstick of issue 15.
# Each load twice, alternating, on one node; each index force-merged. Prints articles/s and size.
# Usage: bench/index-cost.sh [DATA_DIR [BATCHES]]   BATCHES: load only the first BATCHES thousand articles
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
DATA=${1:-../shared/data}
BATCH=1000
BATCHES=${2:-}
bench_workdir index-cost
bench_jar
start_service "$WORK/data"
ES=$(engine_url "$WORK/data")
echo "Elasticsearch at $ES" >&2

echo "Preparing plain _bulk files..." >&2
ARTICLES=$(python3 bench/prepare-bulk.py "$WORK/bulk" "$BATCH" "$DATA/rt-ng" "$DATA/telegram-ru")
if [ -n "$BATCHES" ]; then
  ls "$WORK"/bulk/*.ndjson | tail -n +"$((BATCHES + 1))" | xargs -r rm
  ARTICLES=$(( $(cat "$WORK"/bulk/*.ndjson | wc -l) / 2 ))
fi
python3 - index-mappings/news.json "$WORK" <<'PY'
import json, sys
def variant(name, change):
    mapping = json.load(open(sys.argv[1], encoding="utf-8"))
    change(mapping)
    json.dump(mapping, open(f"{sys.argv[2]}/{name}.json", "w", encoding="utf-8"), ensure_ascii=False)
def without_lemmas(mapping):
    analysis = mapping["settings"]["analysis"]
    del analysis["filter"]["russian_lemmas"]
    for analyzer in analysis["analyzer"].values():
        analyzer["filter"] = [f for f in analyzer["filter"] if f != "russian_lemmas"]
def spelling_from_bodies(mapping):
    mapping["mappings"]["properties"]["body"]["copy_to"] = "spelling"
def offsets_in_subfields(mapping):
    for field in ("title", "lede", "body"):
        for subfield in mapping["mappings"]["properties"][field]["fields"].values():
            subfield["index_options"] = "offsets"
def lean(mapping):
    # What a user would otherwise run (issue 15's yardstick): the three texts with ё-folding,
    # Russian stop words and light_russian, the rest as keywords and dates.
    properties = mapping["mappings"]["properties"]
    mapping["settings"]["index"].pop("codec", None)
    mapping["settings"]["analysis"] = {
        "char_filter": {"yo_folding": {"type": "mapping", "mappings": ["ё => е", "Ё => Е"]}},
        "filter": {"russian_stop": {"type": "stop", "stopwords": "_russian_"},
                   "russian_stemmer": {"type": "stemmer", "language": "light_russian"}},
        "analyzer": {"lean_russian": {"tokenizer": "standard", "char_filter": ["yo_folding"],
                                      "filter": ["lowercase", "russian_stop", "russian_stemmer"]}}}
    for name in list(properties):
        if name in ("title", "lede", "body"):
            properties[name] = {"type": "text", "analyzer": "lean_russian"}
        elif name == "spelling":
            del properties[name]
        elif properties[name]["type"] != "date":
            properties[name] = {"type": "keyword"}
def english_of_every_text(mapping):
    del mapping["settings"]["analysis"]["analyzer"]["english_text"]["char_filter"]
def default_codec(mapping):
    del mapping["settings"]["index"]["codec"]
variant("lean", lean)
variant("default-codec", default_codec)
variant("english-everywhere", english_of_every_text)
variant("light", without_lemmas)
variant("body-spelling", spelling_from_bodies)
variant("subfield-offsets", offsets_in_subfields)
PY
load() { # INDEX MAPPING_FILE LABEL
  curl -sf -XPUT "$ES/$1" -H 'content-type: application/json' --data-binary @"$2" >/dev/null
  curl -sf -XPUT "$ES/$1/_settings" -H 'content-type: application/json' -d '{"index":{"refresh_interval":"-1"}}' >/dev/null
  local seconds
  seconds=$(plain_bulk "$ES" "$1")
  curl -sf -XPOST "$ES/$1/_forcemerge?max_num_segments=1" >/dev/null
  local bytes
  bytes=$(curl -sf "$ES/_cat/indices/$1?h=store.size&bytes=b")
  printf '%-24s %6d articles in %6.1f s = %5.0f articles/s, %5.0f MB after force-merge\n' "$3" "$ARTICLES" \
    "$seconds" "$(echo "$ARTICLES / $seconds" | bc -l)" "$(echo "$bytes / 1048576" | bc -l)"
  curl -sf -XDELETE "$ES/$1" >/dev/null
}
for round in 1 2; do
  load "lean-$round" "$WORK/lean.json" "lean Russian mapping"
  load "news-$round" index-mappings/news.json "news.json"
  load "light-$round" "$WORK/light.json" "without Hunspell lemmas"
  load "body-spelling-$round" "$WORK/body-spelling.json" "bodies in spelling too"
  load "subfield-offsets-$round" "$WORK/subfield-offsets.json" "offsets in subfields too"
  load "english-everywhere-$round" "$WORK/english-everywhere.json" "Russian words in .en too"
  load "default-codec-$round" "$WORK/default-codec.json" "default codec"
done
