#include "newsgraph/graph/NativeFormat.h"

#include <algorithm>
#include <deque>
#include <future>
#include <memory>
#include <system_error>
#include <thread>
#include <variant>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "newsgraph/core/Json.h"

namespace newsgraph::graph {

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void key(Writer& w, const char* k) { w.Key(k); }
void str(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
void str_field(Writer& w, const char* k, std::string_view s) {
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

// The strings of a Mention (a per-document graph) or of a MentionRef (a frozen graph,
// whose strings are ids into its storage).
struct MentionTexts {
  std::string_view doc, text, type, role;
};
MentionTexts texts_of(const Mention& m, const GraphStorage*) {
  return {m.doc, m.text, m.type, m.role};
}
MentionTexts texts_of(const MentionRef& m, const GraphStorage* storage) {
  const auto& t = storage->texts;
  return {t[m.doc], t[m.text], t[m.type], t[m.role]};
}

template <typename M>
void write_mention(Writer& w, const M& m, const GraphStorage* storage) {
  const MentionTexts t = texts_of(m, storage);
  w.StartObject();
  str_field(w, "doc", t.doc);
  str_field(w, "text", t.text);
  str_field(w, "type", t.type);
  str_field(w, "role", t.role);
  key(w, "n");
  w.Uint(m.count);
  if (m.canonical) {
    key(w, "canonical");
    w.Bool(true);
  }
  w.EndObject();
}

template <typename M>
void write_node(Writer& w, const std::string& node_key, const std::string& name,
                const std::vector<M>& mentions,
                const std::map<std::string, std::string>& attributes, const GraphStorage* storage) {
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
  for (const auto& m : mentions) write_mention(w, m, storage);
  w.EndArray();
  w.EndObject();
}

// Evidence or EvidenceRef, as mentions above.
struct EvidenceTexts {
  std::string_view doc, trigger;
};
EvidenceTexts texts_of(const Evidence& e, const GraphStorage*) { return {e.doc, e.trigger}; }
EvidenceTexts texts_of(const EvidenceRef& e, const GraphStorage* storage) {
  return {storage->texts[e.doc], storage->texts[e.trigger]};
}

template <typename E>
void write_evidence(Writer& w, const E& e, const GraphStorage* storage) {
  const EvidenceTexts t = texts_of(e, storage);
  w.StartObject();
  str_field(w, "doc", t.doc);
  str_field(w, "sentence", e.sentence);
  key(w, "begin");
  w.Uint(e.begin);
  key(w, "end");
  w.Uint(e.end);
  if (e.date) str_field(w, "date", e.date->to_iso());
  str_field(w, "trigger", t.trigger);
  key(w, "confidence");
  // Three decimals keep files stable across platforms' float formatting.
  w.Double(static_cast<double>(static_cast<long>(e.confidence * 1000.0f + 0.5f)) / 1000.0);
  w.EndObject();
}

template <typename E>
void write_edge(Writer& w, const std::string& source, const std::string& relation,
                const std::string& target, const std::vector<E>& evidence,
                const GraphStorage* storage) {
  w.StartObject();
  str_field(w, "source", source);
  str_field(w, "relation", relation);
  str_field(w, "target", target);
  key(w, "evidence");
  w.StartArray();
  for (const auto& e : evidence) write_evidence(w, e, storage);
  w.EndArray();
  w.EndObject();
}

void flush_line(rapidjson::StringBuffer& buffer, std::ostream& out) {
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out.put('\n');
  buffer.Clear();
}

void write_edge_line(rapidjson::StringBuffer& buffer, const std::string& source, const std::string& relation,
                     const std::string& target, const std::vector<Evidence>& evidence, std::ostream& out) {
  Writer w(buffer);
  w.StartObject();
  key(w, "edge");
  write_edge(w, source, relation, target, evidence, nullptr);
  w.EndObject();
  flush_line(buffer, out);
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
  for (const auto& n : doc.nodes) write_node(w, n.key, n.name, n.mentions, n.attributes, nullptr);
  w.EndArray();
  key(w, "edges");
  w.StartArray();
  for (const auto& e : doc.edges)
    write_edge(w, e.source, e.relation, e.target, e.evidence, nullptr);
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
    write_node(w, g[v].key, g[v].name, g[v].mentions, g[v].attributes, graph.storage().get());
    w.EndObject();
    flush_line(buffer, out);
  }
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    Writer w(buffer);
    w.StartObject();
    key(w, "edge");
    write_edge(w, g[boost::source(e, g)].key, graph.ontology().relation(g[e].relation).id,
               g[boost::target(e, g)].key, g[e].evidence, graph.storage().get());
    w.EndObject();
    flush_line(buffer, out);
  }
  for (const EdgeRecord& e : graph.unplaced_edges()) write_edge_line(buffer, e.source, e.relation, e.target, e.evidence, out);
}

namespace {

// Records waiting to be formatted: edges refer to their node keys and relation names,
// which outlive the batch (node keys are all known before the first edge comes).
struct EdgeLine {
  const std::string* source = nullptr;
  const std::string* relation = nullptr;
  const std::string* target = nullptr;
  std::vector<EvidenceRef> evidence;
};
using PendingRecord = std::variant<DocumentInfo, EmittedNode, EdgeLine, EdgeRecord>;

std::string format_batch(const std::vector<PendingRecord>& records, const GraphStorage& storage) {
  rapidjson::StringBuffer buffer;
  for (const PendingRecord& r : records) {
    Writer w(buffer);
    w.StartObject();
    if (const auto* d = std::get_if<DocumentInfo>(&r)) {
      key(w, "document");
      write_document(w, *d);
    } else if (const auto* n = std::get_if<EmittedNode>(&r)) {
      key(w, "node");
      write_node(w, n->key, n->name, n->mentions, n->attributes, &storage);
    } else if (const auto* e = std::get_if<EdgeLine>(&r)) {
      key(w, "edge");
      write_edge(w, *e->source, *e->relation, *e->target, e->evidence, &storage);
    } else {
      const auto& u = std::get<EdgeRecord>(r);
      key(w, "edge");
      write_edge(w, u.source, u.relation, u.target, u.evidence, nullptr);
    }
    w.EndObject();
    buffer.Put('\n');
  }
  return std::string(buffer.GetString(), buffer.GetSize());
}

// Writes the canonical records as they come: the lines write_native(freeze(...)) writes.
// Batches of records are formatted on helper threads and written in order, so the
// formatting of gigabytes of JSON overlaps the sorting and gathering of the records.
class NativeSink : public RecordSink {
 public:
  NativeSink(const Ontology& ontology, std::ostream& out, NativeSummary& summary)
      : ontology_(ontology), out_(out), summary_(summary),
        formatters_(std::clamp(std::thread::hardware_concurrency(), 1u, 4u)) {
    summary_.nodes_by_type.assign(ontology.node_types().size(), 0);
    summary_.edges_by_relation.assign(ontology.relations().size(), 0);
    write_native_header(out_);
  }

