#include "newsgraph/graph/GraphBuilder.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <map>
#include <numeric>
#include <set>
#include <string_view>
#include <system_error>
#include <thread>
#include <tuple>
#include <unordered_map>

namespace newsgraph::graph {

namespace {

constexpr std::uint32_t kNone = 0xFFFFFFFFu;

// Bytes in an Arena: chunk number, offset in it, length.
struct Blob {
  std::uint32_t chunk = 0, offset = 0, size = 0;
};

// Append-only byte chunks that never move, so views into them stay valid while records
// are added; merging builders adopts the other's chunks instead of copying them.
class Arena {
 public:
  Arena() = default;
  Arena(Arena&&) noexcept = default;
  Arena& operator=(Arena&&) noexcept = default;
  Arena(const Arena& other) { *this = other; }
  Arena& operator=(const Arena& other) {
    if (this == &other) return *this;
    chunks_.clear();
    sizes_ = other.sizes_;
    for (std::size_t i = 0; i < other.chunks_.size(); ++i) {
      chunks_.push_back(std::make_unique_for_overwrite<char[]>(sizes_[i]));
      std::memcpy(chunks_.back().get(), other.chunks_[i].get(), sizes_[i]);
    }
    capacity_ = other.capacity_;
    used_ = other.used_;
    return *this;
  }

  Blob add(std::string_view s) {
    if (s.empty()) return {};
    if (chunks_.empty() || capacity_ - used_ < s.size()) {
      capacity_ = std::max(kChunk, s.size());
      used_ = 0;
      chunks_.push_back(std::make_unique_for_overwrite<char[]>(capacity_));
      sizes_.push_back(capacity_);
    }
    std::memcpy(chunks_.back().get() + used_, s.data(), s.size());
    const Blob b{static_cast<std::uint32_t>(chunks_.size() - 1), static_cast<std::uint32_t>(used_),
                 static_cast<std::uint32_t>(s.size())};
    used_ += s.size();
    return b;
  }

  std::string_view view(Blob b) const {
    return b.size ? std::string_view(chunks_[b.chunk].get() + b.offset, b.size)
                  : std::string_view();
  }

  // Takes `other`'s chunks; returns the number to add to the chunk of its blobs.
  std::uint32_t adopt(Arena&& other) {
    // Its last chunk is mostly empty (a reader's block fills a few): keep only what is used.
    if (!other.chunks_.empty() && other.used_ < other.capacity_) {
      auto exact = std::make_unique_for_overwrite<char[]>(std::max<std::size_t>(other.used_, 1));
      std::memcpy(exact.get(), other.chunks_.back().get(), other.used_);
      other.chunks_.back() = std::move(exact);
      other.sizes_.back() = std::max<std::size_t>(other.used_, 1);
    }
    const auto base = static_cast<std::uint32_t>(chunks_.size());
    for (std::size_t i = 0; i < other.chunks_.size(); ++i) {
      chunks_.push_back(std::move(other.chunks_[i]));
      sizes_.push_back(other.sizes_[i]);
    }
    capacity_ = used_ = 0;  // the last chunk is no longer ours to fill
    other = Arena();
    return base;
  }

 private:
  static constexpr std::size_t kChunk = std::size_t{1} << 20;
  std::vector<std::unique_ptr<char[]>> chunks_;
  std::vector<std::size_t> sizes_;
  std::size_t capacity_ = 0, used_ = 0;
};

// A fast, fixed (unseeded) hash of bytes, eight at a time: interning is the hot path of
// reading a million documents, and ids never reach the output, so only speed matters.
std::uint64_t hash_bytes(std::string_view s) {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  }
  std::uint64_t w = 0;
  if (i < s.size()) std::memcpy(&w, s.data() + i, s.size() - i);
  h = (h ^ w) * 0x94D049BB133111EBull;
  return h ^ (h >> 29);
}

// Open-addressing table of ids; the caller says how to hash an id and compare it with a
// probe, so the keys themselves live elsewhere (in the pool or the edge list).
class IdTable {
 public:
  // The id equal to the probe (hash `h`, matched by `same(id)`), else inserts `fresh`.
  template <typename Same>
  std::pair<std::uint32_t, bool> find_or_insert(std::uint64_t h, const Same& same,
                                                std::uint32_t fresh) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint64_t slot = slots_[i];
      if (slot == 0) {
        slots_[i] = (std::uint64_t{tag} << 32) | (std::uint64_t{fresh} + 1);
        hashes_.resize(std::max<std::size_t>(hashes_.size(), fresh + 1));
        hashes_[fresh] = h;
        ++count_;
        return {fresh, true};
      }
      const auto id = static_cast<std::uint32_t>((slot & 0xFFFFFFFFu) - 1);
      if ((slot >> 32) == tag && same(id)) return {id, false};
    }
  }

 private:
  void grow() {
    std::vector<std::uint64_t> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(64, old.size() * 2), 0);
    const std::size_t mask = slots_.size() - 1;
    for (std::uint64_t slot : old) {
      if (slot == 0) continue;
      const std::uint64_t h = hashes_[(slot & 0xFFFFFFFFu) - 1];
      std::size_t i = h & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }
  std::vector<std::uint64_t> slots_;   // (hash tag << 32) | (id + 1); 0 = empty
  std::vector<std::uint64_t> hashes_;  // full hash by id, for growing
  std::size_t count_ = 0;
};

