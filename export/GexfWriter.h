// GEXF for Gephi: 1.3 by default (valid against the 1.3 RNG), or 1.2draft, the version
// NetworkX 2.x reads. Typed node and edge attributes (lists joined by '|'), viz colour
// and shape from the ontology's node types, viz size by PageRank (else documents, else
// weighted degree), edge colour, shape and thickness from the relation and weight, `kind`
// per relation (1.3) so relations of one pair stay apart, and in dynamic mode (default)
// node and edge spells from their dates, merged so they never overlap.
//
//   <node id="n3" label="Vladimir Putin">
//     <attvalues><attvalue for="type" value="leader"/>...</attvalues>
//     <spells><spell start="2021-06-16" end="2021-06-16"/></spells>
//     <viz:color r="214" g="39" b="40"/><viz:size value="40"/><viz:shape value="disc"/>
//   </node>
//   <edge id="e0" source="n3" target="n5" label="spoke with" weight="2" kind="spoke-with">...
#pragma once

#include "newsgraph/export/GraphWriter.h"

namespace newsgraph::exporter {

class GexfWriter final : public GraphWriter {
 public:
  // options.gexf_version must be "1.3" or "1.2draft" (make_writer() checks).
  explicit GexfWriter(ExportOptions options) : options_(std::move(options)) {}
  std::string_view format() const override { return "gexf"; }
  std::string_view extension() const override { return "gexf"; }
  void write(const graph::CorpusGraph& graph, std::ostream& out) const override;

 private:
  ExportOptions options_;
};

}  // namespace newsgraph::exporter
