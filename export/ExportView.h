// Small shared views of a CorpusGraph for the writers: colours, evidence summaries,
// lexicon attribute columns. Internal to the export library.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/export/GraphWriter.h"

namespace newsgraph::exporter {

struct Rgb {
  int r = 0, g = 0, b = 0;
};
Rgb parse_colour(const std::string& hex);  // "#D62728" -> {214, 39, 40}

// "pipe|joined|list" (the GraphML/CSV convention for lists: no list types allowed).
// Strings or string views.
template <typename Text>
std::string join(const std::vector<Text>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

// Roles as "Foreign Minister (2019-05-21..2020-04-25)".
std::string describe_roles(const graph::Node& node);

// Up to `max` evidence lines "[doc-id 2020-03-30] sentence".
std::vector<std::string> evidence_lines(const graph::CorpusGraph& graph, const graph::Edge& edge,
                                        std::size_t max);

// Every attribute name present on some node, sorted (columns for tabular formats).
std::vector<std::string> attribute_names(const graph::CorpusGraph& graph);

// Relative IRI path of a node, document or relation below the base IRI.
std::string node_path(const graph::Node& node);
std::string document_path(std::string_view doc_id);
std::string relation_path(const graph::CorpusGraph& graph, graph::EdgeDesc edge);

// Number formatting that is the same on every platform: shortest round-trip form.
std::string format_double(double value);
std::string format_float(float value);

// What sizes nodes in visual formats: the "pagerank" metric when the graph carries it,
// else the number of documents that mention each node, else (all zero) weighted degree.
struct NodeScale {
  std::string basis;           // "pagerank", "documents" or "degree"
  std::vector<double> values;  // by vertex
  double max = 0;
};
NodeScale node_scale(const graph::CorpusGraph& graph);

// Column names for lexicon attributes and metrics, which may be any string: unique among
// the columns already taken, compared without case (Gephi matches its special columns
// "Id", "Label", "Weight"... so), a suffix "_2", "_3"... added when taken. Call in column
// order; the result is stable.
//
//   ColumnNames names({"Id", "Label"});
//   names.unique("label")       -> "label_2"
//   names.nmtoken("note, \"n\"") -> "note___n_"   (GraphML attr.name must be an NMTOKEN)
class ColumnNames {
 public:
  explicit ColumnNames(const std::vector<std::string>& taken);
  std::string unique(std::string_view name);
  // ASCII letters, digits, '.', '-' and '_' kept, anything else '_'; then unique().
  std::string nmtoken(std::string_view name);

 private:
  std::set<std::string> taken_;  // lower case
};

// Weighted degree of every vertex (the sum of the weights of its edges).
std::vector<double> weighted_degree(const graph::CorpusGraph& graph);

}  // namespace newsgraph::exporter
