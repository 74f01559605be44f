#!/usr/bin/env bash
# Search latency and throughput: GET /api/search against the identical Elasticsearch requests sent
# straight to the cluster, same concurrency, one run, over the real RT/NG and Telegram articles.
# The identical requests are recorded first from the request trace of a second service instance:
# for each query, every request the service makes (search, relaxed search, spelling checks).
# Then the English queries of bench/crosslingual/queries.tsv, and the Russian queries, through the
# service with cross-lingual expansion off and on: p50 of the expanded ones against the same
# queries as written.
# Queries: the Russian topic titles of ../shared/data/queries (HC4) and two-word headline queries
# drawn from the corpus. Prints p50/p95/p99 and requests/s for both, and the ratios.
# Usage: bench/search-vs-elasticsearch.sh [DATA_DIR] [CONCURRENCY] [REQUESTS]
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/data}
CONCURRENCY=${2:-4}
REQUESTS=${3:-3000}
RECORDER_PID=
WORK=$(mktemp -d /tmp/news-search-bench.XXXXXX)
chmod 755 "$WORK"
trap 'kill $SERVE_PID $RECORDER_PID 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -f target/news-search.jar ] || ./mvnw -q -DskipTests package
# A copy of the jar, so a rebuild while the benchmark runs cannot pull the jar from under the running service.
cp target/news-search.jar "$WORK/news-search.jar"
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
PORT=18080
NEWS_DATA_DIR=$WORK/data NEWS_SAMPLES_LOADWHENEMPTY=false java -jar "$WORK/news-search.jar" serve --port $PORT \
  >"$WORK/serve.log" 2>&1 &
SERVE_PID=$!
until curl -sf "localhost:$PORT/actuator/health" >/dev/null; do sleep 1; done
ES=$(sed -n 's/^url=//p' "$WORK/data/engine.state" | sed 's/\\//g')
echo "Ingesting the corpus (Elasticsearch at $ES)..." >&2
NEWS_DATA_DIR=$WORK/data java -jar "$WORK/news-search.jar" ingest "$DATA/rt-ng" "$DATA/telegram-ru" \
  --rejects "$WORK/rejects.jsonl" >"$WORK/ingest.log" 2>&1 || { cat "$WORK/ingest.log" >&2; exit 1; }

python3 - "$DATA" "$WORK/queries.txt" <<'PY'
import glob, gzip, json, random, re, sys
data, out = sys.argv[1], sys.argv[2]
queries = []
for f in glob.glob(data + "/queries/topics.hc4-v1.0-ru.*.desc.title.tsv"):
    if ".en." in f:
        continue
    for line in open(f, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) > 1:
            queries.append(re.split(r"[?.!]", parts[1])[-1].strip())
random.seed(3)
with gzip.open(data + "/rt-ng/russia_today.jsonl.gz", "rt", encoding="utf-8") as f:
    titles = [json.loads(l)["title"] for l in f]
for t in random.sample(titles, 300):
    words = [w for w in re.findall(r"[А-Яа-яЁё]{4,}", t)]
    if len(words) >= 2:
        queries.append(" ".join(random.sample(words, 2)))
open(out, "w", encoding="utf-8").write("\n".join(q for q in queries if q) + "\n")
print(len(queries), "queries", file=sys.stderr)
PY

NEWS_DATA_DIR=$WORK/data NEWS_SAMPLES_LOADWHENEMPTY=false LOGGING_LEVEL_TRACER=TRACE \
  java -jar "$WORK/news-search.jar" serve --port $((PORT + 1)) >"$WORK/trace.log" 2>&1 &
RECORDER_PID=$!
until curl -sf "localhost:$((PORT + 1))/actuator/health" >/dev/null; do sleep 1; done
java -cp "$(cat "$WORK/cp.txt")" bench/SearchVsElasticsearch.java record \
  "http://localhost:$((PORT + 1))" "$WORK/trace.log" "$WORK/queries.txt" "$WORK/recorded.json"
kill $RECORDER_PID && wait $RECORDER_PID 2>/dev/null || true

grep -v '^#' bench/crosslingual/queries.tsv | tail -n +2 | cut -f4 >"$WORK/english.txt"
java -cp "$(cat "$WORK/cp.txt")" bench/SearchVsElasticsearch.java run "http://localhost:$PORT" "$ES" \
  "$WORK/queries.txt" "$WORK/recorded.json" "$CONCURRENCY" "$REQUESTS" "$WORK/english.txt"
