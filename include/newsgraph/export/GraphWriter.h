// GraphWriter: one writer per export format behind one small interface.
//
//   auto writer = make_writer("graphml", options, schemas_dir);
//   std::ostringstream out;
//   (*writer)->write(graph, out);       // streams; deterministic order
//
// Writers read the frozen CorpusGraph (vertices and edges already in canonical order) and
// its metric columns; they never sort or mutate it. New formats add a case to
// make_writer() (one switch, no self-registration).
#pragma once

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/core/Result.h"
#include "newsgraph/graph/CorpusGraph.h"

namespace newsgraph::exporter {

struct ExportOptions {
  // Absolute IRI under which nodes, documents and relations get their IRIs (RDF formats).
  std::string base_iri = "https://newsgraph.example.org/id/";
  // Evidence sentences written per edge; the count of all is always written alongside.
  std::size_t max_evidence = 3;
  // DOT: draw only the N nodes with the highest value of `rank_by` (0 = all).
  std::size_t top = 0;
  std::string rank_by = "pagerank";
  // GEXF version: "1.3" or "1.2draft".
  std::string gexf_version = "1.3";
};

class GraphWriter {
 public:
  virtual ~GraphWriter() = default;
  virtual std::string_view format() const = 0;     // "graphml"
  virtual std::string_view extension() const = 0;  // "graphml" (file is graph.<extension>)
  virtual void write(const graph::CorpusGraph& graph, std::ostream& out) const = 0;
};

// The format names make_writer() accepts, in the order --help lists them.
const std::vector<std::string>& writer_formats();

Result<std::unique_ptr<GraphWriter>> make_writer(std::string_view format,
                                                 const ExportOptions& options,
                                                 const std::string& schemas_dir);

}  // namespace newsgraph::exporter
