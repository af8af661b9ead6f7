#include "Common.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>

#include <fmt/core.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "newsgraph/core/AtomicFile.h"
#include "newsgraph/core/Resources.h"
#include "newsgraph/graph/NativeFormat.h"

namespace newsgraph::cli {

namespace fs = std::filesystem;

void add_global_options(CLI::App& command, GlobalOptions& options) {
  command.add_option("--schemas", options.schemas_dir,
                     "Data directory (ontology, lexicons, rules); default: installed or source copy")
      ->check(CLI::ExistingDirectory);
  command.add_flag("-q,--quiet", options.quiet, "Print only errors");
  command.add_flag("-v,--verbose", options.verbose, "Print every diagnostic");
}

Result<Resources> load_resources(const GlobalOptions& options) {
  auto dir = find_schemas_dir(options.schemas_dir);
  if (!dir) return dir.error();
  auto ontology = graph::Ontology::load(*dir);
  if (!ontology) return ontology.error();
  return Resources{*dir, std::move(*ontology)};
}

void add_output_options(CLI::App& command, OutputOptions& options) {
  std::string formats_help = "Export formats, comma-separated:";
  for (const auto& f : exporter::writer_formats()) formats_help += " " + f;
  command.add_option("-f,--format", options.formats, formats_help)
      ->delimiter(',')
      ->check(CLI::IsMember(exporter::writer_formats()))
      ->capture_default_str();
  command.add_option("--max-evidence", options.exports.max_evidence,
                     "Evidence sentences per edge in exports (all are kept in graph.ngraph)")
      ->check(CLI::NonNegativeNumber)  // size_t options would otherwise wrap "-1" around
      ->capture_default_str();
  command.add_option("--base", options.exports.base_iri, "Base IRI for RDF exports")
      ->capture_default_str();
  command.add_option("--top", options.exports.top, "DOT: draw only the top N nodes (0 = all)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  command.add_option("--rank-by", options.exports.rank_by,
                     "DOT --top: node metric to rank by (weighted degree when the graph lacks it)")
      ->capture_default_str();
  command.add_option("--gexf-version", options.exports.gexf_version,
                     "GEXF version: 1.3 (Gephi) or 1.2draft (NetworkX)")
      ->check(CLI::IsMember({"1.3", "1.2draft"}))
      ->capture_default_str();
  auto& exports = options.exports;
  command.add_flag_callback("--gexf-static", [&exports] { exports.gexf_dynamic = false; },
                            "GEXF: no time spells (default: node and edge spells from their dates)");
}

namespace {

// Runs every task, on up to `threads` threads (the caller's among them), each task once;
// rethrows the first exception a task threw, after all have finished.
void run_tasks(const std::vector<std::function<void()>>& tasks, unsigned threads) {
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mu;
  const auto work = [&] {
    for (std::size_t i; (i = next++) < tasks.size();) {
      try {
        tasks[i]();
      } catch (...) {
        const std::lock_guard lock(failure_mu);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  std::vector<std::thread> helpers;
  const std::size_t wanted = std::min<std::size_t>(threads, tasks.size());
  for (std::size_t i = 1; i < wanted; ++i) {
    try {
      helpers.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // no more threads to be had: fewer do the work
    }
  }
  work();
  for (auto& t : helpers) t.join();
  if (failure) std::rethrow_exception(failure);
}

// Seconds a format takes to write, relative to the others (bench/RESULTS.md, a million
// edges: JSON-LD 10 s, GEXF 2.9 s, GraphML 1.3 s; the native file between). Files are
// started longest first, so that the last to finish does not run alone.
int relative_cost(std::string_view format) {
  if (format == "jsonld" || format == "ntriples") return 4;
  if (format == "ngraph" || format == "gexf") return 3;
  if (format == "graphml" || format == "csv") return 2;
  return 1;  // dot (drawn small), vocab
}

}  // namespace

Result<std::vector<std::string>> write_outputs(const graph::CorpusGraph& graph,
                                               const std::string& outdir,
                                               const OutputOptions& options,
                                               const std::string& schemas_dir, bool native,
                                               unsigned threads) {
  std::error_code ec;
  fs::create_directories(outdir, ec);
  if (ec) return make_error(ErrorCode::kIo, outdir, "cannot create output directory: " + ec.message());
  // Create every writer first, so a bad option fails before anything is written.
  std::vector<std::unique_ptr<exporter::GraphWriter>> writers;
  for (std::size_t i = 0; i < options.formats.size(); ++i) {
    const auto& format = options.formats[i];
    if (std::find(options.formats.begin(), options.formats.begin() + static_cast<std::ptrdiff_t>(i),
                  format) != options.formats.begin() + static_cast<std::ptrdiff_t>(i)) {
      continue;  // named twice: written once
    }
    auto w = exporter::make_writer(format, options.exports, schemas_dir);
    if (!w) return w.error();
    writers.push_back(std::move(*w));
  }
  // Two phases: every file is written to its temporary file first, and only when all are
  // complete are they renamed into place, so a failure while writing (disk full, a bad
  // stream) leaves the whole previous set of outputs as it was.
  std::vector<std::unique_ptr<AtomicFile>> files;
  const auto open = [&](const std::string& name) -> std::ostream& {
    files.push_back(std::make_unique<AtomicFile>((fs::path(outdir) / name).string()));
    return files.back()->stream();
  };
  // Each file is written by one task into its own stream, so they can run at once: on a
  // big corpus the exports are a third of a build, and each is one sequential pass.
  std::vector<std::pair<int, std::function<void()>>> costed;
  if (native) {
    std::ostream& out = open("graph.ngraph");
    costed.emplace_back(relative_cost("ngraph"),
                        [&graph, &out] { graph::write_native(graph, out); });
  }
  for (const auto& w : writers) {
    for (const auto& name : w->file_names()) {  // CSV: two
      std::ostream& out = open(name);
      costed.emplace_back(relative_cost(w->format()), [&graph, &out, writer = w.get(), name] {
        writer->write_file(graph, name, out);
      });
    }
  }
  std::stable_sort(costed.begin(), costed.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::function<void()>> tasks;
  for (auto& [cost, task] : costed) tasks.push_back(std::move(task));
  run_tasks(tasks, threads ? threads : std::max(1u, std::thread::hardware_concurrency()));
  for (const auto& file : files) {
    if (!file->is_open()) return make_error(ErrorCode::kIo, file->path(), "cannot create file");
    if (!file->stream().flush()) return make_error(ErrorCode::kIo, file->path(), "write failed (disk full?)");
  }
  std::vector<std::string> written;
  for (const auto& file : files) {
    if (auto s = file->commit(); !s) return s.error();
    written.push_back(file->path());
  }
  return written;
}

int write_output_file(const std::string& path, const std::function<void(std::ostream&)>& write,
                      const GlobalOptions& global) {
  AtomicFile file(path);
  write(file.stream());
  if (auto s = file.commit(); !s) {
    std::cerr << "newsgraph: " << s.error().describe() << "\n";
    return kExitFatal;
  }
  if (!global.quiet) std::cout << "wrote " << path << "\n";
  return kExitOk;
}

Status write_run_report(const std::string& path, const extract::BatchReport& batch,
                        const graph::CorpusGraph* graph, const std::vector<std::string>& outputs) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
  w.SetIndent(' ', 2);
  std::map<std::string, std::size_t> counts = {{"ok", 0}, {"partial", 0}, {"skipped", 0}, {"failed", 0}};
  for (const auto& s : batch.statuses) ++counts[extract::state_name(s.state)];
  w.StartObject();
  w.Key("documents");
  w.StartObject();
  w.Key("total");
  w.Uint64(batch.statuses.size());
  for (const auto& [k, v] : counts) {
    w.Key(k.c_str());
    w.Uint64(v);
  }
  w.Key("extracted");
  w.Uint64(batch.documents);
  w.EndObject();
  w.Key("statuses");
  w.StartArray();
  for (const auto& s : batch.statuses) {
    w.StartObject();
    w.Key("id");
    w.String(s.id.c_str());
    w.Key("source");
    w.String(s.source.c_str());
    w.Key("status");
    w.String(extract::state_name(s.state));
    if (!s.reason.empty()) {
      w.Key("reason");
      w.String(s.reason.c_str());
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("diagnostics");
  w.StartArray();
  for (const auto& d : batch.diagnostics.items()) w.String(d.describe().c_str());
  w.EndArray();
  if (graph) {
    w.Key("graph");
    w.StartObject();
    w.Key("nodes");
    w.Uint64(graph->node_count());
    w.Key("edges");
    w.Uint64(graph->edge_count());
    w.EndObject();
  }
  w.Key("outputs");
  w.StartArray();
  for (const auto& o : outputs) w.String(o.c_str());
  w.EndArray();
  w.EndObject();
  AtomicFile file(path);
  file.stream() << buffer.GetString() << "\n";
  return file.commit();
}

void print_diagnostics(const Diagnostics& diagnostics, bool verbose, std::ostream& err) {
  std::size_t shown = 0;
  const std::size_t limit = verbose ? SIZE_MAX : 20;
  for (const auto& d : diagnostics.items()) {
    if (!verbose && d.severity == Severity::kNote) continue;
    if (shown++ < limit) err << "newsgraph: " << d.describe() << "\n";
  }
  if (shown > limit) {
    err << "newsgraph: ... and " << (shown - limit) << " more (see report.json, or --verbose)\n";
  }
}

void print_document_summary(const extract::BatchReport& batch, std::ostream& out) {
  std::map<std::string, std::size_t> counts;
  for (const auto& s : batch.statuses) ++counts[extract::state_name(s.state)];
  std::string parts;
  for (const auto& [k, v] : counts) parts += fmt::format("{}{} {}", parts.empty() ? "" : ", ", v, k);
  out << fmt::format("documents: {} ({})\n", batch.statuses.size(), parts.empty() ? "none" : parts);
}

void print_graph_summary(const graph::CorpusGraph& graph, std::ostream& out) {
  const auto& g = graph.graph();
  const auto& onto = graph.ontology();
  std::vector<std::size_t> by_type(onto.node_types().size()), by_rel(onto.relations().size());
  for (auto v : boost::make_iterator_range(boost::vertices(g))) ++by_type[g[v].type];
  for (auto e : boost::make_iterator_range(boost::edges(g))) ++by_rel[g[e].relation];
  print_graph_summary(by_type, by_rel, onto, out);
}

void print_graph_summary(const std::vector<std::size_t>& by_type, const std::vector<std::size_t>& by_rel,
                         const graph::Ontology& onto, std::ostream& out) {
  std::size_t nodes = 0, edges = 0;
  for (auto n : by_type) nodes += n;
  for (auto n : by_rel) edges += n;
  std::string types, rels;
  for (std::size_t i = 0; i < by_type.size(); ++i) {
    if (by_type[i]) types += fmt::format("{}{} {}", types.empty() ? "" : ", ", by_type[i], onto.type(static_cast<graph::TypeId>(i)).id);
  }
  for (std::size_t i = 0; i < by_rel.size(); ++i) {
    if (by_rel[i]) rels += fmt::format("{}{} {}", rels.empty() ? "" : ", ", by_rel[i], onto.relation(static_cast<graph::RelationId>(i)).id);
  }
  out << fmt::format("nodes: {} ({})\n", nodes, types.empty() ? "none" : types);
  out << fmt::format("edges: {} ({})\n", edges, rels.empty() ? "none" : rels);
}

void print_interrupted(std::ostream& err) {
  err << "newsgraph: interrupted; nothing written, previous outputs left as they were\n";
}

int exit_code_for(const extract::BatchReport& batch) {
  for (const auto& s : batch.statuses) {
    if (s.state == extract::DocumentState::kFailed || s.state == extract::DocumentState::kSkipped) {
      return kExitSomeFailed;
    }
  }
  return kExitOk;
}

}  // namespace newsgraph::cli

namespace newsgraph::cli {

Status read_graph_files(const std::vector<std::string>& paths, graph::GraphBuilder& builder,
                        Diagnostics& diagnostics) {
  for (const auto& path : paths) {
    if (path == "-") {
      auto r = graph::read_native(std::cin, "-", builder, diagnostics);
      if (!r) return r.error();
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return make_error(ErrorCode::kIo, path, "cannot open graph file");
    auto r = graph::read_native(in, path, builder, diagnostics);
    if (!r) return r.error();
  }
  return Status::success();
}

}  // namespace newsgraph::cli
