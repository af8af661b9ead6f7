#include "LoadGraph.h"

#include <iostream>

namespace newsgraph::cli {

Result<LoadedGraph> load_graph(const std::vector<std::string>& paths, const GlobalOptions& global,
                               const AnalysisOptions* views) {
  auto resources = load_resources(global);
  if (!resources) return resources.error();
  if (views) {
    if (auto f = view_filter(*views, resources->ontology); !f) return f.error();
  }
  LoadedGraph loaded;
  loaded.resources = std::make_unique<Resources>(std::move(*resources));
  graph::GraphBuilder builder;
  Diagnostics diagnostics;
  const Status read = read_graph_files(paths, builder, diagnostics);
  if (read) loaded.corpus = std::move(builder).freeze(loaded.resources->ontology, diagnostics);
  if (!global.quiet || !read) print_diagnostics(diagnostics, global.verbose, std::cerr);
  if (!read) return read.error();
  loaded.warned = diagnostics.count(Severity::kWarning) + diagnostics.count(Severity::kError) > 0;
  return loaded;
}

Result<LoadedGraph> load_prepared_graph(const std::vector<std::string>& paths,
                                        const GlobalOptions& global,
                                        const AnalysisOptions& analysis) {
  auto loaded = load_graph(paths, global, &analysis);
  if (!loaded) return loaded.error();
  auto prepared = prepare_graph(loaded->corpus, analysis, analysis.threads);
  if (!prepared) return prepared.error();
  loaded->prepared = std::move(*prepared);
  return loaded;
}

}  // namespace newsgraph::cli
