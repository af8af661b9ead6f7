#include "newsgraph/graph/NativeFormat.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "newsgraph/core/Json.h"

namespace newsgraph::graph {

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void key(Writer& w, const char* k) { w.Key(k); }
void str(Writer& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
void str_field(Writer& w, const char* k, const std::string& s) {
  if (s.empty()) return;
  key(w, k);
  str(w, s);
}
void list_field(Writer& w, const char* k, const std::vector<std::string>& v) {
  if (v.empty()) return;
  key(w, k);
  w.StartArray();
  for (const auto& s : v) str(w, s);
  w.EndArray();
}

void write_document(Writer& w, const DocumentInfo& d) {
  w.StartObject();
  str_field(w, "id", d.id);
  str_field(w, "source", d.source);
  str_field(w, "url", d.url);
  str_field(w, "title", d.title);
  if (d.date) str_field(w, "date", d.date->to_iso());
  list_field(w, "outlets", d.outlets);
  list_field(w, "authors", d.authors);
  key(w, "bytes");
  w.Uint64(d.bytes);
  w.EndObject();
}

void write_mention(Writer& w, const Mention& m) {
  w.StartObject();
  str_field(w, "doc", m.doc);
  str_field(w, "text", m.text);
  str_field(w, "type", m.type);
  str_field(w, "role", m.role);
  key(w, "n");
  w.Uint(m.count);
  if (m.canonical) {
    key(w, "canonical");
    w.Bool(true);
  }
  w.EndObject();
}

void write_node(Writer& w, const std::string& node_key, const std::string& name,
                const std::vector<Mention>& mentions,
                const std::map<std::string, std::string>& attributes) {
  w.StartObject();
  str_field(w, "key", node_key);
  str_field(w, "name", name);
  if (!attributes.empty()) {
    key(w, "attributes");
    w.StartObject();
    for (const auto& [k, v] : attributes) {
      str(w, k);
      str(w, v);
    }
    w.EndObject();
  }
  key(w, "mentions");
  w.StartArray();
  for (const auto& m : mentions) write_mention(w, m);
  w.EndArray();
  w.EndObject();
}

void write_evidence(Writer& w, const Evidence& e) {
  w.StartObject();
  str_field(w, "doc", e.doc);
  str_field(w, "sentence", e.sentence);
  key(w, "begin");
  w.Uint(e.begin);
  key(w, "end");
  w.Uint(e.end);
  if (e.date) str_field(w, "date", e.date->to_iso());
  str_field(w, "trigger", e.trigger);
  key(w, "confidence");
  // Three decimals keep files stable across platforms' float formatting.
  w.Double(static_cast<double>(static_cast<long>(e.confidence * 1000.0f + 0.5f)) / 1000.0);
  w.EndObject();
}

void write_edge(Writer& w, const std::string& source, const std::string& relation,
                const std::string& target, const std::vector<Evidence>& evidence) {
  w.StartObject();
  str_field(w, "source", source);
  str_field(w, "relation", relation);
  str_field(w, "target", target);
  key(w, "evidence");
  w.StartArray();
  for (const auto& e : evidence) write_evidence(w, e);
  w.EndArray();
  w.EndObject();
}

void flush_line(rapidjson::StringBuffer& buffer, std::ostream& out) {
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out.put('\n');
  buffer.Clear();
}

// A malformed record, thrown and caught inside read_native only (never escapes the
// library): it keeps the many nested field checks flat.
struct RecordError {
  std::string message;
};

std::string get_string(const rapidjson::Value& v, const char* name, bool required) {
  const auto it = v.FindMember(name);
  if (it == v.MemberEnd()) {
    if (required) throw RecordError{std::string("missing \"") + name + "\""};
    return {};
  }
  if (!it->value.IsString()) throw RecordError{std::string("\"") + name + "\" is not a string"};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

std::vector<std::string> get_strings(const rapidjson::Value& v, const char* name) {
  std::vector<std::string> out;
  const auto it = v.FindMember(name);
  if (it == v.MemberEnd()) return out;
  if (!it->value.IsArray()) throw RecordError{std::string("\"") + name + "\" is not an array"};
  for (const auto& s : it->value.GetArray()) {
    if (!s.IsString()) throw RecordError{std::string("\"") + name + "\" holds a non-string"};
    out.emplace_back(s.GetString(), s.GetStringLength());
  }
  return out;
}

std::optional<Date> get_date(const rapidjson::Value& v, const char* name) {
  const std::string text = get_string(v, name, false);
  if (text.empty()) return std::nullopt;
  auto d = Date::parse_iso(text);
  if (!d) throw RecordError{std::string("\"") + name + "\" is not a valid ISO date: " + text};
  return d;
}

std::uint64_t get_uint(const rapidjson::Value& v, const char* name, std::uint64_t fallback) {
  const auto it = v.FindMember(name);
  if (it == v.MemberEnd()) return fallback;
  if (!it->value.IsUint64()) throw RecordError{std::string("\"") + name + "\" is not a count"};
  return it->value.GetUint64();
}

const rapidjson::Value& get_array(const rapidjson::Value& v, const char* name) {
  static const rapidjson::Value kEmpty(rapidjson::kArrayType);
  const auto it = v.FindMember(name);
  if (it == v.MemberEnd()) return kEmpty;
  if (!it->value.IsArray()) throw RecordError{std::string("\"") + name + "\" is not an array"};
  return it->value;
}

void require_object(const rapidjson::Value& v, const char* what) {
  if (!v.IsObject()) throw RecordError{std::string(what) + " is not an object"};
}

DocumentInfo read_document(const rapidjson::Value& v) {
  require_object(v, "document");
  DocumentInfo d;
  d.id = get_string(v, "id", true);
  d.source = get_string(v, "source", false);
  d.url = get_string(v, "url", false);
  d.title = get_string(v, "title", false);
  d.date = get_date(v, "date");
  d.outlets = get_strings(v, "outlets");
  d.authors = get_strings(v, "authors");
  d.bytes = get_uint(v, "bytes", 0);
  return d;
}

NodeRecord read_node(const rapidjson::Value& v) {
  require_object(v, "node");
  NodeRecord n;
  n.key = get_string(v, "key", true);
  n.name = get_string(v, "name", false);
  if (const auto it = v.FindMember("attributes"); it != v.MemberEnd()) {
    if (!it->value.IsObject()) throw RecordError{"\"attributes\" is not an object"};
    for (const auto& m : it->value.GetObject()) {
      if (!m.value.IsString()) throw RecordError{"attribute values must be strings"};
      n.attributes.emplace(m.name.GetString(), m.value.GetString());
    }
  }
  for (const auto& m : get_array(v, "mentions").GetArray()) {
    require_object(m, "mention");
    Mention x;
    x.doc = get_string(m, "doc", true);
    x.text = get_string(m, "text", true);
    x.type = get_string(m, "type", false);
    x.role = get_string(m, "role", false);
    x.count = static_cast<std::uint32_t>(get_uint(m, "n", 1));
    const auto c = m.FindMember("canonical");
    x.canonical = c != m.MemberEnd() && c->value.IsBool() && c->value.GetBool();
    n.mentions.push_back(std::move(x));
  }
  return n;
}

EdgeRecord read_edge(const rapidjson::Value& v) {
  require_object(v, "edge");
  EdgeRecord e;
  e.source = get_string(v, "source", true);
  e.relation = get_string(v, "relation", true);
  e.target = get_string(v, "target", true);
  for (const auto& x : get_array(v, "evidence").GetArray()) {
    require_object(x, "evidence");
    Evidence ev;
    ev.doc = get_string(x, "doc", true);
    ev.sentence = get_string(x, "sentence", false);
    ev.begin = static_cast<std::uint32_t>(get_uint(x, "begin", 0));
    ev.end = static_cast<std::uint32_t>(get_uint(x, "end", 0));
    ev.date = get_date(x, "date");
    ev.trigger = get_string(x, "trigger", false);
    if (const auto c = x.FindMember("confidence"); c != x.MemberEnd()) {
      if (!c->value.IsNumber()) throw RecordError{"\"confidence\" is not a number"};
      ev.confidence = static_cast<float>(c->value.GetDouble());
    }
    e.evidence.push_back(std::move(ev));
  }
  return e;
}

}  // namespace

void write_native_header(std::ostream& out) {
  out << "{\"format\":\"newsgraph\",\"version\":" << kNativeFormatVersion << "}\n";
}

void write_native_line(const DocGraph& doc, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  key(w, "document");
  write_document(w, doc.document);
  key(w, "nodes");
  w.StartArray();
  for (const auto& n : doc.nodes) write_node(w, n.key, n.name, n.mentions, n.attributes);
  w.EndArray();
  key(w, "edges");
  w.StartArray();
  for (const auto& e : doc.edges) write_edge(w, e.source, e.relation, e.target, e.evidence);
  w.EndArray();
  w.EndObject();
  flush_line(buffer, out);
}

void write_native(const CorpusGraph& graph, std::ostream& out) {
  write_native_header(out);
  rapidjson::StringBuffer buffer;
  for (const auto& d : graph.documents()) {
    Writer w(buffer);
    w.StartObject();
    key(w, "document");
    write_document(w, d);
    w.EndObject();
    flush_line(buffer, out);
  }
  const Adjacency& g = graph.graph();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    Writer w(buffer);
    w.StartObject();
    key(w, "node");
    write_node(w, g[v].key, g[v].name, g[v].mentions, g[v].attributes);
    w.EndObject();
    flush_line(buffer, out);
  }
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    Writer w(buffer);
    w.StartObject();
    key(w, "edge");
    write_edge(w, g[boost::source(e, g)].key, graph.ontology().relation(g[e].relation).id,
               g[boost::target(e, g)].key, g[e].evidence);
    w.EndObject();
    flush_line(buffer, out);
  }
}

