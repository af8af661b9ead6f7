// newsgraph build INPUT... -o OUTDIR: extract, merge, export in one run.
#include <filesystem>
#include <iostream>
#include <thread>

#include "AnalysisOptions.h"
#include "Commands.h"
#include "Common.h"
#include "Interrupt.h"
#include "Progress.h"
#include "newsgraph/extract/BatchRunner.h"
#include "newsgraph/graph/GraphBuilder.h"

namespace newsgraph::cli {

namespace {

struct BuildCommand : Command {
  GlobalOptions global;
  OutputOptions output;
  AnalysisOptions analysis;
  std::vector<std::string> inputs;
  std::vector<std::string> lexicons;
  std::string outdir = "out";
  unsigned threads = 0;
  std::uint64_t max_doc_bytes = 64ull << 20;

  int run() const {
    // From the start, so Ctrl-C while the lexicons load also stops cleanly.
    const InterruptScope interrupt;
    auto resources = load_resources(global);
    if (!resources) {
      std::cerr << "newsgraph: " << resources.error().describe() << "\n";
      return kExitUsage;
    }
    if (auto f = view_filter(analysis, resources->ontology); !f) {
      std::cerr << "newsgraph: " << f.error().describe() << "\n";
      return kExitUsage;
    }
    extract::ExtractorConfig config{resources->schemas_dir, &resources->ontology, lexicons};
    auto extractor = extract::make_extractor("rules", config);
    if (!extractor) {
      std::cerr << "newsgraph: " << extractor.error().describe() << "\n";
      return kExitUsage;
    }
    const unsigned workers = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
    extract::InputReader reader({max_doc_bytes});
    extract::BatchRunner runner(reader, **extractor, workers);
    graph::GraphBuilder builder;
    Progress progress(choose_progress_mode(global.quiet, global.verbose), inputs, std::cerr);
    extract::BatchReport batch = runner.run(
        inputs,
        [&](graph::DocGraph&& g) {
          progress.document(g.document);
          builder.add(std::move(g));
        },
        [&](const extract::BatchProgress& p) { progress.update(p); }, &interrupt.flag());
    progress.finish();
    // A partial corpus must not replace the previous good outputs: write nothing.
    if (interrupt.requested()) {
      print_interrupted(std::cerr);
      return kExitInterrupted;
    }

    Diagnostics freeze_diagnostics;
    graph::CorpusGraph corpus = std::move(builder).freeze(resources->ontology, freeze_diagnostics);
    batch.diagnostics.append(std::move(freeze_diagnostics));
    if (!global.quiet) print_diagnostics(batch.diagnostics, global.verbose, std::cerr);

    auto prepared = prepare_graph(corpus, analysis, workers);
    if (!prepared) {
      std::cerr << "newsgraph: " << prepared.error().describe() << "\n";
      return kExitUsage;
    }
    if (interrupt.requested()) {  // during the analyses, which can be long on a big corpus
      print_interrupted(std::cerr);
      return kExitInterrupted;
    }
    // graph.ngraph always holds the whole corpus; the exports show the view, if any.
    OutputOptions native_only = output;
    native_only.formats.clear();
    auto written =
        write_outputs(corpus, outdir, prepared->view ? native_only : output, resources->schemas_dir,
                      /*native=*/true, workers);
    if (written && prepared->view) {
      auto exports = write_outputs(*prepared->view, outdir, output, resources->schemas_dir,
                                   /*native=*/false, workers);
      if (exports) written->insert(written->end(), exports->begin(), exports->end());
      else written = exports.error();
    }
    if (!written) {
      std::cerr << "newsgraph: " << written.error().describe() << "\n";
      return kExitFatal;
    }
    const std::string report_path = (std::filesystem::path(outdir) / "report.json").string();
    if (auto s = write_run_report(report_path, batch, &corpus, *written); !s) {
      std::cerr << "newsgraph: " << s.error().describe() << "\n";
      return kExitFatal;
    }
    written->push_back(report_path);
    if (!global.quiet) {
      print_document_summary(batch, std::cout);
      print_graph_summary(corpus, std::cout);
      print_analysis_summary(*prepared, std::cout);
      for (const auto& path : *written) std::cout << "wrote " << path << "\n";
    }
    return exit_code_for(batch);
  }
};

}  // namespace

std::unique_ptr<Command> add_build_command(CLI::App& app, int& exit_code) {
  auto cmd = std::make_unique<BuildCommand>();
  CLI::App* sub = app.add_subcommand(
      "build", "Extract, merge and export: articles in, graph files out.\n"
               "Example: newsgraph build examples/articles -o out --format graphml,jsonld,dot");
  sub->add_option("inputs", cmd->inputs,
                  "Article files (.txt, .html, .jsonl), folders (recursive), or - for stdin")
      ->required();
  sub->add_option("-o,--output", cmd->outdir, "Output directory")->capture_default_str();
  sub->add_option("--lexicon", cmd->lexicons, "Extra lexicon file(s) (schemas/lexicon.schema.json)")
      ->check(CLI::ExistingFile);
  sub->add_option("-j,--threads", cmd->threads, "Worker threads (default: all cores)");
  sub->add_option("--max-doc-bytes", cmd->max_doc_bytes,
                  "Skip (and report) documents larger than this")
      ->check(CLI::NonNegativeNumber)  // a 64-bit option would otherwise take -5 as 2^64-5
      ->capture_default_str();
  add_output_options(*sub, cmd->output);
  add_analysis_options(*sub, cmd->analysis, /*with_threads=*/false);
  add_global_options(*sub, cmd->global);
  const BuildCommand* self = cmd.get();
  sub->callback([self, &exit_code] { exit_code = self->run(); });
  return cmd;
}

}  // namespace newsgraph::cli
