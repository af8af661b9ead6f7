#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <sstream>

#include "TestGraphs.h"
#include "newsgraph/graph/GraphBuilder.h"
#include "newsgraph/graph/NativeFormat.h"

using namespace newsgraph;
using namespace newsgraph::graph;
using namespace newsgraph::graph::testing;

namespace {

const Ontology& ontology() {
  static const Ontology onto = *Ontology::load(NEWSGRAPH_TEST_SCHEMAS);
  return onto;
}

std::string native(GraphBuilder b) {
  Diagnostics d;
  std::ostringstream out;
  write_native(std::move(b).freeze(ontology(), d), out);
  return out.str();
}

}  // namespace

TEST_CASE("freeze derives label, type, aliases and roles from the mentions") {
  GraphBuilder b;
  DocGraph d1;
  d1.document = {"d1", "", "", "", Date{2019, 5, 21}, {}, {}, 0};
  d1.nodes.push_back({"person/sergei-lavrov", "", {
      mention("d1", "Sergei Lavrov", "official", true, 1, "Foreign Minister"),
      mention("d1", "Lavrov", "official", false, 3)}, {}});
  DocGraph d2;
  d2.document = {"d2", "", "", "", Date{2020, 4, 25}, {}, {}, 0};
  d2.nodes.push_back({"person/sergei-lavrov", "", {mention("d2", "Sergey Lavrov", "official", true)}, {}});
  b.add(std::move(d1));
  b.add(std::move(d2));
  Diagnostics diag;
  const CorpusGraph g = std::move(b).freeze(ontology(), diag);
  REQUIRE(g.node_count() == 1);
  const Node& n = g.graph()[0];
  // Tie on documents (1 each) -> the longer, then the smaller string.
  CHECK(n.label == "Sergei Lavrov");
  CHECK(n.aliases == std::vector<std::string>{"Lavrov", "Sergey Lavrov"});
  CHECK(ontology().type(n.type).id == "official");
  CHECK(n.documents == 2);
  CHECK(n.mention_count == 5);
  REQUIRE(n.roles.size() == 1);
  CHECK(n.roles[0].role == "Foreign Minister");
  CHECK(n.first_seen == Date{2019, 5, 21});
  CHECK(n.last_seen == Date{2020, 4, 25});
}

TEST_CASE("a person seen as official and as leader is a leader; outlet vs organisation goes by votes") {
  GraphBuilder b;
  b.add_node({"person/x", "", {mention("a", "X", "official"), mention("b", "X", "official"),
                              mention("c", "X", "leader")}, {}});
  b.add_node({"organisation/y", "", {mention("a", "Y", "organisation"), mention("b", "Y", "organisation"),
                                    mention("c", "Y", "outlet")}, {}});
  Diagnostics diag;
  const CorpusGraph g = std::move(b).freeze(ontology(), diag);
  CHECK(ontology().type(g.graph()[*g.find("person/x")].type).id == "leader");
  CHECK(ontology().type(g.graph()[*g.find("organisation/y")].type).id == "organisation");
}

TEST_CASE("edges aggregate evidence; symmetric relations merge both directions") {
  GraphBuilder b;
  b.add(call("d1", "putin", "trump", Date{2020, 3, 30}));
  b.add(call("d2", "trump", "putin", Date{2020, 4, 10}));
  b.add(call("d2", "trump", "putin", Date{2020, 4, 10}));  // the same evidence again
  Diagnostics diag;
  const CorpusGraph g = std::move(b).freeze(ontology(), diag);
  REQUIRE(g.edge_count() == 1);
  const auto e = *boost::edges(g.graph()).first;
  const Edge& ed = g.graph()[e];
  CHECK(g.graph()[boost::source(e, g.graph())].key == "person/putin");  // smaller key first
  CHECK(ed.weight == 2);
  CHECK(ed.documents == 2);
  CHECK(ed.first == Date{2020, 3, 30});
  CHECK(ed.last == Date{2020, 4, 10});
}

