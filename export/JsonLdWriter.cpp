#include "JsonLdWriter.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "ExportView.h"
#include "newsgraph/core/Json.h"
#include "newsgraph/export/Escape.h"

namespace newsgraph::exporter {

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void str(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void id_object(Writer& w, const std::string& iri) {
  w.StartObject();
  w.Key("@id");
  str(w, iri);
  w.EndObject();
}

void typed(Writer& w, const std::string& value, const char* type) {
  w.StartObject();
  w.Key("@value");
  str(w, value);
  w.Key("@type");
  w.String(type);
  w.EndObject();
}

// xsd:date, xsd:gYearMonth or xsd:gYear, whichever matches the date's precision.
void date_value(Writer& w, const Date& d) {
  typed(w, d.to_iso(), d.has_day() ? "xsd:date" : d.month ? "xsd:gYearMonth" : "xsd:gYear");
}

void integer(Writer& w, std::uint64_t n) { typed(w, std::to_string(n), "xsd:integer"); }

}  // namespace

Result<std::unique_ptr<GraphWriter>> JsonLdWriter::create(const ExportOptions& options,
                                                          const std::string& schemas_dir) {
  auto doc = load_validated_json(schemas_dir + "/context.jsonld",
                                 schemas_dir + "/context.schema.json");
  if (!doc) return doc.error();
  // Keep the members of the @context object; write() adds "ng" in front of them.
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  (*doc)["@context"].Accept(w);
  const std::string object(buffer.GetString(), buffer.GetSize());
  std::string members = object.substr(1, object.size() - 2);
  if (options.base_iri.rfind("http://", 0) != 0 && options.base_iri.rfind("https://", 0) != 0) {
    return make_error(ErrorCode::kUsage, "--base", "base IRI must be absolute http(s): " + options.base_iri);
  }
  return std::unique_ptr<GraphWriter>(std::make_unique<JsonLdWriter>(options, std::move(members)));
}

void JsonLdWriter::write(const graph::CorpusGraph& graph, std::ostream& out) const {
  const auto& g = graph.graph();
  const auto& onto = graph.ontology();
  const std::string& base = options_.base_iri;
  const auto node_iri = [&](graph::Vertex v) { return base + node_path(g[v]); };

  out << "{\n\"@context\": {";
  rapidjson::StringBuffer prefix;
  {
    Writer w(prefix);
    str(w, onto.vocabulary());
  }
  out << "\"ng\":" << prefix.GetString() << "," << context_json_ << "},\n\"@graph\": [\n";

  rapidjson::StringBuffer buffer;
  bool first = true;
  const auto emit = [&]() {
    if (!first) out << ",\n";
    first = false;
    out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
    buffer.Clear();
  };

  for (const auto& d : graph.documents()) {
    Writer w(buffer);
    w.StartObject();
    w.Key("@id");
    str(w, base + document_path(d.id));
    w.Key("@type");
    w.String("schema:NewsArticle");
    w.Key("schema:identifier");
    str(w, d.id);
    if (!d.title.empty()) { w.Key("schema:headline"); str(w, strip_controls(d.title)); }
    if (!d.url.empty()) { w.Key("schema:url"); typed(w, d.url, "xsd:anyURI"); }
    if (d.date) { w.Key("schema:datePublished"); date_value(w, *d.date); }
    if (!d.outlets.empty()) {
      w.Key("schema:publisher");
      w.StartArray();
      for (const auto& o : d.outlets) id_object(w, base + iri_escape(o));
      w.EndArray();
    }
    if (!d.authors.empty()) {
      w.Key("schema:author");
      w.StartArray();
      for (const auto& a : d.authors) str(w, strip_controls(a));
      w.EndArray();
    }
    w.EndObject();
    emit();
  }

  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const graph::Node& n = g[v];
    const auto& type = onto.type(n.type);
    Writer w(buffer);
    w.StartObject();
    w.Key("@id");
    str(w, node_iri(v));
    w.Key("@type");
    w.StartArray();
    str(w, "schema:" + type.schema_org);
    str(w, "ng:" + type.class_name);
    w.EndArray();
    w.Key("schema:name");
    str(w, strip_controls(n.label));
    if (!n.aliases.empty()) {
      w.Key("schema:alternateName");
      w.StartArray();
      for (const auto& a : n.aliases) str(w, strip_controls(a));
      w.EndArray();
    }
    w.Key("ng:key");
    str(w, n.key);
    if (!n.roles.empty()) {
      w.Key("ng:role");
      w.StartArray();
      for (const auto& r : n.roles) str(w, strip_controls(r.role));
      w.EndArray();
    }
    if (n.first_seen) { w.Key("ng:firstSeen"); date_value(w, *n.first_seen); }
    if (n.last_seen) { w.Key("ng:lastSeen"); date_value(w, *n.last_seen); }
    w.Key("ng:documentCount");
    integer(w, n.documents);
    for (const auto& [name, values] : graph.metrics()) {
      w.Key(("ng:" + name).c_str());
      typed(w, format_double(values[v]), "xsd:double");
    }
    // The plain triples, for simple SPARQL: <source> ng:spokeWith <target>.
    std::map<std::string, std::vector<std::string>> direct;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
      direct["ng:" + onto.relation(g[e].relation).property].push_back(node_iri(boost::target(e, g)));
    }
    for (const auto& [property, targets] : direct) {
      w.Key(property.c_str());
      w.StartArray();
      for (const auto& t : targets) id_object(w, t);
      w.EndArray();
    }
    w.EndObject();
    emit();
  }

  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const graph::Edge& ed = g[e];
    const auto& rel = onto.relation(ed.relation);
    Writer w(buffer);
    w.StartObject();
    w.Key("@id");
    str(w, base + relation_path(graph, e));
    w.Key("@type");
    w.String("ng:Relation");
    w.Key("ng:source");
    id_object(w, node_iri(boost::source(e, g)));
    w.Key("ng:target");
    id_object(w, node_iri(boost::target(e, g)));
    w.Key("ng:relation");
    id_object(w, "ng:" + rel.property);
    w.Key("ng:symmetric");
    w.Bool(rel.symmetric);
    w.Key("ng:weight");
    integer(w, ed.weight);
    if (ed.first) { w.Key("ng:firstDate"); date_value(w, *ed.first); }
    if (ed.last) { w.Key("ng:lastDate"); date_value(w, *ed.last); }
    w.Key("ng:documentCount");
    integer(w, ed.documents);
    w.Key("ng:evidenceCount");
    integer(w, ed.evidence.size());
    w.Key("ng:evidence");
    w.StartArray();
    std::size_t written = 0;
    for (const auto& ev : ed.evidence) {
      if (written++ >= options_.max_evidence) break;
      w.StartObject();
      w.Key("@type");
      w.String("ng:Evidence");
      w.Key("ng:sentence");
      w.StartObject();
      w.Key("@value");
      str(w, strip_controls(ev.sentence));
      w.Key("@language");
      w.String("en");
      w.EndObject();
      w.Key("prov:wasDerivedFrom");
      id_object(w, base + document_path(ev.doc));
      w.Key("ng:begin");
      integer(w, ev.begin);
      w.Key("ng:end");
      integer(w, ev.end);
      if (ev.date) { w.Key("ng:date"); date_value(w, *ev.date); }
      if (!ev.trigger.empty()) { w.Key("ng:trigger"); str(w, ev.trigger); }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    emit();
  }
  out << "\n]\n}\n";
}

}  // namespace newsgraph::exporter
