#include <catch2/catch.hpp>
#include <regex>
#include <sstream>

#include "ExportTestGraphs.h"
#include "newsgraph/export/HtmlReport.h"

using namespace newsgraph;
using namespace newsgraph::exporter;
using namespace newsgraph::exporter::testing;

namespace {

std::string report(const graph::CorpusGraph& g, const HtmlReportOptions& options = {}) {
  std::ostringstream out;
  write_html_report(g, options, out);
  return out.str();
}

}  // namespace

TEST_CASE("HTML report: the sections, in order, and nothing to fetch") {
  HtmlReportOptions options;
  options.diagram_svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><g class=\"node\"></g></svg>";
  const std::string html = report(summit_graph(), options);
  CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
  const auto summary = html.find("<section id=\"summary\">");
  const auto diagram = html.find("<figure id=\"diagram\"><div class=\"frame\"><svg");
  const auto actors = html.find("<table id=\"actors\" class=\"sortable\">");
  const auto timeline = html.find("<figure id=\"timeline\"><svg");
  const auto evidence = html.find("<section id=\"evidence\">");
  const auto documents = html.find("<section id=\"documents\">");
  REQUIRE(summary != std::string::npos);
  CHECK(summary < diagram);
  CHECK(diagram < actors);
  CHECK(actors < timeline);
  CHECK(timeline < evidence);
  CHECK(evidence < documents);
  CHECK(documents != std::string::npos);
  CHECK(html.find("default-src 'none'") != std::string::npos);
  // No attribute that makes a browser fetch something.
  CHECK_FALSE(std::regex_search(html, std::regex(R"(\s(src|srcset)=)")));
  CHECK(html.find("<link") == std::string::npos);
  CHECK(count(html, "<script>") == 1);
}

TEST_CASE("HTML report: actors by PageRank when the graph has it, else weighted degree") {
  graph::CorpusGraph g = summit_graph();
  std::string html = report(g);
  CHECK(html.find("highest weighted degree") != std::string::npos);
  CHECK(html.find(">PageRank</th>") == std::string::npos);
  // Vertices in key order: russia, united-states, joe-biden, vladimir-putin.
  g.set_metric("pagerank", {0.1, 0.4, 0.2, 0.3});
  html = report(g);
  CHECK(html.find(">PageRank</th>") != std::string::npos);
  const auto us = html.find("<bdi>United States</bdi></td>");
  const auto putin = html.find("<bdi>Vladimir Putin</bdi></td>");
  const auto biden = html.find("<bdi>Joe Biden</bdi></td>");
  const auto russia = html.find("<bdi>Russia</bdi></td>");
  REQUIRE(russia != std::string::npos);  // the last, so all were found
  CHECK(us < putin);
  CHECK(putin < biden);
  CHECK(biden < russia);
  CHECK(html.find("data-sort=\"0.4\">0.4000</td>") != std::string::npos);
}

TEST_CASE("HTML report: evidence links to the URL when known and always to the document list") {
  const std::string html = report(summit_graph());
  CHECK(
      html.find("<a href=\"https://example.org/a\" rel=\"noopener noreferrer\">a</a> · Reuters") ==
      std::string::npos);  // Reuters is not a node of this graph: its key is shown
  CHECK(html.find("<a href=\"https://example.org/a\" rel=\"noopener noreferrer\">a</a> · "
                  "organisation/reuters") != std::string::npos);
  CHECK(count(html, "<a href=\"#doc-") == 3);  // three sentences
  CHECK(html.find("<li id=\"doc-1\">") != std::string::npos);
  CHECK(html.find("<li id=\"doc-2\">") != std::string::npos);
  CHECK(html.find("<li id=\"doc-3\">") == std::string::npos);  // two documents cited
}

TEST_CASE("HTML report: names, sentences, titles and URLs are escaped, links go only to http(s)") {
  graph::GraphBuilder b;
  graph::DocumentInfo doc = document("d<1>", Date{2020, 1, 2}, "javascript:alert(1)");
  doc.title = "<script>alert('t')</script>";
  b.add_document(std::move(doc));
  b.add_node({"person/x", "<img src=x onerror=alert(1)>", {mention("d<1>", "X", "leader")}, {}});
  b.add_node({"country/y", "Y & \"Z\"", {mention("d<1>", "Y", "country")}, {}});
  b.add_edge({"person/x",
              "affiliated-with",
              "country/y",
              {evidence("d<1>", 0, "</blockquote><b>bold</b>")}});
  HtmlReportOptions options;
  options.title = "</title><script>x</script>";
  const std::string html = report(freeze(std::move(b)), options);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b>bold") == std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  CHECK(html.find("javascript:") == std::string::npos);
  CHECK(count(html, "<script>") == 1);  // ours only
  CHECK(html.find("<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>") !=
        std::string::npos);
}

TEST_CASE("HTML report: the same graph gives the same bytes") {
  CHECK(report(summit_graph()) == report(summit_graph()));
}
