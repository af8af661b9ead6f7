// Merge laws over generated partial graphs that have everything real ones have: people
// whose type changes between documents, organisations cited as outlets, roles, lexicon
// names and attributes, duplicate mentions with other counts, evidence repeated across
// partial graphs, dated and undated documents, one document id described twice, and
// edges that freezing cannot place (an endpoint no record describes, a relation the
// types do not allow, a relation the ontology lacks, a node joined to itself).
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <sstream>

#include "AnalysisTestGraphs.h"
#include "newsgraph/graph/NativeFormat.h"

using namespace newsgraph;
using namespace newsgraph::graph;
using namespace newsgraph::graph::testing;

namespace {

class Generator {
 public:
  explicit Generator(std::uint32_t seed) : rng_(seed) {}

  DocGraph document() {
    DocGraph d;
    d.document.id = "doc" + std::to_string(pick(30));
    if (pick(4))
      d.document.date = Date{2019 + static_cast<int>(pick(4)), 1 + static_cast<int>(pick(12)),
                             1 + static_cast<int>(pick(28))};
    d.document.title = pick(5) ? "Talks" : "Talks resume";  // some ids described twice, differently
    if (pick(2)) d.document.outlets.push_back("organisation/o" + std::to_string(pick(2)));
    d.document.bytes = 100 + pick(3);
    const std::size_t nodes = 1 + pick(4);
    for (std::size_t i = 0; i < nodes; ++i) d.nodes.push_back(node(d.document.id));
    const std::size_t edges = pick(4);
    for (std::size_t i = 0; i < edges; ++i) d.edges.push_back(edge(d.document.id, d.document.date));
    return d;
  }

 private:
  std::size_t pick(std::size_t n) { return static_cast<std::size_t>(rng_() % n); }

  std::string entity() {
    switch (pick(4)) {
      case 0:
        return "country/c" + std::to_string(pick(3));
      case 1:
        return "organisation/o" + std::to_string(pick(2));
      case 2:
        return "treaty/t" + std::to_string(pick(2));
      default:
        return "person/p" + std::to_string(pick(6));
    }
  }

  NodeRecord node(const std::string& doc) {
    NodeRecord n;
    n.key = entity();
    const std::string group = n.key.substr(0, n.key.find('/'));
    const std::string id = n.key.substr(n.key.find('/') + 1);
    if (pick(5) == 0) n.name = "Name " + id + (pick(2) ? "" : " (alt)");
    if (pick(6) == 0) n.attributes["lexicon_id"] = id + std::to_string(pick(2));
    if (pick(8) == 0) {
      n.attributes["resolution"] = "weak";
      n.attributes["resolution_note"] = "surname only";
    }
    const std::size_t mentions = 1 + pick(3);
    for (std::size_t i = 0; i < mentions; ++i) {
      std::string type = group;
      if (group == "person")
        type = std::vector<std::string>{"leader", "official", "expert"}[pick(3)];
      if (group == "organisation" && pick(3) == 0) type = "outlet";
      if (pick(20) == 0) type = "villain";  // a type the ontology lacks
      const std::string text = std::string(pick(2) ? "Full " : "") + id;
      const std::string role =
          group == "person" && pick(2) ? (pick(2) ? "President" : "Foreign Minister") : "";
      n.mentions.push_back(
          mention(doc, text, type, pick(2) == 0, 1 + static_cast<std::uint32_t>(pick(3)), role));
    }
    return n;
  }

  EdgeRecord edge(const std::string& doc, std::optional<Date> date) {
    static const std::vector<std::string> relations = {"spoke-with", "criticised",      "proposed",
                                                       "party-to",   "affiliated-with", "married"};
    EdgeRecord e;
    e.source = pick(12) ? entity() : "person/ghost";
    e.target = pick(10) ? entity() : e.source;
    e.relation = relations[pick(relations.size())];
    const std::size_t pieces = 1 + pick(2);
    for (std::size_t i = 0; i < pieces; ++i) {
      Evidence ev = evidence(doc, static_cast<std::uint32_t>(pick(3) * 50),
                             e.source + " and " + e.target, pick(3) ? date : std::nullopt);
      ev.trigger = pick(2) ? "met" : "talked";
      ev.confidence = pick(2) ? 1.0f : 0.5f;
      e.evidence.push_back(std::move(ev));
    }
    return e;
  }

