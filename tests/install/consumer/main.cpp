// Loads the installed ontology and freezes a one-edge graph: proves headers, library and
// data all arrived where find_package(newsgraph) says they are.
#include <iostream>

#include "newsgraph/graph/GraphBuilder.h"

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  auto onto = newsgraph::graph::Ontology::load(argv[1]);
  if (!onto) {
    std::cerr << onto.error().describe() << "\n";
    return 1;
  }
  newsgraph::graph::GraphBuilder b;
  newsgraph::graph::Mention m;
  m.doc = "d";
  m.text = "A";
  m.type = "leader";
  b.add_node({"person/a", "", {m}, {}});
  m.text = "B";
  b.add_node({"person/b", "", {m}, {}});
  b.add_edge({"person/a", "spoke-with", "person/b", {newsgraph::graph::Evidence{}}});
  newsgraph::Diagnostics d;
  const auto g = std::move(b).freeze(*onto, d);
  std::cout << g.node_count() << " nodes, " << g.edge_count() << " edge\n";
  return g.edge_count() == 1 ? 0 : 1;
}
