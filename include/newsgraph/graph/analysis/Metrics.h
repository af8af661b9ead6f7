// attach_metrics(): runs every node analysis and attaches the results as metric columns
// (CorpusGraph::set_metric), so every writer exports them; returns what a reader needs
// to trust the numbers (iterations, sample size, modularity...).
//
//   MetricsReport r = attach_metrics(graph, {});
//   graph.metrics().at("pagerank")[v];   r.betweenness_sources == 256 on a large graph
//
// Columns: degree, in_degree, out_degree, weighted_degree, weighted_in_degree,
// weighted_out_degree, pagerank, betweenness, component, community, kcore (component and
// community are ids: 0 = the largest).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "newsgraph/graph/CorpusGraph.h"
#include "newsgraph/graph/analysis/Betweenness.h"
#include "newsgraph/graph/analysis/Communities.h"
#include "newsgraph/graph/analysis/PageRank.h"

namespace newsgraph::graph::analysis {

struct MetricsOptions {
  PageRankOptions pagerank;
  BetweennessOptions betweenness;
  CommunityOptions communities;
  unsigned threads = 1;  // used by the analyses that parallelise (PageRank, betweenness)
};

struct MetricsReport {
  std::size_t pagerank_iterations = 0;
  bool pagerank_converged = false;
  std::size_t betweenness_sources = 0;
  bool betweenness_exact = true;
  std::uint64_t betweenness_seed = 0;
  std::size_t components = 0;
  std::size_t largest_component = 0;
  std::size_t communities = 0;
  double modularity = 0.0;
  std::uint32_t max_core = 0;
};

// The column names attach_metrics() sets, in the order above.
const std::vector<std::string>& metric_names();

MetricsReport attach_metrics(CorpusGraph& graph, const MetricsOptions& options = {});

}  // namespace newsgraph::graph::analysis