// Interned strings: keys, names, surface forms, document ids, types, roles, relation
// names, triggers. The same string always gets the same id within one pool.
class StringPool {
 public:
  StringPool() = default;
  StringPool(StringPool&&) noexcept = default;
  StringPool& operator=(StringPool&&) noexcept = default;
  StringPool(const StringPool& other) { *this = other; }
  StringPool& operator=(const StringPool& other) {
    if (this == &other) return *this;
    *this = StringPool();
    for (std::string_view s : other.strings_) intern(s);  // same order, so same ids
    return *this;
  }

  std::uint32_t intern(std::string_view s) {
    const auto fresh = static_cast<std::uint32_t>(strings_.size());
    const auto [id, inserted] = index_.find_or_insert(
        hash_bytes(s), [&](std::uint32_t i) { return strings_[i] == s; }, fresh);
    if (inserted) strings_.push_back(arena_.view(arena_.add(s)));
    return id;
  }
  std::string_view operator[](std::uint32_t id) const { return strings_[id]; }
  std::size_t size() const { return strings_.size(); }
  // Keeps only the bytes (views into them stay valid): no more interning or look-ups.
  void drop_index() {
    std::vector<std::string_view>().swap(strings_);
    index_ = IdTable();
  }

 private:
  Arena arena_;
  std::vector<std::string_view> strings_;
  IdTable index_;
};

// Dates packed into one number with the same order as std::optional<Date> (0 = none).
std::uint32_t pack(const std::optional<Date>& d) {
  if (!d) return 0;
  return 1 + static_cast<std::uint32_t>(((d->year + 100000) * 13 + d->month) * 32 + d->day);
}
std::optional<Date> unpack(std::uint32_t v) {
  if (v == 0) return std::nullopt;
  const int x = static_cast<int>(v - 1);
  return Date{x / 32 / 13 - 100000, x / 32 % 13, x % 32};
}

struct DocRec {
  std::uint32_t id = 0;
  Blob source, url, title;
  std::uint32_t date = 0;
  std::uint32_t outlets = 0, outlet_count = 0, authors = 0, author_count = 0;  // in Store::lists
  std::uint64_t bytes = 0;
};

struct MentionRec {
  std::uint32_t node, doc, text, type, role, count;
  bool canonical;
};

struct NameRec {
  std::uint32_t node, name;
};

struct AttrRec {
  std::uint32_t node, key, value;
};

struct EdgeKey {
  std::uint32_t source, relation, target;
  friend bool operator==(const EdgeKey&, const EdgeKey&) = default;
};

std::uint64_t hash_key(const EdgeKey& k) {
  std::uint64_t h = (std::uint64_t{k.source} << 32 | k.target) * 0x9E3779B97F4A7C15ull;
  h = (h ^ (h >> 31) ^ k.relation) * 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 29);
}

struct EvidenceRec {
  std::uint32_t edge, doc, begin, end, date, trigger;
  float confidence;
  Blob sentence;
};

// Lexicographic comparison of two lists of interned strings.
int compare_lists(const StringPool& pool, const std::uint32_t* a, std::uint32_t na,
                  const std::uint32_t* b, std::uint32_t nb) {
  for (std::uint32_t i = 0; i < std::min(na, nb); ++i) {
    if (a[i] == b[i]) continue;
    if (const int c = pool[a[i]].compare(pool[b[i]]); c != 0) return c;
  }
  return na < nb ? -1 : na > nb ? 1 : 0;
}

int sign(int c) { return c < 0 ? -1 : c > 0 ? 1 : 0; }
template <typename T>
int three_way(const T& a, const T& b) {
  return a < b ? -1 : b < a ? 1 : 0;
}

// Sorts in two halves on two threads, then merges: the big sorts of a million
// documents' records take half the time. The order is total, so the result is the same.
// `items`: a vector, or a deque sorted where it is (a copy would double the peak memory).
template <typename Items, typename Less>
void parallel_sort(Items& items, const Less& less) {
  const auto middle = items.begin() + static_cast<std::ptrdiff_t>(items.size() / 2);
  bool split = false;
  if (items.size() > 100000) {
    try {
      std::thread helper([&] { std::sort(items.begin(), middle, less); });
      std::sort(middle, items.end(), less);
      helper.join();
      split = true;
    } catch (const std::system_error&) {
      // No thread to be had: one sort below.
    }
  }
  if (split)
    std::inplace_merge(items.begin(), middle, items.end(), less);
  else
    std::sort(items.begin(), items.end(), less);
}

void widen(std::optional<Date>& first, std::optional<Date>& last, const std::optional<Date>& d) {
  if (!d) return;
  if (!first || *d < *first) first = d;
  if (!last || *d > *last) last = d;
}

