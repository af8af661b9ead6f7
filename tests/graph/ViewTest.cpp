#include <catch2/catch.hpp>

#include "AnalysisTestGraphs.h"
#include "newsgraph/graph/View.h"
#include "newsgraph/graph/analysis/Metrics.h"

using namespace newsgraph;
using namespace newsgraph::graph;
using namespace newsgraph::graph::testing;

namespace {

// Leaders a, b, c, a country r, a treaty t, over three dated documents:
//   2020: a spoke with b (twice), a proposed t; 2021: b criticised c; 2022: a spoke with b, r is
//   party to t. Evidence in d2 carries its own (earlier) date.
CorpusGraph dated_graph() {
  GraphBuilder b;
  const auto doc = [&](const std::string& id, Date date, const std::string& outlet) {
    DocumentInfo d;
    d.id = id;
    d.date = date;
    d.outlets = {outlet};
    b.add_document(std::move(d));
  };
  doc("d1", {2020, 5, 1}, "organisation/wire");
  doc("d2", {2021, 5, 1}, "organisation/paper");
  doc("d3", {2022, 5, 1}, "organisation/wire");
  for (const auto& [key, type, docs] :
       std::vector<std::tuple<std::string, std::string, std::vector<std::string>>>{
           {"person/a", "leader", {"d1", "d3"}},
           {"person/b", "leader", {"d1", "d2", "d3"}},
           {"person/c", "leader", {"d2"}},
           {"country/r", "country", {"d3"}},
           {"treaty/t", "treaty", {"d1", "d3"}}}) {
    NodeRecord n{key, "", {}, {}};
    for (const auto& d : docs)
      n.mentions.push_back(mention(d, key.substr(key.find('/') + 1), type, true));
    b.add_node(std::move(n));
  }
  b.add_edge({"person/a",
              "spoke-with",
              "person/b",
              {evidence("d1", 0, "a met b"), evidence("d1", 100, "a met b again"),
               evidence("d3", 0, "a met b in 2022")}});
  b.add_edge({"person/a", "proposed", "treaty/t", {evidence("d1", 200, "a proposed t")}});
  b.add_edge({"person/b",
              "criticised",
              "person/c",
              {evidence("d2", 0, "b criticised c last year", Date{2020, 11, 3})}});
  b.add_edge({"country/r", "party-to", "treaty/t", {evidence("d3", 50, "r joined t")}});
  Diagnostics diagnostics;
  return std::move(b).freeze(shipped_ontology(), diagnostics);
}

std::vector<std::string> keys(const CorpusGraph& g) {
  std::vector<std::string> out;
  for (auto v : boost::make_iterator_range(boost::vertices(g.graph())))
    out.push_back(g.graph()[v].key);
  return out;
}

const Edge& edge_between(const CorpusGraph& g, const std::string& s, const std::string& t) {
  for (auto e : boost::make_iterator_range(boost::edges(g.graph()))) {
    if (g.graph()[boost::source(e, g.graph())].key == s &&
        g.graph()[boost::target(e, g.graph())].key == t) {
      return g.graph()[e];
    }
  }
  FAIL("no edge " << s << " -> " << t);
  throw 0;  // unreachable: FAIL throws
}

}  // namespace

TEST_CASE("view: by node type keeps the nodes of those types and the edges among them") {
  const CorpusGraph g = dated_graph();
  ViewFilter f;
  f.types = {"leader"};
  const auto v = restrict_graph(g, f);
  REQUIRE(v);
  CHECK(keys(*v) == std::vector<std::string>{"person/a", "person/b", "person/c"});
  CHECK(v->edge_count() == 2);
  CHECK(v->documents().size() == 3);
}

TEST_CASE("view: by relation and minimum weight; isolated nodes dropped on request") {
  const CorpusGraph g = dated_graph();
  ViewFilter f;
  f.relations = {"spoke-with", "criticised"};
  f.min_weight = 2;
  auto v = restrict_graph(g, f);
  REQUIRE(v);
  CHECK(v->node_count() == g.node_count());
  CHECK(v->edge_count() == 1);
  f.drop_isolated = true;
  v = restrict_graph(g, f);
  REQUIRE(v);
  CHECK(keys(*v) == std::vector<std::string>{"person/a", "person/b"});
  CHECK(edge_between(*v, "person/a", "person/b").weight == 3);
}

