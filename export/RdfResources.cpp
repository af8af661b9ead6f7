#include "RdfResources.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "ExportView.h"
#include "newsgraph/export/Escape.h"

namespace newsgraph::exporter {

namespace {

using Kind = VocabularyTerm::Kind;

std::string join_iri(std::string_view ns, std::string_view local) {
  std::string out(ns);
  out += local;
  return out;
}

class Emitter {
 public:
  Emitter(const graph::CorpusGraph& graph, const ExportOptions& options,
          const std::function<void(const RdfResource&)>& sink)
      : graph_(graph), options_(options), sink_(sink), vocab_(graph.ontology().vocabulary()) {}

  void run() {
    // Metric columns are named by the analyses, not the ontology: the export declares each
    // one it uses, as a sub-property of ng:metric (which the vocabulary declares).
    for (const auto& [name, values] : graph_.metrics()) {
      begin(ng(iri_escape(name)));
      r_.types.push_back(join_iri(rdf::kOwl, "DatatypeProperty"));
      add(join_iri(rdf::kRdfs, "subPropertyOf"), RdfObject::iri(ng("metric")));
      add_string(join_iri(rdf::kRdfs, "label"), name);
      add(join_iri(rdf::kRdfs, "range"), RdfObject::iri(xsd("double")));
      emit();
    }
    for (const auto& d : graph_.documents()) document(d);
    const auto& g = graph_.graph();
    for (auto v : boost::make_iterator_range(boost::vertices(g))) node(v);
    // An outlet named by a document but never mentioned has no node; give its IRI at least
    // its key, so "documents published by organisation/reuters" can be asked.
    std::set<std::string> unknown_outlets;
    for (const auto& d : graph_.documents()) {
      for (const auto& o : d.outlets) {
        if (!graph_.find(o)) unknown_outlets.insert(o);
      }
    }
    for (const auto& o : unknown_outlets) {
      begin(key_iri(o));
      add_string(ng("key"), o);
      emit();
    }
    for (auto e : boost::make_iterator_range(boost::edges(g))) relation(e);
  }

 private:
  std::string ng(std::string_view local) const { return join_iri(vocab_, local); }
  std::string schema(std::string_view local) const { return join_iri(rdf::kSchema, local); }
  std::string xsd(std::string_view local) const { return join_iri(rdf::kXsd, local); }
  std::string prov(std::string_view local) const { return join_iri(rdf::kProv, local); }

  std::string node_iri(graph::Vertex v) const {
    return options_.base_iri + node_path(graph_.graph()[v]);
  }
  std::string key_iri(const std::string& key) const { return options_.base_iri + iri_escape(key); }
  std::string document_iri(std::string_view id) const {
    return options_.base_iri + document_path(id);
  }

  void begin(std::string subject) {
    r_.subject = std::move(subject);
    r_.types.clear();
    r_.statements.clear();
  }
  void add(std::string predicate, RdfObject object) {
    r_.statements.push_back({std::move(predicate), std::move(object)});
  }
  void add_string(std::string predicate, std::string_view text) {
    add(std::move(predicate), RdfObject::string(clean_text(text)));
  }
  void add_integer(std::string predicate, std::uint64_t n) {
    add(std::move(predicate), RdfObject::typed(std::to_string(n), xsd("integer")));
  }
  // xsd:date, xsd:gYearMonth or xsd:gYear, whichever matches the date's precision.
  void add_date(std::string predicate, const Date& d) {
    const char* type = d.has_day() ? "date" : d.month ? "gYearMonth" : "gYear";
    add(std::move(predicate), RdfObject::typed(d.to_iso(), xsd(type)));
  }
  void emit() { sink_(r_); }

  void document(const graph::DocumentInfo& d) {
    begin(document_iri(d.id));
    r_.types.push_back(schema("NewsArticle"));
    add_string(schema("identifier"), d.id);
    if (!d.title.empty()) add_string(schema("headline"), d.title);
    if (!d.url.empty()) {
      // An IRI when it is one, so queries can follow it; else the text as xsd:anyURI.
      if (std::string iri = url_to_iri(d.url); !iri.empty())
        add(schema("url"), RdfObject::iri(iri));
      else
        add(schema("url"), RdfObject::typed(clean_text(d.url), xsd("anyURI")));
    }
    if (d.date) add_date(schema("datePublished"), *d.date);
    for (const auto& o : d.outlets) add(schema("publisher"), RdfObject::iri(key_iri(o)));
    for (const auto& a : d.authors) add_string(schema("author"), a);
    emit();
  }