  std::mt19937 rng_;
};

std::string native_of(GraphBuilder b) {
  Diagnostics d;
  std::ostringstream out;
  write_native(std::move(b).freeze(shipped_ontology(), d), out);
  return out.str();
}

// A partial graph as `newsgraph extract` or `merge` would have saved it.
std::string saved(const std::vector<DocGraph>& docs) {
  GraphBuilder b;
  for (DocGraph d : docs) b.add(std::move(d));
  return native_of(std::move(b));
}

GraphBuilder read(const std::vector<std::string>& files) {
  GraphBuilder b;
  Diagnostics d;
  for (const auto& f : files) {
    std::istringstream in(f);
    REQUIRE(read_native(in, "part", b, d));
  }
  CHECK(d.empty());
  return b;
}

std::vector<DocGraph> generate(std::uint32_t seed, std::size_t count) {
  Generator g(seed);
  std::vector<DocGraph> docs;
  for (std::size_t i = 0; i < count; ++i) docs.push_back(g.document());
  return docs;
}

}  // namespace

TEST_CASE("merge laws hold for generated partial graphs, in memory and through saved files") {
  for (std::uint32_t seed : {1u, 2u, 3u, 4u}) {
    INFO("seed " << seed);
    const std::vector<DocGraph> docs = generate(seed, 60);
    const std::string reference = saved(docs);
    // The generator does produce every kind of record freezing must keep apart or leave out.
    {
      GraphBuilder b;
      for (DocGraph d : docs) b.add(std::move(d));
      Diagnostics diag;
      const CorpusGraph g = std::move(b).freeze(shipped_ontology(), diag);
      CHECK(g.freeze_stats().edges_without_node > 0);
      CHECK(g.freeze_stats().unknown_relations > 0);
      CHECK(g.freeze_stats().self_loops > 0);
      CHECK(g.freeze_stats().document_conflicts > 0);
      CHECK_FALSE(g.unplaced_edges().empty());
    }
    std::mt19937 rng(seed);
    for (int trial = 0; trial < 12; ++trial) {
      std::vector<DocGraph> order = docs;
      std::shuffle(order.begin(), order.end(), rng);
      const std::size_t groups = 1 + static_cast<std::size_t>(trial % 5);

      // Commutative and associative in memory: any order, any grouping.
      std::vector<GraphBuilder> parts(groups);
      for (std::size_t k = 0; k < order.size(); ++k) parts[k % groups].add(DocGraph(order[k]));
      GraphBuilder all;
      for (auto it = parts.rbegin(); it != parts.rend(); ++it) all.merge(std::move(*it));
      CHECK(native_of(std::move(all)) == reference);

      // The same through saved partial graphs, merged in any order, some merged twice over:
      // what freezing a part could not place must come back when another part completes it.
      std::vector<std::vector<DocGraph>> split(groups);
      for (std::size_t k = 0; k < order.size(); ++k) split[(k * 7) % groups].push_back(order[k]);
      std::vector<std::string> files;
      for (const auto& s : split) files.push_back(saved(s));
      std::shuffle(files.begin(), files.end(), rng);
      CHECK(native_of(read(files)) == reference);
      if (files.size() >= 3) {
        const std::string inner = native_of(read({files[0], files[1]}));
        CHECK(native_of(read({files[2], inner})) ==
              native_of(read({files[2], files[0], files[1]})));
      }
    }
    // Idempotent: everything twice, or the merged result merged with a part of itself.
    std::vector<DocGraph> twice = docs;
    twice.insert(twice.end(), docs.begin(), docs.end());
    CHECK(saved(twice) == reference);
    CHECK(native_of(read({reference, reference})) == reference);
    CHECK(native_of(read({reference, saved({docs.begin(), docs.begin() + 20})})) == reference);
  }
}