TEST_CASE(
    "view: a date window recomputes weights, dates, documents and outlets from its evidence") {
  const CorpusGraph g = dated_graph();
  ViewFilter f;
  f.since = Date{2020, 0, 0};
  f.until = Date{2020, 12, 0};
  const auto v = restrict_graph(g, f);
  REQUIRE(v);
  // d2 is dated 2021, but its evidence of b criticising c is dated 2020-11-03.
  CHECK(keys(*v) == std::vector<std::string>{"person/a", "person/b", "person/c", "treaty/t"});
  const Edge& spoke = edge_between(*v, "person/a", "person/b");
  CHECK(spoke.weight == 2);
  CHECK(spoke.documents == 1);
  CHECK(spoke.last == Date{2020, 5, 1});
  CHECK(spoke.outlets == std::vector<std::string_view>{"organisation/wire"});
  const Edge& criticised = edge_between(*v, "person/b", "person/c");
  CHECK(criticised.first == Date{2020, 11, 3});
  CHECK(criticised.outlets == std::vector<std::string_view>{"organisation/paper"});
  CHECK(v->edge_count() == 3);
  // Nodes too: b's documents within the window.
  CHECK(v->graph()[*v->find("person/b")].last_seen == Date{2021, 5, 1});
  CHECK(v->graph()[*v->find("person/a")].documents == 1);

  ViewFilter since;
  since.since = Date{2022, 1, 1};
  const auto late = restrict_graph(g, since);
  REQUIRE(late);
  CHECK(keys(*late) == std::vector<std::string>{"country/r", "person/a", "person/b", "treaty/t"});
  CHECK(edge_between(*late, "person/a", "person/b").weight == 1);
  CHECK(late->documents().size() == 1);
}

TEST_CASE("view: bad names and an inverted window are usage errors") {
  const CorpusGraph g = dated_graph();
  ViewFilter f;
  f.types = {"villain"};
  auto v = restrict_graph(g, f);
  REQUIRE_FALSE(v);
  CHECK(v.error().code == ErrorCode::kUsage);
  f = {};
  f.relations = {"married"};
  CHECK_FALSE(restrict_graph(g, f));
  f = {};
  f.since = Date{2022, 1, 1};
  f.until = Date{2021, 0, 0};
  CHECK_FALSE(restrict_graph(g, f));
}

TEST_CASE("view: ego network by label or alias, any case, with depth") {
  const CorpusGraph g = dated_graph();
  NodeSelection s;
  s.ego = "C";  // label "c"
  s.depth = 1;
  auto v = select_nodes(g, s);
  REQUIRE(v);
  CHECK(keys(*v) == std::vector<std::string>{"person/b", "person/c"});
  s.depth = 2;
  v = select_nodes(g, s);
  REQUIRE(v);
  CHECK(keys(*v) == std::vector<std::string>{"person/a", "person/b", "person/c"});
  CHECK(v->edge_count() == 2);  // induced: a-b and b-c
  s.ego = "country/r";          // a key works too; r - t - a - b - c
  s.depth = 3;
  v = select_nodes(g, s);
  REQUIRE(v);
  CHECK(keys(*v) == std::vector<std::string>{"country/r", "person/a", "person/b", "treaty/t"});
  s.depth = 4;
  v = select_nodes(g, s);
  REQUIRE(v);
  CHECK(v->node_count() == 5);
  s.ego = "nobody";
  CHECK_FALSE(select_nodes(g, s));
}

TEST_CASE("view: top N by a metric carries the metric columns of the kept nodes") {
  CorpusGraph g = dated_graph();
  analysis::attach_metrics(g);
  NodeSelection s;
  s.top = 2;
  s.rank_by = "degree";
  const auto v = select_nodes(g, s);
  REQUIRE(v);
  // Degrees: a 2, b 2, c 1, r 1, t 2 -> the first two in key order among the 2s: a, b.
  CHECK(keys(*v) == std::vector<std::string>{"person/a", "person/b"});
  REQUIRE(v->metrics().count("pagerank"));
  CHECK(v->metrics().at("pagerank")[0] == g.metrics().at("pagerank")[*g.find("person/a")]);
  CHECK(v->metrics().at("degree") == std::vector<double>{2, 2});
  s.rank_by = "fame";
  const auto missing = select_nodes(g, s);
  REQUIRE_FALSE(missing);
  CHECK(missing.error().message.find("pagerank") != std::string::npos);  // lists what there is
}
