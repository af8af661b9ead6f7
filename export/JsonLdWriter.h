// JSON-LD 1.0 for triple stores (Oxigraph, Jena, rdflib): the @context of
// schemas/context.jsonld inlined with the ontology's vocabulary as prefix "ng", one flat
// node object per subject of RdfResources (the same triples as the N-Triples export),
// predicates, types and datatypes as compact IRIs, every @id absolute.
//
//   {"@context": {"ng": "https://newsgraph.example.org/vocab#", "schema": ...},
//    "@graph": [
//     {"@id": "https://newsgraph.example.org/id/person/vladimir-putin",
//      "@type": ["schema:Person", "ng:Leader"], "schema:name": "Vladimir Putin",
//      "ng:spokeWith": {"@id": "https://newsgraph.example.org/id/person/joe-biden"}, ...},
//     ...]}
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "newsgraph/export/GraphWriter.h"

namespace newsgraph::exporter {

class JsonLdWriter final : public GraphWriter {
 public:
  // Reads and validates <schemas_dir>/context.jsonld.
  static Result<std::unique_ptr<GraphWriter>> create(const ExportOptions& options,
                                                     const std::string& schemas_dir);
  std::string_view format() const override { return "jsonld"; }
  std::string_view extension() const override { return "jsonld"; }
  void write(const graph::CorpusGraph& graph, std::ostream& out) const override;

  // Use create(): context_json is the validated @context members, prefixes the
  // (name, namespace IRI) pairs it defines.
  JsonLdWriter(ExportOptions options, std::string context_json,
               std::vector<std::pair<std::string, std::string>> prefixes)
      : options_(std::move(options)),
        context_json_(std::move(context_json)),
        prefixes_(std::move(prefixes)) {}

 private:
  ExportOptions options_;
  std::string context_json_;  // the members of the @context object, serialised
  std::vector<std::pair<std::string, std::string>> prefixes_;
};

}  // namespace newsgraph::exporter
