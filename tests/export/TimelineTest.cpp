#include <catch2/catch.hpp>
#include <sstream>

#include "ExportTestGraphs.h"
#include "newsgraph/export/Timeline.h"

using namespace newsgraph;
using namespace newsgraph::exporter;
using namespace newsgraph::exporter::testing;

TEST_CASE("Timeline: evidence per month by relation, every month between, undated apart") {
  // Putin-Biden: one sentence dated by its document (2021-06-16), one by itself (2021-06);
  // Russia-US: dated by its document (2022-03).
  const Timeline t = monthly_timeline(summit_graph());
  REQUIRE(t.months.size() == 10);
  CHECK(t.months.front() == YearMonth{2021, 6});
  CHECK(t.months.back() == YearMonth{2022, 3});
  CHECK(t.months[7] == YearMonth{2022, 1});  // across the new year, none missing
  REQUIRE(t.relations.size() == 2);
  CHECK(ontology().relation(t.relations[0]).id == "spoke-with");
  CHECK(ontology().relation(t.relations[1]).id == "criticised");
  CHECK(t.counts[0] == std::vector<std::size_t>{2, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  CHECK(t.counts[1] == std::vector<std::size_t>{0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
  CHECK(t.undated == 0);
}

TEST_CASE("Timeline: a year-only or missing date cannot be placed in a month") {
  graph::GraphBuilder b;
  b.add_document(document("y", Date{2020, 0, 0}));
  b.add_document(document("n", std::nullopt));
  b.add_node({"country/a", "A", {mention("y", "A", "country")}, {}});
  b.add_node({"country/b", "B", {mention("y", "B", "country")}, {}});
  b.add_edge({"country/a",
              "criticised",
              "country/b",
              {evidence("y", 0, "A criticised B."), evidence("n", 0, "A criticised B again.")}});
  const graph::CorpusGraph g = freeze(std::move(b));
  const Timeline t = monthly_timeline(g);
  CHECK(t.months.empty());
  CHECK(t.undated == 2);
  std::ostringstream svg;
  write_timeline_svg(g, t, svg);
  CHECK(svg.str().find("no dated evidence") != std::string::npos);
}

TEST_CASE("Timeline SVG: stacked bars coloured by relation, titled, with a legend") {
  const graph::CorpusGraph g = summit_graph();
  std::ostringstream out;
  write_timeline_svg(g, monthly_timeline(g), out);
  const std::string svg = out.str();
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\"", 0) == 0);
  CHECK(count(svg, "<g class=\"bar\">") == 2);  // two months with statements
  CHECK(svg.find("<title>2021-06: spoke with 2</title>") != std::string::npos);
  CHECK(svg.find("<title>2022-03: criticised 1</title>") != std::string::npos);
  CHECK(svg.find("fill=\"" + ontology().relation(*ontology().find_relation("criticised")).colour) !=
        std::string::npos);
  CHECK(svg.find(">spoke with</text>") != std::string::npos);  // legend
  CHECK(svg.substr(svg.size() - 7) == "</svg>\n");
}
