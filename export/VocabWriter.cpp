#include "VocabWriter.h"

#include <set>

#include "RdfResources.h"
#include "newsgraph/export/Escape.h"

namespace newsgraph::exporter {

namespace {

std::string literal(std::string_view text) { return "\"" + ntriples_escape(text) + "\"@en"; }

// The IRI that names the vocabulary document: the namespace without its '#' or '/'.
std::string ontology_iri(const std::string& vocabulary) {
  std::string iri = vocabulary;
  if (!iri.empty() && (iri.back() == '#' || iri.back() == '/')) iri.pop_back();
  return iri;
}

// Closes a term: the statements so far end with " ;\n", the last one with " .\n".
void term(std::ostream& out, const std::string& subject, const std::vector<std::string>& lines) {
  out << subject << " ";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out << (i ? "    " : "") << lines[i] << (i + 1 < lines.size() ? " ;\n" : " .\n");
  }
  out << "\n";
}

std::string type_list(const graph::Ontology& onto, const std::set<graph::TypeId>& types) {
  std::string out;
  for (auto t : types) out += (out.empty() ? "" : ", ") + ("ng:" + onto.type(t).class_name);
  return out;
}

}  // namespace

void VocabWriter::write(const graph::CorpusGraph& graph, std::ostream& out) const {
  write_vocabulary(graph.ontology(), out);
}

void VocabWriter::write_vocabulary(const graph::Ontology& onto, std::ostream& out) {
  const std::string defined_by = "rdfs:isDefinedBy <" + ontology_iri(onto.vocabulary()) + ">";
  out << "# The newsgraph vocabulary: classes and properties of the RDF exports (JSON-LD,\n"
         "# N-Triples). Generated from schemas/ontology.json by\n"
         "#   newsgraph export GRAPH --format vocab -o schemas\n"
         "# Do not edit: a test fails when this file differs from the generated one.\n";
  out << "@prefix ng: <" << onto.vocabulary() << "> .\n"
      << "@prefix owl: <" << rdf::kOwl << "> .\n"
      << "@prefix prov: <" << rdf::kProv << "> .\n"
      << "@prefix rdf: <" << rdf::kRdf << "> .\n"
      << "@prefix rdfs: <" << rdf::kRdfs << "> .\n"
      << "@prefix schema: <" << rdf::kSchema << "> .\n"
      << "@prefix xsd: <" << rdf::kXsd << "> .\n\n";

  term(out, "<" + ontology_iri(onto.vocabulary()) + ">",
       {"a owl:Ontology", "rdfs:label " + literal("newsgraph vocabulary"),
        "rdfs:comment " +
            literal("Entity types and relations of news about international affairs, "
                    "as newsgraph extracts them; relation nodes and their evidence.")});

  out << "# Entity types (schemas/ontology.json node_types)\n\n";
  for (const auto& type : onto.node_types()) {
    std::vector<std::string> lines = {"a owl:Class", "rdfs:label " + literal(type.label)};
    if (!type.description.empty()) lines.push_back("rdfs:comment " + literal(type.description));
    lines.push_back("rdfs:subClassOf schema:" + type.schema_org);
    lines.push_back(defined_by);
    term(out, "ng:" + type.class_name, lines);
  }

  out << "# Relations (schemas/ontology.json relations): the plain triples\n\n";
  for (const auto& rel : onto.relations()) {
    std::set<graph::TypeId> domain(rel.source_types.begin(), rel.source_types.end());
    std::set<graph::TypeId> range(rel.target_types.begin(), rel.target_types.end());
    if (rel.symmetric) {  // allowed either way round
      domain.insert(range.begin(), range.end());
      range = domain;
    }
    std::vector<std::string> lines = {
        rel.symmetric ? "a owl:ObjectProperty, owl:SymmetricProperty" : "a owl:ObjectProperty",
        "rdfs:label " + literal(rel.label)};
    if (!rel.description.empty()) lines.push_back("rdfs:comment " + literal(rel.description));
    lines.push_back("schema:domainIncludes " + type_list(onto, domain));
    lines.push_back("schema:rangeIncludes " + type_list(onto, range));
    lines.push_back(defined_by);
    term(out, "ng:" + rel.property, lines);
  }

  out << "# Relation nodes, evidence and entity statistics\n\n";
  for (const VocabularyTerm& t : vocabulary_terms()) {
    using Kind = VocabularyTerm::Kind;
    const char* kind = t.kind == Kind::kClass            ? "a owl:Class"
                       : t.kind == Kind::kObjectProperty ? "a owl:ObjectProperty"
                                                         : "a owl:DatatypeProperty";
    std::vector<std::string> lines = {kind, "rdfs:label " + literal(t.name),
                                      "rdfs:comment " + literal(t.comment)};
    if (!t.super.empty()) lines.push_back("rdfs:subClassOf " + std::string(t.super));
    if (!t.range.empty()) lines.push_back("rdfs:range " + std::string(t.range));
    lines.push_back(defined_by);
    term(out, "ng:" + std::string(t.name), lines);
  }
}

}  // namespace newsgraph::exporter
