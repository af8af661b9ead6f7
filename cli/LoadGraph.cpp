#include "LoadGraph.h"

#include <iostream>

namespace newsgraph::cli {

Result<LoadedGraph> load_graph(const std::vector<std::string>& paths, const GlobalOptions& global) {
  auto resources = load_resources(global);
  if (!resources) return resources.error();
  LoadedGraph loaded{std::make_unique<Resources>(std::move(*resources)), {}};
  graph::GraphBuilder builder;
  Diagnostics diagnostics;
  const Status read = read_graph_files(paths, builder, diagnostics);
  if (read) loaded.corpus = std::move(builder).freeze(loaded.resources->ontology, diagnostics);
  if (!global.quiet || !read) print_diagnostics(diagnostics, global.verbose, std::cerr);
  if (!read) return read.error();
  return loaded;
}

}  // namespace newsgraph::cli
