#!/usr/bin/env bash
# PageRank and weak components: newsgraph against python-igraph (../shared/peers) on the
# same 1,000,000-edge graph (../shared/peers/gen-edges.py), side by side in one run.
# Prints the figures and the ratios (newsgraph / igraph; the target is <= 2) and checks
# that both give the same PageRank values and components.
#
#   bench/analysis/run.sh [BUILD_DIR]          (default: build)
#   NODES=100000 EDGES=1000000 SEED=1 ROUNDS=3 WORK=/tmp/newsgraph-bench/analysis
#
# Needs the peers: ../shared/peers/install.sh (python3-igraph for /usr/bin/python3).
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build}"
nodes="${NODES:-100000}" edges="${EDGES:-1000000}" seed="${SEED:-1}" rounds="${ROUNDS:-3}"
work="${WORK:-/tmp/newsgraph-bench/analysis}"
peers="$(cd .. && pwd)/shared/peers"
[ -x "$peers/graph-igraph.py" ] || { echo "run.sh: no peers at $peers" >&2; exit 2; }
/usr/bin/python3 -c 'import igraph' 2>/dev/null || { echo "run.sh: python3-igraph missing: run $peers/install.sh" >&2; exit 2; }

cmake --build "$build" --target analysis_bench >/dev/null
mkdir -p "$work"
tsv="$work/edges-$nodes-$edges-$seed.tsv"
[ -s "$tsv" ] || "$peers/gen-edges.py" --nodes "$nodes" --edges "$edges" --seed "$seed" --out "$tsv"

bench=(./"$build"/bench/analysis/analysis_bench --ontology bench/analysis/ontology.json
       --schema schemas/ontology.schema.json --ops pagerank,components --repeat 1)
: > "$work/runs.jsonl"
for round in $(seq "$rounds"); do
  echo "round $round/$rounds" >&2
  "$peers/graph-igraph.py" --ops pagerank,components "$tsv" >> "$work/runs.jsonl"
  "${bench[@]}" --threads 1 --dump "$work/pagerank.tsv" "$tsv" >> "$work/runs.jsonl"
  "${bench[@]}" --threads "$(nproc)" "$tsv" >> "$work/runs.jsonl"
done
/usr/bin/python3 bench/analysis/compare.py --runs "$work/runs.jsonl" --edges "$tsv" \
  --pagerank "$work/pagerank.tsv" --peers "$peers"
