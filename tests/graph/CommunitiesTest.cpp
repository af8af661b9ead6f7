#include <catch2/catch.hpp>

#include "AnalysisTestGraphs.h"
#include "newsgraph/graph/analysis/Communities.h"

using namespace newsgraph::graph;
using namespace newsgraph::graph::testing;
using newsgraph::graph::analysis::louvain_communities;
using newsgraph::graph::analysis::modularity;

TEST_CASE("louvain: two triangles joined by one edge are two communities") {
  const CorpusGraph g = leaders_graph({"a", "b", "c", "d", "e", "f"}, {{"a", "spoke-with", "b"},
                                                                       {"b", "spoke-with", "c"},
                                                                       {"a", "spoke-with", "c"},
                                                                       {"d", "spoke-with", "e"},
                                                                       {"e", "spoke-with", "f"},
                                                                       {"d", "criticised", "f"},
                                                                       {"c", "criticised", "d"}});
  const auto r = louvain_communities(g);
  CHECK(r.sizes == std::vector<std::size_t>{3, 3});
  CHECK(at(g, r.community, "a") == 0u);
  CHECK(at(g, r.community, "b") == 0u);
  CHECK(at(g, r.community, "c") == 0u);
  CHECK(at(g, r.community, "d") == 1u);
  CHECK(at(g, r.community, "f") == 1u);
  // Each triangle: 3 inner edges of 7, degree sum 7 of 14: 2 * (3/7 - 1/4).
  CHECK(r.modularity == Approx(2 * (3.0 / 7 - 0.25)).epsilon(1e-12));
  CHECK(modularity(g, r.community) == Approx(r.modularity).epsilon(1e-12));
}

TEST_CASE("louvain: a heavy edge pulls a node into its partner's community") {
  const CorpusGraph g = leaders_graph(
      {"a", "b", "c", "d"},
      {{"a", "spoke-with", "b", 10}, {"b", "spoke-with", "c", 1}, {"c", "spoke-with", "d", 10}});
  const auto r = louvain_communities(g);
  CHECK(at(g, r.community, "a") == at(g, r.community, "b"));
  CHECK(at(g, r.community, "c") == at(g, r.community, "d"));
  CHECK(at(g, r.community, "a") != at(g, r.community, "c"));
}

TEST_CASE("modularity: one community is 0, the empty graph is 0") {
  const CorpusGraph g = leaders_graph({"a", "b"}, {{"a", "spoke-with", "b"}});
  CHECK(modularity(g, {0, 0}) == Approx(0.0).margin(1e-12));
  CHECK(modularity(g, {0, 1}) == Approx(-0.5));
  const CorpusGraph empty = leaders_graph({"a"}, {});
  const auto r = louvain_communities(empty);
  CHECK(r.modularity == 0.0);
  CHECK(r.sizes == std::vector<std::size_t>{1});
}

TEST_CASE("louvain: a ring of cliques comes out clique by clique, however it is keyed") {
  std::vector<std::string> names;
  std::vector<TestEdge> edges;
  const int cliques = 12, size = 5;
  // Keys interleave the cliques, so key order is not clique order.
  const auto name = [&](int c, int i) {
    return "n" + std::to_string(i) + "-" + std::to_string(100 + c);
  };
  for (int c = 0; c < cliques; ++c) {
    for (int i = 0; i < size; ++i) {
      names.push_back(name(c, i));
      for (int j = i + 1; j < size; ++j) edges.push_back({name(c, i), "spoke-with", name(c, j), 1});
    }
    edges.push_back({name(c, 0), "criticised", name((c + 1) % cliques, 1), 1});
  }
  const CorpusGraph g = leaders_graph(names, edges);
  const auto r = louvain_communities(g);
  REQUIRE(r.sizes.size() == cliques);
  for (int c = 0; c < cliques; ++c) {
    for (int i = 1; i < size; ++i)
      CHECK(at(g, r.community, name(c, i)) == at(g, r.community, name(c, 0)));
  }
}
