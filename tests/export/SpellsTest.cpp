#include <catch2/catch.hpp>

#include "ExportTestGraphs.h"
#include "newsgraph/export/Spells.h"

using namespace newsgraph;
using namespace newsgraph::exporter;
using namespace newsgraph::exporter::testing;

namespace {

Spell days(int y1, int m1, int d1, int y2, int m2, int d2) {
  return {Date{y1, m1, d1}.to_days(), Date{y2, m2, d2}.to_days()};
}

}  // namespace

TEST_CASE("spell_of covers the whole period a date names") {
  CHECK(spell_of(Date{2020, 3, 30}) == days(2020, 3, 30, 2020, 3, 30));
  CHECK(spell_of(Date{2020, 2, 0}) == days(2020, 2, 1, 2020, 2, 29));  // leap year
  CHECK(spell_of(Date{2021, 0, 0}) == days(2021, 1, 1, 2021, 12, 31));
}

TEST_CASE("merge_spells: sorted, overlapping and touching spells joined, gaps kept") {
  struct Case {
    std::vector<Spell> in, out;
  };
  const std::vector<Case> cases = {
      {{}, {}},
      {{days(2020, 3, 30, 2020, 3, 30)}, {days(2020, 3, 30, 2020, 3, 30)}},
      // A day inside a month: one spell.
      {{days(2020, 3, 30, 2020, 3, 30), days(2020, 3, 1, 2020, 3, 31)},
       {days(2020, 3, 1, 2020, 3, 31)}},
      // Duplicates.
      {{days(2020, 1, 5, 2020, 1, 5), days(2020, 1, 5, 2020, 1, 5)},
       {days(2020, 1, 5, 2020, 1, 5)}},
      // Touching days: one run.
      {{days(2020, 1, 6, 2020, 1, 6), days(2020, 1, 5, 2020, 1, 5)},
       {days(2020, 1, 5, 2020, 1, 6)}},
      // A gap of one day stays a gap.
      {{days(2020, 1, 5, 2020, 1, 5), days(2020, 1, 7, 2020, 1, 7)},
       {days(2020, 1, 5, 2020, 1, 5), days(2020, 1, 7, 2020, 1, 7)}},
      // Partial overlap and containment, unsorted.
      {{days(2020, 5, 1, 2020, 5, 20), days(2019, 1, 1, 2019, 12, 31),
        days(2020, 5, 10, 2020, 6, 3), days(2020, 5, 2, 2020, 5, 3)},
       {days(2019, 1, 1, 2019, 12, 31), days(2020, 5, 1, 2020, 6, 3)}},
  };
  for (std::size_t i = 0; i < cases.size(); ++i) {
    INFO("case " << i);
    const auto merged = merge_spells(cases[i].in);
    CHECK(merged == cases[i].out);
    for (std::size_t k = 1; k < merged.size(); ++k)
      CHECK(merged[k - 1].last_day + 1 < merged[k].first_day);
  }
}

TEST_CASE("compute_spells: edges from evidence dates, nodes from documents and their edges") {
  const graph::CorpusGraph g = summit_graph();
  const GraphSpells spells = compute_spells(g);
  REQUIRE(spells.nodes.size() == g.node_count());
  REQUIRE(spells.edges.size() == g.edge_count());
  const auto v = [&](const char* key) { return *g.find(key); };
  // Edges in canonical order: russia -criticised-> united-states, biden -spoke-with- putin.
  CHECK(spells.edges[0] == std::vector<Spell>{days(2022, 3, 1, 2022, 3, 31)});
  CHECK(spells.edges[1] == std::vector<Spell>{days(2021, 6, 1, 2021, 6, 30)});
  CHECK(spells.nodes[v("person/vladimir-putin")] ==
        std::vector<Spell>{days(2021, 6, 1, 2021, 6, 30), days(2022, 3, 1, 2022, 3, 31)});
  CHECK(spells.nodes[v("person/joe-biden")] == std::vector<Spell>{days(2021, 6, 1, 2021, 6, 30)});
}

TEST_CASE("compute_spells: an undated element gets no spell") {
  graph::GraphBuilder b;
  b.add_document(document("undated", std::nullopt));
  b.add_node({"person/a", "A", {mention("undated", "A", "leader")}, {}});
  b.add_node({"person/b", "B", {mention("undated", "B", "leader")}, {}});
  b.add_edge({"person/a", "spoke-with", "person/b", {evidence("undated", 0, "A met B.")}});
  const GraphSpells spells = compute_spells(freeze(std::move(b)));
  CHECK(spells.nodes[0].empty());
  CHECK(spells.edges[0].empty());
}
