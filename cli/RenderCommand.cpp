// newsgraph render GRAPH --format svg|png|pdf: the diagram, drawn by Graphviz.
#include <iostream>

#include "AnalysisOptions.h"
#include "Commands.h"
#include "Common.h"
#include "Graphviz.h"
#include "LoadGraph.h"

namespace newsgraph::cli {

namespace {

struct RenderCommand : Command {
  GlobalOptions global;
  AnalysisOptions analysis;
  std::vector<std::string> inputs;
  std::string output;  // default graph.<format>
  std::string format = "svg";
  std::string engine;
  exporter::ExportOptions exports = [] {
    exporter::ExportOptions o;
    o.top = 100;  // readable without zooming; the DOT writer's defaults suit 20 to 300
    return o;
  }();

  int run() const {
    // Analyses first: --top ranks by PageRank.
    auto loaded = load_prepared_graph(inputs, global, analysis);
    if (!loaded) {
      std::cerr << "newsgraph: " << loaded.error().describe() << "\n";
      return kExitUsage;
    }
    auto dot = dot_text(loaded->graph(), exports, loaded->resources->schemas_dir);
    if (!dot) {
      std::cerr << "newsgraph: " << dot.error().describe() << "\n";
      return kExitUsage;
    }
    auto picture = run_graphviz(*dot, {format, "dot", engine});
    if (!picture) {
      std::cerr << "newsgraph: " << picture.error().describe() << "\n";
      return kExitFatal;
    }
    const std::string path = output.empty() ? "graph." + format : output;
    return write_output_file(
        path, [&](std::ostream& out) { out << *picture; }, global);
  }
};

}  // namespace

std::unique_ptr<Command> add_render_command(CLI::App& app, int& exit_code) {
  auto cmd = std::make_unique<RenderCommand>();
  CLI::App* sub = app.add_subcommand(
      "render",
      "Draw the graph with Graphviz (the `dot` program): fill colour and shape by\n"
      "type, colour and style by relation, a legend; neato below 50 nodes, sfdp with\n"
      "overlap removal from 50. The same drawing as `export --format dot`.");
  sub->footer(
      "Examples:\n"
      "  newsgraph render out/graph.ngraph --format svg -o graph.svg\n"
      "  newsgraph render out/graph.ngraph --format png --top 40 --type leader,official,country\n"
      "  newsgraph render out/graph.ngraph --format pdf --ego \"Vladimir Putin\" --top 0");
  sub->add_option("inputs", cmd->inputs, "Graph files (.ngraph); several are merged first")
      ->required();
  sub->add_option("-o,--output", cmd->output, "Output file (default: graph.FORMAT)");
  sub->add_option("-f,--format", cmd->format, "Picture format")
      ->check(CLI::IsMember({"svg", "png", "pdf"}))
      ->capture_default_str();
  sub->add_option("--top", cmd->exports.top, "Draw only the N highest-ranked nodes (0 = all)")
      ->check(CLI::NonNegativeNumber)  // unsigned: "-1" would wrap round
      ->capture_default_str();
  sub->add_option("--rank-by", cmd->exports.rank_by,
                  "Node metric for --top (weighted degree when the graph lacks it)")
      ->capture_default_str();
  sub->add_option("--engine", cmd->engine,
                  "Graphviz layout engine instead of the file's (neato, sfdp, fdp, dot, circo)")
      ->check(CLI::IsMember({"neato", "sfdp", "fdp", "dot", "circo", "twopi"}));
  add_analysis_options(*sub, cmd->analysis, /*with_threads=*/true);
  add_global_options(*sub, cmd->global);
  const RenderCommand* self = cmd.get();
  sub->callback([self, &exit_code] { exit_code = self->run(); });
  return cmd;
}

}  // namespace newsgraph::cli
