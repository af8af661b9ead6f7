#include <catch2/catch.hpp>

#include "AnalysisTestGraphs.h"
#include "newsgraph/graph/analysis/Degree.h"

using namespace newsgraph::graph;
using namespace newsgraph::graph::testing;
using newsgraph::graph::analysis::degrees;

TEST_CASE("degrees: stored edges once, symmetric relations both ways in the directed view") {
  const CorpusGraph g =
      leaders_graph({"a", "b", "c"}, {{"a", "spoke-with", "b", 2}, {"a", "criticised", "c", 1}});
  const auto d = degrees(g);
  CHECK(at(g, d.degree, "a") == 2);
  CHECK(at(g, d.degree, "b") == 1);
  CHECK(at(g, d.degree, "c") == 1);
  CHECK(at(g, d.weighted_degree, "a") == 3);
  CHECK(at(g, d.weighted_degree, "b") == 2);
  CHECK(at(g, d.out_degree, "a") == 2);
  CHECK(at(g, d.out_degree, "b") == 1);
  CHECK(at(g, d.out_degree, "c") == 0);
  CHECK(at(g, d.in_degree, "a") == 1);
  CHECK(at(g, d.in_degree, "c") == 1);
  CHECK(at(g, d.weighted_out_degree, "a") == 3);
  CHECK(at(g, d.weighted_in_degree, "a") == 2);
  CHECK(at(g, d.weighted_in_degree, "c") == 1);
}

TEST_CASE("degrees of an empty graph are empty") {
  const CorpusGraph g = leaders_graph({}, {});
  CHECK(degrees(g).degree.empty());
}
