// newsgraph extract INPUT...: per-document graphs as JSON Lines on stdout (or -o FILE),
// the map step of a distributed build.
#include <iostream>
#include <thread>

#include "Commands.h"
#include "Common.h"
#include "Interrupt.h"
#include "Progress.h"
#include "newsgraph/core/AtomicFile.h"
#include "newsgraph/extract/BatchRunner.h"
#include "newsgraph/graph/NativeFormat.h"

namespace newsgraph::cli {

namespace {

struct ExtractCommand : Command {
  GlobalOptions global;
  std::vector<std::string> inputs;
  std::vector<std::string> lexicons;
  std::string output;  // empty = stdout
  unsigned threads = 0;
  std::uint64_t max_doc_bytes = 64ull << 20;
  bool trace = false;

  int run() const {
    // From the start, so Ctrl-C while the lexicons load also stops cleanly.
    const InterruptScope interrupt;
    auto resources = load_resources(global);
    if (!resources) {
      std::cerr << "newsgraph: " << resources.error().describe() << "\n";
      return kExitUsage;
    }
    extract::ExtractorConfig config{resources->schemas_dir, &resources->ontology, lexicons};
    config.trace = trace;
    auto extractor = extract::make_extractor("rules", config);
    if (!extractor) {
      std::cerr << "newsgraph: " << extractor.error().describe() << "\n";
      return kExitUsage;
    }
    std::unique_ptr<AtomicFile> file;
    std::ostream* out = &std::cout;
    if (!output.empty() && output != "-") {
      file = std::make_unique<AtomicFile>(output);
      out = &file->stream();
    }
    const unsigned workers = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
    extract::InputReader reader({max_doc_bytes});
    extract::BatchRunner runner(reader, **extractor, workers);
    graph::write_native_header(*out);
    Progress progress(choose_progress_mode(global.quiet, global.verbose), inputs, std::cerr);
    const auto batch = runner.run(
        inputs,
        [&](graph::DocGraph&& g) {
          progress.document(g.document);
          graph::write_native_line(g, *out);
        },
        [&](const extract::BatchProgress& p) { progress.update(p); }, &interrupt.flag());
    progress.finish();
    out->flush();
    // -o FILE is not committed (its temporary file is removed); on stdout, the lines
    // written so far are complete records.
    if (interrupt.requested()) {
      print_interrupted(std::cerr);
      return kExitInterrupted;
    }
    if (file) {
      if (auto s = file->commit(); !s) {
        std::cerr << "newsgraph: " << s.error().describe() << "\n";
        return kExitFatal;
      }
    }
    if (!global.quiet) {
      print_diagnostics(batch.diagnostics, global.verbose, std::cerr);
      print_document_summary(batch, std::cerr);
    }
    return exit_code_for(batch);
  }
};

}  // namespace

std::unique_ptr<Command> add_extract_command(CLI::App& app, int& exit_code) {
  auto cmd = std::make_unique<ExtractCommand>();
  CLI::App* sub = app.add_subcommand(
      "extract", "Per-document graphs as JSON Lines (the map step; combine with merge).\n"
                 "Example: newsgraph extract shard1.jsonl -o shard1.ngraph");
  sub->add_option("inputs", cmd->inputs, "Article files, folders, or - for stdin")->required();
  sub->add_option("-o,--output", cmd->output, "Output file (default: stdout)");
  sub->add_option("--lexicon", cmd->lexicons, "Extra lexicon file(s)")->check(CLI::ExistingFile);
  sub->add_option("-j,--threads", cmd->threads, "Worker threads (default: all cores)");
  sub->add_option("--max-doc-bytes", cmd->max_doc_bytes, "Skip (and report) larger documents")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  sub->add_flag("--trace", cmd->trace, "Report every mention the extractor saw (with --verbose)");
  add_global_options(*sub, cmd->global);
  const ExtractCommand* self = cmd.get();
  sub->callback([self, &exit_code] { exit_code = self->run(); });
  return cmd;
}

}  // namespace newsgraph::cli
