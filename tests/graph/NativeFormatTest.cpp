#include <catch2/catch.hpp>

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
}  // namespace

TEST_CASE("a corpus graph survives write -> read -> freeze byte for byte") {
  GraphBuilder b;
  DocGraph g = call("d1", "putin", "trump", Date{2020, 3, 30});
  g.document.title = "A \"quoted\" title\nwith a newline";
  g.document.url = "https://example.org/a?b=c&d=e";
  g.document.outlets = {"organisation/reuters"};
  g.document.authors = {"Jane Doe"};
  g.nodes[0].name = "Vladimir Putin";
  g.nodes[0].attributes["lexicon_id"] = "vladimir-putin";
  g.edges[0].evidence[0].trigger = "spoke";
  g.edges[0].evidence[0].confidence = 0.875f;
  b.add(std::move(g));
  Diagnostics d;
  std::ostringstream first;
  write_native(std::move(b).freeze(ontology(), d), first);

  GraphBuilder again;
  std::istringstream in(first.str());
  const auto stats = read_native(in, "first", again, d);
  REQUIRE(stats);
  CHECK(stats->bad_lines == 0);
  std::ostringstream second;
  write_native(std::move(again).freeze(ontology(), d), second);
  CHECK(second.str() == first.str());
}

TEST_CASE("bad lines are skipped with file:line and the rest is read") {
  std::istringstream in(
      "{\"format\":\"newsgraph\",\"version\":1}\n"
      "{\"node\":{\"key\":\"person/a\",\"mentions\":[{\"doc\":\"d\",\"text\":\"A\",\"type\":\"leader\"}]}}\n"
      "not json\n"
      "{\"node\":{\"mentions\":[]}}\n"
      "{\"edge\":{\"source\":\"x\",\"relation\":\"spoke-with\",\"target\":\"y\",\"evidence\":[{\"doc\":\"d\",\"date\":\"2020-13-01\"}]}}\n"
      "{\"something\":1}\n");
  GraphBuilder b;
  Diagnostics d;
  const auto stats = read_native(in, "g.ngraph", b, d);
  REQUIRE(stats);
  CHECK(stats->records == 1);
  CHECK(stats->bad_lines == 4);
  REQUIRE(d.items().size() == 4);
  CHECK(d.items()[0].where == "g.ngraph:3");
  CHECK(d.items()[1].where == "g.ngraph:4");
  CHECK(d.items()[1].message.find("missing \"key\"") != std::string::npos);
  CHECK(d.items()[2].message.find("valid ISO date") != std::string::npos);
}

TEST_CASE("an unsupported version is an error, not a guess") {
  std::istringstream in("{\"format\":\"newsgraph\",\"version\":99}\n");
  GraphBuilder b;
  Diagnostics d;
  const auto r = read_native(in, "future.ngraph", b, d);
  REQUIRE_FALSE(r);
  CHECK(r.error().where == "future.ngraph:1");
  CHECK(r.error().code == ErrorCode::kUnsupported);
}
