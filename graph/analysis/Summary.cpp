#include "newsgraph/graph/analysis/Summary.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "newsgraph/core/Text.h"
#include "newsgraph/graph/analysis/Communities.h"
#include "newsgraph/graph/analysis/Degree.h"

namespace newsgraph::graph::analysis {

namespace {

RankedNode ranked(const CorpusGraph& graph, std::size_t v, double value) {
  const Node& n = graph.graph()[v];
  return {n.key, n.label, graph.ontology().type(n.type).id, value};
}

// The `count` best of `candidates` by `values`, best first, ties in key order.
std::vector<RankedNode> top(const CorpusGraph& graph, std::vector<std::size_t> candidates,
                            const std::vector<double>& values, std::size_t count) {
  std::stable_sort(candidates.begin(), candidates.end(),
                   [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });
  std::vector<RankedNode> out;
  for (std::size_t i = 0; i < candidates.size() && i < count; ++i) {
    out.push_back(ranked(graph, candidates[i], values[candidates[i]]));
  }
  return out;
}

const std::vector<double>* metric(const CorpusGraph& graph, const std::string& name) {
  const auto it = graph.metrics().find(name);
  return it == graph.metrics().end() ? nullptr : &it->second;
}

}  // namespace

GraphSummary summarise(const CorpusGraph& graph, const SummaryOptions& options) {
  const Adjacency& g = graph.graph();
  const Ontology& onto = graph.ontology();
  GraphSummary s;
  s.documents = graph.documents().size();
  for (const DocumentInfo& d : graph.documents()) {
    if (!d.date) continue;
    if (!s.first_date || *d.date < *s.first_date) s.first_date = d.date;
    if (!s.last_date || *d.date > *s.last_date) s.last_date = d.date;
  }
  s.nodes = graph.node_count();
  s.edges = graph.edge_count();
  s.freeze = graph.freeze_stats();

  std::vector<std::size_t> by_type(onto.node_types().size()), by_relation(onto.relations().size());
  for (auto v : boost::make_iterator_range(boost::vertices(g))) ++by_type[g[v].type];
  for (auto e : boost::make_iterator_range(boost::edges(g))) ++by_relation[g[e].relation];
  for (std::size_t i = 0; i < by_type.size(); ++i) {
    if (by_type[i]) s.nodes_by_type.emplace_back(onto.type(static_cast<TypeId>(i)).id, by_type[i]);
  }
  for (std::size_t i = 0; i < by_relation.size(); ++i) {
    if (by_relation[i])
      s.edges_by_relation.emplace_back(onto.relation(static_cast<RelationId>(i)).id,
                                       by_relation[i]);
  }

  std::vector<std::size_t> all(graph.node_count());
  std::iota(all.begin(), all.end(), 0);
  const std::vector<double>* pagerank = metric(graph, "pagerank");
  std::vector<double> computed_degree;
  const std::vector<double>* degree = metric(graph, "degree");
  if (!degree) {
    computed_degree = degrees(graph).degree;
    degree = &computed_degree;
  }
  if (pagerank) s.top_pagerank = top(graph, all, *pagerank, options.top);
  s.top_degree = top(graph, all, *degree, options.top);

  // Strongest pairs: every relation between two nodes, either way, added up.
  std::map<std::pair<std::size_t, std::size_t>, PairSummary> pairs;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    std::size_t a = boost::source(e, g), b = boost::target(e, g);
    if (b < a) std::swap(a, b);
    PairSummary& p = pairs[{a, b}];
    p.weight += g[e].weight;
    p.documents = std::max(p.documents, g[e].documents);
    p.relations.push_back(onto.relation(g[e].relation).id);
  }
  std::vector<std::pair<std::pair<std::size_t, std::size_t>, PairSummary*>> ordered;
  for (auto& [k, p] : pairs) ordered.emplace_back(k, &p);
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto& x, const auto& y) {
    return x.second->weight > y.second->weight;
  });
  for (std::size_t i = 0; i < ordered.size() && i < options.top; ++i) {
    PairSummary p = std::move(*ordered[i].second);
    p.source = ranked(graph, ordered[i].first.first, 0);
    p.target = ranked(graph, ordered[i].first.second, 0);
    std::sort(p.relations.begin(), p.relations.end());
    p.relations.erase(std::unique(p.relations.begin(), p.relations.end()), p.relations.end());
    s.strongest_pairs.push_back(std::move(p));
  }

  if (const std::vector<double>* community = metric(graph, "community")) {
    std::vector<std::uint32_t> ids(community->begin(), community->end());
    std::map<std::uint32_t, std::vector<std::size_t>> members;
    for (std::size_t v = 0; v < ids.size(); ++v) members[ids[v]].push_back(v);
    s.community_count = members.size();
    s.modularity = modularity(graph, ids);
    std::vector<std::pair<std::uint32_t, std::vector<std::size_t>*>> order;
    for (auto& [id, list] : members) order.emplace_back(id, &list);
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
      return a.second->size() > b.second->size();
    });
    for (std::size_t i = 0; i < order.size() && i < options.communities; ++i) {
      CommunitySummary c;
      c.id = order[i].first;
      c.size = order[i].second->size();
      c.leaders = top(graph, *order[i].second, pagerank ? *pagerank : *degree, options.members);
      s.communities.push_back(std::move(c));
    }
  }

  // Names to check: weakly resolved nodes, and names that point at several nodes.
  std::map<std::string, std::vector<std::size_t>> by_name;
  std::map<std::string, std::string> written;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const Node& n = g[v];
    if (const auto it = n.attributes.find("resolution");
        it != n.attributes.end() && it->second == "weak") {
      ++s.weak_count;
      if (s.weak_names.size() < options.names) {
        const auto note = n.attributes.find("resolution_note");
        s.weak_names.push_back({n.key, n.label, onto.type(n.type).id,
                                note == n.attributes.end() ? std::string() : note->second});
      }
    }
    std::map<std::string, const std::string*> names;  // folded -> as written on this node
    names.emplace(fold(n.label), &n.label);
    for (const auto& a : n.aliases) names.emplace(fold(a), &a);
    for (const auto& [f, surface] : names) {
      if (f.empty()) continue;
      by_name[f].push_back(v);
      written.emplace(f, *surface);  // as the first node in key order writes it
    }
  }
  for (const auto& [name, nodes] : by_name) {
    if (nodes.size() < 2) continue;
    ++s.shared_count;
    if (s.shared_names.size() >= options.names) continue;
    SharedName shared{written[name], {}};
    for (std::size_t v : nodes) shared.keys.push_back(g[v].key);
    s.shared_names.push_back(std::move(shared));
  }
  return s;
}

}  // namespace newsgraph::graph::analysis
