// core_numbers(): each node's k-core number: the largest k such that the node belongs to
// a subgraph where every node has at least k distinct neighbours (direction, relation
// and weight ignored), as NetworkX's core_number() computes on the simple graph.
//
//   a triangle a-b-c with a pendant d on a   -> a 2, b 2, c 2, d 1;  max_core 2
#pragma once

#include <cstdint>
#include <vector>

#include "newsgraph/graph/CorpusGraph.h"

namespace newsgraph::graph::analysis {

struct KCoreResult {
  std::vector<std::uint32_t> core;  // per vertex
  std::uint32_t max_core = 0;
};

KCoreResult core_numbers(const CorpusGraph& graph);

}  // namespace newsgraph::graph::analysis
