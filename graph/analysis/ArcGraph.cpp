#include "ArcGraph.h"

#include <algorithm>
#include <utility>

namespace newsgraph::graph::analysis {

namespace {

using Pair = std::pair<std::uint32_t, std::uint32_t>;

std::vector<bool> symmetric_relations(const CorpusGraph& graph) {
  std::vector<bool> symmetric;
  for (const auto& r : graph.ontology().relations()) symmetric.push_back(r.symmetric);
  return symmetric;
}

// Collects arcs; `both_ways` adds the reverse of every edge, not only of symmetric ones.
void collect(const CorpusGraph& graph, bool both_ways, bool reverse, std::vector<Pair>& pairs,
             std::vector<Arc>& weights) {
  const Adjacency& g = graph.graph();
  const std::vector<bool> symmetric = symmetric_relations(graph);
  pairs.reserve(boost::num_edges(g) * 2);
  weights.reserve(boost::num_edges(g) * 2);
  const auto add = [&](std::uint32_t s, std::uint32_t t, double w) {
    pairs.emplace_back(reverse ? t : s, reverse ? s : t);
    weights.push_back({w});
  };
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
      const Edge& edge = g[e];
      const auto s = static_cast<std::uint32_t>(v);
      const auto t = static_cast<std::uint32_t>(boost::target(e, g));
      const double w = edge.weight;
      add(s, t, w);
      if (both_ways || symmetric[edge.relation]) add(t, s, w);
    }
  }
}

// One entry per (row, neighbour), neighbours sorted, weights summed.
ArcGraph merge_parallel(const ArcGraph& multi, std::size_t n) {
  std::vector<Pair> pairs;
  std::vector<Arc> weights;
  pairs.reserve(boost::num_edges(multi));
  weights.reserve(boost::num_edges(multi));
  const auto& rows = multi.m_forward.m_rowstart;
  const auto& column = multi.m_forward.m_column;
  const auto& props = multi.m_forward.m_edge_properties;
  std::vector<std::pair<std::uint32_t, double>> row;
  for (std::uint32_t v = 0; v < n; ++v) {
    row.clear();
    for (std::uint32_t i = rows[v]; i < rows[v + 1]; ++i)
      row.emplace_back(column[i], props[i].weight);
    // Stable, so summing equal neighbours keeps the arcs' own order: deterministic sums.
    std::stable_sort(row.begin(), row.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0 && row[i].first == row[i - 1].first) {
        weights.back().weight += row[i].second;
      } else {
        pairs.emplace_back(v, row[i].first);
        weights.push_back({row[i].second});
      }
    }
  }
  return ArcGraph(boost::edges_are_sorted, pairs.begin(), pairs.end(), weights.begin(),
                  static_cast<std::uint32_t>(n));
}

ArcGraph build(const CorpusGraph& graph, bool both_ways, bool reverse) {
  std::vector<Pair> pairs;
  std::vector<Arc> weights;
  collect(graph, both_ways, reverse, pairs, weights);
  return ArcGraph(boost::edges_are_unsorted_multi_pass, pairs.begin(), pairs.end(), weights.begin(),
                  static_cast<std::uint32_t>(graph.node_count()));
}

}  // namespace

ArcGraph directed_arcs(const CorpusGraph& graph, ArcDirection direction) {
  return build(graph, false, direction == ArcDirection::kReverse);
}

ArcGraph simple_directed(const CorpusGraph& graph) {
  return merge_parallel(build(graph, false, false), graph.node_count());
}

ArcGraph undirected(const CorpusGraph& graph) {
  return merge_parallel(build(graph, true, false), graph.node_count());
}

}  // namespace newsgraph::graph::analysis
