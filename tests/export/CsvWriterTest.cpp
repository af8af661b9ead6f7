#include <catch2/catch.hpp>

#include "ExportTestGraphs.h"

using namespace newsgraph;
using namespace newsgraph::exporter;
using namespace newsgraph::exporter::testing;

namespace {

// A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, was_quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      REQUIRE(field.empty());  // a quote only opens a field
      quoted = was_quoted = true;
    } else if (c == ',') {
      row.push_back(field);
      field.clear();
      was_quoted = false;
    } else if (c == '\r') {
      REQUIRE(i + 1 < text.size());
      REQUIRE(text[i + 1] == '\n');  // records end with CRLF
      row.push_back(field);
      rows.push_back(row);
      row.clear();
      field.clear();
      was_quoted = false;
      ++i;
    } else {
      REQUIRE(c != '\n');  // a bare LF outside quotes
      field += c;
    }
  }
  REQUIRE_FALSE(quoted);
  REQUIRE(row.empty());  // the last record is terminated
  (void)was_quoted;
  return rows;
}

}  // namespace

TEST_CASE("CSV: two files, Gephi's column names, node keys as ids") {
  auto w = make_writer("csv", {}, NEWSGRAPH_TEST_SCHEMAS);
  REQUIRE(w);
  CHECK((*w)->file_names() == std::vector<std::string>{"graph.nodes.csv", "graph.edges.csv"});
  const graph::CorpusGraph g = summit_graph();
  const auto nodes = parse_csv(write("csv", g, {}, "graph.nodes.csv"));
  const auto edges = parse_csv(write("csv", g, {}, "graph.edges.csv"));
  REQUIRE(nodes.size() == 1 + g.node_count());
  REQUIRE(edges.size() == 1 + g.edge_count());
  CHECK(nodes[0] == std::vector<std::string>{"Id", "Label", "type", "aliases", "roles",
                                             "first_seen", "last_seen", "documents", "mentions"});
  CHECK(std::vector<std::string>(edges[0].begin(), edges[0].begin() + 7) ==
        std::vector<std::string>{"Source", "Target", "Type", "Kind", "Id", "Label", "Weight"});
  for (const auto& row : nodes) CHECK(row.size() == nodes[0].size());
  for (const auto& row : edges) CHECK(row.size() == edges[0].size());
  // Vertices in key order; Putin's alias and dates.
  CHECK(nodes[4][0] == "person/vladimir-putin");
  CHECK(nodes[4][1] == "Vladimir Putin");
  CHECK(nodes[4][2] == "leader");
  CHECK(nodes[4][3] == "Putin");
  CHECK(nodes[4][5] == "2021-06-16");
  CHECK(nodes[4][6] == "2022-03");
  CHECK(nodes[4][7] == "2");
  // Edges: criticised (directed) then spoke-with (undirected), sources and targets by key.
  CHECK(edges[1][0] == "country/russia");
  CHECK(edges[1][2] == "Directed");
  CHECK(edges[1][3] == "criticised");
  CHECK(edges[2][0] == "person/joe-biden");
  CHECK(edges[2][1] == "person/vladimir-putin");
  CHECK(edges[2][2] == "Undirected");
  CHECK(edges[2][4] == "e1");
  CHECK(edges[2][5] == "spoke with");
  CHECK(edges[2][6] == "2");
  // write() is the first file.
  std::ostringstream first;
  (*w)->write(g, first);
  CHECK(first.str() == write("csv", g, {}, "graph.nodes.csv"));
}

TEST_CASE("CSV: RFC 4180 quoting keeps commas, quotes, newlines and leading spaces") {
  graph::GraphBuilder b;
  b.add_document(document("d", Date{2020, 1, 2}));
  const std::string name = " Dr. \"Q\", Jr.\r\nline\ttab \x01";
  b.add_node({"person/q", name, {mention("d", "x", "leader")}, {{"note, \"n\"", "a,b"}}});
  b.add_node({"person/r", "R", {mention("d", "R", "leader")}, {}});
  b.add_edge(
      {"person/q", "spoke-with", "person/r", {evidence("d", 0, "Q said \"yes\",\nthen left.")}});
  const graph::CorpusGraph g = freeze(std::move(b));
  const std::string text = write("csv", g, {}, "graph.nodes.csv");
  CHECK(text.find("\" Dr. \"\"Q\"\", Jr.\r\nline\ttab \"") != std::string::npos);
  const auto nodes = parse_csv(text);
  REQUIRE(nodes.size() == 3);
  CHECK(nodes[0].back() == "note, \"n\"");
  CHECK(nodes[1][1] == " Dr. \"Q\", Jr.\r\nline\ttab ");  // the control character dropped
  CHECK(nodes[1].back() == "a,b");
  const auto edges = parse_csv(write("csv", g, {}, "graph.edges.csv"));
  CHECK(edges[1].back() == "[d] Q said \"yes\",\nthen left.");
}

TEST_CASE("CSV: attribute and metric columns never take Gephi's special names") {
  graph::GraphBuilder b;
  b.add_document(document("d", Date{2020, 1, 2}));
  b.add_node({"person/q", "Q", {mention("d", "Q", "leader")}, {{"label", "attr"}, {"Type", "t"}}});
  graph::CorpusGraph g = freeze(std::move(b));
  g.set_metric("ID", {0.5});
  const auto rows = parse_csv(write("csv", g, {}, "graph.nodes.csv"));
  CHECK(std::vector<std::string>(rows[0].begin() + 9, rows[0].end()) ==
        std::vector<std::string>{"ID_2", "Type_2", "label_2"});
  CHECK(std::vector<std::string>(rows[1].begin() + 9, rows[1].end()) ==
        std::vector<std::string>{"0.5", "t", "attr"});
}
