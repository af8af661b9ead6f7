// Options shared by build, export and stats: which part of the graph to look at (a
// view) and the analyses whose results become node columns in every export.
//
//   --type leader,official --since 2022 --min-weight 2   -> restrict, then analyse
//   --ego "Putin" --depth 2 --top-nodes 50 --top-by pagerank -> then select what to show
#pragma once

#include <CLI/CLI.hpp>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "newsgraph/core/Result.h"
#include "newsgraph/graph/CorpusGraph.h"
#include "newsgraph/graph/View.h"
#include "newsgraph/graph/analysis/Metrics.h"

namespace newsgraph::cli {

struct AnalysisOptions {
  std::vector<std::string> types, relations;
  std::string since, until;
  std::uint32_t min_weight = 0;
  bool drop_isolated = false;
  std::string ego;
  std::size_t depth = 1;
  std::size_t top_nodes = 0;
  std::string top_by = "pagerank";
  bool no_analysis = false;
  std::size_t betweenness_exact_max = graph::analysis::BetweennessOptions{}.exact_max_nodes;
  std::size_t betweenness_samples = graph::analysis::BetweennessOptions{}.samples;
  std::uint64_t seed = graph::analysis::BetweennessOptions{}.seed;
  unsigned threads = 0;  // only read where add_analysis_options() added -j
};

// `with_threads` adds -j/--threads (build has its own).
void add_analysis_options(CLI::App& command, AnalysisOptions& options, bool with_threads);

// Checks type and relation names and dates before any work is done (exit code 2).
Result<graph::ViewFilter> view_filter(const AnalysisOptions& options,
                                      const graph::Ontology& ontology);

struct PreparedGraph {
  std::optional<graph::CorpusGraph> view;                 // set when a filter or selection applies
  std::optional<graph::analysis::MetricsReport> metrics;  // unset with --no-analysis
  const graph::CorpusGraph& graph(const graph::CorpusGraph& corpus) const {
    return view ? *view : corpus;
  }
};

// Restricts (type, relation, dates, weight), analyses what is left (metric columns), then
// selects (ego, top nodes). Without a restriction the metrics go onto `corpus` itself,
// whose records do not change (graph.ngraph stays the same bytes).
Result<PreparedGraph> prepare_graph(graph::CorpusGraph& corpus, const AnalysisOptions& options,
                                    unsigned threads);

// "analysis: pagerank 42 iterations; betweenness exact (120 sources); ..." and, for a
// view, its size.
void print_analysis_summary(const PreparedGraph& prepared, std::ostream& out);

}  // namespace newsgraph::cli
