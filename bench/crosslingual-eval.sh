#!/usr/bin/env bash
# Cross-lingual retrieval quality against a running service whose index holds ../shared/data (see
# README, Ingesting): the project's English and Russian queries for Russian news articles
# (bench/crosslingual/queries.tsv) and the XQuAD English/Russian questions over its Russian
# paragraphs, each with expansion on and off. Prints Success@1, Success@10 and MRR per set.
# The XQuAD paragraphs are ingested first into the same index (source "xquad-ru-en", no title;
# re-running changes nothing), and their questions are searched with that source as a filter.
# Usage: bench/crosslingual-eval.sh SERVICE_URL DATA_DIR [DATA]
#   DATA_DIR: the service's --data-dir (the ingest goes to its node); DATA: default ../shared/data
set -euo pipefail
cd "$(dirname "$0")/.."
SERVICE=${1:?service URL, e.g. http://localhost:8080}
DATA_DIR=${2:?the data dir the service runs on}
DATA=${3:-../shared/data}
SOURCE=xquad-ru-en
WORK=$(mktemp -d /tmp/news-search-xling.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

[ -f target/news-search.jar ] || ./mvnw -q -DskipTests package
# A copy, so a rebuild while the evaluation runs cannot pull the jar or classes from under it.
cp target/news-search.jar "$WORK/news-search.jar"
cp -r target/classes "$WORK/classes"
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null

python3 - "$DATA/xquad-ru-en/corpus.jsonl" "$WORK/xquad.jsonl" "$SOURCE" <<'PY'
import json, sys
source, out = sys.argv[3], open(sys.argv[2], "w", encoding="utf-8")
for line in open(sys.argv[1], encoding="utf-8"):
    p = json.loads(line)
    # The paragraph only: the corpus's titles are English Wikipedia page names, which would
    # hand English questions a match of their own.
    out.write(json.dumps({"id": p["id"], "text": p["text"], "source": source, "language": "ru"},
                         ensure_ascii=False) + "\n")
PY
echo "Ingesting the XQuAD paragraphs..." >&2
java -jar "$WORK/news-search.jar" ingest --data-dir "$DATA_DIR" "$WORK/xquad.jsonl" >&2

java -cp "$WORK/classes:$(cat "$WORK/cp.txt")" bench/CrossLingualEval.java \
  "$SERVICE" bench/crosslingual/queries.tsv "$DATA/xquad-ru-en" "$SOURCE"
