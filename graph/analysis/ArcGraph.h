// ArcGraph: the views of a CorpusGraph that the analyses walk, as Boost
// compressed-sparse-row graphs (contiguous arrays: the adjacency_list's per-edge bundles
// are too large to stream through on every PageRank iteration). Internal to graph/.
//
//   leader/a -spoke-with(w 2)-> leader/b, leader/a -criticised(w 1)-> leader/b
//   directed_arcs   : a->b 2, b->a 2 (symmetric both ways), a->b 1
//   undirected      : a-b 5 (stored both ways, weights summed, one entry per neighbour)
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <vector>

#include "newsgraph/graph/CorpusGraph.h"

namespace newsgraph::graph::analysis {

struct Arc {
  double weight = 0.0;
};

using ArcGraph =
    boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Arc,
                                       boost::no_property, std::uint32_t, std::uint32_t>;

enum class ArcDirection { kForward, kReverse };

// Every stored edge as an arc source->target, symmetric relations also target->source;
// parallel arcs (two relations between one pair) are kept. kReverse stores each arc at
// its target, so out_edges(v) are v's in-arcs (what a pull-style PageRank reads).
ArcGraph directed_arcs(const CorpusGraph& graph, ArcDirection direction);

// The same arcs with parallel ones merged: each out-neighbour once, weights summed,
// neighbours in vertex order (Brandes' betweenness counts paths through neighbours).
ArcGraph simple_directed(const CorpusGraph& graph);

// Direction ignored: each neighbour once, with the summed weight of every stored edge
// between the two, neighbours in vertex order.
ArcGraph undirected(const CorpusGraph& graph);

inline std::uint32_t arc_target(const ArcGraph& g, std::uint32_t index) {
  return g.m_forward.m_column[index];
}

}  // namespace newsgraph::graph::analysis
