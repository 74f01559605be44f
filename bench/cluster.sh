#!/usr/bin/env bash
# The overload run: a fresh service on its own node, loaded with the RT/NG and Telegram articles,
# searched one at a time (the latency without load), then by 16 times as many clients as it runs
# searches at once, each sending its next search as soon as the last is answered, for 30 s (after
# 10 s unmeasured, for the JIT); then one search alone. Twice: clients that ignore Retry-After (the
# worst a crowd can do, what wrk does), then clients that wait as long as a 503 says. Prints the
# admitted searches' p99 against the p99 without load (goal at most 2x), the 503s, their
# Retry-After and p99 (goal under 50 ms), any other error (goal none), the first search after the
# load, and where the CPU went meanwhile (the generator runs on the same machine).
# The limit is the service's default (news.search.max-concurrent derived from the cluster) unless
# NEWS_SEARCH_MAXCONCURRENT is set; the shard layout is printed.
# Queries: two-word headline queries drawn from RT (both words in one title).
# Usage: bench/cluster.sh [DATA_DIR] [SECONDS] [FACTOR]     # defaults: ../shared/data 30 16
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
DATA=${1:-../shared/data}
SECONDS_UNDER_LOAD=${2:-30}
FACTOR=${3:-16}
bench_workdir cluster "${BENCH_KEEP:-}"
bench_jar

start_service "$WORK/data"
SERVICE=$STARTED_URL
echo "Ingesting the corpus..." >&2
NEWS_DATA_DIR=$WORK/data java -jar "$JAR" ingest "$DATA/rt-ng" "$DATA/telegram-ru" \
  --rejects "$WORK/rejects.jsonl" >"$WORK/ingest.log" 2>&1 || { cat "$WORK/ingest.log" >&2; exit 1; }

python3 - "$DATA" "$WORK/queries.txt" <<'PY'
import gzip, json, random, re, sys
data, out = sys.argv[1], sys.argv[2]
random.seed(16)
with gzip.open(data + "/rt-ng/russia_today.jsonl.gz", "rt", encoding="utf-8") as f:
    titles = [json.loads(l)["title"] for l in f]
queries = []
for t in random.sample(titles, 400):
    words = re.findall(r"[А-Яа-яЁё]{4,}", t)
    if len(words) >= 2:
        queries.append(" ".join(random.sample(words, 2)))
open(out, "w", encoding="utf-8").write("\n".join(queries) + "\n")
print(len(queries), "queries", file=sys.stderr)
PY

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
