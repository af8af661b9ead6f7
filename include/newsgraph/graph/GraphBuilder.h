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

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "newsgraph/core/Diagnostics.h"
#include "newsgraph/graph/CorpusGraph.h"
#include "newsgraph/graph/Records.h"

namespace newsgraph::graph {

// A node record as emit() hands it to a sink: its mentions point into the storage.
struct EmittedNode {
  std::string key;
  std::string name;
  std::vector<MentionRef> mentions;
  std::map<std::string, std::string> attributes;
};

// Receives the canonical records of a graph in output order: documents by id, nodes by
// key (vertex order, with the type freezing resolved), placed edges by (source,
// relation, target), then the edge records freezing could not place, grouped and
// sorted. freeze() builds a CorpusGraph from them; write_native(GraphBuilder&&, ...)
// writes them out without building one.
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  // Comes first: what the mentions and evidence below point into. A sink that keeps them
  // after emit() returns (a frozen graph, batches formatted later) keeps this too.
  virtual void storage(std::shared_ptr<const GraphStorage> storage) = 0;
  virtual void document(DocumentInfo&& document) = 0;
  virtual void node(EmittedNode&& node, TypeId type) = 0;
  virtual void edge(std::uint32_t source, RelationId relation, std::uint32_t target,
                    std::vector<EvidenceRef>&& evidence) = 0;
  virtual void unplaced_edge(EdgeRecord&& edge) = 0;
};

class GraphBuilder {
 public:
  GraphBuilder();
  GraphBuilder(const GraphBuilder& other);
  GraphBuilder(GraphBuilder&& other) noexcept;
  GraphBuilder& operator=(const GraphBuilder& other);
  GraphBuilder& operator=(GraphBuilder&& other) noexcept;
  ~GraphBuilder();

  void add(DocGraph&& doc);
  void add_document(DocumentInfo&& document);
  void add_node(NodeRecord&& node);
  void add_edge(EdgeRecord&& edge);
  void merge(GraphBuilder&& other);

  std::size_t document_records() const;
  bool empty() const;

  CorpusGraph freeze(const Ontology& ontology, Diagnostics& diagnostics) &&;

  // The canonical pass behind freeze(): sorts, removes duplicates, resolves types, places
  // edges, hands every record to `sink` in output order, reports what it left out (as
  // warnings) and returns the counts. Leaves the builder empty.
  FreezeStats emit(const Ontology& ontology, RecordSink& sink, Diagnostics& diagnostics) &&;

 private:
  // Records held compactly (strings interned, sentences in an arena): a million
  // documents' records fit in a few GB. Defined in GraphBuilder.cpp.
  struct Store;
  std::unique_ptr<Store> store_;
};

}  // namespace newsgraph::graph
