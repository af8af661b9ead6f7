#include "newsgraph/graph/GraphBuilder.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace newsgraph::graph {

namespace {

// Sorts and removes duplicates; among records with one identity keeps the largest count.
void canonicalise(std::vector<Mention>& mentions) {
  std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
    if (a.identity() != b.identity()) return a.identity() < b.identity();
    return a.count > b.count;
  });
  mentions.erase(std::unique(mentions.begin(), mentions.end(),
                             [](const Mention& a, const Mention& b) {
                               return a.identity() == b.identity();
                             }),
                 mentions.end());
}

// Sorts and removes duplicates by (doc, begin, end); the smallest full record wins.
void canonicalise(std::vector<Evidence>& evidence) {
  std::sort(evidence.begin(), evidence.end());
  evidence.erase(std::unique(evidence.begin(), evidence.end(),
                             [](const Evidence& a, const Evidence& b) {
                               return a.identity() == b.identity();
                             }),
                 evidence.end());
}

void widen(std::optional<Date>& first, std::optional<Date>& last, const std::optional<Date>& d) {
  if (!d) return;
  if (!first || *d < *first) first = d;
  if (!last || *d > *last) last = d;
}

// The node's type: the highest ontology rank among its mentions' types; between types
// of equal rank, the one more documents agree on; then ontology order.
TypeId resolve_type(const std::vector<Mention>& mentions, const Ontology& onto,
                    FreezeStats& stats) {
  std::map<TypeId, std::set<std::string_view>> docs_by_type;
  for (const Mention& m : mentions) {
    if (auto t = onto.find_type(m.type)) docs_by_type[*t].insert(m.doc);
    else ++stats.unknown_types;
  }
  if (docs_by_type.empty()) return 0;
  auto best = docs_by_type.begin();
  for (auto it = docs_by_type.begin(); it != docs_by_type.end(); ++it) {
    const int rank = onto.type(it->first).rank, best_rank = onto.type(best->first).rank;
    if (rank > best_rank || (rank == best_rank && it->second.size() > best->second.size())) {
      best = it;
    }
  }
  return best->first;
}

// Display label: the lexicon name; else the canonical surface most documents use, then
// the longest, then the smallest; else the same over all surfaces.
std::string resolve_label(const std::string& name, const std::vector<Mention>& mentions) {
  if (!name.empty()) return name;
  for (bool canonical_only : {true, false}) {
    std::map<std::string_view, std::set<std::string_view>> docs_by_text;
    for (const Mention& m : mentions) {
      if (!canonical_only || m.canonical) docs_by_text[m.text].insert(m.doc);
    }
    if (docs_by_text.empty()) continue;
    const auto better = [](const auto& a, const auto& b) {
      if (a.second.size() != b.second.size()) return a.second.size() > b.second.size();
      if (a.first.size() != b.first.size()) return a.first.size() > b.first.size();
      return a.first < b.first;
    };
    auto best = docs_by_text.begin();
    for (auto it = docs_by_text.begin(); it != docs_by_text.end(); ++it) {
      if (better(*it, *best)) best = it;
    }
    return std::string(best->first);
  }
  return {};
}

}  // namespace

void GraphBuilder::add(DocGraph&& doc) {
  add_document(std::move(doc.document));
  for (auto& n : doc.nodes) add_node(std::move(n));
  for (auto& e : doc.edges) add_edge(std::move(e));
}

void GraphBuilder::add_document(DocumentInfo&& document) {
  documents_.push_back(std::move(document));
}

void GraphBuilder::add_node(NodeRecord&& node) {
  NodeParts& parts = nodes_[node.key];
  if (!node.name.empty()) parts.names.push_back(std::move(node.name));
  parts.mentions.insert(parts.mentions.end(), std::make_move_iterator(node.mentions.begin()),
                        std::make_move_iterator(node.mentions.end()));
  for (auto& [k, v] : node.attributes) parts.attributes.emplace_back(k, std::move(v));
}

void GraphBuilder::add_edge(EdgeRecord&& edge) { edges_.push_back(std::move(edge)); }

void GraphBuilder::merge(GraphBuilder&& other) {
  if (empty()) {
    *this = std::move(other);
    return;
  }
  documents_.insert(documents_.end(), std::make_move_iterator(other.documents_.begin()),
                    std::make_move_iterator(other.documents_.end()));
  for (auto& [key, parts] : other.nodes_) {
    NodeParts& mine = nodes_[key];
    mine.names.insert(mine.names.end(), parts.names.begin(), parts.names.end());
    mine.mentions.insert(mine.mentions.end(), std::make_move_iterator(parts.mentions.begin()),
                         std::make_move_iterator(parts.mentions.end()));
    mine.attributes.insert(mine.attributes.end(), parts.attributes.begin(),
                           parts.attributes.end());
  }
  edges_.insert(edges_.end(), std::make_move_iterator(other.edges_.begin()),
                std::make_move_iterator(other.edges_.end()));
  other = GraphBuilder();
}

