// What every subcommand shares: resources, output files, the run summary, exit codes.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "newsgraph/core/Diagnostics.h"
#include "newsgraph/core/Result.h"
#include "newsgraph/export/GraphWriter.h"
#include "newsgraph/extract/BatchRunner.h"
#include "newsgraph/graph/CorpusGraph.h"
#include "newsgraph/graph/GraphBuilder.h"
#include "newsgraph/graph/Ontology.h"

namespace newsgraph::cli {

// Documented in README and --help.
enum ExitCode : int {
  kExitOk = 0,           // everything read and written
  kExitSomeFailed = 1,   // outputs written, but some inputs failed or were skipped
  kExitUsage = 2,        // bad flags or arguments, unreadable configuration or data files
  kExitFatal = 3,        // nothing usable written (output not writable, internal error)
  kExitInterrupted = 130,  // stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it)
};

// Printed when a run stops on a signal; previous outputs are left as they were.
void print_interrupted(std::ostream& err);

struct GlobalOptions {
  std::string schemas_dir;  // --schemas
  bool quiet = false;       // --quiet
  bool verbose = false;     // --verbose
};

void add_global_options(CLI::App& command, GlobalOptions& options);

struct Resources {
  std::string schemas_dir;
  graph::Ontology ontology;
};
Result<Resources> load_resources(const GlobalOptions& options);

// Export options shared by build and export.
struct OutputOptions {
  std::vector<std::string> formats = {"graphml", "jsonld", "dot"};
  exporter::ExportOptions exports;
};
void add_output_options(CLI::App& command, OutputOptions& options);

// Writes each format's files (GraphWriter::file_names(): OUTDIR/graph.<ext>, or several)
// and OUTDIR/graph.ngraph (when `native`), each atomically, up to `threads` files at once
// (0: one per core; each file's bytes do not depend on it). Returns the paths written.
Result<std::vector<std::string>> write_outputs(const graph::CorpusGraph& graph,
                                               const std::string& outdir,
                                               const OutputOptions& options,
                                               const std::string& schemas_dir, bool native,
                                               unsigned threads = 0);

// Writes one output file atomically (temporary file, then rename: an interrupted run
// leaves the previous file in place) and says "wrote PATH" unless --quiet. Returns the
// exit code: kExitOk, or kExitFatal with the reason on stderr.
int write_output_file(const std::string& path, const std::function<void(std::ostream&)>& write,
                      const GlobalOptions& global);

// report.json: every document with its status, counts that add up, diagnostics, outputs.
Status write_run_report(const std::string& path, const extract::BatchReport& batch,
                        const graph::CorpusGraph* graph, const std::vector<std::string>& outputs);

void print_diagnostics(const Diagnostics& diagnostics, bool verbose, std::ostream& err);
void print_graph_summary(const graph::CorpusGraph& graph, std::ostream& out);
// The same from counts by TypeId and RelationId (what a streamed merge reports).
void print_graph_summary(const std::vector<std::size_t>& nodes_by_type,
                         const std::vector<std::size_t>& edges_by_relation, const graph::Ontology& ontology,
                         std::ostream& out);
void print_document_summary(const extract::BatchReport& batch, std::ostream& out);

// kExitSomeFailed when any document failed or was skipped, else kExitOk.
int exit_code_for(const extract::BatchReport& batch);

}  // namespace newsgraph::cli

namespace newsgraph::cli {

// Reads native graph files ("-" = stdin) into one builder; bad lines are diagnostics,
// an unreadable file or unsupported version is an error.
Status read_graph_files(const std::vector<std::string>& paths, graph::GraphBuilder& builder,
                        Diagnostics& diagnostics);

}  // namespace newsgraph::cli
