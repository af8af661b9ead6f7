// Views: a part of a frozen CorpusGraph, itself a frozen CorpusGraph, so every writer and
// analysis takes it unchanged. Two steps, applied in this order by the tool:
//
//   restrict_graph(g, {.types={"leader"}, .since=2022-01-01, .min_weight=2})
//       -> the graph as the records in that window and of those kinds state it: evidence
//          outside the dates is left out and weights, dates, documents and node types are
//          recomputed from what remains (the corpus to analyse)
//   select_nodes(g, {.ego="Putin", .depth=1, .top=50, .rank_by="pagerank"})
//       -> the induced subgraph on Putin's neighbourhood, then its 50 best by PageRank
//          (what to look at); values are copied, not recomputed
//
// Metric columns of the input are carried over for the nodes kept, never recomputed: run
// the analyses again when the view should have its own. Documents and freeze stats are
// those of the input (restrict_graph with dates: of the window); edge records freezing
// could not place are not part of a view, which is for looking at, not for saving.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/core/Date.h"
#include "newsgraph/core/Result.h"
#include "newsgraph/graph/CorpusGraph.h"

namespace newsgraph::graph {

struct ViewFilter {
  std::vector<std::string> types;      // node type ids to keep; empty = all
  std::vector<std::string> relations;  // relation ids to keep; empty = all
  // Evidence whose date (the sentence's, else its document's) overlaps [since, until],
  // both inclusive and at their precision ("2022" = the whole year). Evidence without
  // any date is left out once either bound is set.
  std::optional<Date> since, until;
  std::uint32_t min_weight = 0;  // edges with fewer distinct pieces of evidence go
  bool drop_isolated = false;    // then drop nodes left without any edge

  bool empty() const {
    return types.empty() && relations.empty() && !since && !until && min_weight == 0 &&
           !drop_isolated;
  }
};

struct NodeSelection {
  std::string ego;        // a node's key, label or alias (case-insensitive)
  std::size_t depth = 1;  // hops from the ego, direction ignored
  std::size_t top = 0;    // keep the N best nodes by `rank_by`; 0 = all
  std::string rank_by = "pagerank";

  bool empty() const { return ego.empty() && top == 0; }
};

// Fails (kUsage) on a type or relation name the ontology lacks, or since > until.
Result<CorpusGraph> restrict_graph(const CorpusGraph& graph, const ViewFilter& filter);

// Fails (kUsage) when the ego matches no node or several (the message lists them), or the
// graph has no metric column `rank_by` (the message lists those it has).
Result<CorpusGraph> select_nodes(const CorpusGraph& graph, const NodeSelection& selection);

// The node a user means by `name`: the node with that key; else the one node whose label
// or an alias folds equal to it. Several such nodes is an ambiguity error listing them.
Result<Vertex> find_entity(const CorpusGraph& graph, std::string_view name);

// The vertices within `depth` hops of `ego`, direction ignored, in vertex order.
std::vector<Vertex> ego_network(const CorpusGraph& graph, Vertex ego, std::size_t depth);

// The induced subgraph on `keep` (one flag per vertex), edges further filtered by
// `keep_edge` when given; documents, freeze stats and metrics are carried over.
CorpusGraph subgraph(const CorpusGraph& graph, const std::vector<bool>& keep,
                     const std::vector<bool>* keep_edge_by_index = nullptr);

}  // namespace newsgraph::graph
