// GraphBuilder: accumulates per-document graphs and partial corpus graphs, then freezes
// them into one canonical CorpusGraph.
//
//   GraphBuilder b;
//   b.add(extract(doc1)); b.add(extract(doc2));     // any order, any grouping
//   b.merge(std::move(other_builder));              // e.g. one per thread or per file
//   CorpusGraph g = std::move(b).freeze(ontology, diagnostics);
//
// Adding only appends records; freezing sorts them and removes duplicates, so the result
// depends on the set of records and never on their order: merge is commutative,
// associative and idempotent (adding a graph twice changes nothing).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "newsgraph/core/Diagnostics.h"
#include "newsgraph/graph/CorpusGraph.h"
#include "newsgraph/graph/Records.h"

namespace newsgraph::graph {

class GraphBuilder {
 public:
  void add(DocGraph&& doc);
  void add_document(DocumentInfo&& document);
  void add_node(NodeRecord&& node);
  void add_edge(EdgeRecord&& edge);
  void merge(GraphBuilder&& other);

  std::size_t document_records() const { return documents_.size(); }
  bool empty() const { return documents_.empty() && nodes_.empty() && edges_.empty(); }

  CorpusGraph freeze(const Ontology& ontology, Diagnostics& diagnostics) &&;

 private:
  struct NodeParts {
    std::vector<std::string> names;
    std::vector<Mention> mentions;
    std::vector<std::pair<std::string, std::string>> attributes;
  };
  std::vector<DocumentInfo> documents_;
  std::unordered_map<std::string, NodeParts> nodes_;
  std::vector<EdgeRecord> edges_;
};

}  // namespace newsgraph::graph
