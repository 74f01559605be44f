#!/usr/bin/env bash
# Reindex while the service is in use: against a running `serve` (BASE_URL, its DATA_DIR), a steady
# search load (QPS queries/s of words the corpus certainly has, bench/search-load.py) runs for the
# whole job, and an ingest of articles the index does not have yet (the 240 paragraphs of
# ../shared/data/xquad-ru-en) runs while the job copies. Prints the job's report, the load's
# failed and empty answers, and the counts: before, new, after (expected: before + new).
# NEWS_INDEX_ALIAS chooses the alias (default news; the service must serve the same one).
# Usage: bench/reindex-under-load.sh BASE_URL DATA_DIR [QPS] [NEW_ARTICLES_FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
BASE=$1
DATA_DIR=$2
QPS=${3:-25}
NEW=$(realpath "${4:-../shared/data/xquad-ru-en/corpus.jsonl}")
bench_workdir load keep
bench_jar
ES=$(engine_url "$DATA_DIR")
ALIAS=${NEWS_INDEX_ALIAS:-news}
count() { curl -sf -XPOST "$ES/$ALIAS/_refresh" >/dev/null; curl -sf "$ES/$ALIAS/_count" | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])'; }

BEFORE=$(count)
echo "before: $BEFORE articles; load $QPS queries/s; work in $WORK" >&2
python3 bench/search-load.py "$BASE" "$QPS" 100000 "$WORK/stop" >"$WORK/load.out" 2>&1 &
LOAD_PID=$!
sleep 5
java -Xmx512m -jar "$JAR" reindex --data-dir "$DATA_DIR" >"$WORK/reindex.out" 2>"$WORK/reindex.err" &
REINDEX_PID=$!
# The ingest starts once the job copies, so its articles land in the old index behind the snapshot.
until grep -q '^copying' "$WORK/reindex.err" 2>/dev/null || ! kill -0 $REINDEX_PID 2>/dev/null; do sleep 1; done
java -Xmx256m -jar "$JAR" ingest --data-dir "$DATA_DIR" --rejects "$WORK/rejects.jsonl" "$NEW" \
  >"$WORK/ingest.out" 2>"$WORK/ingest.err" || true
wait $REINDEX_PID || true
sleep 5
touch "$WORK/stop"
wait $LOAD_PID || true
AFTER=$(count)
NEW_ARTICLES=$(sed -n 's/^indexed: *\([0-9]*\) new.*/\1/p' "$WORK/ingest.out")

cat "$WORK/reindex.out"
grep -E '^(read|indexed):' "$WORK/ingest.out" | sed 's/^/ingest during the job: /'
tail -n +1 "$WORK/load.out" | grep -v '^load' || true
echo "counts: before $BEFORE, new $NEW_ARTICLES, after $AFTER (expected $((BEFORE + NEW_ARTICLES)))"
