// pagerank(): weighted PageRank over the directed view of the graph (a symmetric relation
// is an arc each way; parallel arcs add up), with uniform teleport and dangling nodes
// spreading their rank uniformly: the definition NetworkX's pagerank() uses.
//
//   a -criticised-> b, b -criticised-> c, c -criticised-> a      -> 1/3 each
//   converged after `iterations` rounds when the L1 change fell below `tolerance`
//
// Deterministic: each vertex sums its in-arcs in a fixed order and global sums are taken
// over fixed chunks, so the scores are the same bytes for any thread count.
#pragma once

#include <cstddef>
#include <vector>

#include "newsgraph/graph/CorpusGraph.h"

namespace newsgraph::graph::analysis {

struct PageRankOptions {
  double damping = 0.85;
  double tolerance = 1e-10;  // stop when sum |x_new - x| < tolerance (scores sum to 1)
  std::size_t max_iterations = 1000;
  unsigned threads = 1;
};

struct PageRankResult {
  std::vector<double> scores;  // one per vertex, summing to 1
  std::size_t iterations = 0;
  double residual = 0.0;  // L1 change of the last iteration
  bool converged = false;
};

PageRankResult pagerank(const CorpusGraph& graph, const PageRankOptions& options = {});

}  // namespace newsgraph::graph::analysis
