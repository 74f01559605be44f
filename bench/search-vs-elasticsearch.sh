#!/usr/bin/env bash
# Search latency and throughput: GET /api/search against the identical Elasticsearch requests sent
# straight to the cluster, same concurrency, one run, over the real RT/NG and Telegram articles.
# The identical requests are recorded first from the request trace of a second service instance:
# for each query, every request the service makes (search, relaxed search, spelling checks).
# Then the English queries of bench/crosslingual/queries.tsv, and the Russian queries, through the
# service with cross-lingual expansion off and on: p50 of the expanded ones against the same
# queries as written.
# Queries: the Russian topic titles of ../shared/data/queries (HC4) and two-word headline queries
# drawn from the corpus. Prints p50/p95/p99 and requests/s for both, and the ratios. The service
# runs CONCURRENCY searches at once (news.search.max-concurrent), so that its limit turns none away.
# Usage: bench/search-vs-elasticsearch.sh [DATA_DIR] [CONCURRENCY] [REQUESTS]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
DATA=${1:-../shared/data}
CONCURRENCY=${2:-4}
REQUESTS=${3:-3000}
bench_workdir bench
bench_jar
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
start_service "$WORK/data" NEWS_SEARCH_MAXCONCURRENT="$CONCURRENCY"
SERVICE=$STARTED_URL
ES=$(engine_url "$WORK/data")
echo "Ingesting the corpus (Elasticsearch at $ES)..." >&2
NEWS_DATA_DIR=$WORK/data java -jar "$JAR" ingest "$DATA/rt-ng" "$DATA/telegram-ru" \
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

# A second service over the same node, its request trace on: the recorder of the identical requests.
start_service "$WORK/data" LOGGING_LEVEL_TRACER=TRACE
java -cp "$(cat "$WORK/cp.txt")" bench/SearchVsElasticsearch.java record \
  "$STARTED_URL" "$STARTED_LOG" "$WORK/queries.txt" "$WORK/recorded.json"
stop_service "$STARTED_PID"

grep -v '^#' bench/crosslingual/queries.tsv | tail -n +2 | cut -f4 >"$WORK/english.txt"
java -cp "$(cat "$WORK/cp.txt")" bench/SearchVsElasticsearch.java run "$SERVICE" "$ES" \
  "$WORK/queries.txt" "$WORK/recorded.json" "$CONCURRENCY" "$REQUESTS" "$WORK/english.txt"
