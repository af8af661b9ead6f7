#include "JsonLdWriter.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <unordered_map>

#include "RdfResources.h"
#include "newsgraph/core/Json.h"

namespace newsgraph::exporter {

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;
using Prefixes = std::vector<std::pair<std::string, std::string>>;

void str(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// "prefix:local" for an IRI under a known namespace (the longest that matches), else the
// IRI itself. Only for keys, types and datatypes; @id values stay absolute.
std::string compact(const Prefixes& prefixes, const std::string& iri) {
  const std::pair<std::string, std::string>* best = nullptr;
  for (const auto& p : prefixes) {
    if (iri.size() > p.second.size() && iri.compare(0, p.second.size(), p.second) == 0 &&
        (!best || p.second.size() > best->second.size())) {
      best = &p;
    }
  }
  if (!best) return iri;
  const std::string local = iri.substr(best->second.size());
  if (local.rfind("//", 0) == 0) return iri;  // would read as an absolute IRI
  return best->first + ":" + local;
}

void object(Writer& w, const Prefixes& prefixes, const RdfObject& o) {
  switch (o.kind) {
    case RdfObject::Kind::kString:
      str(w, o.value);
      return;
    case RdfObject::Kind::kIri:
      w.StartObject();
      w.Key("@id");
      str(w, o.value);
      w.EndObject();
      return;
    case RdfObject::Kind::kLangString:
      w.StartObject();
      w.Key("@value");
      str(w, o.value);
      w.Key("@language");
      str(w, o.annotation);
      w.EndObject();
      return;
    case RdfObject::Kind::kTyped:
      w.StartObject();
      w.Key("@value");
      str(w, o.value);
      w.Key("@type");
      str(w, compact(prefixes, o.annotation));
      w.EndObject();
      return;
  }
}

}  // namespace

Result<std::unique_ptr<GraphWriter>> JsonLdWriter::create(const ExportOptions& options,
                                                          const std::string& schemas_dir) {
  auto doc =
      load_validated_json(schemas_dir + "/context.jsonld", schemas_dir + "/context.schema.json");
  if (!doc) return doc.error();
  // Keep the members of the @context object; write() adds "ng" in front of them.
  const rapidjson::Value& context = (*doc)["@context"];
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  context.Accept(w);
  const std::string object_text(buffer.GetString(), buffer.GetSize());
  std::string members = object_text.substr(1, object_text.size() - 2);
  Prefixes prefixes;
  for (auto it = context.MemberBegin(); it != context.MemberEnd(); ++it) {
    if (!it->value.IsString()) continue;
    const std::string iri = it->value.GetString();
    // A namespace (ends like one); terms such as "name": "schema:name" are not prefixes.
    if (!iri.empty() && (iri.back() == '/' || iri.back() == '#') &&
        iri.find("://") != std::string::npos) {
      prefixes.emplace_back(it->name.GetString(), iri);
    }
  }
  return std::unique_ptr<GraphWriter>(
      std::make_unique<JsonLdWriter>(options, std::move(members), std::move(prefixes)));
}

void JsonLdWriter::write(const graph::CorpusGraph& graph, std::ostream& out) const {
  Prefixes prefixes = prefixes_;
  prefixes.emplace_back("ng", graph.ontology().vocabulary());

  out << "{\n\"@context\": {";
  rapidjson::StringBuffer prefix;
  {
    Writer w(prefix);
    str(w, graph.ontology().vocabulary());
  }
  out << "\"ng\":" << prefix.GetString() << "," << context_json_ << "},\n\"@graph\": [\n";

  rapidjson::StringBuffer buffer;
  bool first = true;
  for_each_resource(graph, options_, [&](const RdfResource& r) {
    buffer.Clear();
    Writer w(buffer);
    w.StartObject();
    w.Key("@id");
    str(w, r.subject);
    if (r.types.size() == 1) {
      w.Key("@type");
      str(w, compact(prefixes, r.types.front()));
    } else if (!r.types.empty()) {
      w.Key("@type");
      w.StartArray();
      for (const auto& t : r.types) str(w, compact(prefixes, t));
      w.EndArray();
    }
    // One key per predicate, in order of first appearance; several values as an array.
    std::unordered_map<std::string_view, std::size_t> rank;
    for (const auto& st : r.statements) rank.emplace(st.predicate, rank.size());
    std::vector<std::size_t> order(r.statements.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return rank[r.statements[a].predicate] < rank[r.statements[b].predicate];
    });
    for (std::size_t i = 0; i < order.size();) {
      std::size_t end = i;
      while (end < order.size() &&
             r.statements[order[end]].predicate == r.statements[order[i]].predicate)
        ++end;
      str(w, compact(prefixes, r.statements[order[i]].predicate));
      if (end - i > 1) w.StartArray();
      for (std::size_t k = i; k < end; ++k) object(w, prefixes, r.statements[order[k]].object);
      if (end - i > 1) w.EndArray();
      i = end;
    }
    w.EndObject();
    if (!first) out << ",\n";
    first = false;
    out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  });
  out << "\n]\n}\n";
}

}  // namespace newsgraph::exporter
