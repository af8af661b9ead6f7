#include "newsgraph/graph/analysis/Betweenness.h"

#include <algorithm>
#include <numeric>
#include <random>

#include "ArcGraph.h"
#include "Parallel.h"

namespace newsgraph::graph::analysis {

namespace {

constexpr std::size_t kMaxChunks = 64;  // bounds the per-chunk partial score vectors

// Sources for a sampled run: a partial Fisher-Yates shuffle driven by mt19937_64, whose
// output the standard fixes (std's distributions are not portable, so none is used).
std::vector<std::uint32_t> sample_sources(std::size_t n, std::size_t k, std::uint64_t seed) {
  std::vector<std::uint32_t> all(n);
  std::iota(all.begin(), all.end(), 0u);
  std::mt19937_64 rng(seed);
  for (std::size_t i = 0; i < k; ++i) {
    const std::size_t j = i + static_cast<std::size_t>(rng() % (n - i));
    std::swap(all[i], all[j]);
  }
  all.resize(k);
  return all;
}

// Brandes' single-source dependency accumulation, added into `scores`.
struct Workspace {
  explicit Workspace(std::size_t n) : distance(n, -1), sigma(n, 0.0), delta(n, 0.0) {
    order.reserve(n);
  }
  std::vector<int> distance;
  std::vector<double> sigma, delta;
  std::vector<std::uint32_t> order;

  void accumulate(const ArcGraph& g, std::uint32_t s, std::vector<double>& scores) {
    const auto& rows = g.m_forward.m_rowstart;
    const auto& column = g.m_forward.m_column;
    order.clear();
    order.push_back(s);
    distance[s] = 0;
    sigma[s] = 1.0;
    for (std::size_t head = 0; head < order.size(); ++head) {
      const std::uint32_t v = order[head];
      for (std::uint32_t i = rows[v]; i < rows[v + 1]; ++i) {
        const std::uint32_t w = column[i];
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          order.push_back(w);
        }
        if (distance[w] == distance[v] + 1) sigma[w] += sigma[v];
      }
    }
    for (std::size_t k = order.size(); k-- > 0;) {
      const std::uint32_t v = order[k];
      for (std::uint32_t i = rows[v]; i < rows[v + 1]; ++i) {
        const std::uint32_t w = column[i];
        if (distance[w] == distance[v] + 1) delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
      }
      if (v != s) scores[v] += delta[v];
    }
    for (std::uint32_t v : order) {
      distance[v] = -1;
      sigma[v] = 0.0;
      delta[v] = 0.0;
    }
  }
};

}  // namespace

BetweennessResult betweenness(const CorpusGraph& graph, const BetweennessOptions& options) {
  BetweennessResult result;
  const std::size_t n = graph.node_count();
  result.scores.assign(n, 0.0);
  if (n == 0) return result;
  std::vector<std::uint32_t> sources;
  if (n <= options.exact_max_nodes || options.samples >= n) {
    sources.resize(n);
    std::iota(sources.begin(), sources.end(), 0u);
  } else {
    sources = sample_sources(n, std::max<std::size_t>(options.samples, 1), options.seed);
    result.exact = false;
    result.seed = options.seed;
  }
  result.sources = sources.size();

  const ArcGraph g = simple_directed(graph);
  const std::size_t per_chunk =
      std::max<std::size_t>(16, (sources.size() + kMaxChunks - 1) / kMaxChunks);
  const std::size_t chunks = (sources.size() + per_chunk - 1) / per_chunk;
  std::vector<std::vector<double>> partial(chunks);
  for_each_chunk(chunks, options.threads, [&](std::size_t c) {
    Workspace work(n);
    partial[c].assign(n, 0.0);
    const std::size_t end = std::min(sources.size(), (c + 1) * per_chunk);
    for (std::size_t i = c * per_chunk; i < end; ++i) work.accumulate(g, sources[i], partial[c]);
  });
  for (const auto& p : partial) {
    for (std::size_t v = 0; v < n; ++v) result.scores[v] += p[v];
  }
  if (n > 2) {
    double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    if (!result.exact) scale *= static_cast<double>(n) / static_cast<double>(sources.size());
    for (auto& s : result.scores) s *= scale;
  }
  return result;
}

}  // namespace newsgraph::graph::analysis