// The node's type: the highest ontology rank among its mentions' types; between types
// of equal rank, the one more documents agree on; then ontology order. `mentions` are
// canonical (sorted by document first), which lets distinct documents be counted by
// comparing each with the last one seen for its type.
TypeId resolve_type(const std::vector<MentionRef>& mentions, const GraphStorage& storage,
                    const Ontology& onto, FreezeStats& stats) {
  const std::size_t types = onto.node_types().size();
  std::vector<std::size_t> docs(types, 0);
  std::vector<std::optional<TextId>> last(types);
  bool any = false;
  for (const MentionRef& m : mentions) {
    const auto t = onto.find_type(storage.texts[m.type]);
    if (!t) {
      ++stats.unknown_types;
      continue;
    }
    any = true;
    if (last[*t] != m.doc) ++docs[*t];
    last[*t] = m.doc;
  }
  if (!any) return 0;
  std::optional<TypeId> best;
  for (std::size_t i = 0; i < types; ++i) {
    if (!docs[i]) continue;
    const auto t = static_cast<TypeId>(i);
    if (!best) {
      best = t;
      continue;
    }
    const int rank = onto.type(t).rank, best_rank = onto.type(*best).rank;
    if (rank > best_rank || (rank == best_rank && docs[i] > docs[*best])) best = t;
  }
  return *best;
}

// Display label: the lexicon name; else the canonical surface most documents use, then
// the longest, then the smallest; else the same over all surfaces.
// (TextIds compare as their texts, so "the smallest" compares ids.)
std::string resolve_label(const std::string& name, const std::vector<MentionRef>& mentions,
                          const GraphStorage& storage) {
  if (!name.empty()) return name;
  for (bool canonical_only : {true, false}) {
    std::map<TextId, std::set<TextId>> docs_by_text;
    for (const MentionRef& m : mentions) {
      if (!canonical_only || m.canonical) docs_by_text[m.text].insert(m.doc);
    }
    if (docs_by_text.empty()) continue;
    const auto better = [&](const auto& a, const auto& b) {
      if (a.second.size() != b.second.size()) return a.second.size() > b.second.size();
      const std::size_t a_size = storage.texts[a.first].size();
      const std::size_t b_size = storage.texts[b.first].size();
      if (a_size != b_size) return a_size > b_size;
      return a.first < b.first;
    };
    auto best = docs_by_text.begin();
    for (auto it = docs_by_text.begin(); it != docs_by_text.end(); ++it) {
      if (better(*it, *best)) best = it;
    }
    return std::string(storage.texts[best->first]);
  }
  return {};
}

// Builds the CorpusGraph from the canonical records, deriving labels, aliases, roles,
// dates and counts.
class FreezeSink : public RecordSink {
 public:
  explicit FreezeSink(const Ontology& onto) : onto_(onto) {}

  void storage(std::shared_ptr<const GraphStorage> storage) override {
    storage_ = std::move(storage);
  }

  void document(DocumentInfo&& document) override { documents_.push_back(std::move(document)); }

  void node(EmittedNode&& record, TypeId type) override {
    Node n;
    n.key = std::move(record.key);
    n.name = std::move(record.name);
    n.attributes = std::move(record.attributes);
    n.type = type;
    n.label = resolve_label(n.name, record.mentions, *storage_);
    const auto text = [&](TextId id) { return storage_->texts[id]; };
    std::set<std::string_view> aliases;
    std::map<std::pair<std::string_view, TypeId>, RoleSpan> roles;
    std::optional<TextId> last_doc;  // mentions come sorted by document
    for (const MentionRef& m : record.mentions) {
      if (text(m.text) != n.label) aliases.insert(text(m.text));
      if (last_doc != m.doc) ++n.documents;
      last_doc = m.doc;
      n.mention_count += m.count;
      const auto date = doc_date(m.doc);
      widen(n.first_seen, n.last_seen, date);
      if (!text(m.role).empty()) {
        const TypeId t = onto_.find_type(text(m.type)).value_or(n.type);
        RoleSpan& span = roles[{text(m.role), t}];
        span.role = std::string(text(m.role));
        span.type = t;
        widen(span.first, span.last, date);
      }
    }
    n.aliases.assign(aliases.begin(), aliases.end());
    for (auto& [k, span] : roles) n.roles.push_back(std::move(span));
    n.mentions = std::move(record.mentions);
    // Boost 1.74 takes the property by const reference: add, then move in (a copy would
    // duplicate every mention for a moment and copy its strings).
    const Vertex v = boost::add_vertex(*graph_);
    (*graph_)[v] = std::move(n);
  }

