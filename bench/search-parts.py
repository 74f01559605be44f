#!/usr/bin/env python3
"""Where a search's time goes on the node: replays the Elasticsearch requests a service sent, one at a
time, whole and with one part removed, and the lean query (bench/Scale.java's) for the same words.
Prints, for each variant, the node's mean `took` and its CPU per request (from /proc, so the node
must run on this machine). Every request is sent in every variant in a shuffled order, one after
the other, so that the machine's drift (a third from one minute to the next on a shared machine)
weighs on every variant alike; ROUNDS rounds (default 3), the first unmeasured (warming what a
variant touches first).

The requests come from the service's log with the Elasticsearch client's request tracer on: start
`serve` with LOGGING_LEVEL_TRACER=TRACE, send it the queries, then point this script at its log.
A search is a `main` request (matching, facets, histogram, counts, the page fetched and
highlighted) and, for a page holding stories with copies, a `copies` request (each such story's
earliest copy, fetched and highlighted).
Usage: bench/search-parts.py SERVICE_LOG ES_URL INDEX QUERIES [ROUNDS]"""
import http.client
import json
import random
import re
import subprocess
import sys
import urllib.parse

log, es, index, queries_file = sys.argv[1:5]
rounds = int(sys.argv[5]) if len(sys.argv) > 5 else 3
url = urllib.parse.urlparse(es)
connection = http.client.HTTPConnection(url.hostname, url.port)
FACETS = ["places", "sources", "languages", "organizations", "people", "histogram", "undated"]


def traced_searches():
    found = []
    for line in open(log, encoding="utf-8"):
        m = re.search(r"curl -iX POST '([^']*_search[^']*)' -d '(.*)'$", line.rstrip("\n"))
        if m:
            body = json.loads(m.group(2))
            if "suggest" not in body:
                kind = "copies" if "copies" in body.get("aggregations", {}) else "main"
                found.append((kind, urllib.parse.urlparse(m.group(1)), body))
    return found


def node_pid():
    for line in subprocess.run(["ss", "-ltnp"], capture_output=True, text=True).stdout.splitlines():
        if re.search(r":%d\s" % url.port, line):
            return int(re.search(r"pid=(\d+)", line).group(1))
    sys.exit("no process listens on port %d of this machine" % url.port)


PID = node_pid()


def cpu_ms():
    fields = open("/proc/%d/stat" % PID).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / 100  # clock ticks of 10 ms


def send(path, body):
    connection.request("POST", path, body=json.dumps(body), headers={"Content-Type": "application/json"})
    response = connection.getresponse()
    answer = response.read()
    if response.status != 200:
        sys.exit("%d: %s" % (response.status, answer[:300]))
    return json.loads(answer)["took"]


def without(*keys):
    def change(body):
        for key in keys:
            body.pop(key, None)
        return body
    return change


def without_aggregations(*names):
    def change(body):
        for name in names:
            body.get("aggregations", {}).pop(name, None)
        return body
    return change


def without_clause(is_it):
    """The request with every query clause for which is_it holds taken out of its list."""
    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                node[key] = [walk(v) for v in value if not is_it(v)] if isinstance(value, list) else walk(value)
        return node
    return lambda body: walk(body)


def proximity(clause):
    mm = clause.get("multi_match") if isinstance(clause, dict) else None
    return mm is not None and mm.get("type") == "phrase" and "slop" in mm


def exact_forms(clause):
    sqs = clause.get("simple_query_string") if isinstance(clause, dict) else None
    return sqs is not None and any(".exact" in f for f in sqs["fields"])


def other_languages(clause):
    must_not = clause.get("bool", {}).get("must_not", []) if isinstance(clause, dict) else []
    return any("term" in c and "language" in c["term"] for c in must_not)


def lean(words):
    return {"size": 10, "_source": {"excludes": ["body"]},
            "query": {"simple_query_string": {"query": words, "fields": ["title", "lede", "body"],
                                              "default_operator": "and"}},
            "highlight": {"fields": {"body": {"type": "unified", "number_of_fragments": 3, "fragment_size": 200}}},
            "aggs": {"sources": {"terms": {"field": "source"}}}}


def rescored(window):
    """Proximity scored over each shard's best WINDOW hits (a rescore) instead of over every match;
    Elasticsearch allows a rescore with a sort on the score only."""
    def change(body):
        near = []

        def taken(clause):
            if proximity(clause):
                near.append(clause)
                return True
            return False

        without_clause(taken)(body)
        body.pop("sort", None)
        if near:
            body["rescore"] = {"window_size": window, "query": {"rescore_query": {"bool": {"should": near}}}}
        return body
    return change


# Seeded: every run sends the variants in the same orders.
shuffle = random.Random(1)


def measure(variants, requests):
    """Each request in every variant, in a shuffled order; the mean took and node CPU per variant."""
    took, cpu = [0.0] * len(variants), [0.0] * len(variants)
    order = list(range(len(variants)))
    for path, body in requests:
        shuffle.shuffle(order)
        for i in order:
            start = cpu_ms()
            took[i] += send(path, variants[i][1](json.loads(json.dumps(body))))
            cpu[i] += cpu_ms() - start
    return [(name, took[i] / len(requests), cpu[i] / len(requests)) for i, (name, _) in enumerate(variants)]


searches = traced_searches()
main = [(p.path + "?" + p.query, b) for k, p, b in searches if k == "main"]
copies = [(p.path + "?" + p.query, b) for k, p, b in searches if k == "copies"]
words = [w.strip() for w in open(queries_file, encoding="utf-8") if w.strip()]
lean_requests = [("/%s/_search" % index, lean(w)) for w in words[:len(copies) or len(main)]]
if not main:
    sys.exit("no traced searches in " + log + ": was the service started with LOGGING_LEVEL_TRACER=TRACE?")
same = lambda body: body
MAIN = [("main", same),
        ("main without facets and histogram", without_aggregations(*FACETS)),
        ("main without any aggregation", without("aggregations")),
        ("main without highlight", without("highlight")),
        ("main without proximity", without_clause(proximity)),
        ("main, proximity rescored (best 50)", rescored(50)),
        ("main without exact forms", without_clause(exact_forms)),
        ("main without other languages", without_clause(other_languages)),
        ("main without collapse", without("collapse"))]
COPIES = [("copies", same),
          ("copies without highlight", without("highlight")),
          ("copies, _source and highlight off", lambda b: dict(without("highlight")(b), _source=False))]
LEAN = [("lean query", same), ("lean query without highlight", without("highlight"))]
for round_number in range(rounds):
    results = measure(MAIN, main) + (measure(COPIES, copies) if copies else []) + measure(LEAN, lean_requests)
    if round_number > 0:
        print("round %d" % round_number)
        for name, mean_took, mean_cpu in results:
            print("%-36s took %5.1f ms  node CPU %5.1f ms" % (name, mean_took, mean_cpu), flush=True)
