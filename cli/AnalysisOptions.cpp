#include "AnalysisOptions.h"

#include <fmt/core.h>

#include <algorithm>
#include <ostream>
#include <thread>

namespace newsgraph::cli {

void add_analysis_options(CLI::App& command, AnalysisOptions& options, bool with_threads) {
  const std::string views = "Views";
  command.add_option("--type", options.types, "Keep only nodes of these types (comma-separated)")
      ->delimiter(',')
      ->group(views);
  command
      .add_option("--relation", options.relations,
                  "Keep only edges of these relations (comma-separated)")
      ->delimiter(',')
      ->group(views);
  command
      .add_option("--since", options.since,
                  "Keep evidence dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
      ->group(views);
  command
      .add_option("--until", options.until,
                  "Keep evidence dated on or before this date (inclusive)")
      ->group(views);
  command
      .add_option("--min-weight", options.min_weight, "Keep edges with at least this much evidence")
      ->group(views);
  command.add_flag("--drop-isolated", options.drop_isolated, "Then drop nodes left without edges")
      ->group(views);
  command
      .add_option("--ego", options.ego,
                  "Keep the neighbourhood of this entity (key, label or alias; case-insensitive)")
      ->group(views);
  // 64-bit counts: CLI11 would wrap "-1" around, so negative values are refused here.
  command.add_option("--depth", options.depth, "Hops around --ego")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str()
      ->group(views);
  command
      .add_option("--top-nodes", options.top_nodes, "Keep the N best nodes by --top-by (0 = all)")
      ->check(CLI::NonNegativeNumber)
      ->group(views);
  command.add_option("--top-by", options.top_by, "Node metric for --top-nodes")
      ->capture_default_str()
      ->group(views);
  const std::string analysis = "Analysis";
  command
      .add_flag("--no-analysis", options.no_analysis,
                "Skip the analyses (no pagerank, degree, community... columns)")
      ->group(analysis);
  command
      .add_option("--betweenness-exact-max", options.betweenness_exact_max,
                  "Exact betweenness up to this many nodes; sampled above")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str()
      ->group(analysis);
  command
      .add_option("--betweenness-samples", options.betweenness_samples,
                  "Sources sampled for betweenness on larger graphs")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str()
      ->group(analysis);
  command.add_option("--seed", options.seed, "Seed of the betweenness sample")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str()
      ->group(analysis);
  if (with_threads) {
    command
        .add_option("-j,--threads", options.threads,
                    "Worker threads (default: all cores); output is the same")
        ->group(analysis);
  }
}

Result<graph::ViewFilter> view_filter(const AnalysisOptions& options,
                                      const graph::Ontology& ontology) {
  graph::ViewFilter filter;
  for (const auto& t : options.types) {
    if (!ontology.find_type(t))
      return make_error(ErrorCode::kUsage, "--type", "unknown node type \"" + t + "\"");
  }
  for (const auto& r : options.relations) {
    if (!ontology.find_relation(r)) {
      return make_error(ErrorCode::kUsage, "--relation", "unknown relation \"" + r + "\"");
    }
  }
  filter.types = options.types;
  filter.relations = options.relations;
  for (auto [text, date, flag] : {std::tuple{&options.since, &filter.since, "--since"},
                                  std::tuple{&options.until, &filter.until, "--until"}}) {
    if (text->empty()) continue;
    *date = Date::parse_iso(*text);
    if (!*date)
      return make_error(ErrorCode::kUsage, flag,
                        "not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + *text);
  }
  if (filter.since && filter.until && filter.until->last_day() < filter.since->to_days()) {
    return make_error(ErrorCode::kUsage, "--since/--until", "--until is before --since");
  }
  filter.min_weight = options.min_weight;
  filter.drop_isolated = options.drop_isolated;
  return filter;
}

Result<PreparedGraph> prepare_graph(graph::CorpusGraph& corpus, const AnalysisOptions& options,
                                    unsigned threads) {
  auto filter = view_filter(options, corpus.ontology());
  if (!filter) return filter.error();
  PreparedGraph prepared;
  if (!filter->empty()) {
    auto view = graph::restrict_graph(corpus, *filter);
    if (!view) return view.error();
    prepared.view = std::move(*view);
  }
  if (!options.no_analysis) {
    graph::analysis::MetricsOptions metrics;
    metrics.threads = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
    metrics.betweenness.exact_max_nodes = options.betweenness_exact_max;
    metrics.betweenness.samples = options.betweenness_samples;
    metrics.betweenness.seed = options.seed;
    prepared.metrics =
        graph::analysis::attach_metrics(prepared.view ? *prepared.view : corpus, metrics);
  }
  graph::NodeSelection selection;
  selection.ego = options.ego;
  selection.depth = options.depth;
  selection.top = options.top_nodes;
  selection.rank_by = options.top_by;
  if (!selection.empty()) {
    auto selected = graph::select_nodes(prepared.graph(corpus), selection);
    if (!selected) return selected.error();
    prepared.view = std::move(*selected);
  }
  return prepared;
}

void print_analysis_summary(const PreparedGraph& prepared, std::ostream& out) {
  if (prepared.view) {
    out << fmt::format("view: {} nodes, {} edges\n", prepared.view->node_count(),
                       prepared.view->edge_count());
  }
  if (!prepared.metrics) return;
  const auto& m = *prepared.metrics;
  const std::string betweenness =
      m.betweenness_exact
          ? fmt::format("exact ({} sources)", m.betweenness_sources)
          : fmt::format("sampled ({} sources, seed {})", m.betweenness_sources, m.betweenness_seed);
  out << fmt::format(
      "analysis: pagerank {} iterations{}; betweenness {}; {} components (largest {}); "
      "{} communities (modularity {:.3f}); max k-core {}\n",
      m.pagerank_iterations, m.pagerank_converged ? "" : " (not converged)", betweenness,
      m.components, m.largest_component, m.communities, m.modularity, m.max_core);
}

}  // namespace newsgraph::cli
