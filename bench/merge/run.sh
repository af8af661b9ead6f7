#!/usr/bin/env bash
# The reduce step at scale: `newsgraph merge` of 1,000,000 per-document graphs (about
# 200,000 distinct entities, 5,000,000 edge mentions), generated deterministically by
# gen_docs in 8 shards, measured with /usr/bin/time -v. Targets: under 60 s wall clock
# and under 4 GB peak memory on the 2-core machine. Prints the figures; exit code 1 when
# a target is missed.
#
#   bench/merge/run.sh [BUILD_DIR]      (default: build)
#   DOCS=1000000 ENTITIES=200000 EDGES_PER_DOC=5 SHARDS=8 WORK=/tmp/newsgraph-bench/merge
#
# The generated input is about 3.7 GB and the merged output 3.2 GB: WORK needs ~7 GB.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build}"
docs="${DOCS:-1000000}" entities="${ENTITIES:-200000}" per_doc="${EDGES_PER_DOC:-5}" shards="${SHARDS:-8}"
work="${WORK:-/tmp/newsgraph-bench/merge}"
[ -x /usr/bin/time ] || { echo "run.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }

cmake --build "$build" --target gen_docs newsgraph >/dev/null
input="$work/docs-$docs-$entities-$per_doc"
mkdir -p "$input"
if [ ! -f "$input/done" ]; then
  echo "generating $docs documents in $input" >&2
  "./$build/bench/merge/gen_docs" --docs "$docs" --entities "$entities" --edges-per-doc "$per_doc" \
    --shards "$shards" --out "$input"
  touch "$input/done"
fi
input_bytes=$(cat "$input"/docs-*.ngraph | wc -c)

out="$work/corpus.ngraph"
/usr/bin/time -v "./$build/cli/newsgraph" merge "$input"/docs-*.ngraph -o "$out" 2> "$work/time.log" ||
  { cat "$work/time.log" >&2; exit 1; }
seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/time.log")
peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.log")
cpu=$(awk -F': ' '/Percent of CPU/ {print $2}' "$work/time.log")
nodes=$(grep -c '^{"node"' "$out")
edges=$(grep -c '^{"edge"' "$out")
mentions=$((docs * per_doc))
echo "merge: $docs per-document graphs, $mentions edge mentions, $((input_bytes / 1000000)) MB in $shards files"
echo "result: $nodes distinct entities, $edges edge records, $(($(wc -c < "$out") / 1000000)) MB"
awk -v s="$seconds" -v kb="$peak_kb" -v cpu="$cpu" 'BEGIN {
  printf "wall clock: %.1f s (target < 60 s, ratio %.2f); CPU %s\n", s, s / 60, cpu
  printf "peak memory: %.2f GB (target < 4 GB, ratio %.2f)\n", kb / 1048576, kb / 1048576 / 4
  exit (s < 60 && kb < 4 * 1048576) ? 0 : 1 }' || { echo "FAIL: a target is missed" >&2; exit 1; }
