#include "newsgraph/graph/analysis/Degree.h"

namespace newsgraph::graph::analysis {

DegreeResult degrees(const CorpusGraph& graph) {
  const Adjacency& g = graph.graph();
  const std::size_t n = graph.node_count();
  DegreeResult r;
  for (auto* column : {&r.degree, &r.weighted_degree, &r.in_degree, &r.out_degree,
                       &r.weighted_in_degree, &r.weighted_out_degree}) {
    column->assign(n, 0.0);
  }
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const auto s = boost::source(e, g), t = boost::target(e, g);
    const double w = g[e].weight;
    const bool symmetric = graph.ontology().relation(g[e].relation).symmetric;
    r.degree[s] += 1;
    r.degree[t] += 1;
    r.weighted_degree[s] += w;
    r.weighted_degree[t] += w;
    r.out_degree[s] += 1;
    r.in_degree[t] += 1;
    r.weighted_out_degree[s] += w;
    r.weighted_in_degree[t] += w;
    if (symmetric) {
      r.out_degree[t] += 1;
      r.in_degree[s] += 1;
      r.weighted_out_degree[t] += w;
      r.weighted_in_degree[s] += w;
    }
  }
  return r;
}

}  // namespace newsgraph::graph::analysis
