#!/usr/bin/env bash
# Crash safety by hand: starts `news-search reindex` against a running `serve` (BASE_URL, its
# DATA_DIR), follows the job's record in <alias>-jobs and kill -9s the job as it enters PHASE
# (COPYING, CATCHING_UP, VERIFYING, SWITCHING); then checks that the alias still points at the old
# index and a search still answers, and reruns the reindex, which must clean up and complete.
# NEWS_INDEX_ALIAS chooses the alias (default news). Usage: bench/reindex-kill.sh BASE_URL DATA_DIR PHASE
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
BASE=$1
DATA_DIR=$2
PHASE=$3
ALIAS=${NEWS_INDEX_ALIAS:-news}
bench_workdir kill keep
bench_jar
ES=$(engine_url "$DATA_DIR")
live() { curl -sf "$ES/_alias/$ALIAS" | python3 -c 'import json,sys; print(" ".join(json.load(sys.stdin)))'; }
phase() {
  curl -s "$ES/$ALIAS-jobs/_doc/reindex-lock" | python3 -c '
import json, sys, urllib.request
lock = json.load(sys.stdin)
if not lock.get("found"): sys.exit()
job = json.load(urllib.request.urlopen(sys.argv[1] + "/" + sys.argv[2] + "-jobs/_doc/" + lock["_source"]["jobId"]))
print(job["_source"]["phase"], job["_source"]["id"])' "$ES" "$ALIAS" 2>/dev/null || true
}

BEFORE=$(live)
echo "alias $ALIAS -> $BEFORE" >&2
java -Xmx512m -jar "$JAR" reindex --data-dir "$DATA_DIR" >"$WORK/reindex.out" 2>"$WORK/reindex.err" &
PID=$!
JOB=""
while kill -0 $PID 2>/dev/null; do
  read -r NOW JOB <<<"$(phase)" || true
  if [ "${NOW:-}" = "$PHASE" ]; then
    kill -9 $PID
    echo "killed the job $JOB (pid $PID) in phase $NOW at $(date -u +%T)"
    break
  fi
  sleep 0.1
done
wait $PID 2>/dev/null || true
echo "alias after the kill: $(live) (before: $BEFORE)"
search() { local word=$1; shift; curl -s -G --data-urlencode "q=$word" --data-urlencode size=1 "$@" "$BASE/api/search"; }
echo "search after the kill: $(search Москва -o /dev/null -w '%{http_code}')," \
  "total $(search Москва | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')"
echo "the dead job's record: $(curl -s "$ES/$ALIAS-jobs/_doc/$JOB" | python3 -c 'import json,sys; s=json.load(sys.stdin)["_source"]; print(s["status"], s["phase"], s["target"])')"
echo "rerun:"
java -Xmx512m -jar "$JAR" reindex --data-dir "$DATA_DIR" 2>"$WORK/rerun.err" | sed 's/^/  /'
echo "the dead job's record now: $(curl -s "$ES/$ALIAS-jobs/_doc/$JOB" | python3 -c 'import json,sys; s=json.load(sys.stdin)["_source"]; print(s["status"], "-", s.get("note"))')"
echo "indices: $(curl -s "$ES/_cat/indices/$ALIAS-v*?h=index,docs.count" | tr '\n' ' ')"