// The frozen records hold interned ids; they must resolve to the texts and documents given,
// in the graph and in a copy of it (which shares its storage).
TEST_CASE("frozen mentions and evidence resolve to their texts and documents") {
  GraphBuilder b;
  b.add(call("d2", "trump", "putin", Date{2020, 4, 10}));
  b.add(call("d1", "putin", "trump", Date{2020, 3, 30}));
  DocGraph orphan = call("d3", "putin", "merkel");  // mentions of a document never described
  orphan.document.id = "zz";
  b.add(std::move(orphan));
  Diagnostics diag;
  const CorpusGraph frozen = std::move(b).freeze(ontology(), diag);
  const CorpusGraph copy = frozen;
  for (const CorpusGraph* g : {&frozen, &copy}) {
    const Node& putin = g->graph()[*g->find("person/putin")];
    std::vector<std::string> docs;
    for (const MentionRef& m : putin.mentions) {
      docs.emplace_back(g->text(m.doc));
      CHECK(g->text(m.text) == "putin");
      CHECK(g->text(m.type) == "leader");
      CHECK(g->find_document(m.doc) == g->find_document(g->text(m.doc)));
    }
    CHECK(docs == std::vector<std::string>{"d1", "d2", "d3"});
    CHECK(g->find_document(putin.mentions[2].doc) == nullptr);  // "d3" has no description
    std::vector<std::string> described;  // evidence documents that have a description
    for (const auto e : boost::make_iterator_range(boost::edges(g->graph()))) {
      for (const EvidenceRef& ev : g->graph()[e].evidence) {
        CHECK(g->find_document(ev.doc) == g->find_document(g->text(ev.doc)));
        if (const DocumentInfo* d = g->find_document(ev.doc)) described.push_back(d->id);
        CHECK(to_record(*g, ev).doc == g->text(ev.doc));
      }
    }
    std::sort(described.begin(), described.end());
    CHECK(described == std::vector<std::string>{"d1", "d2"});
  }
}

TEST_CASE("edges that cannot stand are counted, never silently dropped") {
  GraphBuilder b;
  b.add_node({"treaty/new-start", "", {mention("d", "New START", "treaty")}, {}});
  b.add_node({"person/a", "", {mention("d", "A", "leader")}, {}});
  b.add_edge({"treaty/new-start", "spoke-with", "person/a", {evidence("d", 0, "x")}});  // not allowed
  b.add_edge({"person/a", "spoke-with", "person/ghost", {evidence("d", 0, "x")}});       // no node
  b.add_edge({"person/a", "spoke-with", "person/a", {evidence("d", 0, "x")}});          // self loop
  b.add_edge({"person/a", "married", "treaty/new-start", {evidence("d", 0, "x")}});     // unknown
  Diagnostics diag;
  const CorpusGraph g = std::move(b).freeze(ontology(), diag);
  CHECK(g.edge_count() == 0);
  CHECK(g.freeze_stats().edges_not_allowed == 1);
  CHECK(g.freeze_stats().edges_without_node == 1);
  CHECK(g.freeze_stats().self_loops == 1);
  CHECK(g.freeze_stats().unknown_relations == 1);
  CHECK(diag.count(Severity::kWarning) >= 3);
}

// Merge laws over generated partial graphs: the frozen result depends only on the set of
// records, so any order, grouping or repetition gives byte-identical native output.
TEST_CASE("merge is commutative, associative and idempotent (generated graphs)") {
  std::mt19937 rng(42);
  const char* people[] = {"a", "b", "c", "d", "e", "f"};
  std::vector<DocGraph> docs;
  for (int i = 0; i < 40; ++i) {
    std::uniform_int_distribution<int> pick(0, 5);
    int x = pick(rng), y = pick(rng);
    if (x == y) y = (y + 1) % 6;
    docs.push_back(call("doc" + std::to_string(i % 17), people[x], people[y],
                        Date{2020, 1 + i % 12, 1 + i % 28}));
  }
  const auto build = [&](const std::vector<std::size_t>& order, std::size_t groups) {
    std::vector<GraphBuilder> parts(groups);
    for (std::size_t k = 0; k < order.size(); ++k) {
      DocGraph copy = docs[order[k]];
      parts[k % groups].add(std::move(copy));
    }
    GraphBuilder all;
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) all.merge(std::move(*it));
    return native(std::move(all));
  };
  std::vector<std::size_t> order(docs.size());
  std::iota(order.begin(), order.end(), 0);
  const std::string reference = build(order, 1);
  for (int trial = 0; trial < 20; ++trial) {
    std::shuffle(order.begin(), order.end(), rng);
    CHECK(build(order, 1 + trial % 5) == reference);
  }
  std::vector<std::size_t> twice = order;
  twice.insert(twice.end(), order.begin(), order.end());
  CHECK(build(twice, 3) == reference);  // idempotent: every record added twice
}
