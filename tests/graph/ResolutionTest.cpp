// Cross-document resolution at the graph level, with hand-built records: nodes merge by
// key only, so the extractor's keys decide; the hard cases stay apart and are shown to
// the user (stats) instead of being merged on a shared name.
#include <catch2/catch.hpp>

#include "AnalysisTestGraphs.h"
#include "newsgraph/graph/View.h"
#include "newsgraph/graph/analysis/Summary.h"

using namespace newsgraph;
using namespace newsgraph::graph;
using namespace newsgraph::graph::testing;
using newsgraph::graph::analysis::summarise;

namespace {

DocGraph doc(const std::string& id, Date date, std::vector<NodeRecord> nodes,
             std::vector<EdgeRecord> edges = {}) {
  DocGraph d;
  d.document.id = id;
  d.document.date = date;
  d.nodes = std::move(nodes);
  d.edges = std::move(edges);
  return d;
}

CorpusGraph freeze_all(std::vector<DocGraph> docs) {
  GraphBuilder b;
  for (auto& d : docs) b.add(std::move(d));
  Diagnostics diagnostics;
  return std::move(b).freeze(shipped_ontology(), diagnostics);
}

std::vector<std::string> keys_named(const analysis::GraphSummary& s, const std::string& name) {
  for (const auto& shared : s.shared_names) {
    if (shared.name == name) return shared.keys;
  }
  return {};
}

}  // namespace

TEST_CASE("resolution: two people with one surname stay two nodes, and the name is flagged") {
  const CorpusGraph g = freeze_all({
      doc("a", {2021, 3, 1},
          {{"person/john-smith",
            "",
            {mention("a", "John Smith", "official", true), mention("a", "Smith", "official")},
            {}}}),
      doc("b", {2021, 4, 1},
          {{"person/jane-smith",
            "",
            {mention("b", "Jane Smith", "expert", true), mention("b", "Smith", "expert")},
            {}}}),
      // A third article says only "Smith" with both in the news: the extractor cannot
      // tell, keeps a node of its own and marks it.
      doc("c", {2021, 5, 1},
          {{"person/smith",
            "",
            {mention("c", "Smith", "official", true)},
            {{"resolution", "weak"}, {"resolution_note", "surname shared by 2 people"}}}}),
  });
  REQUIRE(g.node_count() == 3);
  const Node& john = g.graph()[*g.find("person/john-smith")];
  const Node& jane = g.graph()[*g.find("person/jane-smith")];
  CHECK(john.label == "John Smith");
  CHECK(jane.label == "Jane Smith");
  CHECK(john.documents == 1);
  CHECK(jane.documents == 1);

  const auto s = summarise(g);
  REQUIRE(s.weak_count == 1);
  CHECK(s.weak_names[0].key == "person/smith");
  CHECK(s.weak_names[0].note == "surname shared by 2 people");
  CHECK(keys_named(s, "Smith") ==
        std::vector<std::string>{"person/jane-smith", "person/john-smith", "person/smith"});

  // A user asking for "smith" is told it is ambiguous; the full name is not.
  const auto ambiguous = find_entity(g, "smith");
  REQUIRE_FALSE(ambiguous);
  CHECK(ambiguous.error().message.find("person/jane-smith") != std::string::npos);
  CHECK(ambiguous.error().message.find("person/john-smith") != std::string::npos);
  const auto john_found = find_entity(g, "JOHN SMITH");
  REQUIRE(john_found);
  CHECK(g.graph()[*john_found].key == "person/john-smith");
}

