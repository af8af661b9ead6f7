// The RDFS/OWL vocabulary behind the RDF exports, as Turtle, generated from the ontology:
// one owl:Class per node type (rdfs:subClassOf its schema.org type, so ng:Treaty is a
// schema:Legislation), one owl:ObjectProperty per relation (owl:SymmetricProperty when
// symmetric, schema:domainIncludes / rangeIncludes from its allowed types), and the
// fixed terms of RdfResources (ng:Relation, ng:Evidence, ng:weight...). Depends only on
// the ontology, never on the graph's content; schemas/vocab.ttl is its committed output.
//
//   ng:Treaty a owl:Class ;
//       rdfs:label "Treaty"@en ;
//       rdfs:subClassOf schema:Legislation .
#pragma once

#include "newsgraph/export/GraphWriter.h"
#include "newsgraph/graph/Ontology.h"

namespace newsgraph::exporter {

class VocabWriter final : public GraphWriter {
 public:
  std::string_view format() const override { return "vocab"; }
  std::string_view extension() const override { return "ttl"; }
  std::vector<std::string> file_names() const override { return {"vocab.ttl"}; }
  void write(const graph::CorpusGraph& graph, std::ostream& out) const override;

  static void write_vocabulary(const graph::Ontology& ontology, std::ostream& out);
};

}  // namespace newsgraph::exporter
