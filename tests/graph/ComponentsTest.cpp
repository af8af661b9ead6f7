#include <catch2/catch.hpp>

#include "AnalysisTestGraphs.h"
#include "newsgraph/graph/analysis/Components.h"

using namespace newsgraph::graph;
using namespace newsgraph::graph::testing;
using newsgraph::graph::analysis::weak_components;

TEST_CASE("weak components ignore direction and are numbered largest first") {
  const CorpusGraph g =
      leaders_graph({"a", "b", "c", "d", "e", "f"},
                    {{"a", "criticised", "b"}, {"d", "criticised", "c"}, {"e", "criticised", "d"}});
  const auto r = weak_components(g);
  CHECK(r.sizes == std::vector<std::size_t>{3, 2, 1});
  CHECK(at(g, r.component, "c") == 0u);
  CHECK(at(g, r.component, "d") == 0u);
  CHECK(at(g, r.component, "e") == 0u);
  CHECK(at(g, r.component, "a") == 1u);
  CHECK(at(g, r.component, "b") == 1u);
  CHECK(at(g, r.component, "f") == 2u);
}

TEST_CASE("components of equal size are numbered by their first node") {
  const CorpusGraph g =
      leaders_graph({"a", "b", "c", "d"}, {{"d", "criticised", "c"}, {"b", "criticised", "a"}});
  const auto r = weak_components(g);
  CHECK(at(g, r.component, "a") == 0u);
  CHECK(at(g, r.component, "c") == 1u);
}
