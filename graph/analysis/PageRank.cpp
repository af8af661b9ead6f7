#include "newsgraph/graph/analysis/PageRank.h"

#include <cmath>
#include <numeric>

#include "ArcGraph.h"
#include "Parallel.h"

namespace newsgraph::graph::analysis {

namespace {

constexpr std::size_t kChunk = 4096;  // vertices per unit of work and per partial sum

double sum_in_order(const std::vector<double>& partials) {
  return std::accumulate(partials.begin(), partials.end(), 0.0);
}

}  // namespace

PageRankResult pagerank(const CorpusGraph& graph, const PageRankOptions& options) {
  PageRankResult result;
  const std::size_t n = graph.node_count();
  if (n == 0) {
    result.converged = true;
    return result;
  }
  const ArcGraph in = directed_arcs(graph, ArcDirection::kReverse);
  const auto& rows = in.m_forward.m_rowstart;
  const auto& sources = in.m_forward.m_column;
  const auto& arcs = in.m_forward.m_edge_properties;

  std::vector<double> out_weight(n, 0.0);
  for (std::size_t i = 0; i < arcs.size(); ++i) out_weight[sources[i]] += arcs[i].weight;
  // Each arc's share of its source's rank: w / (source's total out-weight).
  std::vector<double> share(arcs.size());
  for (std::size_t i = 0; i < arcs.size(); ++i) share[i] = arcs[i].weight / out_weight[sources[i]];
  std::vector<std::uint32_t> dangling;
  for (std::uint32_t v = 0; v < n; ++v) {
    if (out_weight[v] <= 0.0) dangling.push_back(v);
  }

  const double alpha = options.damping, inv_n = 1.0 / static_cast<double>(n);
  std::vector<double> x(n, inv_n), next(n);
  const std::size_t chunks = (n + kChunk - 1) / kChunk;
  std::vector<double> residuals(chunks);
  while (result.iterations < options.max_iterations) {
    double dangling_mass = 0.0;
    for (std::uint32_t v : dangling) dangling_mass += x[v];
    const double base = (1.0 - alpha) * inv_n + alpha * dangling_mass * inv_n;
    for_each_chunk(chunks, options.threads, [&](std::size_t c) {
      const std::size_t begin = c * kChunk, end = std::min(n, begin + kChunk);
      double residual = 0.0;
      for (std::size_t v = begin; v < end; ++v) {
        double sum = 0.0;
        for (std::uint32_t i = rows[v]; i < rows[v + 1]; ++i) sum += share[i] * x[sources[i]];
        const double value = base + alpha * sum;
        residual += std::abs(value - x[v]);
        next[v] = value;
      }
      residuals[c] = residual;
    });
    x.swap(next);
    ++result.iterations;
    result.residual = sum_in_order(residuals);
    if (result.residual < options.tolerance) {
      result.converged = true;
      break;
    }
  }
  result.scores = std::move(x);
  return result;
}

}  // namespace newsgraph::graph::analysis
