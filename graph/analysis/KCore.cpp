#include "newsgraph/graph/analysis/KCore.h"

#include <algorithm>

#include "ArcGraph.h"

namespace newsgraph::graph::analysis {

// Batagelj and Zaversnik's O(m) peeling: vertices kept sorted by current degree in
// buckets; removing the lowest lowers its neighbours' degrees by one.
KCoreResult core_numbers(const CorpusGraph& graph) {
  const ArcGraph g = undirected(graph);
  const auto& rows = g.m_forward.m_rowstart;
  const auto& column = g.m_forward.m_column;
  const auto n = static_cast<std::uint32_t>(graph.node_count());
  KCoreResult r;
  r.core.resize(n);
  if (n == 0) return r;
  std::uint32_t max_degree = 0;
  for (std::uint32_t v = 0; v < n; ++v) {
    r.core[v] = rows[v + 1] - rows[v];
    max_degree = std::max(max_degree, r.core[v]);
  }
  std::vector<std::uint32_t> bin(max_degree + 1, 0), position(n), order(n);
  for (std::uint32_t v = 0; v < n; ++v) ++bin[r.core[v]];
  std::uint32_t start = 0;
  for (auto& b : bin) {
    const std::uint32_t count = b;
    b = start;
    start += count;
  }
  for (std::uint32_t v = 0; v < n; ++v) {
    position[v] = bin[r.core[v]]++;
    order[position[v]] = v;
  }
  for (std::uint32_t d = max_degree; d > 0; --d) bin[d] = bin[d - 1];
  bin[0] = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::uint32_t v = order[i];
    for (std::uint32_t a = rows[v]; a < rows[v + 1]; ++a) {
      const std::uint32_t u = column[a];
      if (r.core[u] <= r.core[v]) continue;
      // Swap u with the first vertex of its bin, then shrink that bin by one.
      const std::uint32_t du = r.core[u], pu = position[u], pw = bin[du], w = order[pw];
      if (u != w) {
        position[u] = pw;
        order[pu] = w;
        position[w] = pu;
        order[pw] = u;
      }
      ++bin[du];
      --r.core[u];
    }
  }
  for (auto c : r.core) r.max_core = std::max(r.max_core, c);
  return r;
}

}  // namespace newsgraph::graph::analysis
