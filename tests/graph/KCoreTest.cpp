#include <catch2/catch.hpp>

#include "AnalysisTestGraphs.h"
#include "newsgraph/graph/analysis/KCore.h"

using namespace newsgraph::graph;
using namespace newsgraph::graph::testing;
using newsgraph::graph::analysis::core_numbers;

TEST_CASE("k-core: a triangle with a pendant, parallel relations counting one neighbour") {
  const CorpusGraph g = leaders_graph({"a", "b", "c", "d", "e"}, {{"a", "spoke-with", "b"},
                                                                  {"b", "criticised", "c"},
                                                                  {"c", "criticised", "a"},
                                                                  {"d", "criticised", "a"},
                                                                  {"a", "criticised", "d"},
                                                                  {"a", "spoke-with", "d"}});
  const auto r = core_numbers(g);
  CHECK(at(g, r.core, "a") == 2u);
  CHECK(at(g, r.core, "b") == 2u);
  CHECK(at(g, r.core, "c") == 2u);
  CHECK(at(g, r.core, "d") == 1u);
  CHECK(at(g, r.core, "e") == 0u);
  CHECK(r.max_core == 2);
}

TEST_CASE("k-core: a 4-clique with a tail") {
  const CorpusGraph g = leaders_graph({"a", "b", "c", "d", "e", "f"}, {{"a", "spoke-with", "b"},
                                                                       {"a", "spoke-with", "c"},
                                                                       {"a", "spoke-with", "d"},
                                                                       {"b", "spoke-with", "c"},
                                                                       {"b", "spoke-with", "d"},
                                                                       {"c", "spoke-with", "d"},
                                                                       {"d", "spoke-with", "e"},
                                                                       {"e", "spoke-with", "f"}});
  const auto r = core_numbers(g);
  CHECK(at(g, r.core, "a") == 3u);
  CHECK(at(g, r.core, "d") == 3u);
  CHECK(at(g, r.core, "e") == 1u);
  CHECK(at(g, r.core, "f") == 1u);
}
