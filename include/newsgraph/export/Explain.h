// Explain: why the graph says what it says about one entity or one pair, as plain text
// with the sentences, documents, outlets and dates behind every relation.
//
//   explain_entity(g, putin, {.relations = 10, .evidence = 3}, out)
//     Vladimir Putin  [leader]  person/vladimir-putin
//     aliases: Putin, President Putin
//     roles: President (2021-06-16..2022-09-15)
//     ...
//     Vladimir Putin spoke with Joe Biden  (weight 3; 2021-06-16..2021-06-17; 2 documents)
//       2021-06-16  geneva-summit-2021  Reuters  https://...
//         "Biden and Putin spoke for nearly four hours in Geneva."
//   explain_pair(g, putin, biden, {}, out)
//     every edge between the two (either direction), then all their evidence in date order
//
// Text is made printable: control characters dropped and line breaks in names folded to
// spaces, so a hostile name cannot move the terminal's cursor or fake a line.
#pragma once

#include <cstddef>
#include <ostream>

#include "newsgraph/graph/CorpusGraph.h"

namespace newsgraph::exporter {

struct ExplainOptions {
  std::size_t relations = 10;  // entity: relations listed, strongest first (0 = all)
  std::size_t evidence = 3;    // entity: sentences per relation (0 = all); a pair shows all
};

void explain_entity(const graph::CorpusGraph& graph, graph::Vertex entity,
                    const ExplainOptions& options, std::ostream& out);

// Returns the number of edges found between the two (0: the text says so).
std::size_t explain_pair(const graph::CorpusGraph& graph, graph::Vertex a, graph::Vertex b,
                         std::ostream& out);

}  // namespace newsgraph::exporter
