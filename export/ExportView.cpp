#include "ExportView.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include "newsgraph/core/Text.h"
#include "newsgraph/export/Escape.h"

namespace newsgraph::exporter {

Rgb parse_colour(const std::string& hex) {
  Rgb c;
  if (hex.size() == 7 && hex[0] == '#') {
    const auto part = [&](std::size_t at) {
      int v = 0;
      std::from_chars(hex.data() + at, hex.data() + at + 2, v, 16);
      return v;
    };
    c = {part(1), part(3), part(5)};
  }
  return c;
}

std::string describe_roles(const graph::Node& node) {
  std::vector<std::string> parts;
  for (const auto& r : node.roles) {
    std::string s = r.role;
    if (r.first) {
      s += " (" + r.first->to_iso();
      if (r.last && *r.last != *r.first) s += ".." + r.last->to_iso();
      s += ")";
    }
    parts.push_back(std::move(s));
  }
  return join(parts, "|");
}

std::vector<std::string> evidence_lines(const graph::CorpusGraph& graph, const graph::Edge& edge,
                                        std::size_t max) {
  std::vector<std::string> out;
  for (const auto& e : edge.evidence) {
    if (out.size() >= max) break;
    std::string line = "[";
    line += graph.text(e.doc);
    if (e.date) line += " " + e.date->to_iso();
    line += "] ";
    line += e.sentence;
    out.push_back(std::move(line));
  }
  return out;
}

std::vector<std::string> attribute_names(const graph::CorpusGraph& graph) {
  std::set<std::string> names;
  const auto& g = graph.graph();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    for (const auto& [k, value] : g[v].attributes) names.insert(k);
  }
  return {names.begin(), names.end()};
}

std::string node_path(const graph::Node& node) { return iri_escape(node.key); }

std::string document_path(std::string_view doc_id) { return "doc/" + iri_escape(doc_id); }

std::string relation_path(const graph::CorpusGraph& graph, graph::EdgeDesc edge) {
  const auto& g = graph.graph();
  return "rel/" + iri_escape(g[boost::source(edge, g)].key) + "/" +
         graph.ontology().relation(g[edge].relation).id + "/" +
         iri_escape(g[boost::target(edge, g)].key);
}

std::string format_double(double value) {
  if (!std::isfinite(value)) return "0";
  char buf[32];
  const auto result = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, result.ptr);
}

std::string format_float(float value) {
  if (!std::isfinite(value)) return "0";
  char buf[32];
  const auto result = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, result.ptr);
}

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

ColumnNames::ColumnNames(const std::vector<std::string>& taken) {
  for (const auto& t : taken) taken_.insert(lower(t));
}

std::string ColumnNames::unique(std::string_view name) {
  const std::string base = name.empty() ? std::string("_") : std::string(name);
  std::string candidate = base;
  for (int n = 2; taken_.count(lower(candidate)); ++n) candidate = base + "_" + std::to_string(n);
  taken_.insert(lower(candidate));
  return candidate;
}

std::string ColumnNames::nmtoken(std::string_view name) {
  std::string base;
  for (char c : name) {
    const bool ok = is_ascii_alpha(c) || is_ascii_digit(c) || c == '.' || c == '-' || c == '_';
    base += ok ? c : '_';
  }
  return unique(base);
}

std::vector<double> weighted_degree(const graph::CorpusGraph& graph) {
  const auto& g = graph.graph();
  std::vector<double> degree(graph.node_count(), 0.0);
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    degree[boost::source(e, g)] += g[e].weight;
    degree[boost::target(e, g)] += g[e].weight;
  }
  return degree;
}

NodeScale node_scale(const graph::CorpusGraph& graph) {
  const auto& g = graph.graph();
  NodeScale scale;
  if (auto it = graph.metrics().find("pagerank"); it != graph.metrics().end()) {
    scale.basis = "pagerank";
    scale.values = it->second;
  } else {
    scale.basis = "documents";
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      scale.values.push_back(g[v].documents);
    }
    if (std::all_of(scale.values.begin(), scale.values.end(), [](double x) { return x == 0; })) {
      scale.basis = "degree";
      scale.values = weighted_degree(graph);
    }
  }
  for (double& x : scale.values) {
    if (!std::isfinite(x) || x < 0) x = 0;
    scale.max = std::max(scale.max, x);
  }
  return scale;
}

}  // namespace newsgraph::exporter