  void edge(std::uint32_t source, RelationId relation, std::uint32_t target,
            std::vector<EvidenceRef>&& evidence) override {
    Edge e;
    e.relation = relation;
    e.weight = static_cast<std::uint32_t>(evidence.size());
    std::set<std::string_view> outlets;
    std::optional<TextId> last_doc;  // evidence comes sorted by document
    for (const EvidenceRef& ev : evidence) {
      widen(e.first, e.last, ev.date ? ev.date : doc_date(ev.doc));
      if (last_doc == ev.doc) continue;
      last_doc = ev.doc;
      ++e.documents;
      if (const std::uint32_t d = document_of(ev.doc)) {
        const auto& views = outlet_views_[d - 1];
        outlets.insert(views.begin(), views.end());
      }
    }
    e.outlets.assign(outlets.begin(), outlets.end());
    e.evidence = std::move(evidence);
    const EdgeDesc added =
        boost::add_edge(source, target, *graph_).first;  // then moved in, as above
    (*graph_)[added] = std::move(e);
  }

  void unplaced_edge(EdgeRecord&& edge) override { unplaced_.push_back(std::move(edge)); }

  CorpusGraph finish(const FreezeStats& stats) {
    return CorpusGraph(onto_, std::move(graph_), std::move(storage_), std::move(documents_), stats,
                       std::move(unplaced_));
  }

 private:
  // Index + 1 in documents_ of the document with this id (0: none). Looked up for every
  // mention and evidence: a binary search over the documents there was most of freezing
  // a big corpus (a cache miss per step once they outgrow the cache).
  std::uint32_t document_of(TextId id) {
    if (document_by_text_.empty() && !documents_.empty()) index();  // documents come first
    return id < document_by_text_.size() ? document_by_text_[id] : 0;
  }
  std::optional<Date> doc_date(TextId id) {
    const std::uint32_t d = document_of(id);
    return d ? documents_[d - 1].date : std::nullopt;
  }
  void index() {
    document_by_text_ = index_documents(storage_.get(), documents_);
    // Each document's outlet keys as views of the storage's copies (outlet keys are
    // interned), which edges list rather than strings of their own.
    const auto& texts = storage_->texts;
    outlet_views_.resize(documents_.size());
    for (std::size_t d = 0; d < documents_.size(); ++d) {
      for (const std::string& key : documents_[d].outlets)
        outlet_views_[d].push_back(*std::lower_bound(texts.begin(), texts.end(), key));
    }
  }

  const Ontology& onto_;
  std::unique_ptr<Adjacency> graph_ = std::make_unique<Adjacency>();
  std::shared_ptr<const GraphStorage> storage_;
  std::vector<DocumentInfo> documents_;
  std::vector<std::uint32_t> document_by_text_;
  std::vector<std::vector<std::string_view>> outlet_views_;  // by document
  std::vector<EdgeRecord> unplaced_;
};

}  // namespace

struct GraphBuilder::Store {
  StringPool pool;
  Arena text;                        // document sources, URLs, titles; sentences
  std::vector<std::uint32_t> lists;  // documents' outlets and authors (pool ids)
  std::deque<DocRec> documents;      // deques: growing never copies what is there
  std::vector<bool> node_record;     // per pool id: a node record has this key
  std::deque<MentionRec> mentions;
  std::vector<NameRec> names;
  std::vector<AttrRec> attributes;
  std::vector<EdgeKey> edges;  // distinct (source, relation, target) as recorded
  IdTable edge_index;
  std::deque<EvidenceRec> evidence;

  // The document id of consecutive mentions and evidence is nearly always the same.
  std::string last_doc;
  std::uint32_t last_doc_id = kNone;
  std::uint32_t doc_id(const std::string& doc) {
    if (last_doc_id == kNone || doc != last_doc) {
      last_doc_id = pool.intern(doc);
      last_doc = doc;
    }
    return last_doc_id;
  }

  std::uint32_t edge_id(const EdgeKey& key) {
    const auto [id, inserted] = edge_index.find_or_insert(
        hash_key(key), [&](std::uint32_t i) { return edges[i] == key; },
        static_cast<std::uint32_t>(edges.size()));
    if (inserted) edges.push_back(key);
    return id;
  }
  void mark_node(std::uint32_t key) {
    if (node_record.size() <= key)
      node_record.resize(std::max<std::size_t>(key + 1, node_record.size() * 2));
    node_record[key] = true;
  }
  std::uint32_t add_list(const std::vector<std::string>& items) {
    const auto at = static_cast<std::uint32_t>(lists.size());
    for (const auto& s : items) lists.push_back(pool.intern(s));
    return at;
  }
  // After emit(): frees all but the bytes that the emitted records view.
  void keep_only_bytes() {
    Store kept;
    kept.pool = std::move(pool);
    kept.pool.drop_index();
    kept.text = std::move(text);
    *this = std::move(kept);
  }
};

GraphBuilder::GraphBuilder() : store_(std::make_unique<Store>()) {}
GraphBuilder::GraphBuilder(const GraphBuilder& other)
    : store_(other.store_ ? std::make_unique<Store>(*other.store_) : std::make_unique<Store>()) {}
GraphBuilder::GraphBuilder(GraphBuilder&& other) noexcept : store_(std::move(other.store_)) {}
GraphBuilder& GraphBuilder::operator=(const GraphBuilder& other) {
  if (this != &other)
    store_ = other.store_ ? std::make_unique<Store>(*other.store_) : std::make_unique<Store>();
  return *this;
}
GraphBuilder& GraphBuilder::operator=(GraphBuilder&& other) noexcept {
  store_ = std::move(other.store_);
  return *this;
}
GraphBuilder::~GraphBuilder() = default;

