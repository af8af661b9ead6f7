// DOT for Graphviz report diagrams: fill colour and shape by node type, edge colour and
// style by relation, pen width by weight, semi-transparent edges, a legend, and layout
// defaults that suit 20 to 300 nodes (sfdp with prism overlap removal and straight edges
// from 50 nodes; neato with splines below). Every label is quoted and escaped, '&' too,
// since Graphviz decodes entities in labels. With options.top = N only the N
// highest-ranked nodes (by the metric options.rank_by, else weighted degree) and the edges
// among them are drawn.
//
//   digraph newsgraph { graph [layout=sfdp, overlap=prism, splines=line, ...];
//     n3 [label="Vladimir Putin", fillcolor="#D62728", ...];
//     n3 -> n5 [color="#1F77B4B0", dir=none, penwidth=2.6, tooltip="spoke with (3)"]; }
#pragma once

#include "newsgraph/export/GraphWriter.h"

namespace newsgraph::exporter {

class DotWriter final : public GraphWriter {
 public:
  explicit DotWriter(ExportOptions options) : options_(std::move(options)) {}
  std::string_view format() const override { return "dot"; }
  std::string_view extension() const override { return "dot"; }
  void write(const graph::CorpusGraph& graph, std::ostream& out) const override;

 private:
  ExportOptions options_;
};

}  // namespace newsgraph::exporter
