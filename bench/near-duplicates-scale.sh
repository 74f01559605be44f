#!/usr/bin/env bash
# Near-duplicate detection on N synthetic articles recombined from real RT/NG sentences.
# Usage: bench/near-duplicates-scale.sh [N] [CORPUS]   (default 120000, ../shared/data/rt-ng/russia_today.jsonl.gz)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d target/classes/newssearch ] || ./mvnw -q -DskipTests compile
java -Xmx512m -cp target/classes bench/NearDuplicatesScale.java "$@"
