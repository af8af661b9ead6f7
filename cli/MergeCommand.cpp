// newsgraph merge GRAPH... -o OUT: the reduce step; any grouping and order give the same file.
#include <iostream>

#include "Commands.h"
#include "Common.h"
#include "newsgraph/core/AtomicFile.h"
#include "newsgraph/graph/NativeFormat.h"

namespace newsgraph::cli {

namespace {

struct MergeCommand : Command {
  GlobalOptions global;
  std::vector<std::string> inputs;
  std::string output;

  int run() const {
    auto resources = load_resources(global);
    if (!resources) {
      std::cerr << "newsgraph: " << resources.error().describe() << "\n";
      return kExitUsage;
    }
    graph::GraphBuilder builder;
    Diagnostics diagnostics;
    if (auto s = read_graph_files(inputs, builder, diagnostics); !s) {
      print_diagnostics(diagnostics, global.verbose, std::cerr);
      std::cerr << "newsgraph: " << s.error().describe() << "\n";
      return kExitUsage;
    }
    // Streamed: the bytes write_native(freeze(...)) would give, without holding the
    // frozen graph (a million documents' merge fits in a few GB).
    if (output.empty() || output == "-") {
      graph::write_native(std::move(builder), resources->ontology, std::cout, diagnostics);
      if (!global.quiet) print_diagnostics(diagnostics, global.verbose, std::cerr);
    } else {
      AtomicFile file(output);
      const auto summary = graph::write_native(std::move(builder), resources->ontology, file.stream(), diagnostics);
      if (!global.quiet) print_diagnostics(diagnostics, global.verbose, std::cerr);
      if (auto s = file.commit(); !s) {
        std::cerr << "newsgraph: " << s.error().describe() << "\n";
        return kExitFatal;
      }
      if (!global.quiet) {
        print_graph_summary(summary.nodes_by_type, summary.edges_by_relation, resources->ontology, std::cerr);
        std::cerr << "wrote " << output << "\n";
      }
    }
    return diagnostics.count(Severity::kWarning) + diagnostics.count(Severity::kError) ? kExitSomeFailed : kExitOk;
  }
};

}  // namespace

std::unique_ptr<Command> add_merge_command(CLI::App& app, int& exit_code) {
  auto cmd = std::make_unique<MergeCommand>();
  CLI::App* sub = app.add_subcommand(
      "merge", "Merge per-document or partial graphs (.ngraph) into one corpus graph.\n"
               "Example: newsgraph merge shard*.ngraph -o corpus.ngraph");
  sub->add_option("inputs", cmd->inputs, "Graph files written by extract, merge or build; - for stdin")
      ->required();
  sub->add_option("-o,--output", cmd->output, "Output file (default: stdout)");
  add_global_options(*sub, cmd->global);
  const MergeCommand* self = cmd.get();
  sub->callback([self, &exit_code] { exit_code = self->run(); });
  return cmd;
}

}  // namespace newsgraph::cli
