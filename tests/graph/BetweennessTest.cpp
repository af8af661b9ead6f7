#include <catch2/catch.hpp>
#include <numeric>

#include "AnalysisTestGraphs.h"
#include "newsgraph/graph/analysis/Betweenness.h"

using namespace newsgraph::graph;
using namespace newsgraph::graph::testing;
using newsgraph::graph::analysis::betweenness;
using newsgraph::graph::analysis::BetweennessOptions;

TEST_CASE("betweenness: the middle of a directed path") {
  const CorpusGraph g =
      leaders_graph({"a", "b", "c"}, {{"a", "criticised", "b"}, {"b", "criticised", "c"}});
  const auto r = betweenness(g);
  CHECK(r.exact);
  CHECK(r.sources == 3);
  CHECK(at(g, r.scores, "b") == Approx(0.5));  // 1 of the (n-1)(n-2) = 2 ordered pairs
  CHECK(at(g, r.scores, "a") == 0.0);
  CHECK(at(g, r.scores, "c") == 0.0);
}

TEST_CASE(
    "betweenness: a symmetric relation carries paths both ways, and two shortest paths share") {
  const CorpusGraph path =
      leaders_graph({"a", "b", "c"}, {{"a", "spoke-with", "b"}, {"b", "spoke-with", "c"}});
  CHECK(at(path, betweenness(path).scores, "b") == Approx(1.0));
  // a -> b -> d and a -> c -> d: each middle node carries half of the one pair's paths.
  const CorpusGraph diamond = leaders_graph({"a", "b", "c", "d"}, {{"a", "criticised", "b"},
                                                                   {"a", "criticised", "c"},
                                                                   {"b", "criticised", "d"},
                                                                   {"c", "criticised", "d"}});
  const auto r = betweenness(diamond);
  CHECK(at(diamond, r.scores, "b") == Approx(0.5 / 6));
  CHECK(at(diamond, r.scores, "c") == Approx(0.5 / 6));
}

TEST_CASE("betweenness: sampled above the exact limit, reproducibly, and near the exact values") {
  std::vector<std::string> names;
  std::vector<TestEdge> edges;
  const int n = 400;
  for (int i = 0; i < n; ++i) names.push_back("p" + std::to_string(1000 + i));
  for (int i = 0; i < n; ++i) {
    edges.push_back({names[i], "spoke-with", names[(i + 1) % n], 1});
    edges.push_back({names[i], "criticised", names[(i * 17 + 11) % n], 1});
  }
  const CorpusGraph g = leaders_graph(names, edges);
  const auto exact = betweenness(g);
  BetweennessOptions sampled;
  sampled.exact_max_nodes = 100;
  sampled.samples = 200;
  sampled.threads = 3;
  const auto a = betweenness(g, sampled);
  CHECK_FALSE(a.exact);
  CHECK(a.sources == 200);
  CHECK(a.seed == 1);
  sampled.threads = 1;
  CHECK(betweenness(g, sampled).scores == a.scores);  // same sample, same sums
  // Half the sources: the estimate of the total lies close to the exact total.
  const double total = std::accumulate(exact.scores.begin(), exact.scores.end(), 0.0);
  CHECK(std::accumulate(a.scores.begin(), a.scores.end(), 0.0) == Approx(total).epsilon(0.1));
  sampled.seed = 2;
  CHECK(betweenness(g, sampled).scores != a.scores);  // the seed does choose the sample
}
