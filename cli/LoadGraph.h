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

#include "Common.h"

namespace newsgraph::cli {

struct LoadedGraph {
  std::unique_ptr<Resources> resources;  // on the heap: the graph points at its ontology
  graph::CorpusGraph corpus;
};

// Unreadable files and bad schemas are errors; odd lines are diagnostics, printed to
// stderr unless --quiet (all of them with --verbose).
Result<LoadedGraph> load_graph(const std::vector<std::string>& paths, const GlobalOptions& global);

}  // namespace newsgraph::cli
