// The native graph file (.ngraph): JSON Lines, versioned, lossless. See docs/native-format.md.
//
//   {"format":"newsgraph","version":1}
//   {"document":{"id":"a","date":"2020-04-25",...},"nodes":[...],"edges":[...]}   <- extract
//   {"document":{...}}  {"node":{...}}  {"edge":{...}}                            <- build
//
// Only records are stored, never derived values, so reading a file back and freezing it
// gives the same graph; and since a file is a set of records, concatenating files is
// merging them. Readers skip a bad line with a diagnostic naming file:line and go on.
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "newsgraph/core/Diagnostics.h"
#include "newsgraph/core/Result.h"
#include "newsgraph/graph/CorpusGraph.h"
#include "newsgraph/graph/GraphBuilder.h"
#include "newsgraph/graph/Records.h"

namespace newsgraph::graph {

inline constexpr int kNativeFormatVersion = 1;

void write_native_header(std::ostream& out);
// One line holding a whole per-document graph (what `newsgraph extract` streams).
void write_native_line(const DocGraph& doc, std::ostream& out);
// The whole corpus graph: header, documents, nodes, edges, each in canonical order, then
// the edge records freezing could not place (CorpusGraph::unplaced_edges()).
void write_native(const CorpusGraph& graph, std::ostream& out);

// What write_native(GraphBuilder&&, ...) wrote.
struct NativeSummary {
  std::size_t documents = 0, nodes = 0, edges = 0;
  std::vector<std::size_t> nodes_by_type;      // indexed by TypeId
  std::vector<std::size_t> edges_by_relation;  // indexed by RelationId
  FreezeStats stats;
};

// The same bytes as write_native(std::move(builder).freeze(ontology, diagnostics), out),
// written record by record without building the graph: the merge of a million documents
// in a fraction of the memory. Leaves the builder empty.
NativeSummary write_native(GraphBuilder&& builder, const Ontology& ontology, std::ostream& out,
                           Diagnostics& diagnostics);

struct NativeReadStats {
  std::size_t lines = 0;
  std::size_t records = 0;
  std::size_t bad_lines = 0;
};

// Adds every record of `in` to `builder`; `source` names the input in diagnostics.
// Fails only on an unsupported version header; bad lines are diagnostics.
Result<NativeReadStats> read_native(std::istream& in, const std::string& source,
                                    GraphBuilder& builder, Diagnostics& diagnostics);

}  // namespace newsgraph::graph
