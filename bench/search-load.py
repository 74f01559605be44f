#!/usr/bin/env python3
"""Steady search load for the reindex check: QPS queries per second (16 clients) against /api/search until
DURATION seconds pass (or the file STOP exists), each one of a list of common news words that
the index matched before the load began (the others are dropped at the start). Counts non-200
answers and answers with no hits ("empty by mistake"), and prints a summary line every 10 s and at
the end.
Usage: bench/search-load.py BASE_URL QPS DURATION [STOP]"""
import json
import os
import sys
import threading
import time
import urllib.parse
import urllib.request

WORDS = ["Казахстан", "Токаев", "ШОС", "Россия", "президент", "выборы", "Москва", "правительство",
         "Астана", "экономика", "Путин", "министр", "Китай", "санкции", "парламент", "Украина"]

base, qps, duration = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
stop_file = sys.argv[4] if len(sys.argv) > 4 else None
lock = threading.Lock()
totals = {"sent": 0, "ok": 0, "failed": 0, "empty": 0}
failures = []


def one(word):
    url = base + "/api/search?" + urllib.parse.urlencode({"q": word, "size": 3})
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            body = json.load(response)
            empty = body.get("total", 0) == 0
            with lock:
                totals["ok"] += 1
                if empty:
                    totals["empty"] += 1
                    failures.append(f"{time.strftime('%H:%M:%S')} empty: {word}")
    except Exception as e:  # any non-200 or transport failure counts
        with lock:
            totals["failed"] += 1
            failures.append(f"{time.strftime('%H:%M:%S')} {word}: {e}")


def report(prefix):
    with lock:
        elapsed = time.time() - start
        print(f"{prefix} {time.strftime('%H:%M:%S')} sent={totals['sent']} ok={totals['ok']} "
              f"failed={totals['failed']} empty={totals['empty']} answered={totals['ok'] / elapsed:.1f}/s",
              flush=True)


def matches(word):
    url = base + "/api/search?" + urllib.parse.urlencode({"q": word, "size": 1})
    with urllib.request.urlopen(url, timeout=60) as response:
        return json.load(response).get("total", 0) > 0


# Only words the index matches now, so that an empty answer later is a mistake, not a missing word.
WORDS = [w for w in WORDS if matches(w)]
print(f"words matched before the load: {len(WORDS)} ({' '.join(WORDS)})", flush=True)
if not WORDS:
    sys.exit("no query word matches the index")
start = time.time()
schedule = {"next": 0}


def worker():
    """Takes the next slot of the schedule (i / QPS s after the start) and sends one query then:
    at most QPS a second, and when the service falls behind, as fast as it answers."""
    while True:
        with lock:
            i = schedule["next"]
            schedule["next"] += 1
        due = start + i / qps
        if due - start >= duration or (stop_file and os.path.exists(stop_file)):
            return
        delay = due - time.time()
        if delay > 0:
            time.sleep(delay)
        with lock:
            totals["sent"] += 1
        one(WORDS[i % len(WORDS)])


workers = [threading.Thread(target=worker, daemon=True) for _ in range(16)]
for w in workers:
    w.start()
next_report = start + 10
while any(w.is_alive() for w in workers):
    time.sleep(0.5)
    if time.time() >= next_report:
        report("load")
        next_report += 10
report("final")
for line in failures[:20]:
    print(line)