std::size_t GraphBuilder::document_records() const { return store_ ? store_->documents.size() : 0; }

bool GraphBuilder::empty() const {
  return !store_ || (store_->documents.empty() && store_->mentions.empty() &&
                     store_->names.empty() && store_->attributes.empty() && store_->edges.empty() &&
                     std::find(store_->node_record.begin(), store_->node_record.end(), true) ==
                         store_->node_record.end());
}

void GraphBuilder::add(DocGraph&& doc) {
  add_document(std::move(doc.document));
  for (auto& n : doc.nodes) add_node(std::move(n));
  for (auto& e : doc.edges) add_edge(std::move(e));
}

void GraphBuilder::add_document(DocumentInfo&& document) {
  if (!store_) store_ = std::make_unique<Store>();
  Store& s = *store_;
  DocRec d;
  d.id = s.pool.intern(document.id);
  d.source = s.text.add(document.source);
  d.url = s.text.add(document.url);
  d.title = s.text.add(document.title);
  d.date = pack(document.date);
  d.outlets = s.add_list(document.outlets);
  d.outlet_count = static_cast<std::uint32_t>(document.outlets.size());
  d.authors = s.add_list(document.authors);
  d.author_count = static_cast<std::uint32_t>(document.authors.size());
  d.bytes = document.bytes;
  s.documents.push_back(d);
}

void GraphBuilder::add_node(NodeRecord&& node) {
  if (!store_) store_ = std::make_unique<Store>();
  Store& s = *store_;
  const std::uint32_t key = s.pool.intern(node.key);
  s.mark_node(key);
  if (!node.name.empty()) s.names.push_back({key, s.pool.intern(node.name)});
  for (const Mention& m : node.mentions) {
    s.mentions.push_back({key, s.doc_id(m.doc), s.pool.intern(m.text), s.pool.intern(m.type),
                          s.pool.intern(m.role), m.count, m.canonical});
  }
  for (const auto& [k, v] : node.attributes)
    s.attributes.push_back({key, s.pool.intern(k), s.pool.intern(v)});
}

void GraphBuilder::add_edge(EdgeRecord&& edge) {
  if (!store_) store_ = std::make_unique<Store>();
  Store& s = *store_;
  const std::uint32_t id = s.edge_id(
      {s.pool.intern(edge.source), s.pool.intern(edge.relation), s.pool.intern(edge.target)});
  for (const Evidence& ev : edge.evidence) {
    s.evidence.push_back({id, s.doc_id(ev.doc), ev.begin, ev.end, pack(ev.date),
                          s.pool.intern(ev.trigger), ev.confidence, s.text.add(ev.sentence)});
  }
}

void GraphBuilder::merge(GraphBuilder&& other) {
  if (!other.store_) return;
  if (empty()) {
    store_ = std::move(other.store_);
    other.store_ = std::make_unique<Store>();
    return;
  }
  Store& s = *store_;
  Store& o = *other.store_;
  std::vector<std::uint32_t> id(o.pool.size());
  for (std::uint32_t i = 0; i < o.pool.size(); ++i) id[i] = s.pool.intern(o.pool[i]);
  const std::uint32_t base = s.text.adopt(std::move(o.text));
  const auto blob = [base](Blob b) {
    if (b.size) b.chunk += base;
    return b;
  };
  const auto list_base = static_cast<std::uint32_t>(s.lists.size());
  for (std::uint32_t v : o.lists) s.lists.push_back(id[v]);
  for (DocRec d : o.documents) {
    d.id = id[d.id];
    d.source = blob(d.source);
    d.url = blob(d.url);
    d.title = blob(d.title);
    d.outlets += list_base;
    d.authors += list_base;
    s.documents.push_back(d);
  }
  for (std::uint32_t k = 0; k < o.node_record.size(); ++k) {
    if (o.node_record[k]) s.mark_node(id[k]);
  }
  for (const MentionRec& m : o.mentions) {
    s.mentions.push_back(
        {id[m.node], id[m.doc], id[m.text], id[m.type], id[m.role], m.count, m.canonical});
  }
  for (const NameRec& n : o.names) s.names.push_back({id[n.node], id[n.name]});
  for (const AttrRec& a : o.attributes)
    s.attributes.push_back({id[a.node], id[a.key], id[a.value]});
  std::vector<std::uint32_t> edge(o.edges.size());
  for (std::size_t i = 0; i < o.edges.size(); ++i) {
    edge[i] = s.edge_id({id[o.edges[i].source], id[o.edges[i].relation], id[o.edges[i].target]});
  }
  for (const EvidenceRec& e : o.evidence) {
    s.evidence.push_back({edge[e.edge], id[e.doc], e.begin, e.end, e.date, id[e.trigger],
                          e.confidence, blob(e.sentence)});
  }
  other.store_ = std::make_unique<Store>();
}