  void node(graph::Vertex v) {
    const auto& g = graph_.graph();
    const auto& onto = graph_.ontology();
    const graph::Node& n = g[v];
    const auto& type = onto.type(n.type);
    begin(node_iri(v));
    r_.types.push_back(schema(type.schema_org));
    r_.types.push_back(ng(type.class_name));
    add_string(schema("name"), n.label);
    for (const auto& a : n.aliases) add_string(schema("alternateName"), a);
    add_string(ng("key"), n.key);
    for (const auto& role : n.roles) add_string(schema("jobTitle"), role.role);
    if (n.first_seen) add_date(ng("firstSeen"), *n.first_seen);
    if (n.last_seen) add_date(ng("lastSeen"), *n.last_seen);
    add_integer(ng("documentCount"), n.documents);
    add_integer(ng("mentionCount"), n.mention_count);
    for (const auto& [name, values] : graph_.metrics()) {
      add(ng(iri_escape(name)), RdfObject::typed(format_double(values[v]), xsd("double")));
    }
    // The plain triples for simple SPARQL (<putin> ng:spokeWith <biden>); a symmetric
    // relation is stated both ways so a query need not ask in both directions.
    std::vector<std::pair<graph::RelationId, graph::Vertex>> direct;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
      direct.emplace_back(g[e].relation, boost::target(e, g));
    }
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) {
      if (onto.relation(g[e].relation).symmetric)
        direct.emplace_back(g[e].relation, boost::source(e, g));
    }
    std::sort(direct.begin(), direct.end());
    for (const auto& [rel, target] : direct) {
      add(ng(onto.relation(rel).property), RdfObject::iri(node_iri(target)));
    }
    emit();
  }

  void relation(graph::EdgeDesc e) {
    const auto& g = graph_.graph();
    const graph::Edge& ed = g[e];
    const auto& rel = graph_.ontology().relation(ed.relation);
    const std::string iri = options_.base_iri + relation_path(graph_, e);
    const std::size_t shown = std::min(ed.evidence.size(), options_.max_evidence);
    const auto evidence_iri = [&](const graph::EvidenceRef& ev) {
      return iri + "/evidence/" + iri_escape(graph_.text(ev.doc)) + "/" + std::to_string(ev.begin) +
             "-" + std::to_string(ev.end);
    };

    begin(iri);
    r_.types.push_back(ng("Relation"));
    add(ng("source"), RdfObject::iri(node_iri(boost::source(e, g))));
    add(ng("target"), RdfObject::iri(node_iri(boost::target(e, g))));
    add(ng("relation"), RdfObject::iri(ng(rel.property)));
    add(ng("symmetric"), RdfObject::typed(rel.symmetric ? "true" : "false", xsd("boolean")));
    add_integer(ng("weight"), ed.weight);
    if (ed.first) add_date(ng("firstDate"), *ed.first);
    if (ed.last) add_date(ng("lastDate"), *ed.last);
    add_integer(ng("documentCount"), ed.documents);
    add_integer(ng("evidenceCount"), ed.evidence.size());
    for (std::size_t i = 0; i < shown; ++i)
      add(ng("evidence"), RdfObject::iri(evidence_iri(ed.evidence[i])));
    emit();

    for (std::size_t i = 0; i < shown; ++i) {
      const graph::EvidenceRef& ev = ed.evidence[i];
      begin(evidence_iri(ev));
      r_.types.push_back(ng("Evidence"));
      add(ng("sentence"), RdfObject::lang(clean_text(ev.sentence), "en"));
      add(prov("wasDerivedFrom"), RdfObject::iri(document_iri(graph_.text(ev.doc))));
      if (const graph::DocumentInfo* d = graph_.find_document(ev.doc)) {
        if (std::string url = url_to_iri(d->url); !url.empty()) {
          add(prov("hadPrimarySource"), RdfObject::iri(std::move(url)));
        }
      }
      add_integer(ng("begin"), ev.begin);
      add_integer(ng("end"), ev.end);
      if (ev.date) add_date(ng("date"), *ev.date);
      if (const std::string_view trigger = graph_.text(ev.trigger); !trigger.empty()) {
        add_string(ng("trigger"), trigger);
      }
      add(ng("confidence"), RdfObject::typed(format_float(ev.confidence), xsd("double")));
      emit();
    }
  }

