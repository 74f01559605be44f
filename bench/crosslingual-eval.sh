#!/usr/bin/env bash
# Cross-lingual retrieval quality against a running service whose index holds ../shared/data (see
# docs/ingesting.md): the WMT English-original sentences over their Russian translations, each an
# article among the corpora (beside the naive structured query, sent to Elasticsearch directly
# when ES_URL is set, and the Russian typed as it is); the project's English and Russian queries for Russian news articles
# (bench/crosslingual/queries.tsv), the XQuAD English/Russian questions over its Russian
# paragraphs, its Russian questions over the English originals, and Russian/Kazakh entity names
# over Kazakh sentences and Russian articles, each with expansion on and off, and pasted passages
# (80 words of an XQuAD paragraph, every tenth replaced) beside stock Elasticsearch. Prints Success@1,
# Success@10 and MRR (or precision) per set. The XQuAD paragraphs (sources "xquad-ru-en" and
# "xquad-ru-en-en", no title) and the KazNERD sentences (source "kaznerd") are ingested first into
# the same index (re-running changes nothing); each set is searched with its source as a filter.
# Usage: [ES_URL=http://127.0.0.1:PORT] [EVAL_SETS=wmt,news,xquad,english,kazakh,passages] [WMT_EVERY=n] \
#          bench/crosslingual-eval.sh SERVICE_URL DATA_DIR [DATA]
#   DATA_DIR: the service's --data-dir (the ingest goes to its node); DATA: default ../shared/data
#   ES_URL: the cluster the service searches, for the naive anchor (`status` prints it)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
SERVICE=${1:?service URL, e.g. http://localhost:8080}
DATA_DIR=${2:?the data dir the service runs on}
DATA=${3:-../shared/data}
SOURCE=xquad-ru-en
bench_workdir xling
bench_jar
# A copy of the classes too, so a rebuild meanwhile cannot pull them from under the evaluation.
cp -r target/classes "$WORK/classes"
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null

python3 - "$DATA" "$WORK" "$SOURCE" <<'PY'
import json, sys
data, work, source = sys.argv[1:4]
with open(f"{work}/xquad.jsonl", "w", encoding="utf-8") as out:
    for line in open(f"{data}/xquad-ru-en/corpus.jsonl", encoding="utf-8"):
        p = json.loads(line)
        # The paragraphs only: the corpus's titles are English Wikipedia page names, which would
        # hand English questions a match of their own. The English originals are a source of their
        # own, for Russian questions over English articles.
        out.write(json.dumps({"id": p["id"], "text": p["text"], "source": source, "language": "ru"},
                             ensure_ascii=False) + "\n")
        out.write(json.dumps({"id": p["id"], "text": p["text_en"], "source": source + "-en", "language": "en"},
                             ensure_ascii=False) + "\n")
# WMT's Russian translations, one article each, under an address the harness knows them by.
with open(f"{work}/wmt.jsonl", "w", encoding="utf-8") as out:
    for line in open(f"{data}/wmt-en-ru/pairs.jsonl", encoding="utf-8"):
        p = json.loads(line)
        out.write(json.dumps({"url": "https://wmt.invalid/" + p["id"], "title": p["ru"], "text": p["ru"],
                              "source": "wmt-en-ru", "language": "ru"}, ensure_ascii=False) + "\n")
# Kazakh news sentences, one article each: where Russian names are looked for in Kazakh.
with open(f"{work}/kazakh.jsonl", "w", encoding="utf-8") as out:
    for n, line in enumerate(open(f"{data}/kazakh/kaznerd_test_sentences.txt", encoding="utf-8"), 1):
        if line.strip():
            out.write(json.dumps({"id": f"kaznerd-{n}", "text": line.strip(), "source": "kaznerd", "language": "kk"},
                                 ensure_ascii=False) + "\n")
PY
echo "Ingesting the XQuAD paragraphs (Russian and English), the WMT sentences and the Kazakh sentences..." >&2
java -jar "$JAR" ingest --data-dir "$DATA_DIR" "$WORK/xquad.jsonl" "$WORK/wmt.jsonl" "$WORK/kazakh.jsonl" >&2

CP="$WORK/classes:$(cat "$WORK/cp.txt")"
javac -cp "$CP" -d "$WORK/bench" bench/CrossLingualEval.java bench/NaiveAnchor.java
java -cp "$WORK/bench:$CP" CrossLingualEval \
  "$SERVICE" bench/crosslingual/queries.tsv "$DATA/xquad-ru-en" "$SOURCE" "$DATA/kazakh/kaznerd_test_sentences.txt" \
  "$DATA/wmt-en-ru/pairs.jsonl"
