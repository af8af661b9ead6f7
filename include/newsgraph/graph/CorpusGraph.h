// CorpusGraph: the frozen, canonical corpus graph on boost::adjacency_list.
//
// Vertices are in key order and edges in (source key, relation, target key) order, so
// every traversal, analysis and export is deterministic whatever the input order or
// thread count. Built by GraphBuilder::freeze(); read-only afterwards except for metric
// columns that analyses attach.
//
//   CorpusGraph g = std::move(builder).freeze(ontology, diagnostics);
//   for (auto v : boost::make_iterator_range(boost::vertices(g.graph())))
//     g.graph()[v].label;   // "Vladimir Putin", type leader, aliases {"Putin", ...}
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/graph/Ontology.h"
#include "newsgraph/graph/Records.h"

namespace newsgraph::graph {

// A role or title seen with a person, with the first and last dates it was seen.
struct RoleSpan {
  std::string role;
  TypeId type = 0;
  std::optional<Date> first, last;
};

// What a frozen graph's records point into, shared by the graph, its copies and its
// subgraphs: the builder's interned strings and sentences, adopted whole when freezing
// (owning strings per record made the graph of a 1 GB corpus twice the size of its
// records), and the table of those strings by TextId.
using TextId = std::uint32_t;
struct GraphStorage {
  std::shared_ptr<const void> bytes;
  std::vector<std::string_view> texts;  // by TextId, in byte order: ids compare as the texts
};

// A mention or a piece of evidence as the frozen graph keeps it: the fields of Mention and
// Evidence (Records.h), with the interned strings as TextIds (CorpusGraph::text(): a big
// graph holds millions of these, and an id takes a quarter of the room of a view; a
// document id resolves to its DocumentInfo without a search) and the sentence as a view
// into the storage.
struct MentionRef {
  TextId doc = 0;
  TextId text = 0;
  TextId type = 0;
  TextId role = 0;
  std::uint32_t count = 1;
  bool canonical = false;
};

struct EvidenceRef {
  TextId doc = 0;
  std::string_view sentence;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::optional<Date> date;
  TextId trigger = 0;
  float confidence = 1.0f;
};

class CorpusGraph;
// Owning copies, for records that leave the graph (a view rebuilds from them).
Mention to_record(const CorpusGraph& graph, const MentionRef& m);
Evidence to_record(const CorpusGraph& graph, const EvidenceRef& e);

// For each TextId of `storage`, the index in `documents` (sorted by id) of the document
// with that id, plus one; 0 when no document has it.
std::vector<std::uint32_t> index_documents(const GraphStorage* storage,
                                           const std::vector<DocumentInfo>& documents);

struct Node {
  std::string key;
  std::string label;                  // display name
  TypeId type = 0;
  std::string name;                   // lexicon name, when known
  std::vector<std::string> aliases;   // other surface forms seen, sorted
  std::vector<RoleSpan> roles;
  std::optional<Date> first_seen, last_seen;
  std::uint32_t documents = 0;        // documents that mention it
  std::uint32_t mention_count = 0;    // occurrences over all documents
  std::map<std::string, std::string> attributes;
  std::vector<MentionRef> mentions;  // the records it was derived from (kept for saving)
};

struct Edge {
  RelationId relation = 0;
  std::uint32_t weight = 0;           // distinct pieces of evidence
  std::optional<Date> first, last;
  std::uint32_t documents = 0;
  std::vector<std::string_view> outlets;  // outlet node keys of the documents, sorted
  std::vector<EvidenceRef> evidence;      // sorted by document, then offset
};

using Adjacency = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                        Node, Edge>;
using Vertex = boost::graph_traits<Adjacency>::vertex_descriptor;
using EdgeDesc = boost::graph_traits<Adjacency>::edge_descriptor;

// What freezing had to leave out or decide, so that nothing is dropped silently.
struct FreezeStats {
  std::size_t document_conflicts = 0;   // one id, two different descriptions
  std::size_t edges_without_node = 0;   // an endpoint no record describes
  std::size_t edges_not_allowed = 0;    // relation not allowed between the resolved types
  std::size_t self_loops = 0;
  std::size_t unknown_types = 0;        // mentions of a type the ontology lacks
  std::size_t unknown_relations = 0;
};

class CorpusGraph {
 public:
  CorpusGraph();
  // Boost 1.74's adjacency_list has no move constructor and its swap() copies, so the
  // graph is held by pointer: moving a CorpusGraph (out of freeze, into a Result) must not
  // copy every node and edge, which at a million edges doubled the peak memory.
  // `storage` holds what the nodes' mentions and the edges' evidence point into.
  CorpusGraph(const Ontology& ontology, std::unique_ptr<Adjacency> graph,
              std::shared_ptr<const GraphStorage> storage, std::vector<DocumentInfo> documents,
              FreezeStats stats, std::vector<EdgeRecord> unplaced_edges = {});
  CorpusGraph(const CorpusGraph& other);
  CorpusGraph& operator=(const CorpusGraph& other);
  CorpusGraph(CorpusGraph&&) noexcept = default;
  CorpusGraph& operator=(CorpusGraph&&) noexcept = default;
  ~CorpusGraph();

  const Ontology& ontology() const { return *ontology_; }
  // What the records point into; a graph made from this one's records shares it.
  const std::shared_ptr<const GraphStorage>& storage() const { return storage_; }
  // A mention's document id, surface, type or role.
  std::string_view text(TextId id) const { return storage_->texts[id]; }
  const Adjacency& graph() const { return *graph_; }
  const std::vector<DocumentInfo>& documents() const { return documents_; }
  const FreezeStats& freeze_stats() const { return stats_; }
  // Edge records freezing could not place (counted in FreezeStats), grouped and sorted.
  // Saved with the graph so that merging saved graphs loses nothing: a later record may
  // supply the missing node or change the type that made the relation not allowed.
  const std::vector<EdgeRecord>& unplaced_edges() const { return unplaced_; }

  std::size_t node_count() const { return boost::num_vertices(*graph_); }
  std::size_t edge_count() const { return boost::num_edges(*graph_); }
  std::optional<Vertex> find(std::string_view key) const;
  const DocumentInfo* find_document(std::string_view id) const;
  // The same for a record's document (TextId), without a search.
  const DocumentInfo* find_document(TextId id) const {
    const std::uint32_t i = id < document_by_text_.size() ? document_by_text_[id] : 0;
    return i ? &documents_[i - 1] : nullptr;
  }

  // Numeric node attributes computed by analyses (pagerank, degree...), one value per
  // vertex, exported as node attributes by every writer, in name order.
  void set_metric(const std::string& name, std::vector<double> values);
  const std::map<std::string, std::vector<double>>& metrics() const { return metrics_; }

 private:
  const Ontology* ontology_ = nullptr;
  std::unique_ptr<Adjacency> graph_;     // null only in a moved-from graph
  std::shared_ptr<const GraphStorage> storage_;  // shared by copies: it never changes
  std::vector<DocumentInfo> documents_;  // sorted by id
  std::vector<std::uint32_t> document_by_text_;  // index_documents()
  FreezeStats stats_;
  std::vector<EdgeRecord> unplaced_;
  std::map<std::string, std::vector<double>> metrics_;
};

}  // namespace newsgraph::graph
