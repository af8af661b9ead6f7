// Graphviz: runs a Graphviz program on DOT text and returns what it printed.
//
//   run_graphviz(dot_text, {.format = "svg"})  -> "<?xml ...><svg ...>...</svg>"
//   run_graphviz(dot_text, {.format = "png", .program = "no-such"})
//       -> error "cannot run no-such: No such file or directory; install Graphviz ..."
//
// The program is started with posix_spawnp and an argument vector (no shell, so nothing
// from the graph or the command line is ever interpreted); DOT goes in on its stdin, the
// result comes back on its stdout, its stderr is kept for the error message. The layout
// engine is the one the DOT file names (DotWriter picks neato or sfdp by size) unless
// `engine` overrides it.
#pragma once

#include <string>

#include "newsgraph/core/Result.h"
#include "newsgraph/export/GraphWriter.h"

namespace newsgraph::cli {

struct GraphvizOptions {
  std::string format = "svg";   // -T: svg, png, pdf
  std::string program = "dot";  // any Graphviz program; the layout comes from the file
  std::string engine;           // -K: neato, sfdp, dot...; empty = the file's `layout`
};

// The DOT that `export --format dot` writes (colours, legend, layout defaults, --top), as
// text, so the pictures and the exported file are drawn the same way.
Result<std::string> dot_text(const graph::CorpusGraph& graph,
                             const exporter::ExportOptions& options,
                             const std::string& schemas_dir);

Result<std::string> run_graphviz(const std::string& dot, const GraphvizOptions& options);

// The SVG element of Graphviz's SVG output, without the XML declaration, DOCTYPE and
// leading comments, for inlining in HTML.
std::string svg_element(const std::string& svg);

}  // namespace newsgraph::cli
