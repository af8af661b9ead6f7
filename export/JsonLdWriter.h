// JSON-LD 1.0 for triple stores (Oxigraph, Jena, rdflib): the @context of
// schemas/context.jsonld inlined with the ontology's vocabulary as prefix "ng", absolute
// percent-encoded IRIs under the base, schema.org types, and for every edge both the plain
// triple (<putin> ng:spokeWith <trump>) and an n-ary ng:Relation node carrying weight,
// dates and evidence with prov:wasDerivedFrom the document.
//
//   {"@context": {...}, "@graph": [
//     {"@id": "https://newsgraph.example.org/id/person/vladimir-putin",
//      "@type": ["schema:Person", "ng:Leader"], "schema:name": "Vladimir Putin", ...},
//     ...]}
#pragma once

#include <string>

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

  // Use create(): context_json is the validated @context members.
  JsonLdWriter(ExportOptions options, std::string context_json)
      : options_(std::move(options)), context_json_(std::move(context_json)) {}

 private:
  ExportOptions options_;
  std::string context_json_;  // the members of the @context object, serialised
};

}  // namespace newsgraph::exporter
