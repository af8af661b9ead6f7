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

Evidence to_record(const CorpusGraph& graph, const EvidenceRef& e) {
  Evidence out;
  out.doc = graph.text(e.doc);
  out.sentence = e.sentence;
  out.begin = e.begin;
  out.end = e.end;
  out.date = e.date;
  out.trigger = graph.text(e.trigger);
  out.confidence = e.confidence;
  return out;
}

std::vector<std::uint32_t> index_documents(const GraphStorage* storage,
                                           const std::vector<DocumentInfo>& documents) {
  if (!storage) return {};
  // Both lists are in byte order: one walk pairs them.
  const auto& texts = storage->texts;
  std::vector<std::uint32_t> index(texts.size(), 0);
  std::size_t t = 0;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    while (t < texts.size() && texts[t] < documents[d].id) ++t;
    if (t < texts.size() && texts[t] == documents[d].id)
      index[t] = static_cast<std::uint32_t>(d + 1);
  }
  return index;
}

CorpusGraph::CorpusGraph(const Ontology& ontology, std::unique_ptr<Adjacency> graph,
                         std::shared_ptr<const GraphStorage> storage,
                         std::vector<DocumentInfo> documents, FreezeStats stats,
                         std::vector<EdgeRecord> unplaced_edges)
    : ontology_(&ontology),
      graph_(graph ? std::move(graph) : std::make_unique<Adjacency>()),
      storage_(std::move(storage)),
      documents_(std::move(documents)),
      document_by_text_(index_documents(storage_.get(), documents_)),
      stats_(stats),
      unplaced_(std::move(unplaced_edges)) {}

CorpusGraph::CorpusGraph(const CorpusGraph& other)
    : ontology_(other.ontology_),
      graph_(std::make_unique<Adjacency>(*other.graph_)),
      storage_(other.storage_),
      documents_(other.documents_),
      document_by_text_(other.document_by_text_),
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
