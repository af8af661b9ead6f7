// betweenness(): how often a node lies on shortest paths between others (Brandes), over
// the directed view (a symmetric relation is an arc each way), unweighted hop counts,
// normalised like NetworkX's betweenness_centrality(): by 1 / ((n-1)(n-2)).
//
//   a -> b -> c                         -> b 0.5 (1 path of the 2 ordered pairs), a 0, c 0
//   200,000 nodes, samples 256, seed 1  -> 256 sources drawn, scores scaled by n / 256
//
// Exact (every vertex a source) up to `exact_max_nodes`; above, `samples` sources drawn
// with a fixed-seed generator, so repeated runs give the same estimate, and the result
// says how many sources it used. Deterministic for any thread count.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "newsgraph/graph/CorpusGraph.h"

namespace newsgraph::graph::analysis {

struct BetweennessOptions {
  std::size_t exact_max_nodes = 5000;
  std::size_t samples = 256;
  std::uint64_t seed = 1;
  unsigned threads = 1;
};

struct BetweennessResult {
  std::vector<double> scores;  // per vertex
  std::size_t sources = 0;     // shortest-path sources used
  bool exact = true;           // every vertex was a source
  std::uint64_t seed = 0;      // of the sample (meaningful when !exact)
};

BetweennessResult betweenness(const CorpusGraph& graph, const BetweennessOptions& options = {});

}  // namespace newsgraph::graph::analysis
