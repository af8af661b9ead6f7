#include <catch2/catch.hpp>

#include "ExportTestGraphs.h"

using namespace newsgraph;
using namespace newsgraph::exporter;
using namespace newsgraph::exporter::testing;

namespace {

// The text of the element that starts with `open` up to its closing tag.
std::string element(const std::string& xml, const std::string& open, const std::string& close) {
  const auto at = xml.find(open);
  REQUIRE(at != std::string::npos);
  const auto end = xml.find(close, at);
  REQUIRE(end != std::string::npos);
  return xml.substr(at, end - at);
}

}  // namespace

TEST_CASE("GEXF 1.3: namespaces, dynamic interval mode, kind per relation") {
  const std::string xml = write("gexf", summit_graph());
  CHECK(xml.find("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
                 "version=\"1.3\">") != std::string::npos);
  CHECK(xml.find("schemaLocation") == std::string::npos);  // the RNG rejects it
  CHECK(xml.find("<graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\" "
                 "timerepresentation=\"interval\">") != std::string::npos);
  CHECK(xml.find("kind=\"spoke-with\"") != std::string::npos);
  CHECK(xml.find("kind=\"criticised\"") != std::string::npos);
  // No per-edge type: NetworkX rejects mixed graphs; symmetry is a column instead.
  CHECK(xml.find(" type=\"undirected\"") == std::string::npos);
  CHECK(xml.find("<attvalue for=\"symmetric\" value=\"true\"/>") != std::string::npos);
}

TEST_CASE("GEXF 1.2draft: the namespace and version NetworkX reads, no kind") {
  ExportOptions options;
  options.gexf_version = "1.2draft";
  const std::string xml = write("gexf", summit_graph(), options);
  CHECK(xml.find("<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
                 "xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
                 "version=\"1.2\">") != std::string::npos);
  CHECK(xml.find("timerepresentation") == std::string::npos);  // not in the 1.2draft schema
  CHECK(xml.find("kind=") == std::string::npos);
  CHECK(xml.find("<viz:color") != std::string::npos);
}

TEST_CASE("GEXF: an unknown version is a usage error naming the flag") {
  ExportOptions options;
  options.gexf_version = "1.1";
  const auto w = make_writer("gexf", options, NEWSGRAPH_TEST_SCHEMAS);
  REQUIRE_FALSE(w);
  CHECK(w.error().where == "--gexf-version");
}

TEST_CASE(
    "GEXF: viz colour from the ontology, edge colour, shape and thickness from relation and "
    "weight") {
  const std::string xml = write("gexf", summit_graph());
  const auto& onto = ontology();
  const std::string putin = element(xml, "label=\"Vladimir Putin\"", "</node>");
  CHECK(onto.type(*onto.find_type("leader")).colour == "#D62728");
  CHECK(putin.find("<viz:color r=\"214\" g=\"39\" b=\"40\"/>") != std::string::npos);
  CHECK(putin.find("<viz:shape value=\"disc\"/>") != std::string::npos);
  const std::string russia = element(xml, "label=\"Russia\"", "</node>");
  CHECK(russia.find("<viz:color r=\"31\" g=\"119\" b=\"180\"/>") != std::string::npos);
  CHECK(russia.find("<viz:shape value=\"square\"/>") != std::string::npos);  // box

  // Edges in canonical order: e0 russia -criticised-> united-states, e1 biden -spoke-with- putin.
  const std::string spoke = element(xml, "<edge id=\"e1\"", "</edge>");
  CHECK(spoke.find("weight=\"2\" kind=\"spoke-with\"") != std::string::npos);
  CHECK(spoke.find("<viz:thickness value=\"2.58\"/>") != std::string::npos);  // 1 + log2(3)
  CHECK(spoke.find("<viz:shape value=\"solid\"/>") != std::string::npos);
  const std::string criticised = element(xml, "<edge id=\"e0\"", "</edge>");
  CHECK(criticised.find("label=\"criticised\" weight=\"1\" kind=\"criticised\"") !=
        std::string::npos);
  CHECK(criticised.find("<viz:thickness value=\"2\"/>") != std::string::npos);  // 1 + log2(2)
  CHECK(criticised.find("<viz:shape value=\"dashed\"/>") != std::string::npos);
  CHECK(criticised.find("<viz:color r=\"214\" g=\"39\" b=\"40\"/>") != std::string::npos);
}

