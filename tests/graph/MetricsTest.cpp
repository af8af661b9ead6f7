#include <catch2/catch.hpp>

#include "AnalysisTestGraphs.h"
#include "newsgraph/graph/analysis/Metrics.h"

using namespace newsgraph::graph;
using namespace newsgraph::graph::testing;
using namespace newsgraph::graph::analysis;

TEST_CASE("attach_metrics sets every column, one value per node, and reports") {
  CorpusGraph g =
      leaders_graph({"a", "b", "c", "d"}, {{"a", "criticised", "b"}, {"b", "criticised", "c"}});
  const MetricsReport r = attach_metrics(g);
  for (const auto& name : metric_names()) {
    INFO(name);
    REQUIRE(g.metrics().count(name) == 1);
    CHECK(g.metrics().at(name).size() == 4);
  }
  CHECK(g.metrics().size() == metric_names().size());
  CHECK(r.components == 2);
  CHECK(r.largest_component == 3);
  CHECK(r.betweenness_exact);
  CHECK(r.betweenness_sources == 4);
  CHECK(r.pagerank_converged);
  CHECK(at(g, g.metrics().at("betweenness"), "b") == Approx(1.0 / 6));
  CHECK(at(g, g.metrics().at("component"), "d") == 1.0);
}