TEST_CASE("the streamed merge writes the bytes of the frozen graph") {
  for (std::uint32_t seed : {5u, 6u}) {
    const std::vector<DocGraph> docs = generate(seed, 80);
    GraphBuilder b;
    for (DocGraph d : docs) b.add(std::move(d));
    GraphBuilder copy = b;
    Diagnostics d1, d2;
    std::ostringstream streamed;
    const NativeSummary summary = write_native(std::move(b), shipped_ontology(), streamed, d1);
    const CorpusGraph g = std::move(copy).freeze(shipped_ontology(), d2);
    std::ostringstream frozen;
    write_native(g, frozen);
    CHECK(streamed.str() == frozen.str());
    CHECK(summary.nodes == g.node_count());
    CHECK(summary.edges == g.edge_count());
    CHECK(summary.documents == g.documents().size());
    CHECK(summary.stats.edges_without_node == g.freeze_stats().edges_without_node);
    CHECK(d1.items().size() == d2.items().size());
  }
  // Nothing in: still a valid file.
  std::ostringstream empty;
  Diagnostics d;
  write_native(GraphBuilder(), shipped_ontology(), empty, d);
  CHECK(empty.str() == "{\"format\":\"newsgraph\",\"version\":1}\n");
}

TEST_CASE("freeze keeps what it cannot place, grouped, and counts each group once") {
  GraphBuilder b;
  b.add_node({"person/a", "", {mention("d", "A", "leader")}, {}});
  b.add_node({"treaty/t", "", {mention("d", "T", "treaty")}, {}});
  // The same dangling symmetric edge both ways, twice: one group, one count.
  b.add_edge({"person/a", "spoke-with", "person/ghost", {evidence("d", 0, "x")}});
  b.add_edge({"person/ghost", "spoke-with", "person/a", {evidence("d", 10, "y")}});
  b.add_edge({"person/ghost", "spoke-with", "person/a", {evidence("d", 10, "y")}});
  b.add_edge({"treaty/t", "spoke-with", "person/a", {evidence("d", 20, "z")}});  // not allowed
  Diagnostics diag;
  const CorpusGraph g = std::move(b).freeze(shipped_ontology(), diag);
  CHECK(g.edge_count() == 0);
  CHECK(g.freeze_stats().edges_without_node == 1);
  CHECK(g.freeze_stats().edges_not_allowed == 1);
  REQUIRE(g.unplaced_edges().size() == 2);
  CHECK(g.unplaced_edges()[0].source == "person/a");
  CHECK(g.unplaced_edges()[0].target == "person/ghost");
  CHECK(g.unplaced_edges()[0].evidence.size() == 2);
  CHECK(g.unplaced_edges()[1].source == "person/a");  // symmetric: smaller key first
  CHECK(g.unplaced_edges()[1].target == "treaty/t");

  // The missing node arrives in another partial graph: the saved edge is placed.
  std::ostringstream saved;
  write_native(g, saved);
  GraphBuilder later;
  later.add_node({"person/ghost", "", {mention("e", "Ghost", "official")}, {}});
  Diagnostics d;
  std::istringstream in(saved.str());
  REQUIRE(read_native(in, "saved", later, d));
  const CorpusGraph merged = std::move(later).freeze(shipped_ontology(), d);
  REQUIRE(merged.edge_count() == 1);
  CHECK(merged.graph()[*boost::edges(merged.graph()).first].weight == 2);
}

TEST_CASE("evidence is ordered by document then offset, one record per identity") {
  GraphBuilder b;
  b.add_node({"person/a", "", {mention("d", "A", "leader")}, {}});
  b.add_node({"person/b", "", {mention("d", "B", "leader")}, {}});
  Evidence later = evidence("d", 500, "Alpha met Beta.");
  Evidence earlier = evidence("d", 0, "Zulu met Yankee.");
  Evidence same_offsets = evidence("d", 0, "Different text at the same place.");
  same_offsets.end = earlier.end;
  b.add_edge({"person/a", "spoke-with", "person/b", {later, earlier, same_offsets}});
  Diagnostics diag;
  const CorpusGraph g = std::move(b).freeze(shipped_ontology(), diag);
  const Edge& e = g.graph()[*boost::edges(g.graph()).first];
  REQUIRE(e.evidence.size() == 2);
  CHECK(e.weight == 2);
  CHECK(e.evidence[0].begin == 0);
  CHECK(e.evidence[0].sentence == "Different text at the same place.");  // the smaller record
  CHECK(e.evidence[1].begin == 500);
}
