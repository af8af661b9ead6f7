#include <catch2/catch.hpp>

#include "ExportTestGraphs.h"

using namespace newsgraph;
using namespace newsgraph::exporter;
using namespace newsgraph::exporter::testing;

TEST_CASE("GraphML: metric and attribute names made NMTOKENs, unique, typed") {
  graph::GraphBuilder b;
  b.add_document(document("d", Date{2020, 1, 2}));
  b.add_node(
      {"person/q", "Q", {mention("d", "Q", "leader")}, {{"note, \"n\"", "v"}, {"label", "clash"}}});
  graph::CorpusGraph g = freeze(std::move(b));
  g.set_metric("pagerank", {0.5});
  g.set_metric("page rank", {0.25});
  const std::string xml = write("graphml", g);
  CHECK(xml.find("attr.name=\"label_2\" attr.type=\"string\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"note___n_\" attr.type=\"string\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"page_rank\" attr.type=\"double\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"pagerank\" attr.type=\"double\"") != std::string::npos);
  CHECK(xml.find("<data key=\"v_metric1\">0.5</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"v_metric0\">0.25</data>") != std::string::npos);
}

TEST_CASE("GraphML: carriage returns kept as character references") {
  graph::GraphBuilder b;
  b.add_document(document("d", Date{2020, 1, 2}));
  b.add_node({"person/q", "a\r\nb", {mention("d", "Q", "leader")}, {}});
  const std::string xml = write("graphml", freeze(std::move(b)));
  CHECK(xml.find("<data key=\"v_label\">a&#13;\nb</data>") != std::string::npos);
}
