#!/usr/bin/env bash
# Two runs, chosen by the first argument:
#
# overload (the default): a fresh service on its own node, loaded with the RT/NG and Telegram articles,
# searched one at a time (the latency without load), then by 16 times as many clients as it runs
# searches at once, each sending its next search as soon as the last is answered, for 30 s (after
# 10 s unmeasured, for the JIT); then one search alone. Twice: clients that ignore Retry-After (the
# worst a crowd can do, what wrk does), then clients that wait as long as a 503 says. Prints the
# admitted searches' p99 against the p99 without load (goal at most 2x), the 503s, their
# Retry-After and p99 (goal under 50 ms), any other error (goal none), the first search after the
# load, and where the CPU went meanwhile (the generator runs on the same machine).
# The limit is the service's default (news.search.max-concurrent derived from the cluster) unless
# NEWS_SEARCH_MAXCONCURRENT is set; the shard layout is printed.
#
# nodes: the same articles and queries on one embedded node, then on three (--nodes 3) with one
# replica, both with SHARDS primary shards (default 3): the ingest rate, the shard layout, and
# search throughput with 8 clients that honour Retry-After for SECONDS (the limit raised to 8,
# so that the cluster, not the limit, sets the pace). Each node gets BENCH_HEAP (default 1g).
#
# Queries: two-word headline queries drawn from RT (both words in one title).
# Usage: bench/cluster.sh [overload] [DATA_DIR] [SECONDS] [FACTOR]   # defaults: ../shared/data 30 16
#        bench/cluster.sh nodes [DATA_DIR] [SECONDS] [SHARDS]         # defaults: ../shared/data 30 3
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
RUN=overload
if [ "${1:-}" = overload ] || [ "${1:-}" = nodes ]; then
  RUN=$1
  shift
fi
DATA=${1:-../shared/data}
SECONDS_UNDER_LOAD=${2:-30}
FACTOR=${3:-16}
SHARDS=${3:-3}
bench_workdir cluster "${BENCH_KEEP:-}"
bench_jar

# ingest_corpus DATA_DIR [ENV=VALUE...]: the corpus through the service's ingest; prints its "read:" line.
ingest_corpus() {
  local data=$1
  shift
  echo "Ingesting the corpus..." >&2
  env NEWS_DATA_DIR="$data" "$@" java -jar "$JAR" ingest "$DATA/rt-ng" "$DATA/telegram-ru" \
    --rejects "$WORK/rejects.jsonl" >"$WORK/ingest.log" 2>&1 || { cat "$WORK/ingest.log" >&2; exit 1; }
  grep '^read:' "$WORK/ingest.log"
}

headline_queries "$DATA" "$WORK/queries.txt" 16

if [ "$RUN" = nodes ]; then
  echo "machine:       $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs; $(date -u +%F)"
  for LAYOUT in "1 0" "3 1"; do
    read -r NODES REPLICAS <<<"$LAYOUT"
    SETTINGS=(NEWS_ENGINE_NODES="$NODES" NEWS_INDEX_SHARDS="$SHARDS" NEWS_INDEX_REPLICAS="$REPLICAS"
      NEWS_ENGINE_HEAP="${BENCH_HEAP:-1g}" NEWS_ENGINE_STARTTIMEOUT=10m)
    start_service "$WORK/data-$NODES" "${SETTINGS[@]}" NEWS_SEARCH_MAXCONCURRENT=8 NEWS_SEARCH_QUEUE=8
    echo
    echo "== $NODES node(s), $SHARDS shard(s), $REPLICAS replica(s) of each"
    echo "ingest:        $(ingest_corpus "$WORK/data-$NODES" "${SETTINGS[@]}")"
    ES=$(engine_url "$WORK/data-$NODES")
    curl -s "${ES%%,*}/_cat/shards/news-v*?h=shard,prirep,node,docs&s=shard,prirep" | sed 's/^/shards:        /'
    java bench/Overload.java "$STARTED_URL" "$WORK/queries.txt" 8 "$SECONDS_UNDER_LOAD" 100 honour \
      | grep -E '^(without load|under load|admitted|503|other errors)'
    stop_service "$STARTED_PID"
  done
  exit 0
fi

start_service "$WORK/data"
SERVICE=$STARTED_URL
ingest_corpus "$WORK/data" >/dev/null

# The first search fixes the limit (asked of the cluster then); the service logs it.
curl -sf -o /dev/null "$SERVICE/api/search?q=%D0%A8%D0%9E%D0%A1"
LIMIT_LINE=$(grep -m1 'Searches: .* at once' "$STARTED_LOG")
LIMIT=$(sed -n 's/.*Searches: \([0-9]*\) at once.*/\1/p' <<<"$LIMIT_LINE")
CLIENTS=$((LIMIT * FACTOR))
ES=$(engine_url "$WORK/data")
# The node's server process is the launcher's child.
NODE_PID=$(ps --ppid "$(sed -n 's/^pid=//p' "$WORK/data/engine.state")" -o pid= | tr -d ' ' | head -n 1)
echo "machine:       $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs; one node"
curl -s "$ES/_cat/shards/news*?h=index,shard,prirep,state,docs" | sed 's/^/shards:        /'
echo "limit:         ${LIMIT_LINE#*Searches: }"
for MODE in ignore honour; do
  echo
  java -Dpids="service:$STARTED_PID,node:$NODE_PID" bench/Overload.java "$SERVICE" "$WORK/queries.txt" "$CLIENTS" \
    "$SECONDS_UNDER_LOAD" 300 "$MODE"
done
