# Shared by the bench scripts: source it once the script has cd'ed to the project root.
#   bench_workdir NAME [keep]  WORK: a fresh folder (kept at exit with "keep", for its logs)
#   bench_jar                  JAR: a copy of ${NEWS_JAR:-target/news-search.jar}, built when missing
#   free_port                  prints a free loopback port, never 8080 or 18080
#   start_service DATA [ENV=VALUE...]
#                              `serve` on a free port over the data folder DATA (its own embedded engine,
#                              or the one already running there), samples off; waits until it answers;
#                              sets STARTED_URL, STARTED_PID and STARTED_LOG (its output); stopped at exit
#   stop_service PID
#   engine_url DATA            prints the URL of the embedded engine running for the data folder DATA
#   headline_queries DATA OUT SEED
#                              two-word queries, both words from one of 400 RT headlines drawn with SEED, into OUT
#   plain_bulk ES INDEX        sends $WORK/bulk/*.ndjson (bench/prepare-bulk.py) to INDEX's _bulk, two
#                              requests at a time as the project's ingest does, refreshes, prints seconds

BENCH_PIDS=()
BENCH_KEEP_WORK=

bench_cleanup() {
  local pid
  for pid in "${BENCH_PIDS[@]}"; do
    stop_service "$pid"
  done
  if [ -n "${WORK:-}" ] && [ -z "$BENCH_KEEP_WORK" ]; then
    rm -rf "$WORK"
  fi
}
trap bench_cleanup EXIT

bench_workdir() {
  WORK=$(mktemp -d "/tmp/news-search-$1.XXXXXX")
  # When root runs the embedded engine, it runs as nobody, who must reach its data folder in here.
  chmod 755 "$WORK"
  [ "${2:-}" != keep ] || BENCH_KEEP_WORK=1
}

bench_jar() {
  if [ -z "${NEWS_JAR:-}" ] && [ ! -f target/news-search.jar ]; then
    ./mvnw -q -DskipTests package
  fi
  # A copy, so a rebuild while the benchmark runs cannot pull the jar from under it.
  JAR=$WORK/news-search.jar
  cp "${NEWS_JAR:-target/news-search.jar}" "$JAR"
}

# A service already running here (on 8080, its default, or on 18080) must be neither measured nor
# disturbed: a benchmark takes a port the system says is free, and never those two, in case one
# starts meanwhile.
free_port() {
  python3 -c '
import socket
while True:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    if port not in (8080, 18080):
        print(port)
        break'
}

start_service() {
  local data=$1 port
  shift
  port=$(free_port)
  STARTED_LOG=$WORK/serve-$port.log
  env NEWS_DATA_DIR="$data" NEWS_SAMPLES_LOADWHENEMPTY=false "$@" \
    java -jar "$JAR" serve --port "$port" >"$STARTED_LOG" 2>&1 &
  STARTED_PID=$!
  STARTED_URL=http://localhost:$port
  BENCH_PIDS+=("$STARTED_PID")
  echo "Starting the service at $STARTED_URL (data in $data, log $STARTED_LOG)..." >&2
  # A busy machine can take minutes to get the service as far as starting its node.
  local waited=0
  until curl -sf "$STARTED_URL/actuator/health" >/dev/null; do
    if ! kill -0 "$STARTED_PID" 2>/dev/null || [ $waited -ge "${BENCH_START_SECONDS:-600}" ]; then
      echo "The service did not start; the end of its log:" >&2
      tail -n 30 "$STARTED_LOG" >&2
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

stop_service() {
  kill "$1" 2>/dev/null && wait "$1" 2>/dev/null || true
}

engine_url() {
  sed -n 's/^url=//p' "$1/engine.state" | sed 's/\\//g'
}

plain_bulk() {
  local start end
  start=$(date +%s.%N)
  ls "$WORK"/bulk/*.ndjson | xargs -P 2 -I{} curl -sf -XPOST "$1/$2/_bulk" \
    -H 'content-type: application/x-ndjson' --data-binary @{} -o /dev/null
  curl -sf -XPOST "$1/$2/_refresh" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

headline_queries() {
  python3 - "$1" "$2" "$3" <<'PY'
import gzip, json, random, re, sys
data, out, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
random.seed(seed)
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
}