  // Batches are formatted after emit() returns: their views need the bytes until then.
  void storage(std::shared_ptr<const GraphStorage> storage) override {
    storage_ = std::move(storage);
  }

  void document(DocumentInfo&& document) override {
    ++summary_.documents;
    push(std::move(document), 64 + document.title.size());
  }

  void node(EmittedNode&& node, TypeId type) override {
    ++summary_.nodes;
    ++summary_.nodes_by_type[type];
    keys_.push_back(node.key);
    const std::size_t bytes = 64 * (node.mentions.size() + 1);
    push(std::move(node), bytes);
  }

  void edge(std::uint32_t source, RelationId relation, std::uint32_t target,
            std::vector<EvidenceRef>&& evidence) override {
    ++summary_.edges;
    ++summary_.edges_by_relation[relation];
    std::size_t bytes = 64;
    for (const EvidenceRef& e : evidence) bytes += 96 + e.sentence.size();
    push(EdgeLine{&keys_[source], &ontology_.relation(relation).id, &keys_[target], std::move(evidence)}, bytes);
  }

  void unplaced_edge(EdgeRecord&& edge) override { push(std::move(edge), 64 + 160 * edge.evidence.size()); }

  // Writes what is still pending; call once, after the last record.
  void finish() {
    launch();
    while (!pending_.empty()) write_next();
  }

 private:
  static constexpr std::size_t kBatchBytes = std::size_t{4} << 20;

  void push(PendingRecord&& record, std::size_t bytes) {
    batch_.push_back(std::move(record));
    batch_bytes_ += bytes;
    if (batch_bytes_ >= kBatchBytes) launch();
  }

  void launch() {
    if (batch_.empty()) return;
    auto records = std::make_shared<std::vector<PendingRecord>>(std::move(batch_));
    batch_ = {};
    batch_bytes_ = 0;
    try {
      pending_.push_back(std::async(std::launch::async, [records, storage = storage_] {
        return format_batch(*records, *storage);
      }));
    } catch (const std::system_error&) {
      // No thread to be had: format here.
      std::promise<std::string> done;
      done.set_value(format_batch(*records, *storage_));
      pending_.push_back(done.get_future());
    }
    while (pending_.size() > formatters_) write_next();
  }

  void write_next() {
    const std::string text = pending_.front().get();
    pending_.pop_front();
    out_.write(text.data(), static_cast<std::streamsize>(text.size()));
  }

