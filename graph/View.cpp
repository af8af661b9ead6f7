#include "newsgraph/graph/View.h"

#include <algorithm>
#include <limits>
#include <memory>
#include <numeric>
#include <set>

#include "newsgraph/core/Text.h"
#include "newsgraph/graph/GraphBuilder.h"

namespace newsgraph::graph {

namespace {

// Whether a date's period overlaps the window [low, high] (days since the epoch).
bool overlaps(const std::optional<Date>& d, std::int64_t low, std::int64_t high) {
  return d && d->last_day() >= low && d->to_days() <= high;
}

// Copies each metric column of `from` for the vertices of `to`, matched by key.
void carry_metrics(const CorpusGraph& from, CorpusGraph& to) {
  if (from.metrics().empty()) return;
  std::vector<std::size_t> origin(to.node_count());
  for (std::size_t v = 0; v < to.node_count(); ++v) origin[v] = *from.find(to.graph()[v].key);
  for (const auto& [name, values] : from.metrics()) {
    std::vector<double> column(to.node_count());
    for (std::size_t v = 0; v < origin.size(); ++v) column[v] = values[origin[v]];
    to.set_metric(name, std::move(column));
  }
}

Evidence owned(const CorpusGraph&, const Evidence& e) { return e; }
Evidence owned(const CorpusGraph& graph, const EvidenceRef& e) { return to_record(graph, e); }

// The graph as the records dated within [since, until] state it: frozen again from the
// records, so weights, dates, documents and types are those of the window.
CorpusGraph restrict_dates(const CorpusGraph& graph, std::int64_t low, std::int64_t high) {
  const Adjacency& g = graph.graph();
  const auto evidence_date = [&](const auto& e) {
    if (e.date) return e.date;
    const DocumentInfo* d = graph.find_document(e.doc);
    return d ? d->date : std::nullopt;
  };
  // Over a placed edge's EvidenceRef or an unplaced edge's Evidence: owning records out.
  const auto in_window = [&](const auto& all, std::set<std::string, std::less<>>& docs) {
    std::vector<Evidence> kept;
    for (const auto& e : all) {
      if (!overlaps(evidence_date(e), low, high)) continue;
      kept.push_back(owned(graph, e));
      docs.emplace(kept.back().doc);
    }
    return kept;
  };

  GraphBuilder b;
  std::set<std::string, std::less<>> docs;  // documents some kept evidence comes from
  std::vector<bool> endpoint(graph.node_count(), false);
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    std::vector<Evidence> kept = in_window(g[e].evidence, docs);
    if (kept.empty()) continue;
    const auto s = boost::source(e, g), t = boost::target(e, g);
    endpoint[s] = endpoint[t] = true;
    b.add_edge({g[s].key, graph.ontology().relation(g[e].relation).id, g[t].key, std::move(kept)});
  }
  for (const EdgeRecord& e : graph.unplaced_edges()) {
    std::vector<Evidence> kept = in_window(e.evidence, docs);
    if (!kept.empty()) b.add_edge({e.source, e.relation, e.target, std::move(kept)});
  }
  std::set<std::string_view> kept_docs;
  for (const DocumentInfo& d : graph.documents()) {
    if (!overlaps(d.date, low, high) && !docs.count(d.id)) continue;
    kept_docs.insert(d.id);
    b.add_document(DocumentInfo(d));
  }
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const Node& n = g[v];
    NodeRecord r{n.key, n.name, {}, n.attributes};
    for (const MentionRef& m : n.mentions) {
      if (kept_docs.count(graph.text(m.doc))) r.mentions.push_back(to_record(graph, m));
    }
    // An endpoint of a kept edge whose mentions all lie outside the window (the evidence
    // is dated, its document is not) keeps them all, so its type still resolves.
    if (r.mentions.empty() && endpoint[v]) {
      for (const MentionRef& m : n.mentions) r.mentions.push_back(to_record(graph, m));
    }
    if (!r.mentions.empty()) b.add_node(std::move(r));
  }
  Diagnostics ignored;  // what freezing leaves out was reported for the whole graph
  CorpusGraph out = std::move(b).freeze(graph.ontology(), ignored);
  carry_metrics(graph, out);
  return out;
}