  const graph::CorpusGraph& graph_;
  const ExportOptions& options_;
  const std::function<void(const RdfResource&)>& sink_;
  const std::string& vocab_;
  RdfResource r_;  // reused, so a subject's strings are the only allocation per resource
};

}  // namespace

void for_each_resource(const graph::CorpusGraph& graph, const ExportOptions& options,
                       const std::function<void(const RdfResource&)>& sink) {
  Emitter(graph, options, sink).run();
}

const std::vector<VocabularyTerm>& vocabulary_terms() {
  static const std::vector<VocabularyTerm> kTerms = {
      {"Relation", Kind::kClass, "", "",
       "One relation between two entities, with its weight, dates and evidence (an n-ary relation "
       "node)."},
      {"Evidence", Kind::kClass, "", "prov:Entity",
       "A sentence of a news article that states a relation."},
      {"metric", Kind::kDatatypeProperty, "xsd:double", "",
       "A numeric node metric computed by graph analysis (PageRank, degree, betweenness...); "
       "each export declares the metrics it holds as sub-properties of this one."},
      {"key", Kind::kDatatypeProperty, "xsd:string", "",
       "The entity's stable newsgraph key, <group>/<id>."},
      {"firstSeen", Kind::kDatatypeProperty, "", "",
       "Publication date of the first document that mentions the entity (xsd:date, gYearMonth or "
       "gYear)."},
      {"lastSeen", Kind::kDatatypeProperty, "", "",
       "Publication date of the last document that mentions the entity."},
      {"documentCount", Kind::kDatatypeProperty, "xsd:integer", "",
       "Number of documents that mention the entity, or that state the relation."},
      {"mentionCount", Kind::kDatatypeProperty, "xsd:integer", "",
       "Number of times the entity is mentioned over all documents."},
      {"source", Kind::kObjectProperty, "", "",
       "The entity a relation goes from (for symmetric relations, the one with the smaller key)."},
      {"target", Kind::kObjectProperty, "", "", "The entity a relation goes to."},
      {"relation", Kind::kObjectProperty, "rdf:Property", "",
       "The relation property this relation node reifies (e.g. ng:spokeWith)."},
      {"symmetric", Kind::kDatatypeProperty, "xsd:boolean", "",
       "Whether the relation holds both ways."},
      {"weight", Kind::kDatatypeProperty, "xsd:integer", "",
       "Number of distinct pieces of evidence for the relation."},
      {"firstDate", Kind::kDatatypeProperty, "", "", "Earliest date of the relation's evidence."},
      {"lastDate", Kind::kDatatypeProperty, "", "", "Latest date of the relation's evidence."},
      {"evidenceCount", Kind::kDatatypeProperty, "xsd:integer", "",
       "Number of pieces of evidence (all, including those not exported)."},
      {"evidence", Kind::kObjectProperty, "ng:Evidence", "",
       "A piece of evidence for the relation (at most --max-evidence are exported)."},
      {"sentence", Kind::kDatatypeProperty, "rdf:langString", "",
       "The sentence that states the relation."},
      {"begin", Kind::kDatatypeProperty, "xsd:integer", "",
       "Code-point offset where the sentence starts in the document text."},
      {"end", Kind::kDatatypeProperty, "xsd:integer", "",
       "Code-point offset where the sentence ends in the document text."},
      {"date", Kind::kDatatypeProperty, "", "",
       "When the stated event happened: the date the sentence gives, else the publication date."},
      {"trigger", Kind::kDatatypeProperty, "xsd:string", "",
       "The word or pattern that asserted the relation."},
      {"confidence", Kind::kDatatypeProperty, "xsd:double", "",
       "The extractor's confidence in [0, 1]."},
  };
  return kTerms;
}

}  // namespace newsgraph::exporter