  const Ontology& ontology_;
  std::ostream& out_;
  NativeSummary& summary_;
  std::shared_ptr<const GraphStorage> storage_;
  const unsigned formatters_;
  std::deque<std::string> keys_;  // a deque: edges keep pointers into it while it grows
  std::vector<PendingRecord> batch_;
  std::size_t batch_bytes_ = 0;
  std::deque<std::future<std::string>> pending_;
};

}  // namespace

NativeSummary write_native(GraphBuilder&& builder, const Ontology& ontology, std::ostream& out,
                           Diagnostics& diagnostics) {
  NativeSummary summary;
  NativeSink sink(ontology, out, summary);
  summary.stats = std::move(builder).emit(ontology, sink, diagnostics);
  sink.finish();
  return summary;
}

namespace {

// A block of whole lines, parsed off the reading thread into its own builder; the
// reading thread merges the builders in file order, so records and diagnostics come in
// file order and the interning of most strings happens in parallel.
struct ParsedBlock {
  GraphBuilder builder;
  Diagnostics diagnostics;
  NativeReadStats stats;
  std::optional<Error> error;  // an unsupported version: the read stops there
};

// Parses one line (NUL-terminated, parsed in place: no copies of its strings in the
// DOM) into `out`; returns the error that stops the read, if any.
std::optional<Error> parse_line(char* line, std::size_t size, std::size_t number, const std::string& source,
                                ParsedBlock& out) {
  if (size == 0 || (size == 1 && line[0] == '\r')) return std::nullopt;
  const auto where = [&] { return source + ":" + std::to_string(number); };
  rapidjson::Document doc;
  doc.ParseInsitu(line);
  if (doc.HasParseError() || !doc.IsObject()) {
    out.diagnostics.warn("bad-graph-line", where(), "not a JSON object; line skipped");
    ++out.stats.bad_lines;
    return std::nullopt;
  }
  try {
    if (doc.HasMember("format")) {
      if (get_string(doc, "format", true) != "newsgraph") throw RecordError{"not a newsgraph file"};
      const auto version = get_uint(doc, "version", 0);
      if (version != kNativeFormatVersion) {
        return make_error(ErrorCode::kUnsupported, where(),
                          "graph file version " + std::to_string(version) +
                              " is not supported (this build reads version " +
                              std::to_string(kNativeFormatVersion) + ")");
      }
      return std::nullopt;
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
    if (doc_graph) out.builder.add(std::move(*doc_graph));
    if (node) out.builder.add_node(std::move(*node));
    if (edge) out.builder.add_edge(std::move(*edge));
    ++out.stats.records;
  } catch (const RecordError& e) {
    out.diagnostics.warn("bad-graph-line", where(), e.message + "; line skipped");
    ++out.stats.bad_lines;
  }
  return std::nullopt;
}

// `text` holds whole lines (the last may lack its newline); the first is line `first`.
// Each newline becomes the NUL that ends its line, for parsing in place.
ParsedBlock parse_block(std::string& text, std::size_t first, const std::string& source) {
  ParsedBlock out;
  std::size_t begin = 0, number = first;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    text[end] = '\0';  // at text.size() it already is
    ++out.stats.lines;
    if (auto error = parse_line(text.data() + begin, end - begin, number++, source, out)) {
      out.error = std::move(error);
      break;
    }
    begin = end + 1;
  }
  return out;
}

constexpr std::size_t kBlockBytes = std::size_t{4} << 20;  // read and parsed at once

}  // namespace

Result<NativeReadStats> read_native(std::istream& in, const std::string& source,
                                    GraphBuilder& builder, Diagnostics& diagnostics) {
  NativeReadStats stats;
  const unsigned parsers = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
  std::deque<std::future<ParsedBlock>> pending;
  const auto merge_next = [&]() -> std::optional<Error> {
    ParsedBlock block = pending.front().get();
    pending.pop_front();
    builder.merge(std::move(block.builder));
    diagnostics.append(std::move(block.diagnostics));
    stats.lines += block.stats.lines;
    stats.records += block.stats.records;
    stats.bad_lines += block.stats.bad_lines;
    return std::move(block.error);
  };
  const auto launch = [&](std::string&& text, std::size_t first) {
    const auto shared = std::make_shared<std::string>(std::move(text));
    try {
      pending.push_back(std::async(std::launch::async, [shared, first, &source] {
        return parse_block(*shared, first, source);
      }));
    } catch (const std::system_error&) {
      // No thread to be had: parse here.
      std::promise<ParsedBlock> done;
      done.set_value(parse_block(*shared, first, source));
      pending.push_back(done.get_future());
    }
  };
  std::string carry, chunk(kBlockBytes, '\0');
  std::size_t next_line = 1;
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    carry.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
    const std::size_t cut = carry.rfind('\n');
    if (cut == std::string::npos || (carry.size() < kBlockBytes && in)) continue;
    std::string rest = carry.substr(cut + 1);
    carry.resize(cut + 1);
    const std::size_t lines = static_cast<std::size_t>(std::count(carry.begin(), carry.end(), '\n'));
    launch(std::move(carry), next_line);
    next_line += lines;
    carry = std::move(rest);
    if (pending.size() > parsers) {
      if (auto error = merge_next()) return *error;
    }
  }
  if (!carry.empty()) launch(std::move(carry), next_line);
  while (!pending.empty()) {
    if (auto error = merge_next()) return *error;
  }
  if (in.bad()) return make_error(ErrorCode::kIo, source, "read failed");
  return stats;
}

}  // namespace newsgraph::graph
