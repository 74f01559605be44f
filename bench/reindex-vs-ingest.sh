#!/usr/bin/env bash
# Reindex time against initial-ingest time for the same real articles: one fresh node, the whole
# corpus of ../shared/data ingested (timed by the ingest's own report), then `news-search reindex`
# (timed by the job's phases: copy with cleaning and enrichment, catch-up, verification, switch).
# Prints both and their ratio (goal <= 1.3). INPUT... (folders of DATA_DIR) picks a part of the
# corpus; the default is all of it, as in docs/ingesting.md.
# Usage: bench/reindex-vs-ingest.sh [DATA_DIR [INPUT...]]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
DATA=$(cd "${1:-../shared/data}" && pwd)
shift || true
INPUTS=("$@")
[ ${#INPUTS[@]} -gt 0 ] || INPUTS=(seed rt-ng telegram-ru bsnlp-ru nerel factruEval-2016 format-samples)
bench_workdir bench
bench_jar
# The service only starts the node the benchmark loads into.
start_service "$WORK/data"
ES=$(engine_url "$WORK/data")
echo "Elasticsearch at $ES" >&2

echo "Ingesting the corpus..." >&2
(cd "$DATA" && java -Xmx256m -jar "$JAR" ingest --es-url "$ES" --rejects "$WORK/rejects.jsonl" \
  "${INPUTS[@]}") >"$WORK/ingest.out" 2>"$WORK/ingest.err" || true
INGEST_SECONDS=$(sed -n 's/.* in \([0-9.]*\) s,.*/\1/p' "$WORK/ingest.out")
ARTICLES=$(sed -n 's/^read: *\([0-9]*\) articles.*/\1/p' "$WORK/ingest.out")

# In real use the articles were ingested long before: the job's catch-up pass and its sample look
# only at (resp. past) the last news.reindex.catch-up-margin (2 min) before it starts.
echo "Waiting 125 s past the catch-up margin..." >&2
sleep 125
echo "Reindexing..." >&2
java -Xmx512m -jar "$JAR" reindex --es-url "$ES" >"$WORK/reindex.out" 2>"$WORK/reindex.err"
REINDEX_SECONDS=$(sed -n 's/^took: *\([0-9.]*\) s.*/\1/p' "$WORK/reindex.out")

cat "$WORK/reindex.out"
printf 'initial ingest: %d articles in %.1f s\n' "$ARTICLES" "$INGEST_SECONDS"
printf 'reindex:        %.1f s\n' "$REINDEX_SECONDS"
printf 'ratio:          %.2f (reindex / initial ingest; goal <= 1.3)\n' "$(echo "$REINDEX_SECONDS / $INGEST_SECONDS" | bc -l)"
