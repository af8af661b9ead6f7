// Small hand-built corpus graphs for the export tests, and a helper that runs a writer.
#pragma once

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "newsgraph/export/GraphWriter.h"
#include "newsgraph/graph/GraphBuilder.h"

namespace newsgraph::exporter::testing {

inline const graph::Ontology& ontology() {
  static const graph::Ontology onto = *graph::Ontology::load(NEWSGRAPH_TEST_SCHEMAS);
  return onto;
}

inline graph::Mention mention(const std::string& doc, const std::string& text,
                              const std::string& type) {
  graph::Mention m;
  m.doc = doc;
  m.text = text;
  m.type = type;
  m.canonical = true;
  return m;
}

inline graph::Evidence evidence(const std::string& doc, std::uint32_t begin,
                                const std::string& sentence,
                                std::optional<Date> date = std::nullopt) {
  graph::Evidence e;
  e.doc = doc;
  e.begin = begin;
  e.end = begin + static_cast<std::uint32_t>(sentence.size());
  e.sentence = sentence;
  e.date = date;
  e.trigger = "met";
  return e;
}

inline graph::DocumentInfo document(const std::string& id, std::optional<Date> date,
                                    const std::string& url = "",
                                    std::vector<std::string> outlets = {}) {
  graph::DocumentInfo d;
  d.id = id;
  d.date = date;
  d.url = url;
  d.outlets = std::move(outlets);
  return d;
}

inline graph::CorpusGraph freeze(graph::GraphBuilder&& builder) {
  Diagnostics d;
  return std::move(builder).freeze(ontology(), d);
}

// Biden and Putin spoke (twice, in two documents), Russia criticised the United States.
//   documents: a (2021-06-16, url, published by organisation/reuters), b (2022-03, no url)
inline graph::CorpusGraph summit_graph() {
  graph::GraphBuilder b;
  b.add_document(
      document("a", Date{2021, 6, 16}, "https://example.org/a", {"organisation/reuters"}));
  b.add_document(document("b", Date{2022, 3, 0}));
  b.add_node({"person/joe-biden", "Joe Biden", {mention("a", "Joe Biden", "leader")}, {}});
  b.add_node({"person/vladimir-putin",
              "Vladimir Putin",
              {mention("a", "Vladimir Putin", "leader"), mention("b", "Putin", "leader")},
              {}});
  b.add_node({"country/russia", "Russia", {mention("b", "Russia", "country")}, {}});
  b.add_node(
      {"country/united-states", "United States", {mention("b", "United States", "country")}, {}});
  b.add_edge({"person/vladimir-putin",
              "spoke-with",
              "person/joe-biden",
              {evidence("a", 0, "Putin met Biden in Geneva."),
               evidence("b", 10, "Putin recalled talking to Biden.", Date{2021, 6, 0})}});
  b.add_edge({"country/russia",
              "criticised",
              "country/united-states",
              {evidence("b", 50, "Russia condemned the United States.")}});
  return freeze(std::move(b));
}

// A chain-and-hub graph of n leaders and about 2n spoke-with edges, each with a long
// evidence sentence: big enough that a writer buffering its whole output would show.
inline graph::CorpusGraph large_graph(std::size_t n) {
  graph::GraphBuilder b;
  for (std::size_t d = 0; d < 20; ++d) {
    b.add_document(
        document("doc-" + std::to_string(d), Date{2020, static_cast<int>(d % 12) + 1, 1}));
  }
  const auto key = [](std::size_t i) { return "person/p" + std::to_string(100000 + i); };
  for (std::size_t i = 0; i < n; ++i) {
    b.add_node({key(i),
                "",
                {mention("doc-" + std::to_string(i % 20), "Person " + std::to_string(i), "leader")},
                {}});
  }
  const std::string padding(200, 'x');
  for (std::size_t i = 1; i < n; ++i) {
    const std::string doc = "doc-" + std::to_string(i % 20);
    b.add_edge({key(i - 1),
                "spoke-with",
                key(i),
                {evidence(doc, 0, "Chain " + std::to_string(i) + padding)}});
    b.add_edge({key(i),
                "criticised",
                key(i % 7),
                {evidence(doc, 500, "Hub " + std::to_string(i) + padding)}});
  }
  return freeze(std::move(b));
}

// Runs make_writer(format) and returns the named file's content (default: the first).
inline std::string write(const std::string& format, const graph::CorpusGraph& g,
                         const ExportOptions& options = {}, const std::string& file = "") {
  auto w = make_writer(format, options, NEWSGRAPH_TEST_SCHEMAS);
  REQUIRE(w);
  std::ostringstream out;
  (*w)->write_file(g, file.empty() ? (*w)->file_names().front() : file, out);
  return out.str();
}

inline std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace newsgraph::exporter::testing