std::string describe(const CorpusGraph& graph, const std::vector<Vertex>& matches) {
  std::string out;
  for (std::size_t i = 0; i < matches.size() && i < 10; ++i) {
    const Node& n = graph.graph()[matches[i]];
    out += (i ? ", " : "") + n.key + " (" + n.label + ")";
  }
  if (matches.size() > 10) out += ", ... " + std::to_string(matches.size() - 10) + " more";
  return out;
}

}  // namespace

CorpusGraph subgraph(const CorpusGraph& graph, const std::vector<bool>& keep,
                     const std::vector<bool>* keep_edge_by_index) {
  const Adjacency& g = graph.graph();
  std::vector<std::size_t> index(graph.node_count(), std::numeric_limits<std::size_t>::max());
  std::size_t count = 0;
  for (std::size_t v = 0; v < graph.node_count(); ++v) {
    if (keep[v]) index[v] = count++;
  }
  auto owned = std::make_unique<Adjacency>(count);
  Adjacency& h = *owned;
  for (std::size_t v = 0; v < graph.node_count(); ++v) {
    if (keep[v]) h[index[v]] = g[v];
  }
  // Edges in their canonical order; the index map is monotone, so they stay in order.
  std::size_t i = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const bool wanted = !keep_edge_by_index || (*keep_edge_by_index)[i];
    ++i;
    const auto s = boost::source(e, g), t = boost::target(e, g);
    if (wanted && keep[s] && keep[t]) boost::add_edge(index[s], index[t], g[e], h);
  }
  CorpusGraph out(graph.ontology(), std::move(owned), graph.storage(), graph.documents(),
                  graph.freeze_stats());
  for (const auto& [name, values] : graph.metrics()) {
    std::vector<double> column(count);
    for (std::size_t v = 0; v < graph.node_count(); ++v) {
      if (keep[v]) column[index[v]] = values[v];
    }
    out.set_metric(name, std::move(column));
  }
  return out;
}

Result<CorpusGraph> restrict_graph(const CorpusGraph& graph, const ViewFilter& filter) {
  const Ontology& onto = graph.ontology();
  std::vector<bool> type_kept(onto.node_types().size(), filter.types.empty());
  for (const auto& t : filter.types) {
    const auto id = onto.find_type(t);
    if (!id) return make_error(ErrorCode::kUsage, "--type", "unknown node type \"" + t + "\"");
    type_kept[*id] = true;
  }
  std::vector<bool> relation_kept(onto.relations().size(), filter.relations.empty());
  for (const auto& r : filter.relations) {
    const auto id = onto.find_relation(r);
    if (!id) return make_error(ErrorCode::kUsage, "--relation", "unknown relation \"" + r + "\"");
    relation_kept[*id] = true;
  }
  if (filter.since && filter.until && filter.until->last_day() < filter.since->to_days()) {
    return make_error(ErrorCode::kUsage, "--since/--until",
                      "the window ends (" + filter.until->to_iso() + ") before it starts (" +
                          filter.since->to_iso() + ")");
  }

  CorpusGraph dated;
  const CorpusGraph* source = &graph;
  if (filter.since || filter.until) {
    dated = restrict_dates(
        graph, filter.since ? filter.since->to_days() : std::numeric_limits<std::int64_t>::min(),
        filter.until ? filter.until->last_day() : std::numeric_limits<std::int64_t>::max());
    source = &dated;
  }
  const Adjacency& g = source->graph();
  std::vector<bool> keep(source->node_count());
  for (std::size_t v = 0; v < keep.size(); ++v) keep[v] = type_kept[g[v].type];
  std::vector<bool> keep_edge;
  std::vector<bool> touched(source->node_count(), false);
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const auto s = boost::source(e, g), t = boost::target(e, g);
    const bool kept =
        relation_kept[g[e].relation] && g[e].weight >= filter.min_weight && keep[s] && keep[t];
    keep_edge.push_back(kept);
    if (kept) touched[s] = touched[t] = true;
  }
  if (filter.drop_isolated) {
    for (std::size_t v = 0; v < keep.size(); ++v) keep[v] = keep[v] && touched[v];
  }
  return subgraph(*source, keep, &keep_edge);
}

