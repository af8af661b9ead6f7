// newsgraph report GRAPH -o report.html: one self-contained page to look at.
#include <iostream>

#include "AnalysisOptions.h"
#include "Commands.h"
#include "Common.h"
#include "Graphviz.h"
#include "LoadGraph.h"
#include "newsgraph/export/HtmlReport.h"

namespace newsgraph::cli {

namespace {

struct ReportCommand : Command {
  GlobalOptions global;
  AnalysisOptions analysis;
  std::vector<std::string> inputs;
  std::string output = "report.html";
  exporter::HtmlReportOptions report;
  std::size_t diagram_top = 40;  // a diagram people can read on a page
  bool no_diagram = false;

  int run() const {
    auto loaded = load_prepared_graph(inputs, global, analysis);
    if (!loaded) {
      std::cerr << "newsgraph: " << loaded.error().describe() << "\n";
      return kExitUsage;
    }
    const graph::CorpusGraph& g = loaded->graph();
    exporter::HtmlReportOptions options = report;
    if (!no_diagram) {
      exporter::ExportOptions dot_options;
      dot_options.top = diagram_top;
      auto dot = dot_text(g, dot_options, loaded->resources->schemas_dir);
      if (!dot) {
        std::cerr << "newsgraph: " << dot.error().describe() << "\n";
        return kExitUsage;
      }
      auto svg = run_graphviz(*dot, {"svg", "dot", ""});
      if (!svg) {
        std::cerr << "newsgraph: " << svg.error().describe() << " (or --no-diagram)\n";
        return kExitFatal;
      }
      options.diagram_svg = svg_element(*svg);
      const std::size_t drawn =
          diagram_top == 0 ? g.node_count() : std::min(diagram_top, g.node_count());
      options.diagram_caption =
          "The " + std::to_string(drawn) + " of " + std::to_string(g.node_count()) +
          " entities with the highest " +
          (g.metrics().count("pagerank") ? "PageRank" : "weighted degree") +
          " and the relations among them; hover for details. Drawn by Graphviz.";
    }
    return write_output_file(
        output, [&](std::ostream& out) { exporter::write_html_report(g, options, out); }, global);
  }
};

}  // namespace

std::unique_ptr<Command> add_report_command(CLI::App& app, int& exit_code) {
  auto cmd = std::make_unique<ReportCommand>();
  CLI::App* sub = app.add_subcommand(
      "report",
      "One self-contained HTML page (nothing loaded from the network): the corpus in\n"
      "numbers, a Graphviz diagram of the top of the graph, a sortable table of the top\n"
      "actors, a timeline of statements per month by relation, and the evidence of the\n"
      "strongest relations with links to their documents.");
  sub->footer(
      "Examples:\n"
      "  newsgraph report out/graph.ngraph -o report.html\n"
      "  newsgraph report out/graph.ngraph -o 2022.html --since 2022 --until 2022 --title "
      "\"2022\"");
  sub->add_option("inputs", cmd->inputs, "Graph files (.ngraph); several are merged first")
      ->required();
  sub->add_option("-o,--output", cmd->output, "Output file")->capture_default_str();
  sub->add_option("--title", cmd->report.title, "Page title")->capture_default_str();
  sub->add_option("--top", cmd->diagram_top, "Nodes in the diagram (0 = all)")
      ->check(CLI::NonNegativeNumber)  // unsigned: "-1" would wrap round
      ->capture_default_str();
  sub->add_option("--actors", cmd->report.actors, "Rows in the top-actor table")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  sub->add_option("--edges", cmd->report.edges, "Strongest relations whose evidence is shown")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  sub->add_option("--evidence", cmd->report.evidence, "Sentences shown per relation")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  sub->add_flag("--no-diagram", cmd->no_diagram, "Leave the diagram out (no Graphviz needed)");
  add_analysis_options(*sub, cmd->analysis, /*with_threads=*/true);
  add_global_options(*sub, cmd->global);
  const ReportCommand* self = cmd.get();
  sub->callback([self, &exit_code] { exit_code = self->run(); });
  return cmd;
}

}  // namespace newsgraph::cli
