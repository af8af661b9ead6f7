#include "newsgraph/graph/analysis/Components.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace newsgraph::graph::analysis {

namespace {

// Union-find with path halving and union by index (the smaller root wins), so the root
// of every set is its smallest vertex.
std::uint32_t find_root(std::vector<std::uint32_t>& parent, std::uint32_t v) {
  while (parent[v] != v) {
    parent[v] = parent[parent[v]];
    v = parent[v];
  }
  return v;
}

}  // namespace

std::vector<std::size_t> renumber_by_size(std::vector<std::uint32_t>& labels) {
  constexpr auto kUnset = std::numeric_limits<std::uint32_t>::max();
  std::uint32_t count = 0;
  for (std::uint32_t l : labels) count = std::max(count, l + 1);
  std::vector<std::size_t> size(count, 0);
  std::vector<std::uint32_t> first(count, kUnset);
  for (std::uint32_t v = 0; v < labels.size(); ++v) {
    ++size[labels[v]];
    if (first[labels[v]] == kUnset) first[labels[v]] = v;
  }
  std::vector<std::uint32_t> order;
  for (std::uint32_t l = 0; l < count; ++l) {
    if (size[l]) order.push_back(l);
  }
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return size[a] != size[b] ? size[a] > size[b] : first[a] < first[b];
  });
  std::vector<std::uint32_t> new_id(count, kUnset);
  std::vector<std::size_t> sizes;
  for (std::uint32_t i = 0; i < order.size(); ++i) {
    new_id[order[i]] = i;
    sizes.push_back(size[order[i]]);
  }
  for (auto& l : labels) l = new_id[l];
  return sizes;
}

ComponentsResult weak_components(const CorpusGraph& graph) {
  const Adjacency& g = graph.graph();
  const auto n = static_cast<std::uint32_t>(graph.node_count());
  std::vector<std::uint32_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0u);
  for (std::uint32_t v = 0; v < n; ++v) {
    // Out-edge lists hold the target inline: no need to touch the edge bundles.
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
      std::uint32_t a = find_root(parent, v);
      std::uint32_t b = find_root(parent, static_cast<std::uint32_t>(boost::target(e, g)));
      if (a == b) continue;
      if (b < a) std::swap(a, b);
      parent[b] = a;
    }
  }
  ComponentsResult r;
  r.component.resize(n);
  for (std::uint32_t v = 0; v < n; ++v) r.component[v] = find_root(parent, v);
  r.sizes = renumber_by_size(r.component);
  return r;
}

}  // namespace newsgraph::graph::analysis
