#include <catch2/catch.hpp>
#include <sstream>

#include "ExportTestGraphs.h"
#include "newsgraph/export/Explain.h"

using namespace newsgraph;
using namespace newsgraph::exporter;
using namespace newsgraph::exporter::testing;

TEST_CASE("Explain an entity: aliases, relations strongest first, evidence with its source") {
  const graph::CorpusGraph g = summit_graph();
  std::ostringstream out;
  explain_entity(g, *g.find("person/vladimir-putin"), {}, out);
  CHECK(out.str() ==
        "Vladimir Putin  [leader]  person/vladimir-putin\n"
        "aliases: Putin\n"
        "roles: (none)\n"
        "seen: 2021-06-16..2022-03 in 2 documents (2 mentions)\n"
        "\n"
        "relations: 1\n"
        "\n"
        "Joe Biden spoke with Vladimir Putin  (weight 2; 2021-06..2021-06-16; 2 documents)\n"
        "  2021-06-16  a  organisation/reuters  https://example.org/a\n"
        "    \"Putin met Biden in Geneva.\"\n"
        "  2021-06  b\n"
        "    \"Putin recalled talking to Biden.\"\n");
}

TEST_CASE("Explain a pair: every edge either way, evidence in date order") {
  const graph::CorpusGraph g = summit_graph();
  std::ostringstream out;
  CHECK(explain_pair(g, *g.find("person/joe-biden"), *g.find("person/vladimir-putin"), out) == 1);
  const std::string text = out.str();
  // 2021-06 (month precision) sorts before 2021-06-16.
  const auto month = text.find("  2021-06  [Joe Biden spoke with Vladimir Putin]  b\n");
  const auto day = text.find("  2021-06-16  [Joe Biden spoke with Vladimir Putin]  a  ");
  REQUIRE(month != std::string::npos);
  REQUIRE(day != std::string::npos);
  CHECK(month < day);
  std::ostringstream none;
  CHECK(explain_pair(g, *g.find("person/joe-biden"), *g.find("country/russia"), none) == 0);
  CHECK(none.str().find("no relation between them in this graph") != std::string::npos);
}

TEST_CASE("Explain: limits say how much more there is") {
  const graph::CorpusGraph g = summit_graph();
  std::ostringstream out;
  explain_entity(g, *g.find("person/joe-biden"), {.relations = 1, .evidence = 1}, out);
  CHECK(out.str().find("  ... and 1 more (--evidence 0 for all)\n") != std::string::npos);
}

TEST_CASE("Explain: control characters and line breaks never reach the terminal") {
  graph::GraphBuilder b;
  b.add_document(document("d\x1b[2J", Date{2020, 1, 2}));
  b.add_node(
      {"person/x", "Evil\x1b]0;title\x07\nName", {mention("d\x1b[2J", "Evil", "leader")}, {}});
  b.add_node({"country/y", "Y", {mention("d\x1b[2J", "Y", "country")}, {}});
  b.add_edge({"person/x",
              "affiliated-with",
              "country/y",
              {evidence("d\x1b[2J", 0, "Line one\r\nline two\x07")}});
  const graph::CorpusGraph g = freeze(std::move(b));
  std::ostringstream out;
  explain_entity(g, *g.find("person/x"), {}, out);
  for (char c : out.str()) CHECK((static_cast<unsigned char>(c) >= 0x20 || c == '\n'));
  CHECK(out.str().find("\"Line one  line two\"") != std::string::npos);
}
