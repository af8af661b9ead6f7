#include "DotWriter.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
#include <string>

#include "ExportView.h"
#include "newsgraph/core/Text.h"
#include "newsgraph/export/Escape.h"

namespace newsgraph::exporter {

namespace {

// The vertices to draw: all, or the top N by the ranking metric (weighted degree when the
// graph carries no such metric), ties broken by vertex order so the choice is stable.
std::vector<bool> select_vertices(const graph::CorpusGraph& graph, const ExportOptions& options,
                                  std::string& ranked_by) {
  const std::size_t n = graph.node_count();
  std::vector<bool> keep(n, true);
  if (options.top == 0 || options.top >= n) return keep;
  std::vector<double> score;
  if (auto it = graph.metrics().find(options.rank_by); it != graph.metrics().end()) {
    score = it->second;
    ranked_by = options.rank_by;
  } else {
    score = weighted_degree(graph);
    ranked_by = "weighted degree";
  }
  for (double& x : score) {
    if (!std::isfinite(x)) x = 0;
  }
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
  std::fill(keep.begin(), keep.end(), false);
  for (std::size_t i = 0; i < options.top; ++i) keep[order[i]] = true;
  return keep;
}

// Long names wrapped at spaces into lines of at most kWrap characters (a longer word
// stands alone), so sfdp's nodes stay compact; the name's own line breaks are kept, runs
// of spaces become one.
constexpr std::size_t kWrap = 24;

std::string wrap_label(const std::string& label) {
  const std::string text = clean_text(label);
  std::string out, line, word;
  std::size_t line_chars = 0;
  const auto flush_word = [&]() {
    const std::size_t word_chars = count_code_points(word);
    if (line_chars > 0 && line_chars + 1 + word_chars > kWrap) {
      out += line + "\n";
      line.clear();
      line_chars = 0;
    }
    if (line_chars > 0) {
      line += ' ';
      ++line_chars;
    }
    line += word;
    line_chars += word_chars;
    word.clear();
  };
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : '\n';
    if (c == ' ' && !word.empty()) {
      flush_word();
    } else if (c == '\n') {
      if (!word.empty()) flush_word();
      out += line;
      if (i < text.size()) out += '\n';
      line.clear();
      line_chars = 0;
    } else if (c != ' ') {
      word += c;
    }
  }
  return out;
}

std::string dot_style(const std::string& style) {
  return style == "dashed" || style == "dotted" || style == "bold" ? style : "solid";
}

}  // namespace

void DotWriter::write(const graph::CorpusGraph& graph, std::ostream& out) const {
  const auto& g = graph.graph();
  const auto& onto = graph.ontology();
  std::string ranked_by;
  const std::vector<bool> keep = select_vertices(graph, options_, ranked_by);
  const auto drawn = static_cast<std::size_t>(std::count(keep.begin(), keep.end(), true));

  out << "digraph newsgraph {\n";
  // Layout defaults from FORMATS.md: neato draws small graphs well; from 50 nodes on, sfdp
  // with prism overlap removal and straight edges (spline routing took over a minute on
  // 250 nodes).
  const bool small = drawn < 50;
  std::string title = "newsgraph: " + std::to_string(drawn) + " of " +
                      std::to_string(graph.node_count()) + " entities";
  if (!ranked_by.empty()) title += ", top " + std::to_string(drawn) + " by " + ranked_by;
  out << "  graph [layout=" << (small ? "neato" : "sfdp")
      << ", overlap=prism, splines=" << (small ? "true" : "line")
      << ", outputorder=edgesfirst, fontname=\"Helvetica\", "
      << "fontsize=16, pad=0.3, label=\"" << dot_escape(title) << "\", labelloc=t];\n";
  out << "  node [style=filled, fontname=\"Helvetica\", fontsize=11, fontcolor=\"#111111\", "
         "color=\"#333333\", penwidth=0.6];\n";
  out << "  edge [fontname=\"Helvetica\", fontsize=8, arrowsize=0.6];\n";

  std::set<graph::TypeId> types_used;
  std::set<graph::RelationId> relations_used;
  const NodeScale scale = node_scale(graph);
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    if (!keep[v]) continue;
    const graph::Node& n = g[v];
    const auto& type = onto.type(n.type);
    types_used.insert(n.type);
    // The most important names are written larger: 10 to 20 points by the node scale.
    const double font = scale.max > 0 ? 10 + 10 * std::sqrt(scale.values[v] / scale.max) : 11;
    out << "  n" << v << " [label=\"" << dot_escape(wrap_label(n.label))
        << "\", shape=" << type.shape << ", fillcolor=\"" << type.colour
        << "60\", fontsize=" << format_double(std::round(font * 10) / 10) << ", tooltip=\""
        << dot_escape(type.label) << ": " << dot_escape(n.label) << ", documents: " << n.documents
        << "\"];\n";
  }
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const auto s = boost::source(e, g), t = boost::target(e, g);
    if (!keep[s] || !keep[t]) continue;
    const graph::Edge& ed = g[e];
    const auto& rel = onto.relation(ed.relation);
    relations_used.insert(ed.relation);
    const double width = 0.8 + std::log2(1.0 + ed.weight);
    out << "  n" << s << " -> n" << t << " [color=\"" << rel.colour
        << "B0\", style=" << dot_style(rel.style)
        << ", penwidth=" << format_double(std::round(width * 10) / 10)
        << (rel.symmetric ? ", dir=none" : "") << ", tooltip=\"" << dot_escape(rel.label) << " ("
        << ed.weight << ")\"];\n";
  }

  // Legend: one HTML-like table node (sfdp ignores clusters, so no subgraph).
  out << "  legend [shape=plain, style=\"\", fontsize=14, label=<<table border=\"0\" "
         "cellborder=\"1\" "
         "cellspacing=\"0\" cellpadding=\"3\"><tr><td colspan=\"2\"><b>Legend</b></td></tr>";
  for (auto t : types_used) {
    const auto& type = onto.type(t);
    out << "<tr><td bgcolor=\"" << type.colour << "\">  </td><td align=\"left\">"
        << xml_escape(type.label) << "</td></tr>";
  }
  for (auto r : relations_used) {
    const auto& rel = onto.relation(r);
    out << "<tr><td><font color=\"" << rel.colour << "\">&#8212;&#8212;</font></td>"
        << "<td align=\"left\">" << xml_escape(rel.label) << " (" << rel.style << ")</td></tr>";
  }
  out << "</table>>];\n}\n";
}

}  // namespace newsgraph::exporter
