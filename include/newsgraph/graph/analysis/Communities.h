// louvain_communities(): communities by the Louvain method (local moving, then
// aggregation, repeated) on the undirected weighted view: the weight between two nodes is
// the sum of the weights of every edge joining them, whatever the relation or direction.
//
//   two triangles joined by one edge         -> community: 0 0 0 1 1 1, modularity 0.357
//
// Deterministic: nodes are visited in key order and ties go to the current community,
// then to the smallest community id. Communities are numbered by size, largest first.
// modularity() is Newman's modularity of any partition, the value NetworkX's
// community.modularity() gives for the same weighted graph.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "newsgraph/graph/CorpusGraph.h"

namespace newsgraph::graph::analysis {

struct CommunityOptions {
  double resolution = 1.0;       // > 1 favours smaller communities
  std::size_t max_levels = 32;   // aggregation rounds
  std::size_t max_sweeps = 100;  // local-moving sweeps per level
};

struct CommunitiesResult {
  std::vector<std::uint32_t> community;  // per vertex
  std::vector<std::size_t> sizes;        // per community, largest first
  double modularity = 0.0;
  std::size_t levels = 0;  // aggregation rounds that changed something
};

CommunitiesResult louvain_communities(const CorpusGraph& graph,
                                      const CommunityOptions& options = {});

double modularity(const CorpusGraph& graph, const std::vector<std::uint32_t>& community,
                  double resolution = 1.0);

}  // namespace newsgraph::graph::analysis
