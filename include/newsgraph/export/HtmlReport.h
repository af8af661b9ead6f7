// HtmlReport: one self-contained HTML page about a graph, for people who would rather look
// than read: the corpus in numbers, the diagram, a sortable table of the top actors, a
// timeline of statements per month by relation, and the evidence of the strongest edges
// with links back to their documents.
//
//   HtmlReportOptions o{.title = "Summits", .diagram_svg = run_graphviz(dot)...};
//   write_html_report(g, o, out)
//     -> <!DOCTYPE html><html>...<section id="summary">...<figure id="diagram"><svg ...>
//        ...<table id="actors" class="sortable">...<svg class="timeline">...
//        <section id="evidence"><article class="edge">...<a href="https://...">
//
// Nothing is fetched when the page is viewed: CSS, script and pictures are inline and a
// Content-Security-Policy forbids any other source. Every string from the graph is escaped
// (names, sentences and URLs can hold anything); links go only to http(s) URLs. The page
// carries no date or path of its own, so the same graph gives the same bytes.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

#include "newsgraph/graph/CorpusGraph.h"

namespace newsgraph::exporter {

struct HtmlReportOptions {
  std::string title = "newsgraph report";
  // An <svg> element inlined as is: Graphviz's rendering of our own DOT (which escapes
  // every label), never text from elsewhere. Empty: the page says there is no diagram.
  std::string diagram_svg;
  std::string diagram_caption;
  std::size_t actors = 30;   // rows of the top-actor table
  std::size_t edges = 15;    // strongest edges whose evidence is shown
  std::size_t evidence = 5;  // sentences per edge
};

void write_html_report(const graph::CorpusGraph& graph, const HtmlReportOptions& options,
                       std::ostream& out);

}  // namespace newsgraph::exporter
