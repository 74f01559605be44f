#!/usr/bin/env bash
# Alerts against indexing: 100 saved searches (each with a webhook) checked after a batch of 1,000
# new articles, against the time the batch took to index. A fresh service on its own node; the
# batches go through POST /api/admin/articles, so the check runs in the same process, after the
# load, as in production. Articles: RT/NG (real Russian news). Saved searches: two-word queries
# drawn from other RT/NG headlines, so that some of them match. The webhook receiver answers 200.
# Usage: bench/alerts.sh [DATA_DIR] [SEARCHES] [BATCH]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
DATA=${1:-../shared/data}
SEARCHES=${2:-100}
BATCH=${3:-1000}
bench_workdir alerts "${BENCH_KEEP:-}"
bench_jar

python3 - "$DATA" "$WORK" "$SEARCHES" "$BATCH" <<'PY'
import gzip, json, random, re, sys
data, work, searches, batch = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
with gzip.open(data + "/rt-ng/russia_today.jsonl.gz", "rt", encoding="utf-8") as f:
    records = [l for _, l in zip(range(3 * batch), f)]
open(work + "/warm-up.jsonl", "w", encoding="utf-8").writelines(records[:batch])
open(work + "/batch.jsonl", "w", encoding="utf-8").writelines(records[batch:2 * batch])
random.seed(17)
queries = []
for line in records[2 * batch:]:
    words = re.findall(r"[А-Яа-яЁё]{5,}", json.loads(line).get("title", ""))
    if len(words) >= 2 and len(queries) < searches:
        queries.append(" ".join(random.sample(words, 2)))
open(work + "/queries.txt", "w", encoding="utf-8").write("\n".join(queries) + "\n")
PY

HOOK_PORT=$(free_port)
python3 - "$HOOK_PORT" >"$WORK/receiver.log" 2>&1 <<'PY' &
import http.server, sys
class Hook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.end_headers()
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Hook).serve_forever()
PY
BENCH_PIDS+=($!)

# Only the check after each load runs: none on a timer during the measurement.
start_service "$WORK/data" NEWS_ADMIN_API_KEY=bench NEWS_ALERTS_CHECKEVERY=1h NEWS_ALERTS_SETTLE=1s
SERVICE=$STARTED_URL
post_batch() {
  curl -sf -o "$WORK/$2.json" -w '%{time_total}' -H 'X-API-Key: bench' -H 'Content-Type: application/x-ndjson' \
    --data-binary "@$1" "$SERVICE/api/admin/articles"
}
echo "Warming up with a first batch..." >&2
post_batch "$WORK/warm-up.jsonl" warm-up >/dev/null
echo "Saving $(wc -l <"$WORK/queries.txt") searches..." >&2
while IFS= read -r q; do
  python3 -c 'import json,sys; print(json.dumps({"name": sys.argv[1], "search": {"q": sys.argv[1]},
    "webhook": {"url": "http://127.0.0.1:" + sys.argv[2] + "/hook"}}))' "$q" "$HOOK_PORT" |
    curl -sf -o /dev/null -H 'X-API-Key: bench' -H 'Content-Type: application/json' --data-binary @- \
      "$SERVICE/api/saved-searches"
done <"$WORK/queries.txt"
# The warm-up's own check, and the first check of each new search (their windows start when saved).
sleep 3
CHECKS_BEFORE=$(grep -c 'Checked .* saved searches' "$STARTED_LOG" || true)

echo "Indexing the batch..." >&2
INDEX_SECONDS=$(post_batch "$WORK/batch.jsonl" batch)
until [ "$(grep -c 'Checked .* saved searches' "$STARTED_LOG" || true)" -gt "$CHECKS_BEFORE" ]; do sleep 1; done
CHECK_LINE=$(grep 'Checked .* saved searches' "$STARTED_LOG" | tail -n 1)
CHECK_MS=$(sed -n 's/.*Checked \([0-9]*\) saved searches in \([0-9]*\) ms.*/\2/p' <<<"$CHECK_LINE")
python3 - "$INDEX_SECONDS" "$CHECK_MS" "$WORK/batch.json" "$CHECK_LINE" <<'PY'
import json, sys
index_s, check_ms, answer, line = float(sys.argv[1]), int(sys.argv[2]), json.load(open(sys.argv[3])), sys.argv[4]
print(f"batch:  {answer['read']} articles read, {answer['indexed']} indexed in {index_s * 1000:.0f} ms")
print(f"check:  {line.split(': ', 1)[1] if ': ' in line else line}")
print(f"ratio:  the check took {check_ms / (index_s * 1000):.2f} of the indexing time")
PY
