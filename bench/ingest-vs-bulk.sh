#!/usr/bin/env bash
# Ingest throughput: news-search's full pipeline (read, clean, enrich, bulk write) against a plain
# _bulk load of the same real articles (RT/NG + Telegram from ../shared/data), same mappings, same
# batch size, same concurrency, each into a fresh index, in one run on one node warmed up first.
# Prints articles/s for both and their ratio. Usage: bench/ingest-vs-bulk.sh [DATA_DIR]
# BENCH_PIN=1 runs the node (and the idle service) on the first CPU and the loads' clients (the
# plain _bulk client, the ingest process) on the second (taskset, util-linux), so that the ingest's
# own work does not compete with the node for CPU, as with a cluster on machines of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
DATA=${1:-../shared/data}
BATCH=1000
bench_workdir bench
bench_jar
# The service only starts the node the benchmark loads into.
start_service "$WORK/data"
ES=$(engine_url "$WORK/data")
echo "Elasticsearch at $ES" >&2
if [ -n "${BENCH_PIN:-}" ]; then
  # The node is the process that listens on its port (ss, from iproute2).
  NODE_PID=$(ss -ltnp 2>/dev/null | grep ":${ES##*:} " | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)
  taskset -a -p 0x1 "$NODE_PID" >/dev/null
  taskset -a -p 0x1 "$STARTED_PID" >/dev/null
  taskset -p 0x2 $$ >/dev/null
  echo "Pinned: the node (pid $NODE_PID) and the service on CPU 0, the loads' clients on CPU 1" >&2
fi

INPUTS=("$DATA/rt-ng" "$DATA/telegram-ru")
echo "Preparing plain _bulk files..." >&2
ARTICLES=$(python3 bench/prepare-bulk.py "$WORK/bulk" "$BATCH" "${INPUTS[@]}")

# A node's first load of these articles also compiles its indexing code: measured first, the plain
# load took half as long again as the same load right after. A warm-up load into a throwaway
# index, so that neither measured load pays for that.
echo "Warming the node up with a plain load..." >&2
curl -sf -XPUT "$ES/bench-warmup" -H 'content-type: application/json' -d @index-mappings/news.json >/dev/null
curl -sf -XPUT "$ES/bench-warmup/_settings" -H 'content-type: application/json' -d '{"index":{"refresh_interval":"-1"}}' >/dev/null
plain_bulk "$ES" bench-warmup >/dev/null
curl -sf -XDELETE "$ES/bench-warmup" >/dev/null

# Baseline: the same mappings, a fresh index, refresh off as the project does for large loads.
curl -sf -XPUT "$ES/bench-bulk" -H 'content-type: application/json' -d @index-mappings/news.json >/dev/null
curl -sf -XPUT "$ES/bench-bulk/_settings" -H 'content-type: application/json' -d '{"index":{"refresh_interval":"-1"}}' >/dev/null
BULK_SECONDS=$(plain_bulk "$ES" bench-bulk)

# The project: full pipeline into its own fresh index behind a fresh alias.
NEWS_INDEX_ALIAS=bench-project java -jar "$JAR" ingest --es-url "$ES" \
  --rejects "$WORK/rejects.jsonl" "${INPUTS[@]}" >"$WORK/ingest.out" 2>"$WORK/ingest.err"
PROJECT_SECONDS=$(sed -n 's/.* in \([0-9.]*\) s,.*/\1/p' "$WORK/ingest.out")
PROJECT_ARTICLES=$(sed -n 's/^read: *\([0-9]*\) articles.*/\1/p' "$WORK/ingest.out")

BULK_RATE=$(echo "$ARTICLES / $BULK_SECONDS" | bc -l)
PROJECT_RATE=$(echo "$PROJECT_ARTICLES / $PROJECT_SECONDS" | bc -l)
printf 'plain _bulk:   %d articles in %.1f s = %.0f articles/s\n' "$ARTICLES" "$BULK_SECONDS" "$BULK_RATE"
printf 'news-search:   %d articles in %.1f s = %.0f articles/s (cleaning, language, entities, near-duplicates)\n' \
  "$PROJECT_ARTICLES" "$PROJECT_SECONDS" "$PROJECT_RATE"
printf 'ratio:         %.2f (news-search / plain _bulk; goal >= 0.9)\n' "$(echo "$PROJECT_RATE / $BULK_RATE" | bc -l)"