FreezeStats GraphBuilder::emit(const Ontology& onto, RecordSink& sink,
                               Diagnostics& diagnostics) && {
  FreezeStats stats;
  // The store becomes the storage of the records' views: its interned strings and its
  // sentences are handed over, not copied. Everything else in it is freed as it is used.
  std::shared_ptr<Store> held = std::move(store_);
  if (!held) held = std::make_shared<Store>();
  store_ = std::make_unique<Store>();
  Store& st = *held;
  const auto storage = std::make_shared<GraphStorage>();
  storage->bytes = held;
  const StringPool& pool = st.pool;
  const auto str = [&](std::uint32_t id) { return std::string(pool[id]); };
  // Every interned string's rank in byte order, so the sorts below compare numbers.
  std::vector<std::uint32_t> by_rank(pool.size());
  std::iota(by_rank.begin(), by_rank.end(), 0u);
  parallel_sort(by_rank, [&](std::uint32_t a, std::uint32_t b) { return pool[a] < pool[b]; });
  // The ranks are the TextIds of the records handed out, and the storage's table of texts.
  std::vector<std::uint32_t> rank(pool.size());
  std::vector<std::string_view>& ranked_views = storage->texts;
  ranked_views.resize(pool.size());
  for (std::uint32_t r = 0; r < by_rank.size(); ++r) {
    rank[by_rank[r]] = r;
    ranked_views[r] = pool[by_rank[r]];
  }
  std::vector<std::uint32_t>().swap(by_rank);
  sink.storage(storage);

  // Documents: one per id; two different descriptions of one id keep the smallest.
  {
    const auto compare = [&](const DocRec& a, const DocRec& b) {
      if (a.id != b.id) return rank[a.id] < rank[b.id] ? -1 : 1;
      if (const int c = st.text.view(a.source).compare(st.text.view(b.source))) return sign(c);
      if (const int c = st.text.view(a.url).compare(st.text.view(b.url))) return sign(c);
      if (const int c = st.text.view(a.title).compare(st.text.view(b.title))) return sign(c);
      if (a.date != b.date) return a.date < b.date ? -1 : 1;
      if (const int c = compare_lists(pool, st.lists.data() + a.outlets, a.outlet_count,
                                      st.lists.data() + b.outlets, b.outlet_count)) {
        return c;
      }
      if (const int c = compare_lists(pool, st.lists.data() + a.authors, a.author_count,
                                      st.lists.data() + b.authors, b.author_count)) {
        return c;
      }
      return three_way(a.bytes, b.bytes);
    };
    std::deque<DocRec>& documents = st.documents;
    parallel_sort(documents, [&](const DocRec& a, const DocRec& b) { return compare(a, b) < 0; });
    const DocRec* kept = nullptr;
    for (const DocRec& d : documents) {
      if (kept && kept->id == d.id) {
        if (compare(*kept, d) != 0) ++stats.document_conflicts;
        continue;
      }
      kept = &d;
      DocumentInfo info;
      info.id = str(d.id);
      info.source = std::string(st.text.view(d.source));
      info.url = std::string(st.text.view(d.url));
      info.title = std::string(st.text.view(d.title));
      info.date = unpack(d.date);
      for (std::uint32_t i = 0; i < d.outlet_count; ++i)
        info.outlets.push_back(str(st.lists[d.outlets + i]));
      for (std::uint32_t i = 0; i < d.author_count; ++i)
        info.authors.push_back(str(st.lists[d.authors + i]));
      info.bytes = d.bytes;
      sink.document(std::move(info));
    }
    std::vector<std::uint32_t>().swap(st.lists);
    std::deque<DocRec>().swap(st.documents);
  }

  // Vertices in key order.
  std::vector<std::uint32_t> keys;
  for (std::uint32_t k = 0; k < st.node_record.size(); ++k) {
    if (st.node_record[k]) keys.push_back(k);
  }
  std::sort(keys.begin(), keys.end(),
            [&](std::uint32_t a, std::uint32_t b) { return rank[a] < rank[b]; });
  std::vector<std::uint32_t> vertex_of(pool.size(), kNone);
  for (std::uint32_t v = 0; v < keys.size(); ++v) vertex_of[keys[v]] = v;

  std::vector<TypeId> types(keys.size(), 0);
  {
    // Mentions by vertex, then identity (doc, text, type, role, canonical), largest count
    // first; fields replaced by vertex and string ranks first, so sorting compares numbers.
    std::deque<MentionRec>& mentions = st.mentions;
    for (MentionRec& x : mentions) {
      x.node = vertex_of[x.node];
      x.doc = rank[x.doc];
      x.text = rank[x.text];
      x.type = rank[x.type];
      x.role = rank[x.role];
    }
    parallel_sort(mentions, [](const MentionRec& a, const MentionRec& b) {
      return std::tie(a.node, a.doc, a.text, a.type, a.role, a.canonical, b.count) <
             std::tie(b.node, b.doc, b.text, b.type, b.role, b.canonical, a.count);
    });
    std::sort(st.names.begin(), st.names.end(), [&](const NameRec& a, const NameRec& b) {
      if (a.node != b.node) return vertex_of[a.node] < vertex_of[b.node];
      return rank[a.name] < rank[b.name];
    });
    std::sort(st.attributes.begin(), st.attributes.end(), [&](const AttrRec& a, const AttrRec& b) {
      if (a.node != b.node) return vertex_of[a.node] < vertex_of[b.node];
      if (a.key != b.key) return rank[a.key] < rank[b.key];
      return rank[a.value] < rank[b.value];
    });
    std::size_t n = 0, a = 0;
    for (std::uint32_t v = 0; v < keys.size(); ++v) {
      const std::uint32_t key = keys[v];
      EmittedNode record;
      record.key = str(key);
      if (n < st.names.size() && st.names[n].node == key) record.name = str(st.names[n].name);
      while (n < st.names.size() && st.names[n].node == key) ++n;
      for (; a < st.attributes.size() && st.attributes[a].node == key; ++a) {
        record.attributes.emplace(str(st.attributes[a].key),
                                  str(st.attributes[a].value));  // first = smallest
      }
      // Sized once: mentions are most of a big graph, and growing by doubling would leave
      // up to half of each vector unused for the life of the graph.
      std::size_t count = 0;
      while (count < mentions.size() && mentions[count].node == v) ++count;
      record.mentions.reserve(count);
      const MentionRec* previous = nullptr;
      for (std::size_t i = 0; i < count; ++i) {
        const MentionRec& x = mentions[i];
        if (previous && previous->doc == x.doc && previous->text == x.text &&
            previous->type == x.type && previous->role == x.role &&
            previous->canonical == x.canonical) {
          continue;  // same identity: the first had the largest count
        }
        previous = &x;
        record.mentions.push_back({x.doc, x.text, x.type, x.role, x.count, x.canonical});
      }
      // Records used are released as the graph's records grow.
      mentions.erase(mentions.begin(), mentions.begin() + static_cast<std::ptrdiff_t>(count));
      types[v] = resolve_type(record.mentions, *storage, onto, stats);
      sink.node(std::move(record), types[v]);
    }
    std::deque<MentionRec>().swap(st.mentions);
    std::vector<NameRec>().swap(st.names);
    std::vector<AttrRec>().swap(st.attributes);
  }

  // Edges: placed ones grouped by (source, relation, target) vertices, symmetric
  // relations with the smaller key first; the rest grouped by their key strings.
  struct Placed {
    std::uint32_t source;
    RelationId relation;
    std::uint32_t target, edge;
  };
  struct Unplaced {
    std::string_view source, relation, target;
    std::uint32_t edge;
    std::size_t* counter;
  };
  std::vector<Placed> placed;
  std::vector<Unplaced> unplaced;
  std::unordered_map<std::uint32_t, std::optional<RelationId>> relation_of;
  for (std::uint32_t e = 0; e < st.edges.size(); ++e) {
    const EdgeKey& k = st.edges[e];
    auto [it, inserted] = relation_of.emplace(k.relation, std::nullopt);
    if (inserted) it->second = onto.find_relation(pool[k.relation]);
    const std::optional<RelationId> rel = it->second;
    std::string_view src = pool[k.source], tgt = pool[k.target];
    if (rel && onto.relation(*rel).symmetric && tgt < src) std::swap(src, tgt);
    const std::uint32_t s = vertex_of[k.source], t = vertex_of[k.target];
    if (!rel) {
      unplaced.push_back({src, pool[k.relation], tgt, e, &stats.unknown_relations});
    } else if (s == kNone || t == kNone) {
      unplaced.push_back({src, pool[k.relation], tgt, e, &stats.edges_without_node});
    } else if (s == t) {
      unplaced.push_back({src, pool[k.relation], tgt, e, &stats.self_loops});
    } else if (onto.relation(*rel).symmetric && t < s) {
      placed.push_back({t, *rel, s, e});
    } else {
      placed.push_back({s, *rel, t, e});
    }
  }
  const auto placed_key = [](const Placed& p) { return std::tie(p.source, p.relation, p.target); };
  std::sort(placed.begin(), placed.end(), [&](const Placed& a, const Placed& b) {
    return std::tie(a.source, a.relation, a.target, a.edge) <
           std::tie(b.source, b.relation, b.target, b.edge);
  });
  // Output slot of every recorded edge: placed groups first, then unplaced groups.
  std::vector<std::uint32_t> slot(st.edges.size(), kNone);
  std::vector<const Placed*> placed_groups;
  for (std::size_t i = 0; i < placed.size(); ++i) {
    const Placed& p = placed[i];
    if (i == 0 || placed_key(placed[i - 1]) != placed_key(p)) {
      if (!onto.allows(p.relation, types[p.source], types[p.target])) {
        // Grouped with the unplaced below; counted once per group there.
        unplaced.push_back({pool[keys[p.source]], onto.relation(p.relation).id,
                            pool[keys[p.target]], p.edge, &stats.edges_not_allowed});
        for (std::size_t j = i + 1; j < placed.size() && placed_key(placed[j]) == placed_key(p);
             ++j) {
          unplaced.push_back({pool[keys[p.source]], onto.relation(p.relation).id,
                              pool[keys[p.target]], placed[j].edge, &stats.edges_not_allowed});
        }
        while (i + 1 < placed.size() && placed_key(placed[i + 1]) == placed_key(p)) ++i;
        continue;
      }
      placed_groups.push_back(&p);
    }
    slot[p.edge] = static_cast<std::uint32_t>(placed_groups.size() - 1);
  }
  const auto unplaced_key = [](const Unplaced& u) {
    return std::tie(u.source, u.relation, u.target);
  };
  std::sort(unplaced.begin(), unplaced.end(), [&](const Unplaced& a, const Unplaced& b) {
    return std::tie(a.source, a.relation, a.target, a.edge) <
           std::tie(b.source, b.relation, b.target, b.edge);
  });
  std::vector<const Unplaced*> unplaced_groups;
  for (std::size_t i = 0; i < unplaced.size(); ++i) {
    if (i == 0 || unplaced_key(unplaced[i - 1]) != unplaced_key(unplaced[i])) {
      unplaced_groups.push_back(&unplaced[i]);
      ++*unplaced[i].counter;
    }
    slot[unplaced[i].edge] =
        static_cast<std::uint32_t>(placed_groups.size() + unplaced_groups.size() - 1);
  }

  // Evidence by slot, then document and offsets; among records with one identity (doc,
  // begin, end) the smallest full record is kept.
  std::deque<EvidenceRec>& evidences = st.evidence;
  for (EvidenceRec& r : evidences) {
    r.edge = slot[r.edge];
    r.doc = rank[r.doc];
    r.trigger = rank[r.trigger];
  }
  parallel_sort(evidences, [&](const EvidenceRec& a, const EvidenceRec& b) {
    if (std::tie(a.edge, a.doc, a.begin, a.end) != std::tie(b.edge, b.doc, b.begin, b.end)) {
      return std::tie(a.edge, a.doc, a.begin, a.end) < std::tie(b.edge, b.doc, b.begin, b.end);
    }
    if (const int c = st.text.view(a.sentence).compare(st.text.view(b.sentence))) return c < 0;
    return std::tie(a.date, a.trigger, a.confidence) < std::tie(b.date, b.trigger, b.confidence);
  });
  const std::size_t slots = placed_groups.size() + unplaced_groups.size();
  for (std::uint32_t s = 0; s < slots; ++s) {
    std::size_t count = 0;  // sized once and released as used, as mentions above
    while (count < evidences.size() && evidences[count].edge == s) ++count;
    std::vector<EvidenceRef> evidence;
    evidence.reserve(count);
    const EvidenceRec* previous = nullptr;
    for (std::size_t i = 0; i < count; ++i) {
      const EvidenceRec& r = evidences[i];
      if (previous && previous->doc == r.doc && previous->begin == r.begin &&
          previous->end == r.end)
        continue;
      previous = &r;
      evidence.push_back({r.doc, st.text.view(r.sentence), r.begin, r.end, unpack(r.date),
                          r.trigger, r.confidence});
    }
    evidences.erase(evidences.begin(), evidences.begin() + static_cast<std::ptrdiff_t>(count));
    if (s < placed_groups.size()) {
      const Placed& p = *placed_groups[s];
      sink.edge(p.source, p.relation, p.target, std::move(evidence));
    } else {
      const Unplaced& u = *unplaced_groups[s - placed_groups.size()];
      EdgeRecord record{std::string(u.source), std::string(u.relation), std::string(u.target), {}};
      for (const EvidenceRef& ev : evidence) {
        record.evidence.push_back({std::string(ranked_views[ev.doc]), std::string(ev.sentence),
                                   ev.begin, ev.end, ev.date, std::string(ranked_views[ev.trigger]),
                                   ev.confidence});
      }
      sink.unplaced_edge(std::move(record));
    }
  }

  st.keep_only_bytes();

  const auto report = [&](std::size_t n, const char* code, const char* what) {
    if (n) diagnostics.warn(code, "graph", std::to_string(n) + " " + what);
  };
  report(
      stats.document_conflicts, "document-conflict",
      "document ids were described twice with different metadata (kept the first in sort order)");
  report(stats.edges_without_node, "edge-without-node",
         "edges named a node no record describes (left out)");
  report(stats.edges_not_allowed, "edge-not-allowed",
         "edges joined types their relation does not allow (left out)");
  report(stats.unknown_relations, "unknown-relation",
         "edges had a relation the ontology lacks (left out)");
  report(stats.unknown_types, "unknown-type", "mentions had a type the ontology lacks (ignored)");
  return stats;
}

CorpusGraph GraphBuilder::freeze(const Ontology& onto, Diagnostics& diagnostics) && {
  FreezeSink sink(onto);
  const FreezeStats stats = std::move(*this).emit(onto, sink, diagnostics);
  return sink.finish(stats);
}

}  // namespace newsgraph::graph
