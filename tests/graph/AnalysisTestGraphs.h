// Tiny graphs for the analysis and view tests: leaders joined by "criticised" (directed)
// or "spoke-with" (symmetric) edges whose weight is the number of evidence sentences.
#pragma once

#include <string>
#include <tuple>
#include <vector>

#include "TestGraphs.h"
#include "newsgraph/graph/GraphBuilder.h"

namespace newsgraph::graph::testing {

inline const Ontology& shipped_ontology() {
  static const Ontology onto = *Ontology::load(NEWSGRAPH_TEST_SCHEMAS);
  return onto;
}

struct TestEdge {
  std::string source, relation, target;
  std::uint32_t weight = 1;
};

// Nodes "person/<name>" (all leaders), edges with `weight` distinct evidence sentences.
inline CorpusGraph leaders_graph(const std::vector<std::string>& names,
                                 const std::vector<TestEdge>& edges) {
  GraphBuilder b;
  DocumentInfo doc;
  doc.id = "d";
  b.add_document(std::move(doc));
  for (const auto& n : names)
    b.add_node({"person/" + n, "", {mention("d", n, "leader", true)}, {}});
  std::uint32_t offset = 0;
  for (const auto& e : edges) {
    EdgeRecord r{"person/" + e.source, e.relation, "person/" + e.target, {}};
    for (std::uint32_t i = 0; i < e.weight; ++i) r.evidence.push_back(evidence("d", offset++, "s"));
    b.add_edge(std::move(r));
  }
  Diagnostics diagnostics;
  return std::move(b).freeze(shipped_ontology(), diagnostics);
}

// Value of a per-vertex column for node "person/<name>".
template <typename T>
T at(const CorpusGraph& g, const std::vector<T>& column, const std::string& name) {
  return column[*g.find("person/" + name)];
}

}  // namespace newsgraph::graph::testing
