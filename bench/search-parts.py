#!/usr/bin/env python3
"""Where a search's time goes on the node: replays the Elasticsearch requests a service sent, one at a
time, whole and with one part removed, and the lean query (bench/Scale.java's) for the same words.
Prints, for each variant, the node's mean `took` and its CPU per request (from /proc, so the node
must run on this machine), in ROUNDS rounds (default 3): the first ones warm what a variant
touches first, read the last.

The requests come from the service's log with the Elasticsearch client's request tracer on: start
`serve` with LOGGING_LEVEL_TRACER=TRACE, send it the queries, then point this script at its log.
A search is a `main` request (matching, facets, histogram, counts) and, on a first page, a
`copies` request (each story's earliest copy, fetched and highlighted).
Usage: bench/search-parts.py SERVICE_LOG ES_URL INDEX QUERIES [ROUNDS]"""
import http.client
import json
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


def measure(name, requests, change):
    took = []
    start = cpu_ms()
    for path, body in requests:
        took.append(send(path, change(json.loads(json.dumps(body)))))
    print("%-34s %4d requests  took %5.1f ms  node CPU %5.1f ms" % (
        name, len(took), sum(took) / len(took), (cpu_ms() - start) / len(took)), flush=True)


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


searches = traced_searches()
main = [(p.path + "?" + p.query, b) for k, p, b in searches if k == "main"]
copies = [(p.path + "?" + p.query, b) for k, p, b in searches if k == "copies"]
words = [w.strip() for w in open(queries_file, encoding="utf-8") if w.strip()]
lean_requests = [("/%s/_search" % index, lean(w)) for w in words[:len(copies) or len(main)]]
if not main:
    sys.exit("no traced searches in " + log + ": was the service started with LOGGING_LEVEL_TRACER=TRACE?")
same = lambda body: body
for round_number in range(1, rounds + 1):
    print("round %d" % round_number)
    measure("main", main, same)
    measure("main without facets and histogram", main, without_aggregations(*FACETS))
    measure("main without the strict count", main, without_aggregations("strict"))
    measure("main without any aggregation", main, without("aggregations"))
    measure("main without proximity", main, without_clause(proximity))
    measure("main without exact forms", main, without_clause(exact_forms))
    measure("main without other languages", main, without_clause(other_languages))
    measure("main without collapse", main, without("collapse"))
    if copies:
        measure("copies", copies, same)
        measure("copies without highlight", copies, without("highlight"))
        measure("copies, _source and highlight off", copies, lambda b: dict(without("highlight")(b), _source=False))
    measure("lean query", lean_requests, same)
    measure("lean query without highlight", lean_requests, without("highlight"))
