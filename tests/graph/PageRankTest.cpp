#include <catch2/catch.hpp>
#include <numeric>

#include "AnalysisTestGraphs.h"
#include "newsgraph/graph/analysis/PageRank.h"

using namespace newsgraph::graph;
using namespace newsgraph::graph::testing;
using newsgraph::graph::analysis::pagerank;
using newsgraph::graph::analysis::PageRankOptions;

TEST_CASE("pagerank: a directed cycle shares rank equally") {
  const CorpusGraph g =
      leaders_graph({"a", "b", "c"},
                    {{"a", "criticised", "b"}, {"b", "criticised", "c"}, {"c", "criticised", "a"}});
  const auto r = pagerank(g);
  CHECK(r.converged);
  for (double x : r.scores) CHECK(x == Approx(1.0 / 3).epsilon(1e-12));
}

TEST_CASE("pagerank: a dangling node spreads its rank uniformly (solved by hand)") {
  // x_a = 0.15/2 + 0.85 x_b/2 and x_a + x_b = 1  =>  x_b = 0.925 / 1.425.
  const CorpusGraph g = leaders_graph({"a", "b"}, {{"a", "criticised", "b"}});
  const auto r = pagerank(g);
  CHECK(at(g, r.scores, "b") == Approx(0.925 / 1.425).epsilon(1e-10));
  CHECK(at(g, r.scores, "a") == Approx(0.5 / 1.425).epsilon(1e-10));
}

TEST_CASE("pagerank: weights steer rank, symmetric relations flow both ways") {
  const CorpusGraph g = leaders_graph(
      {"a", "b", "c", "d"},
      {{"a", "criticised", "b", 3}, {"a", "criticised", "c", 1}, {"d", "spoke-with", "a", 1}});
  const auto r = pagerank(g);
  CHECK(at(g, r.scores, "b") > at(g, r.scores, "c"));
  // d only receives from a through the symmetric edge, so it is above the teleport floor.
  CHECK(at(g, r.scores, "d") > 0.15 / 4 + 1e-6);
  CHECK(std::accumulate(r.scores.begin(), r.scores.end(), 0.0) == Approx(1.0).epsilon(1e-12));
}

TEST_CASE("pagerank: the same bytes for any thread count") {
  std::vector<std::string> names;
  std::vector<TestEdge> edges;
  for (int i = 0; i < 9000; ++i) names.push_back("p" + std::to_string(i));
  for (int i = 0; i < 9000; ++i) {
    edges.push_back(
        {names[i], "criticised", names[(i * 7 + 3) % 9000], static_cast<std::uint32_t>(1 + i % 3)});
    edges.push_back({names[i], "spoke-with", names[(i * 13 + 5) % 9000], 1});
  }
  const CorpusGraph g = leaders_graph(names, edges);
  PageRankOptions one, four;
  four.threads = 4;
  const auto a = pagerank(g, one), b = pagerank(g, four);
  CHECK(a.iterations == b.iterations);
  CHECK(a.scores == b.scores);
}
