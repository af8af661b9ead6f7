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

// compact() memoised for one write(): predicates, types and datatypes come from a small
// set, and scanning every prefix for each of millions of statements showed in profiles.
class Compactor {
 public:
  explicit Compactor(const Prefixes& prefixes) : prefixes_(prefixes) {}
  const std::string& operator()(const std::string& iri) {
    auto it = memo_.find(iri);
    if (it == memo_.end()) it = memo_.emplace(iri, compact(prefixes_, iri)).first;
    return it->second;
  }

 private:
  const Prefixes& prefixes_;
  std::unordered_map<std::string, std::string> memo_;
};

void object(Writer& w, Compactor& compact, const RdfObject& o) {
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
      str(w, compact(o.annotation));
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
  Compactor compacted(prefixes);
  // Reused for every resource: the statements' indices grouped by predicate.
  std::vector<std::string_view> predicates;             // in order of first appearance
  std::vector<std::vector<std::size_t>> by_predicate;   // statement indices, in order
  bool first = true;
  for_each_resource(graph, options_, [&](const RdfResource& r) {
    buffer.Clear();
    Writer w(buffer);
    w.StartObject();
    w.Key("@id");
    str(w, r.subject);
    if (r.types.size() == 1) {
      w.Key("@type");
      str(w, compacted(r.types.front()));
    } else if (!r.types.empty()) {
      w.Key("@type");
      w.StartArray();
      for (const auto& t : r.types) str(w, compacted(t));
      w.EndArray();
    }
    // One key per predicate, in order of first appearance; several values as an array.
    // A resource has a handful of predicates: a linear scan beats hashing them.
    std::size_t groups = 0;
    for (std::size_t i = 0; i < r.statements.size(); ++i) {
      const std::string_view p = r.statements[i].predicate;
      const auto g = static_cast<std::size_t>(
          std::find(predicates.begin(), predicates.begin() + static_cast<std::ptrdiff_t>(groups), p) -
          predicates.begin());
      if (g == groups) {
        if (groups == predicates.size()) {
          predicates.emplace_back();
          by_predicate.emplace_back();
        }
        predicates[groups] = p;
        by_predicate[groups].clear();
        ++groups;
      }
      by_predicate[g].push_back(i);
    }
    for (std::size_t g = 0; g < groups; ++g) {
      const auto& members = by_predicate[g];
      str(w, compacted(r.statements[members.front()].predicate));
      if (members.size() > 1) w.StartArray();
      for (const std::size_t k : members) object(w, compacted, r.statements[k].object);
      if (members.size() > 1) w.EndArray();
    }
    w.EndObject();
    if (!first) out << ",\n";
    first = false;
    out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  });
  out << "\n]\n}\n";
}

}  // namespace newsgraph::exporter
