// GraphML for Gephi, NetworkX, igraph and yEd: typed <key>s declared before <graph>, node
// ids n0..nN and edge ids e0..eM, Gephi's visual keys (label, weight, r/g/b), lists joined
// by '|', XML-illegal characters dropped. Valid against the GraphML 1.0 XSD.
//
//   <node id="n3"><data key="v_label">Vladimir Putin</data><data key="v_type">leader</data>...
//   <edge id="e0" source="n3" target="n5"><data key="e_relation">spoke-with</data>...
#pragma once

#include "newsgraph/export/GraphWriter.h"

namespace newsgraph::exporter {

class GraphmlWriter final : public GraphWriter {
 public:
  explicit GraphmlWriter(ExportOptions options) : options_(std::move(options)) {}
  std::string_view format() const override { return "graphml"; }
  std::string_view extension() const override { return "graphml"; }
  void write(const graph::CorpusGraph& graph, std::ostream& out) const override;

 private:
  ExportOptions options_;
};

}  // namespace newsgraph::exporter
