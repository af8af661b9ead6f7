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
// The whole corpus graph: header, documents, nodes, edges, each in canonical order.
void write_native(const CorpusGraph& graph, std::ostream& out);

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
