// RdfResources: the RDF statement of a corpus graph, one subject at a time. The JSON-LD and
// N-Triples writers both serialise this stream, so the two files always hold the same
// triples, and neither ever holds more than one subject in memory.
//
//   for_each_resource(graph, options, [&](const RdfResource& r) { ... });
//   r.subject    = "https://newsgraph.example.org/id/person/vladimir-putin"
//   r.types      = {"https://schema.org/Person", "<vocab>Leader"}
//   r.statements = {{"https://schema.org/name", RdfObject::string("Vladimir Putin")},
//                   {"<vocab>spokeWith", RdfObject::iri(".../person/joe-biden")}, ...}
//
// The shape: the metric properties the graph carries (owl:DatatypeProperty,
// rdfs:subPropertyOf ng:metric); documents (schema:NewsArticle); entities (schema.org
// type + our class, with the plain relation triples, both ways for symmetric relations);
// the ng:key of outlets that documents name but no node describes; then per edge an n-ary
// ng:Relation node (source, target, relation, weight, dates) followed by its ng:Evidence
// nodes (sentence@en, prov:wasDerivedFrom the document, prov:hadPrimarySource its URL
// when known). Every IRI is absolute: no blank nodes.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/export/GraphWriter.h"

namespace newsgraph::exporter {

namespace rdf {
inline constexpr std::string_view kSchema = "https://schema.org/";
inline constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kOwl = "http://www.w3.org/2002/07/owl#";
}  // namespace rdf

struct RdfObject {
  enum class Kind { kIri, kString, kLangString, kTyped };
  Kind kind = Kind::kString;
  std::string value;
  std::string annotation;  // datatype IRI (kTyped) or language tag (kLangString)

  static RdfObject iri(std::string value) { return {Kind::kIri, std::move(value), {}}; }
  static RdfObject string(std::string value) { return {Kind::kString, std::move(value), {}}; }
  static RdfObject lang(std::string value, std::string tag) {
    return {Kind::kLangString, std::move(value), std::move(tag)};
  }
  static RdfObject typed(std::string value, std::string datatype) {
    return {Kind::kTyped, std::move(value), std::move(datatype)};
  }
};

struct RdfStatement {
  std::string predicate;  // absolute IRI
  RdfObject object;
};

struct RdfResource {
  std::string subject;             // absolute IRI
  std::vector<std::string> types;  // absolute IRIs
  std::vector<RdfStatement> statements;
};

// Calls `sink` once per subject, in a fixed order (documents, entities, relations each
// followed by their evidence). Strings are clean_text()ed; IRIs percent-encoded.
void for_each_resource(const graph::CorpusGraph& graph, const ExportOptions& options,
                       const std::function<void(const RdfResource&)>& sink);

// Terms of our vocabulary that the exports use besides the ontology's classes and
// relation properties; the vocabulary writer declares exactly these.
struct VocabularyTerm {
  enum class Kind { kClass, kObjectProperty, kDatatypeProperty };
  std::string_view name;  // local name after the vocabulary IRI
  Kind kind;
  std::string_view range;  // prefixed name ("xsd:integer", "ng:Evidence"); may be empty
  std::string_view super;  // rdfs:subClassOf / rdfs:subPropertyOf; may be empty
  std::string_view comment;
};
const std::vector<VocabularyTerm>& vocabulary_terms();

}  // namespace newsgraph::exporter