CorpusGraph GraphBuilder::freeze(const Ontology& onto, Diagnostics& diagnostics) && {
  FreezeStats stats;

  // Documents: one per id; two different descriptions of one id keep the smallest.
  std::sort(documents_.begin(), documents_.end());
  std::vector<DocumentInfo> documents;
  for (auto& d : documents_) {
    if (!documents.empty() && documents.back().id == d.id) {
      if (!(documents.back() == d)) ++stats.document_conflicts;
      continue;
    }
    documents.push_back(std::move(d));
  }
  documents_.clear();
  const auto doc_date = [&](std::string_view id) -> std::optional<Date> {
    auto it = std::lower_bound(documents.begin(), documents.end(), id,
                               [](const DocumentInfo& d, std::string_view v) { return d.id < v; });
    return it != documents.end() && it->id == id ? it->date : std::nullopt;
  };

  // Vertices in key order.
  std::vector<std::string> keys;
  keys.reserve(nodes_.size());
  for (const auto& [key, parts] : nodes_) keys.push_back(key);
  std::sort(keys.begin(), keys.end());

  Adjacency g(keys.size());
  std::unordered_map<std::string_view, Vertex> index;
  index.reserve(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    NodeParts& parts = nodes_[keys[i]];
    Node& n = g[i];
    n.key = keys[i];
    canonicalise(parts.mentions);
    std::sort(parts.names.begin(), parts.names.end());
    n.name = parts.names.empty() ? std::string() : parts.names.front();
    std::sort(parts.attributes.begin(), parts.attributes.end());
    for (auto& [k, v] : parts.attributes) n.attributes.emplace(k, v);  // first = smallest
    n.type = resolve_type(parts.mentions, onto, stats);
    n.label = resolve_label(n.name, parts.mentions);

    std::set<std::string> aliases;
    std::set<std::string_view> docs;
    std::map<std::pair<std::string, TypeId>, RoleSpan> roles;
    for (const Mention& m : parts.mentions) {
      if (m.text != n.label) aliases.insert(m.text);
      docs.insert(m.doc);
      n.mention_count += m.count;
      const auto date = doc_date(m.doc);
      widen(n.first_seen, n.last_seen, date);
      if (!m.role.empty()) {
        const TypeId t = onto.find_type(m.type).value_or(n.type);
        RoleSpan& span = roles[{m.role, t}];
        span.role = m.role;
        span.type = t;
        widen(span.first, span.last, date);
      }
    }
    n.aliases.assign(aliases.begin(), aliases.end());
    n.documents = static_cast<std::uint32_t>(docs.size());
    for (auto& [k, span] : roles) n.roles.push_back(std::move(span));
    n.mentions = std::move(parts.mentions);
    index.emplace(n.key, static_cast<Vertex>(i));
  }

  // Edges grouped by (source, relation, target), symmetric relations with source < target.
  std::map<std::tuple<Vertex, RelationId, Vertex>, std::vector<Evidence>> grouped;
  for (EdgeRecord& e : edges_) {
    const auto rel = onto.find_relation(e.relation);
    const auto s = index.find(e.source), t = index.find(e.target);
    if (!rel) { ++stats.unknown_relations; continue; }
    if (s == index.end() || t == index.end()) { ++stats.edges_without_node; continue; }
    Vertex sv = s->second, tv = t->second;
    if (sv == tv) { ++stats.self_loops; continue; }
    if (onto.relation(*rel).symmetric && tv < sv) std::swap(sv, tv);
    auto& bucket = grouped[{sv, *rel, tv}];
    bucket.insert(bucket.end(), std::make_move_iterator(e.evidence.begin()),
                  std::make_move_iterator(e.evidence.end()));
  }
  edges_.clear();

  for (auto& [k, evidence] : grouped) {
    const auto& [sv, rel, tv] = k;
    if (!onto.allows(rel, g[sv].type, g[tv].type)) { ++stats.edges_not_allowed; continue; }
    Edge e;
    e.relation = rel;
    canonicalise(evidence);
    e.weight = static_cast<std::uint32_t>(evidence.size());
    std::set<std::string_view> docs;
    std::set<std::string> outlets;
    for (const Evidence& ev : evidence) {
      widen(e.first, e.last, ev.date ? ev.date : doc_date(ev.doc));
      if (docs.insert(ev.doc).second) {
        auto it = std::lower_bound(documents.begin(), documents.end(), ev.doc,
                                   [](const DocumentInfo& d, const std::string& v) { return d.id < v; });
        if (it != documents.end() && it->id == ev.doc) outlets.insert(it->outlets.begin(), it->outlets.end());
      }
    }
    e.documents = static_cast<std::uint32_t>(docs.size());
    e.outlets.assign(outlets.begin(), outlets.end());
    e.evidence = std::move(evidence);
    boost::add_edge(sv, tv, std::move(e), g);
  }
  nodes_.clear();

  const auto report = [&](std::size_t n, const char* code, const char* what) {
    if (n) diagnostics.warn(code, "graph", std::to_string(n) + " " + what);
  };
  report(stats.document_conflicts, "document-conflict",
         "document ids were described twice with different metadata (kept the first in sort order)");
  report(stats.edges_without_node, "edge-without-node", "edges named a node no record describes (left out)");
  report(stats.edges_not_allowed, "edge-not-allowed",
         "edges joined types their relation does not allow (left out)");
  report(stats.unknown_relations, "unknown-relation", "edges had a relation the ontology lacks (left out)");
  report(stats.unknown_types, "unknown-type", "mentions had a type the ontology lacks (ignored)");
  return CorpusGraph(onto, std::move(g), std::move(documents), stats);
}

}  // namespace newsgraph::graph
