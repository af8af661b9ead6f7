#include "DotWriter.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

#include "ExportView.h"
#include "newsgraph/export/Escape.h"

namespace newsgraph::exporter {

namespace {

// The vertices to draw: all, or the top N by the ranking metric (weighted degree when the
// graph carries no such metric), ties broken by vertex order so the choice is stable.
std::vector<bool> select_vertices(const graph::CorpusGraph& graph, const ExportOptions& options) {
  const auto& g = graph.graph();
  const std::size_t n = graph.node_count();
  std::vector<bool> keep(n, true);
  if (options.top == 0 || options.top >= n) return keep;
  std::vector<double> score(n, 0.0);
  if (auto it = graph.metrics().find(options.rank_by); it != graph.metrics().end()) {
    score = it->second;
  } else {
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
      score[boost::source(e, g)] += g[e].weight;
      score[boost::target(e, g)] += g[e].weight;
    }
  }
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
  std::fill(keep.begin(), keep.end(), false);
  for (std::size_t i = 0; i < options.top; ++i) keep[order[i]] = true;
  return keep;
}

std::string dot_style(const std::string& style) { return style == "dashed" || style == "dotted" || style == "bold" ? style : "solid"; }

}  // namespace

void DotWriter::write(const graph::CorpusGraph& graph, std::ostream& out) const {
  const auto& g = graph.graph();
  const auto& onto = graph.ontology();
  const std::vector<bool> keep = select_vertices(graph, options_);
  const auto drawn = static_cast<std::size_t>(std::count(keep.begin(), keep.end(), true));

  out << "digraph newsgraph {\n";
  // neato lays out small graphs well; sfdp scales to hundreds of nodes (FORMATS.md).
  out << "  graph [layout=" << (drawn <= 40 ? "neato" : "sfdp")
      << ", overlap=prism, splines=true, outputorder=edgesfirst, fontname=\"Helvetica\", "
         "fontsize=10, pad=0.3, label=\"newsgraph: "
      << drawn << " of " << graph.node_count() << " entities\", labelloc=t];\n";
  out << "  node [style=filled, fontname=\"Helvetica\", fontsize=11, fontcolor=\"#111111\", "
         "color=\"#333333\", penwidth=0.6];\n";
  out << "  edge [fontname=\"Helvetica\", fontsize=8, arrowsize=0.6];\n";

  std::set<graph::TypeId> types_used;
  std::set<graph::RelationId> relations_used;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    if (!keep[v]) continue;
    const graph::Node& n = g[v];
    const auto& type = onto.type(n.type);
    types_used.insert(n.type);
    out << "  n" << v << " [label=\"" << dot_escape(n.label) << "\", shape=" << type.shape
        << ", fillcolor=\"" << type.colour << "60\", tooltip=\"" << dot_escape(type.label)
        << ": " << dot_escape(n.label) << "\"];\n";
  }
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const auto s = boost::source(e, g), t = boost::target(e, g);
    if (!keep[s] || !keep[t]) continue;
    const graph::Edge& ed = g[e];
    const auto& rel = onto.relation(ed.relation);
    relations_used.insert(ed.relation);
    const double width = 0.8 + std::log2(1.0 + ed.weight);
    out << "  n" << s << " -> n" << t << " [color=\"" << rel.colour << "B0\", style="
        << dot_style(rel.style) << ", penwidth=" << format_double(std::round(width * 10) / 10)
        << (rel.symmetric ? ", dir=none" : "") << ", tooltip=\"" << dot_escape(rel.label)
        << " (" << ed.weight << ")\"];\n";
  }

  // Legend: one HTML-like table node (sfdp ignores clusters, so no subgraph).
  out << "  legend [shape=plain, style=\"\", label=<<table border=\"0\" cellborder=\"1\" "
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
