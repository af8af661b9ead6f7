#include "newsgraph/graph/analysis/Communities.h"

#include <algorithm>
#include <numeric>

#include "ArcGraph.h"
#include "newsgraph/graph/analysis/Components.h"

namespace newsgraph::graph::analysis {

namespace {

constexpr double kMinGain = 1e-12;  // a move must gain more than rounding noise

// An undirected weighted graph of one Louvain level: neighbours stored both ways, and
// the weight of a node's self-loop (its members' internal edges, once) kept apart.
struct LevelGraph {
  std::vector<std::uint32_t> rows, neighbour;
  std::vector<double> weight, self, strength;  // strength = sum of weights + 2 * self
  double total = 0.0;                          // sum of strengths = 2m

  std::uint32_t size() const { return static_cast<std::uint32_t>(self.size()); }

  void finish() {
    strength.assign(size(), 0.0);
    for (std::uint32_t v = 0; v < size(); ++v) {
      double s = 2.0 * self[v];
      for (std::uint32_t i = rows[v]; i < rows[v + 1]; ++i) s += weight[i];
      strength[v] = s;
    }
    total = std::accumulate(strength.begin(), strength.end(), 0.0);
  }
};

LevelGraph from_corpus(const CorpusGraph& graph) {
  const ArcGraph u = undirected(graph);
  LevelGraph g;
  g.rows.assign(u.m_forward.m_rowstart.begin(), u.m_forward.m_rowstart.end());
  g.neighbour = u.m_forward.m_column;
  g.weight.reserve(g.neighbour.size());
  for (const Arc& a : u.m_forward.m_edge_properties) g.weight.push_back(a.weight);
  g.self.assign(graph.node_count(), 0.0);
  g.finish();
  return g;
}

double level_modularity(const LevelGraph& g, const std::vector<std::uint32_t>& community,
                        double resolution) {
  if (g.total <= 0.0) return 0.0;
  std::uint32_t count = 0;
  for (auto c : community) count = std::max(count, c + 1);
  std::vector<double> inside(count, 0.0), tot(count, 0.0);
  for (std::uint32_t v = 0; v < g.size(); ++v) {
    const std::uint32_t c = community[v];
    tot[c] += g.strength[v];
    inside[c] += 2.0 * g.self[v];
    for (std::uint32_t i = g.rows[v]; i < g.rows[v + 1]; ++i) {
      if (community[g.neighbour[i]] == c) inside[c] += g.weight[i];
    }
  }
  double q = 0.0;
  for (std::uint32_t c = 0; c < count; ++c) {
    q += inside[c] / g.total - resolution * (tot[c] / g.total) * (tot[c] / g.total);
  }
  return q;
}

// Local moving: returns each node's community (compact ids in order of first node) and
// whether any node moved.
bool move_nodes(const LevelGraph& g, const CommunityOptions& options,
                std::vector<std::uint32_t>& comm) {
  const std::uint32_t n = g.size();
  comm.resize(n);
  std::iota(comm.begin(), comm.end(), 0u);
  std::vector<double> tot = g.strength;
  std::vector<double> to(n, -1.0);  // weight from the current node to a community; -1 = unseen
  std::vector<std::uint32_t> seen;
  bool any = false;
  for (std::size_t sweep = 0; sweep < options.max_sweeps; ++sweep) {
    bool moved = false;
    for (std::uint32_t v = 0; v < n; ++v) {
      const std::uint32_t current = comm[v];
      seen.clear();
      for (std::uint32_t i = g.rows[v]; i < g.rows[v + 1]; ++i) {
        const std::uint32_t c = comm[g.neighbour[i]];
        if (to[c] < 0.0) {
          to[c] = 0.0;
          seen.push_back(c);
        }
        to[c] += g.weight[i];
      }
      const double k = g.strength[v], scale = options.resolution * k / g.total;
      tot[current] -= k;
      std::uint32_t best = current;
      double best_gain = std::max(to[current], 0.0) - tot[current] * scale;
      for (std::uint32_t c : seen) {
        const double gain = to[c] - tot[c] * scale;
        if (gain > best_gain + kMinGain ||
            (best != current && gain >= best_gain - kMinGain && c < best)) {
          best = c;
          best_gain = std::max(gain, best_gain);
        }
      }
      tot[best] += k;
      for (std::uint32_t c : seen) to[c] = -1.0;
      if (best != current) {
        comm[v] = best;
        moved = true;
      }
    }
    if (!moved) break;
    any = true;
  }
  // Compact ids in order of each community's first node.
  std::vector<std::uint32_t> id(n, UINT32_MAX);
  std::uint32_t next = 0;
  for (auto& c : comm) {
    if (id[c] == UINT32_MAX) id[c] = next++;
    c = id[c];
  }
  return any;
}

LevelGraph aggregate(const LevelGraph& g, const std::vector<std::uint32_t>& comm) {
  std::uint32_t count = 0;
  for (auto c : comm) count = std::max(count, c + 1);
  // Members of each community, in node order (a counting sort).
  std::vector<std::uint32_t> start(count + 1, 0), members(g.size());
  for (auto c : comm) ++start[c + 1];
  std::partial_sum(start.begin(), start.end(), start.begin());
  std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
  for (std::uint32_t v = 0; v < g.size(); ++v) members[fill[comm[v]]++] = v;

  LevelGraph h;
  h.self.assign(count, 0.0);
  h.rows.push_back(0);
  std::vector<double> to(count, -1.0);
  std::vector<std::uint32_t> seen;
  for (std::uint32_t c = 0; c < count; ++c) {
    seen.clear();
    for (std::uint32_t m = start[c]; m < start[c + 1]; ++m) {
      const std::uint32_t v = members[m];
      h.self[c] += g.self[v];
      for (std::uint32_t i = g.rows[v]; i < g.rows[v + 1]; ++i) {
        const std::uint32_t u = g.neighbour[i], d = comm[u];
        if (d == c) {
          if (v < u) h.self[c] += g.weight[i];  // an internal edge, counted once
          continue;
        }
        if (to[d] < 0.0) {
          to[d] = 0.0;
          seen.push_back(d);
        }
        to[d] += g.weight[i];
      }
    }
    std::sort(seen.begin(), seen.end());
    for (std::uint32_t d : seen) {
      h.neighbour.push_back(d);
      h.weight.push_back(to[d]);
      to[d] = -1.0;
    }
    h.rows.push_back(static_cast<std::uint32_t>(h.neighbour.size()));
  }
  h.finish();
  return h;
}

}  // namespace

CommunitiesResult louvain_communities(const CorpusGraph& graph, const CommunityOptions& options) {
  CommunitiesResult result;
  const LevelGraph base = from_corpus(graph);
  result.community.resize(base.size());
  std::iota(result.community.begin(), result.community.end(), 0u);
  if (base.total > 0.0) {
    LevelGraph level = base;
    for (std::size_t round = 0; round < options.max_levels; ++round) {
      std::vector<std::uint32_t> comm;
      if (!move_nodes(level, options, comm)) break;
      ++result.levels;
      for (auto& c : result.community) c = comm[c];
      level = aggregate(level, comm);
    }
  }
  result.sizes = renumber_by_size(result.community);
  result.modularity = level_modularity(base, result.community, options.resolution);
  return result;
}

double modularity(const CorpusGraph& graph, const std::vector<std::uint32_t>& community,
                  double resolution) {
  return level_modularity(from_corpus(graph), community, resolution);
}

}  // namespace newsgraph::graph::analysis