Result<NativeReadStats> read_native(std::istream& in, const std::string& source,
                                    GraphBuilder& builder, Diagnostics& diagnostics) {
  NativeReadStats stats;
  std::string line;
  while (std::getline(in, line)) {
    ++stats.lines;
    if (line.empty() || line == "\r") continue;
    const std::string where = source + ":" + std::to_string(stats.lines);
    rapidjson::Document doc;
    doc.Parse(line.data(), line.size());
    if (doc.HasParseError() || !doc.IsObject()) {
      diagnostics.warn("bad-graph-line", where, "not a JSON object; line skipped");
      ++stats.bad_lines;
      continue;
    }
    try {
      if (doc.HasMember("format")) {
        if (get_string(doc, "format", true) != "newsgraph") throw RecordError{"not a newsgraph file"};
        const auto version = get_uint(doc, "version", 0);
        if (version != kNativeFormatVersion) {
          return make_error(ErrorCode::kUnsupported, where,
                            "graph file version " + std::to_string(version) +
                                " is not supported (this build reads version " +
                                std::to_string(kNativeFormatVersion) + ")");
        }
        continue;
      }
      // Parse the whole line before adding anything, so a bad line adds nothing.
      std::optional<DocGraph> doc_graph;
      std::optional<NodeRecord> node;
      std::optional<EdgeRecord> edge;
      if (const auto it = doc.FindMember("document"); it != doc.MemberEnd()) {
        doc_graph.emplace();
        doc_graph->document = read_document(it->value);
        for (const auto& n : get_array(doc, "nodes").GetArray()) doc_graph->nodes.push_back(read_node(n));
        for (const auto& e : get_array(doc, "edges").GetArray()) doc_graph->edges.push_back(read_edge(e));
      }
      if (const auto it = doc.FindMember("node"); it != doc.MemberEnd()) node = read_node(it->value);
      if (const auto it = doc.FindMember("edge"); it != doc.MemberEnd()) edge = read_edge(it->value);
      if (!doc_graph && !node && !edge) throw RecordError{"no \"document\", \"node\" or \"edge\" record"};
      if (doc_graph) builder.add(std::move(*doc_graph));
      if (node) builder.add_node(std::move(*node));
      if (edge) builder.add_edge(std::move(*edge));
      ++stats.records;
    } catch (const RecordError& e) {
      diagnostics.warn("bad-graph-line", where, e.message + "; line skipped");
      ++stats.bad_lines;
    }
  }
  if (in.bad()) return make_error(ErrorCode::kIo, source, "read failed");
  return stats;
}

}  // namespace newsgraph::graph
