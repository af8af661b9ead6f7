// Small shared views of a CorpusGraph for the writers: colours, evidence summaries,
// lexicon attribute columns. Internal to the export library.
#pragma once

#include <string>
#include <vector>

#include "newsgraph/export/GraphWriter.h"

namespace newsgraph::exporter {

struct Rgb {
  int r = 0, g = 0, b = 0;
};
Rgb parse_colour(const std::string& hex);  // "#D62728" -> {214, 39, 40}

// "pipe|joined|list" (the GraphML/CSV convention for lists: no list types allowed).
std::string join(const std::vector<std::string>& items, std::string_view separator);

// Roles as "Foreign Minister (2019-05-21..2020-04-25)".
std::string describe_roles(const graph::Node& node);

// Up to `max` evidence lines "[doc-id 2020-03-30] sentence".
std::vector<std::string> evidence_lines(const graph::Edge& edge, std::size_t max);

// Every attribute name present on some node, sorted (columns for tabular formats).
std::vector<std::string> attribute_names(const graph::CorpusGraph& graph);

// Relative IRI path of a node, document or relation below the base IRI.
std::string node_path(const graph::Node& node);
std::string document_path(const std::string& doc_id);
std::string relation_path(const graph::CorpusGraph& graph, graph::EdgeDesc edge);

// Number formatting that is the same on every platform: shortest round-trip form.
std::string format_double(double value);

}  // namespace newsgraph::exporter
