// newsgraph export GRAPH -o OUTDIR --format ...: re-export a saved graph without re-extracting.
#include <iostream>

#include "AnalysisOptions.h"
#include "Commands.h"
#include "Common.h"
#include "LoadGraph.h"

namespace newsgraph::cli {

namespace {

struct ExportCommand : Command {
  GlobalOptions global;
  OutputOptions output;
  AnalysisOptions analysis;
  std::vector<std::string> inputs;
  std::string outdir = "out";

  int run() const {
    auto loaded = load_prepared_graph(inputs, global, analysis);
    if (!loaded) {
      std::cerr << "newsgraph: " << loaded.error().describe() << "\n";
      return kExitUsage;
    }
    auto written = write_outputs(loaded->graph(), outdir, output, loaded->resources->schemas_dir,
                                 /*native=*/false, analysis.threads);
    if (!written) {
      std::cerr << "newsgraph: " << written.error().describe() << "\n";
      return kExitFatal;
    }
    if (!global.quiet) {
      print_graph_summary(loaded->corpus, std::cout);
      print_analysis_summary(loaded->prepared, std::cout);
      for (const auto& path : *written) std::cout << "wrote " << path << "\n";
    }
    return loaded->warned ? kExitSomeFailed : kExitOk;
  }
};

}  // namespace

std::unique_ptr<Command> add_export_command(CLI::App& app, int& exit_code) {
  auto cmd = std::make_unique<ExportCommand>();
  CLI::App* sub = app.add_subcommand(
      "export", "Export a saved graph (graph.ngraph) to other formats.\n"
                "Example: newsgraph export out/graph.ngraph -o report --format dot --top 50");
  sub->add_option("inputs", cmd->inputs, "Graph files (.ngraph); several are merged first")->required();
  sub->add_option("-o,--output", cmd->outdir, "Output directory")->capture_default_str();
  add_output_options(*sub, cmd->output);
  add_analysis_options(*sub, cmd->analysis, /*with_threads=*/true);
  add_global_options(*sub, cmd->global);
  const ExportCommand* self = cmd.get();
  sub->callback([self, &exit_code] { exit_code = self->run(); });
  return cmd;
}

}  // namespace newsgraph::cli
