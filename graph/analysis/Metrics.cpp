#include "newsgraph/graph/analysis/Metrics.h"

#include "newsgraph/graph/analysis/Components.h"
#include "newsgraph/graph/analysis/Degree.h"
#include "newsgraph/graph/analysis/KCore.h"

namespace newsgraph::graph::analysis {

namespace {

template <typename T>
std::vector<double> as_doubles(const std::vector<T>& values) {
  return std::vector<double>(values.begin(), values.end());
}

}  // namespace

const std::vector<std::string>& metric_names() {
  static const std::vector<std::string> kNames = {"degree",
                                                  "in_degree",
                                                  "out_degree",
                                                  "weighted_degree",
                                                  "weighted_in_degree",
                                                  "weighted_out_degree",
                                                  "pagerank",
                                                  "betweenness",
                                                  "component",
                                                  "community",
                                                  "kcore"};
  return kNames;
}

MetricsReport attach_metrics(CorpusGraph& graph, const MetricsOptions& options) {
  MetricsReport report;
  DegreeResult d = degrees(graph);
  graph.set_metric("degree", std::move(d.degree));
  graph.set_metric("in_degree", std::move(d.in_degree));
  graph.set_metric("out_degree", std::move(d.out_degree));
  graph.set_metric("weighted_degree", std::move(d.weighted_degree));
  graph.set_metric("weighted_in_degree", std::move(d.weighted_in_degree));
  graph.set_metric("weighted_out_degree", std::move(d.weighted_out_degree));

  PageRankOptions pr_options = options.pagerank;
  pr_options.threads = options.threads;
  PageRankResult pr = pagerank(graph, pr_options);
  report.pagerank_iterations = pr.iterations;
  report.pagerank_converged = pr.converged;
  graph.set_metric("pagerank", std::move(pr.scores));

  BetweennessOptions bc_options = options.betweenness;
  bc_options.threads = options.threads;
  BetweennessResult bc = betweenness(graph, bc_options);
  report.betweenness_sources = bc.sources;
  report.betweenness_exact = bc.exact;
  report.betweenness_seed = bc.seed;
  graph.set_metric("betweenness", std::move(bc.scores));

  ComponentsResult cc = weak_components(graph);
  report.components = cc.sizes.size();
  report.largest_component = cc.sizes.empty() ? 0 : cc.sizes.front();
  graph.set_metric("component", as_doubles(cc.component));

  CommunitiesResult cm = louvain_communities(graph, options.communities);
  report.communities = cm.sizes.size();
  report.modularity = cm.modularity;
  graph.set_metric("community", as_doubles(cm.community));

  KCoreResult kc = core_numbers(graph);
  report.max_core = kc.max_core;
  graph.set_metric("kcore", as_doubles(kc.core));
  return report;
}

}  // namespace newsgraph::graph::analysis
