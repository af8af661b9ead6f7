#include "newsgraph/graph/CorpusGraph.h"

#include <algorithm>

namespace newsgraph::graph {

CorpusGraph::CorpusGraph() : graph_(std::make_unique<Adjacency>()) {}

Mention to_record(const CorpusGraph& graph, const MentionRef& m) {
  Mention out;
  out.doc = graph.text(m.doc);
  out.text = graph.text(m.text);
  out.type = graph.text(m.type);
  out.role = graph.text(m.role);
  out.count = m.count;
  out.canonical = m.canonical;
  return out;
}

Evidence to_record(const EvidenceRef& e) {
  Evidence out;
  out.doc = e.doc;
  out.sentence = e.sentence;
  out.begin = e.begin;
  out.end = e.end;
  out.date = e.date;
  out.trigger = e.trigger;
  out.confidence = e.confidence;
  return out;
}

CorpusGraph::CorpusGraph(const Ontology& ontology, std::unique_ptr<Adjacency> graph,
                         std::shared_ptr<const GraphStorage> storage,
                         std::vector<DocumentInfo> documents, FreezeStats stats,
                         std::vector<EdgeRecord> unplaced_edges)
    : ontology_(&ontology),
      graph_(graph ? std::move(graph) : std::make_unique<Adjacency>()),
      storage_(std::move(storage)),
      documents_(std::move(documents)),
      stats_(stats),
      unplaced_(std::move(unplaced_edges)) {}

CorpusGraph::CorpusGraph(const CorpusGraph& other)
    : ontology_(other.ontology_),
      graph_(std::make_unique<Adjacency>(*other.graph_)),
      storage_(other.storage_),
      documents_(other.documents_),
      stats_(other.stats_),
      unplaced_(other.unplaced_),
      metrics_(other.metrics_) {}

CorpusGraph& CorpusGraph::operator=(const CorpusGraph& other) {
  if (this != &other) *this = CorpusGraph(other);
  return *this;
}

CorpusGraph::~CorpusGraph() = default;

std::optional<Vertex> CorpusGraph::find(std::string_view key) const {
  // Vertices are stored in key order: binary search over the vertex indices.
  std::size_t lo = 0, hi = node_count();
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if ((*graph_)[mid].key < key) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo < node_count() && (*graph_)[lo].key == key) return static_cast<Vertex>(lo);
  return std::nullopt;
}

const DocumentInfo* CorpusGraph::find_document(std::string_view id) const {
  auto it = std::lower_bound(documents_.begin(), documents_.end(), id,
                             [](const DocumentInfo& d, std::string_view v) { return d.id < v; });
  return it != documents_.end() && it->id == id ? &*it : nullptr;
}

void CorpusGraph::set_metric(const std::string& name, std::vector<double> values) {
  values.resize(node_count(), 0.0);
  metrics_[name] = std::move(values);
}

}  // namespace newsgraph::graph
