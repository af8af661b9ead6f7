// Reads saved graph files and freezes them into one corpus graph: where explain, render
// and report start.
//
//   auto loaded = load_graph({"out/graph.ngraph"}, global);   // bad lines: warnings on stderr
//   if (!loaded) { std::cerr << "newsgraph: " << loaded.error().describe(); return kExitUsage; }
//   loaded->corpus.node_count();
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "AnalysisOptions.h"
#include "Common.h"

namespace newsgraph::cli {

struct LoadedGraph {
  std::unique_ptr<Resources> resources;  // on the heap: the graph points at its ontology
  graph::CorpusGraph corpus;
  bool warned = false;     // reading or freezing reported warnings or errors
  PreparedGraph prepared;  // views and analyses, by load_prepared_graph()

  // What the command works on: the view when one applies, else the whole corpus.
  const graph::CorpusGraph& graph() const { return prepared.graph(corpus); }
};

// Unreadable files and bad schemas are errors; odd lines are diagnostics, printed to
// stderr unless --quiet (all of them with --verbose). `views`, when given, are checked
// against the ontology before any file is read: a mistyped --type fails at once, not
// after loading gigabytes.
Result<LoadedGraph> load_graph(const std::vector<std::string>& paths, const GlobalOptions& global,
                               const AnalysisOptions* views = nullptr);

// load_graph(), then the views and analyses `analysis` asks for (prepare_graph()): where
// stats, export, render and report start.
Result<LoadedGraph> load_prepared_graph(const std::vector<std::string>& paths,
                                        const GlobalOptions& global,
                                        const AnalysisOptions& analysis);

}  // namespace newsgraph::cli
