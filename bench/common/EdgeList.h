// The edge-list TSV that ../shared/peers/gen-edges.py writes (and the NetworkX, igraph and
// rdflib peers read), loaded the way newsgraph's own graphs are made: records into a
// GraphBuilder, which the caller freezes.
//
//   GraphBuilder builder;
//   auto rows = read_edge_list("edges-10000-100000.tsv", builder);   // 100000 rows
//
// Rows are "source, target, relation, weight" ('#' comments and a "source\t..." header
// are skipped). A node "person_12" becomes key "person/person_12" of type "person"; weight
// w becomes w pieces of evidence, so the frozen edge has weight w; relation names have '_'
// turned to '-' (ontology ids). All records belong to one document, "edges".
#pragma once

#include <cstddef>
#include <string>

#include "newsgraph/core/Result.h"
#include "newsgraph/graph/GraphBuilder.h"

namespace newsgraph::bench {

// The number of rows read, or the error naming the file (and row) that stopped it.
Result<std::size_t> read_edge_list(const std::string& path, graph::GraphBuilder& builder);

}  // namespace newsgraph::bench
