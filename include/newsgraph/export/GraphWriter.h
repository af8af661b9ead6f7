// GraphWriter: one writer per export format behind one small interface.
//
//   auto writer = make_writer("graphml", options, schemas_dir);
//   std::ostringstream out;
//   (*writer)->write(graph, out);       // streams; deterministic order
//
// A format may write several files (CSV: a nodes table and an edges table): file_names()
// lists them and write_file() writes one; for the one-file formats both reduce to write().
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
  // GEXF version: "1.3" (Gephi) or "1.2draft" (NetworkX 2.x reads only this one).
  std::string gexf_version = "1.3";
  // GEXF: node and edge spells from their dates, for Gephi's timeline (false: static).
  bool gexf_dynamic = true;
};

class GraphWriter {
 public:
  virtual ~GraphWriter() = default;
  virtual std::string_view format() const = 0;     // "graphml"
  virtual std::string_view extension() const = 0;  // "graphml" (file is graph.<extension>)
  virtual void write(const graph::CorpusGraph& graph, std::ostream& out) const = 0;

  // The files this format writes into an output directory, in order: by default the one
  // file graph.<extension>; a multi-file format lists each, and its write() writes the first.
  virtual std::vector<std::string> file_names() const;
  // Writes the file named (one of file_names()); by default write().
  virtual void write_file(const graph::CorpusGraph& graph, std::string_view file_name,
                          std::ostream& out) const;
};

// The format names make_writer() accepts, in the order --help lists them.
const std::vector<std::string>& writer_formats();

Result<std::unique_ptr<GraphWriter>> make_writer(std::string_view format,
                                                 const ExportOptions& options,
                                                 const std::string& schemas_dir);

}  // namespace newsgraph::exporter