TEST_CASE("GEXF: node size by PageRank when the graph has it, else by documents") {
  graph::CorpusGraph g = summit_graph();
  // Without PageRank: Putin is in two documents, the others in one.
  std::string xml = write("gexf", g);
  CHECK(xml.find("node size by documents") != std::string::npos);
  CHECK(element(xml, "label=\"Vladimir Putin\"", "</node>").find("<viz:size value=\"40\"/>") !=
        std::string::npos);
  CHECK(element(xml, "label=\"Joe Biden\"", "</node>").find("<viz:size value=\"29.46\"/>") !=
        std::string::npos);

  // Vertices in key order: russia, united-states, joe-biden, vladimir-putin.
  g.set_metric("pagerank", {0.1, 0.4, 0.1, 0.4 / 4});
  xml = write("gexf", g);
  CHECK(xml.find("node size by pagerank") != std::string::npos);
  CHECK(element(xml, "label=\"United States\"", "</node>").find("<viz:size value=\"40\"/>") !=
        std::string::npos);
  CHECK(element(xml, "label=\"Russia\"", "</node>").find("<viz:size value=\"22\"/>") !=
        std::string::npos);
  CHECK(element(xml, "label=\"Vladimir Putin\"", "</node>").find("<viz:size value=\"22\"/>") !=
        std::string::npos);
  // The metric is an attribute column too.
  CHECK(xml.find("title=\"pagerank\" type=\"double\"") != std::string::npos);
}

TEST_CASE("GEXF dynamic: spells from dates, a month and a day inside it merged into one") {
  const std::string xml = write("gexf", summit_graph());
  // Putin-Biden evidence: 2021-06-16 (publication of a) and 2021-06 (the sentence's month).
  const std::string spoke = element(xml, "kind=\"spoke-with\"", "</edge>");
  CHECK(count(spoke, "<spell ") == 1);
  CHECK(spoke.find("<spell start=\"2021-06-01\" end=\"2021-06-30\"/>") != std::string::npos);
  // Putin: that month, and document b's month (2022-03).
  const std::string putin = element(xml, "label=\"Vladimir Putin\"", "</node>");
  CHECK(count(putin, "<spell ") == 2);
  CHECK(putin.find("<spell start=\"2021-06-01\" end=\"2021-06-30\"/>") <
        putin.find("<spell start=\"2022-03-01\" end=\"2022-03-31\"/>"));
  // Biden is mentioned only in a (2021-06-16), but shows as long as his edge does.
  const std::string biden = element(xml, "label=\"Joe Biden\"", "</node>");
  CHECK(count(biden, "<spell ") == 1);
  CHECK(biden.find("<spell start=\"2021-06-01\" end=\"2021-06-30\"/>") != std::string::npos);
}

TEST_CASE("GEXF static: no spells, static mode") {
  ExportOptions options;
  options.gexf_dynamic = false;
  const std::string xml = write("gexf", summit_graph(), options);
  CHECK(xml.find("mode=\"static\"") != std::string::npos);
  CHECK(xml.find("<spell") == std::string::npos);
  CHECK(xml.find("timeformat") == std::string::npos);
}

TEST_CASE("GEXF: names in attributes keep newlines, tabs and markup as character references") {
  graph::GraphBuilder b;
  b.add_document(document("d", Date{2020, 1, 2}));
  b.add_node({"person/x", "A \"B\" <&>\tC\nD\r\x01", {mention("d", "x", "leader")}, {}});
  const std::string xml = write("gexf", freeze(std::move(b)));
  CHECK(xml.find("label=\"A &quot;B&quot; &lt;&amp;&gt;&#9;C&#10;D&#13;\"") != std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
}

TEST_CASE("GEXF: attribute titles unique and apart from the node's own label and id") {
  graph::GraphBuilder b;
  b.add_document(document("d", Date{2020, 1, 2}));
  b.add_node({"person/q", "Q", {mention("d", "Q", "leader")}, {{"Label", "x"}, {"key", "y"}}});
  graph::CorpusGraph g = freeze(std::move(b));
  g.set_metric("id", {1.0});
  const std::string xml = write("gexf", g);
  CHECK(xml.find("title=\"Label_2\" type=\"string\"") != std::string::npos);
  CHECK(xml.find("title=\"key_2\" type=\"string\"") != std::string::npos);
  CHECK(xml.find("title=\"id_2\" type=\"double\"") != std::string::npos);
}
