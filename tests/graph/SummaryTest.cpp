#include <catch2/catch.hpp>

#include "AnalysisTestGraphs.h"
#include "newsgraph/graph/analysis/Metrics.h"
#include "newsgraph/graph/analysis/Summary.h"

using namespace newsgraph::graph;
using namespace newsgraph::graph::testing;
using namespace newsgraph::graph::analysis;

TEST_CASE("summary: counts, top lists, strongest pairs over all relations, communities") {
  CorpusGraph g = leaders_graph({"a", "b", "c", "d", "e"}, {{"a", "spoke-with", "b", 3},
                                                            {"b", "criticised", "a", 2},
                                                            {"a", "criticised", "c", 1},
                                                            {"d", "spoke-with", "e", 4}});
  attach_metrics(g);
  SummaryOptions options;
  options.top = 2;
  const GraphSummary s = summarise(g, options);
  CHECK(s.documents == 1);
  CHECK(s.nodes == 5);
  CHECK(s.nodes_by_type == std::vector<std::pair<std::string, std::size_t>>{{"leader", 5}});
  CHECK(s.edges_by_relation ==
        std::vector<std::pair<std::string, std::size_t>>{{"spoke-with", 2}, {"criticised", 2}});
  REQUIRE(s.top_degree.size() == 2);
  CHECK(s.top_degree[0].key == "person/a");
  CHECK(s.top_degree[0].value == 3);
  CHECK(s.top_degree[1].key == "person/b");
  REQUIRE(s.top_pagerank.size() == 2);
  CHECK(s.top_pagerank[0].value >= s.top_pagerank[1].value);
  // a-b: spoke-with 3 + criticised 2 = 5 beats d-e's 4.
  REQUIRE(s.strongest_pairs.size() == 2);
  CHECK(s.strongest_pairs[0].source.key == "person/a");
  CHECK(s.strongest_pairs[0].target.key == "person/b");
  CHECK(s.strongest_pairs[0].weight == 5);
  CHECK(s.strongest_pairs[0].relations == std::vector<std::string>{"criticised", "spoke-with"});
  CHECK(s.strongest_pairs[1].weight == 4);
  // Communities {a, b, c} and {d, e}, largest first, leaders by PageRank.
  CHECK(s.community_count == 2);
  REQUIRE(s.communities.size() == 2);
  CHECK(s.communities[0].size == 3);
  CHECK(s.communities[1].size == 2);
  REQUIRE(s.modularity);
  CHECK(*s.modularity == Approx(modularity(g, {0, 0, 0, 1, 1})));
  CHECK(s.weak_count == 0);
  CHECK(s.shared_count == 0);
}

TEST_CASE(
    "summary: without analyses the PageRank and community lists stay empty, degree is computed") {
  const CorpusGraph g = leaders_graph({"a", "b"}, {{"a", "criticised", "b", 1}});
  const GraphSummary s = summarise(g);
  CHECK(s.top_pagerank.empty());
  CHECK_FALSE(s.modularity);
  REQUIRE(s.top_degree.size() == 2);
  CHECK(s.top_degree[0].value == 1);
}
