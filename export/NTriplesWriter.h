// N-Triples for triple stores and bulk loaders that cannot read JSON-LD (Virtuoso): the
// same triples as the JSON-LD export (both come from RdfResources), one per line, written
// subject by subject, so memory stays bounded whatever the graph's size.
//
//   <https://newsgraph.example.org/id/person/vladimir-putin> <https://schema.org/name> "Vladimir
//   Putin" . <https://newsgraph.example.org/id/rel/.../evidence/a/0-40> <.../vocab#sentence> "Putin
//   met Biden."@en .
#pragma once

#include "newsgraph/export/GraphWriter.h"

namespace newsgraph::exporter {

class NTriplesWriter final : public GraphWriter {
 public:
  explicit NTriplesWriter(ExportOptions options) : options_(std::move(options)) {}
  std::string_view format() const override { return "ntriples"; }
  std::string_view extension() const override { return "nt"; }
  void write(const graph::CorpusGraph& graph, std::ostream& out) const override;

 private:
  ExportOptions options_;
};

}  // namespace newsgraph::exporter
