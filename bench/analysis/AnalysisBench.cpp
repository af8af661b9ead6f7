// analysis_bench: times the analyses on an edge-list TSV (what ../shared/peers/gen-edges.py
// writes and the igraph/NetworkX peers read), loaded as a CorpusGraph through the normal
// path: records -> GraphBuilder -> freeze. Prints one JSON object, like the peers.
//
//   analysis_bench --ontology bench/analysis/ontology.json --schema schemas/ontology.schema.json
//                  --threads 1 --repeat 3 [--dump pagerank.tsv] edges.tsv
//   -> {"tool": "newsgraph", "seconds": {"load": 9.1, "pagerank": 0.21, "components": 0.03, ...},
//   ...}
//
// Each timed operation is the public call as a user makes it (pagerank(graph) builds its
// arc arrays from the graph every time); the best of --repeat runs is reported.
// The rows are read as bench/common/EdgeList.h says (weight w: w pieces of evidence, so
// the frozen edge has weight w).
#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "EdgeList.h"
#include "newsgraph/graph/GraphBuilder.h"
#include "newsgraph/graph/analysis/Betweenness.h"
#include "newsgraph/graph/analysis/Communities.h"
#include "newsgraph/graph/analysis/Components.h"
#include "newsgraph/graph/analysis/Degree.h"
#include "newsgraph/graph/analysis/KCore.h"
#include "newsgraph/graph/analysis/PageRank.h"

namespace {

using namespace newsgraph;
using namespace newsgraph::graph;

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Best of `repeat` runs of fn (which returns a value kept alive so nothing is elided).
template <typename Fn>
double best_of(int repeat, Fn&& fn) {
  double best = 1e300;
  for (int i = 0; i < repeat; ++i) {
    const auto start = std::chrono::steady_clock::now();
    auto result = fn();
    best = std::min(best, seconds_since(start));
    if (result.empty()) std::cerr << "";  // keeps `result` used
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  std::string ontology_path, schema_path, edges_path, dump_path, ops = "pagerank,components";
  unsigned threads = 1;
  int repeat = 3;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--ontology")
      ontology_path = value();
    else if (a == "--schema")
      schema_path = value();
    else if (a == "--threads")
      threads = static_cast<unsigned>(std::stoul(value()));
    else if (a == "--repeat")
      repeat = std::stoi(value());
    else if (a == "--ops")
      ops = value();
    else if (a == "--dump")
      dump_path = value();
    else
      edges_path = a;
  }
  if (ontology_path.empty() || schema_path.empty() || edges_path.empty()) {
    std::cerr << "usage: analysis_bench --ontology F --schema F [--threads N] [--repeat N] [--ops "
                 "a,b] EDGES.tsv\n";
    return 2;
  }
  auto onto = Ontology::load_files(ontology_path, schema_path);
  if (!onto) {
    std::cerr << "analysis_bench: " << onto.error().describe() << "\n";
    return 2;
  }

  const auto load_start = std::chrono::steady_clock::now();
  GraphBuilder builder;
  const auto rows = bench::read_edge_list(edges_path, builder);
  if (!rows) {
    std::cerr << "analysis_bench: " << rows.error().describe() << "\n";
    return 2;
  }
  const std::size_t row = *rows;
  Diagnostics diagnostics;
  const CorpusGraph graph = std::move(builder).freeze(*onto, diagnostics);
  const double load = seconds_since(load_start);
  if (graph.edge_count() != row) {
    std::cerr << "analysis_bench: " << row << " rows but " << graph.edge_count()
              << " edges (duplicate pairs?)\n";
    for (const auto& d : diagnostics.items()) std::cerr << d.describe() << "\n";
    return 2;
  }

  std::map<std::string, double> timing;
  std::string facts;
  analysis::PageRankOptions pr;
  pr.threads = threads;
  analysis::BetweennessOptions bc;
  bc.threads = threads;
  std::size_t pos = 0;
  while (pos <= ops.size()) {
    const std::size_t comma = std::min(ops.find(',', pos), ops.size());
    const std::string op = ops.substr(pos, comma - pos);
    pos = comma + 1;
    if (op == "pagerank") {
      timing[op] = best_of(repeat, [&] { return analysis::pagerank(graph, pr).scores; });
      const auto r = analysis::pagerank(graph, pr);
      facts += ",\"pagerank_iterations\":" + std::to_string(r.iterations);
      if (!dump_path.empty()) {
        // name <TAB> score, for comparing the values with a peer's.
        std::ofstream dump(dump_path);
        dump.precision(17);
        for (std::size_t v = 0; v < graph.node_count(); ++v) {
          const std::string& key = graph.graph()[v].key;
          dump << key.substr(key.find('/') + 1) << '\t' << r.scores[v] << '\n';
        }
      }
    } else if (op == "components") {
      timing[op] = best_of(repeat, [&] { return analysis::weak_components(graph).sizes; });
      const auto r = analysis::weak_components(graph);
      facts += ",\"components\":" + std::to_string(r.sizes.size()) +
               ",\"largest_component\":" + std::to_string(r.sizes.empty() ? 0 : r.sizes.front());
    } else if (op == "degree") {
      timing[op] = best_of(repeat, [&] { return analysis::degrees(graph).degree; });
    } else if (op == "betweenness") {
      timing[op] = best_of(repeat, [&] { return analysis::betweenness(graph, bc).scores; });
      facts +=
          ",\"betweenness_sources\":" + std::to_string(analysis::betweenness(graph, bc).sources);
    } else if (op == "communities") {
      timing[op] = best_of(repeat, [&] { return analysis::louvain_communities(graph).sizes; });
      const auto r = analysis::louvain_communities(graph);
      facts += ",\"communities\":" + std::to_string(r.sizes.size()) +
               ",\"modularity\":" + std::to_string(r.modularity);
    } else if (op == "kcore") {
      timing[op] = best_of(repeat, [&] { return analysis::core_numbers(graph).core; });
    } else if (!op.empty()) {
      std::cerr << "analysis_bench: unknown op " << op << "\n";
      return 2;
    }
  }
  std::cout << "{\"tool\":\"newsgraph\",\"threads\":" << threads << ",\"repeat\":" << repeat
            << ",\"nodes\":" << graph.node_count() << ",\"edges\":" << graph.edge_count()
            << ",\"seconds\":{\"load\":" << load;
  for (const auto& [op, s] : timing) std::cout << ",\"" << op << "\":" << s;
  std::cout << "}" << facts << "}\n";
  return 0;
}
