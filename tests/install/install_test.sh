#!/usr/bin/env bash
# cmake --install into a temporary prefix, then build and run a consumer that uses
# find_package(newsgraph) and links newsgraph::graph; also run the installed binary,
# which must find its installed data without help.
set -euo pipefail
build_dir="$1" work="$2" examples="$3"
rm -rf "$work"
cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
cmake -S "$(dirname "$0")/consumer" -B "$work/consumer" -G Ninja -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/consumer" >/dev/null
"$work/consumer/consumer" "$work/prefix/share/newsgraph/schemas"
env -u NEWSGRAPH_SCHEMAS "$work/prefix/bin/newsgraph" build "$examples/articles" -o "$work/out" -q
test -s "$work/out/graph.graphml"
echo ok
