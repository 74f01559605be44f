#!/usr/bin/env bash
# News-search at N articles: N articles recombined from the real sentences of ../shared/data's RT/NG
# corpus (bench/Scale.java generate), ingested into a fresh node by `news-search ingest` in a 256 MB
# heap, then searched and reindexed. Prints articles/s, the ingest's peak heap and its heap after
# its last collection (from its GC log), the index's size per article, /api/search p50/p95 beside
# the lean query's on the same index (bench/Scale.java search: 4 clients, two-word headline
# queries), and the reindex's duration (skipped with BENCH_REINDEX=0).
# The node has its own heap (BENCH_HEAP, default 1g), as a cluster would.
# Usage: bench/scale.sh N [DATA_DIR] [REQUESTS]     # defaults: ../shared/data 2000
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
N=${1:?usage: bench/scale.sh N [DATA_DIR] [REQUESTS]}
DATA=$(cd "${2:-../shared/data}" && pwd)
REQUESTS=${3:-2000}
bench_workdir scale "${BENCH_KEEP:-}"
bench_jar
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP=$(cat "$WORK/cp.txt")

echo "Generating $N articles..." >&2
java -Xmx2g -cp "$CP" bench/Scale.java generate "$N" "$DATA" "$WORK/articles.jsonl"
headline_queries "$DATA" "$WORK/queries.txt" 15

# The service's limit at the clients' count: the cluster, not the limit, sets the pace, as for the lean query.
start_service "$WORK/data" NEWS_ENGINE_HEAP="${BENCH_HEAP:-1g}" NEWS_SEARCH_MAXCONCURRENT=4
SERVICE=$STARTED_URL
ES=$(engine_url "$WORK/data")
echo "machine:    $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run; $(date -u +%F)"

echo "Ingesting..." >&2
java -Xmx256m -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" ingest --es-url "$ES" --rejects "$WORK/rejects.jsonl" \
  "$WORK/articles.jsonl" >"$WORK/ingest.out" 2>"$WORK/ingest.err" || { tail -n 20 "$WORK/ingest.err" >&2; exit 1; }
grep -E '^(read|took):' "$WORK/ingest.out" | sed 's/^/ingest:     /'
# G1's lines: "GC(7) Pause Young (Normal) (G1 Evacuation Pause) 150M->31M(256M) 3.2ms".
python3 - "$WORK/gc.log" <<'PY'
import re, sys
pairs = [(int(a), int(b)) for a, b in re.findall(r"(\d+)M->(\d+)M\(\d+M\)", open(sys.argv[1]).read())]
print("heap:       -Xmx256m; %d collections; peak %d MB in use; after the last %d MB" % (
    len(pairs), max(a for a, _ in pairs), pairs[-1][1]))
PY

curl -sf -XPOST "$ES/news/_refresh" >/dev/null
# A commit lets the node delete the files of segments merged away during the load; read before it,
# the size counted them too: 195–239 MB at 30,000 articles, 158 MB after it, 134 MB reopened.
curl -sf -XPOST "$ES/news/_flush" >/dev/null
curl -sf "$ES/news/_stats/store,docs" | python3 -c '
import json, sys
p = json.load(sys.stdin)["_all"]["primaries"]
docs, size = p["docs"]["count"], p["store"]["size_in_bytes"]
print("index:      %d articles, %.0f MB, %.1f KB per article (not force-merged)" % (docs, size / 2**20, size / docs / 1024))'

echo "Searching..." >&2
# The node is the process that listens on its port (ss, from iproute2): its CPU per search is printed too.
NODE_PID=$(ss -ltnp 2>/dev/null | grep ":${ES##*:} " | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1 || true)
java -cp "$CP" bench/Scale.java search "$SERVICE" "$ES" news "$WORK/queries.txt" 4 "$REQUESTS" \
  ${NODE_PID:+"$NODE_PID" "$STARTED_PID"} | sed 's/^/search:     /'

if [ "${BENCH_REINDEX:-1}" != 0 ]; then
  echo "Reindexing..." >&2
  # As for articles ingested long before: the catch-up pass looks back no further than the load.
  NEWS_REINDEX_CATCHUPMARGIN=1s java -Xmx256m -jar "$JAR" reindex --es-url "$ES" >"$WORK/reindex.out" \
    2>"$WORK/reindex.err" || { tail -n 20 "$WORK/reindex.err" >&2; exit 1; }
  sed -n 's/^took: */reindex:    /p' "$WORK/reindex.out"
fi