TEST_CASE("resolution: a country and its leader stay apart, even named alike") {
  const CorpusGraph g = freeze_all({
      doc("a", {2022, 1, 5},
          {{"country/russia",
            "Russia",
            {mention("a", "Russia", "country", true), mention("a", "Moscow", "country")},
            {}},
           {"person/vladimir-putin",
            "Vladimir Putin",
            {mention("a", "Putin", "leader", true, 2, "President")},
            {}}},
          {{"person/vladimir-putin",
            "affiliated-with",
            "country/russia",
            {evidence("a", 0, "Russian President Vladimir Putin")}}}),
      // "Moscow said" in another article is the country speaking, not the leader.
      doc("b", {2022, 2, 5}, {{"country/russia", "", {mention("b", "Moscow", "country")}, {}}}),
  });
  REQUIRE(g.node_count() == 2);
  const Node& russia = g.graph()[*g.find("country/russia")];
  const Node& putin = g.graph()[*g.find("person/vladimir-putin")];
  CHECK(shipped_ontology().type(russia.type).id == "country");
  CHECK(shipped_ontology().type(putin.type).id == "leader");
  CHECK(russia.documents == 2);
  CHECK(putin.documents == 1);
  CHECK(g.edge_count() == 1);
  CHECK(summarise(g).shared_count == 0);
}

TEST_CASE("resolution: an acronym that means two things stays two nodes") {
  // Two lexicon entities share the surface "WHO": keys come from the lexicon ids.
  const CorpusGraph g = freeze_all({
      doc("a", {2020, 3, 11},
          {{"organisation/who",
            "World Health Organization",
            {mention("a", "WHO", "organisation"),
             mention("a", "World Health Organization", "organisation", true)},
            {{"lexicon_id", "who"}}}}),
      doc("b", {2020, 6, 1},
          {{"organisation/who-ifj",
            "Women in Humanitarian Organisations",
            {mention("b", "WHO", "organisation")},
            {{"lexicon_id", "who-ifj"}}}}),
  });
  REQUIRE(g.node_count() == 2);
  CHECK(g.graph()[*g.find("organisation/who")].label == "World Health Organization");
  CHECK(g.graph()[*g.find("organisation/who-ifj")].label == "Women in Humanitarian Organisations");
  const auto s = summarise(g);
  CHECK(keys_named(s, "WHO") ==
        std::vector<std::string>{"organisation/who", "organisation/who-ifj"});
  CHECK_FALSE(find_entity(g, "who"));
  REQUIRE(find_entity(g, "world health organization"));
}

TEST_CASE(
    "resolution: one key across documents is one node; its type rises with its roles, dated") {
  const CorpusGraph g = freeze_all({
      doc("2019-visit", {2019, 5, 21},
          {{"person/x-y",
            "",
            {mention("2019-visit", "X Y", "official", true, 1, "Foreign Minister")},
            {}}}),
      doc("2020-talks", {2020, 4, 25},
          {{"person/x-y",
            "",
            {mention("2020-talks", "Y", "official", false, 2, "Foreign Minister")},
            {}}}),
      doc("2022-summit", {2022, 6, 1},
          {{"person/x-y",
            "",
            {mention("2022-summit", "X Y", "leader", true, 1, "President")},
            {}}}),
  });
  REQUIRE(g.node_count() == 1);
  const Node& n = g.graph()[0];
  CHECK(shipped_ontology().type(n.type).id == "leader");
  CHECK(n.documents == 3);
  CHECK(n.aliases == std::vector<std::string>{"Y"});
  REQUIRE(n.roles.size() == 2);
  CHECK(n.roles[0].role == "Foreign Minister");
  CHECK(shipped_ontology().type(n.roles[0].type).id == "official");
  CHECK(n.roles[0].first == Date{2019, 5, 21});
  CHECK(n.roles[0].last == Date{2020, 4, 25});
  CHECK(n.roles[1].role == "President");
  CHECK(shipped_ontology().type(n.roles[1].type).id == "leader");
  CHECK(n.roles[1].first == Date{2022, 6, 1});
  // Before the promotion, the view of that time sees an official.
  ViewFilter before;
  before.until = Date{2020, 0, 0};  // the whole of 2020
  const auto view = restrict_graph(g, before);
  REQUIRE(view);
  REQUIRE(view->node_count() == 1);
  CHECK(shipped_ontology().type(view->graph()[0].type).id == "official");
}