Result<Vertex> find_entity(const CorpusGraph& graph, std::string_view name) {
  if (auto v = graph.find(name)) return *v;
  const std::string wanted = fold(name);
  const Adjacency& g = graph.graph();
  std::vector<Vertex> matches;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    bool match = fold(g[v].label) == wanted;
    for (std::size_t i = 0; !match && i < g[v].aliases.size(); ++i)
      match = fold(g[v].aliases[i]) == wanted;
    if (match) matches.push_back(v);
  }
  if (matches.size() == 1) return matches.front();
  if (matches.empty()) {
    return make_error(ErrorCode::kUsage, "--ego",
                      "no node has the key, label or alias \"" + std::string(name) + "\"");
  }
  // A name shared by several nodes ("Smith", "WHO") is never resolved by guessing.
  return make_error(ErrorCode::kUsage, "--ego",
                    "\"" + std::string(name) + "\" names " + std::to_string(matches.size()) +
                        " nodes: " + describe(graph, matches) + "; give a key instead");
}

std::vector<Vertex> ego_network(const CorpusGraph& graph, Vertex ego, std::size_t depth) {
  const Adjacency& g = graph.graph();
  std::vector<std::size_t> distance(graph.node_count(), std::numeric_limits<std::size_t>::max());
  std::vector<Vertex> frontier = {ego};
  distance[ego] = 0;
  for (std::size_t d = 0; d < depth && !frontier.empty(); ++d) {
    std::vector<Vertex> next;
    const auto visit = [&](Vertex u) {
      if (distance[u] != std::numeric_limits<std::size_t>::max()) return;
      distance[u] = d + 1;
      next.push_back(u);
    };
    for (Vertex v : frontier) {
      for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) visit(boost::target(e, g));
      for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) visit(boost::source(e, g));
    }
    frontier = std::move(next);
  }
  std::vector<Vertex> out;
  for (std::size_t v = 0; v < distance.size(); ++v) {
    if (distance[v] != std::numeric_limits<std::size_t>::max())
      out.push_back(static_cast<Vertex>(v));
  }
  return out;
}

Result<CorpusGraph> select_nodes(const CorpusGraph& graph, const NodeSelection& selection) {
  std::vector<bool> keep(graph.node_count(), true);
  if (!selection.ego.empty()) {
    auto ego = find_entity(graph, selection.ego);
    if (!ego) return ego.error();
    std::fill(keep.begin(), keep.end(), false);
    for (Vertex v : ego_network(graph, *ego, selection.depth)) keep[v] = true;
  }
  if (selection.top > 0) {
    const auto column = graph.metrics().find(selection.rank_by);
    if (column == graph.metrics().end()) {
      std::string names;
      for (const auto& [name, values] : graph.metrics())
        names += (names.empty() ? "" : ", ") + name;
      return make_error(
          ErrorCode::kUsage, "--top-by",
          "the graph has no metric \"" + selection.rank_by + "\"" +
              (names.empty() ? " (analysis was skipped)" : " (it has: " + names + ")"));
    }
    const std::vector<double>& values = column->second;
    std::vector<std::size_t> order;
    for (std::size_t v = 0; v < keep.size(); ++v) {
      if (keep[v]) order.push_back(v);
    }
    // Best first, ties in key order, so the choice is stable.
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });
    if (order.size() > selection.top) {
      for (std::size_t i = selection.top; i < order.size(); ++i) keep[order[i]] = false;
    }
  }
  return subgraph(graph, keep);
}

}  // namespace newsgraph::graph
