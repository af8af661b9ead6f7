#include <catch2/catch.hpp>

#include "ExportTestGraphs.h"

using namespace newsgraph;
using namespace newsgraph::exporter;
using namespace newsgraph::exporter::testing;

TEST_CASE("DOT: neato with splines below 50 nodes, sfdp with straight edges from 50") {
  const std::string small = write("dot", summit_graph());
  CHECK(small.find("layout=neato, overlap=prism, splines=true") != std::string::npos);
  const std::string big = write("dot", large_graph(60));
  CHECK(big.find("layout=sfdp, overlap=prism, splines=line") != std::string::npos);
  CHECK(big.find("label=\"newsgraph: 60 of 60 entities\"") != std::string::npos);
}

TEST_CASE(
    "DOT: fill colour and shape by type, colour, style and pen width by relation and weight") {
  const std::string dot = write("dot", summit_graph());
  // Vertices in key order: n0 russia, n1 united-states, n2 joe-biden, n3 vladimir-putin.
  CHECK(dot.find("n3 [label=\"Vladimir Putin\", shape=ellipse, fillcolor=\"#D6272860\"") !=
        std::string::npos);
  CHECK(dot.find("n0 [label=\"Russia\", shape=box, fillcolor=\"#1F77B460\"") != std::string::npos);
  CHECK(dot.find("n2 -> n3 [color=\"#1F77B4B0\", style=solid, penwidth=2.4, dir=none") !=
        std::string::npos);
  CHECK(dot.find("n0 -> n1 [color=\"#D62728B0\", style=dashed, penwidth=1.8,") !=
        std::string::npos);
  // The legend lists the types and relations drawn, and only those.
  CHECK(dot.find("<td align=\"left\">Leader</td>") != std::string::npos);
  CHECK(dot.find("<td align=\"left\">Country</td>") != std::string::npos);
  CHECK(dot.find("<td align=\"left\">Treaty</td>") == std::string::npos);
  CHECK(dot.find("criticised (dashed)") != std::string::npos);
}

TEST_CASE("DOT --top N: the N highest by the metric, weighted degree without it") {
  graph::CorpusGraph g = summit_graph();
  ExportOptions options;
  options.top = 2;
  // Weighted degree: Biden 2, Putin 2, Russia 1, United States 1.
  std::string dot = write("dot", g, options);
  CHECK(dot.find("top 2 by weighted degree") != std::string::npos);
  CHECK(dot.find("n2 [") != std::string::npos);
  CHECK(dot.find("n3 [") != std::string::npos);
  CHECK(dot.find("n0 [") == std::string::npos);
  CHECK(dot.find("n2 -> n3") != std::string::npos);
  CHECK(dot.find("n0 -> n1") == std::string::npos);  // an end was left out
  // By PageRank: Russia and the United States.
  g.set_metric("pagerank", {0.4, 0.3, 0.2, 0.1});
  dot = write("dot", g, options);
  CHECK(dot.find("top 2 by pagerank") != std::string::npos);
  CHECK(dot.find("n0 [") != std::string::npos);
  CHECK(dot.find("n1 [") != std::string::npos);
  CHECK(dot.find("n3 [") == std::string::npos);
  CHECK(dot.find("n0 -> n1") != std::string::npos);
  // By another metric named with --rank-by.
  g.set_metric("betweenness", {0, 0, 1, 2});
  options.rank_by = "betweenness";
  dot = write("dot", g, options);
  CHECK(dot.find("top 2 by betweenness") != std::string::npos);
  CHECK(dot.find("n3 [") != std::string::npos);
  CHECK(dot.find("n0 [") == std::string::npos);
}

TEST_CASE("DOT: labels survive any name (quotes, backslash escapes, entities, newlines)") {
  graph::GraphBuilder b;
  b.add_document(document("d", Date{2020, 1, 2}));
  b.add_node(
      {"person/q", "A \"B\" \\N \\l &amp; <x>\r\nC\tD\x01", {mention("d", "x", "leader")}, {}});
  const std::string dot = write("dot", freeze(std::move(b)));
  CHECK(dot.find("label=\"A \\\"B\\\" \\\\N \\\\l &amp;amp; <x>\\nC D\"") != std::string::npos);
}

TEST_CASE("DOT: long names wrapped at spaces, their own line breaks kept") {
  graph::GraphBuilder b;
  b.add_document(document("d", Date{2020, 1, 2}));
  b.add_node({"person/a",
              "Minister of Foreign Affairs of the Russian Federation",
              {mention("d", "x", "leader")},
              {}});
  b.add_node({"person/b",
              "Supercalifragilisticexpialidocious-Extraordinaire short\nnext",
              {mention("d", "y", "leader")},
              {}});
  b.add_node({"person/c", "Short name", {mention("d", "z", "leader")}, {}});
  const std::string dot = write("dot", freeze(std::move(b)));
  CHECK(dot.find("label=\"Minister of Foreign\\nAffairs of the Russian\\nFederation\"") !=
        std::string::npos);
  CHECK(dot.find("label=\"Supercalifragilisticexpialidocious-Extraordinaire\\nshort\\nnext\"") !=
        std::string::npos);
  CHECK(dot.find("label=\"Short name\"") != std::string::npos);
  // The tooltip keeps the name unwrapped.
  CHECK(dot.find("tooltip=\"Leader: Minister of Foreign Affairs of the Russian Federation, "
                 "documents: 1\"") != std::string::npos);
}
