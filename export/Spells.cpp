#include "newsgraph/export/Spells.h"

#include <algorithm>

namespace newsgraph::exporter {

Spell spell_of(const Date& date) { return {date.to_days(), date.last_day()}; }

std::vector<Spell> merge_spells(std::vector<Spell> spells) {
  std::sort(spells.begin(), spells.end(), [](const Spell& a, const Spell& b) {
    return a.first_day != b.first_day ? a.first_day < b.first_day : a.last_day < b.last_day;
  });
  std::vector<Spell> out;
  for (const Spell& s : spells) {
    // Touching spells are joined too: with inclusive bounds [1,2] and [3,4] are one run.
    if (!out.empty() && s.first_day <= out.back().last_day + 1) {
      out.back().last_day = std::max(out.back().last_day, s.last_day);
    } else {
      out.push_back(s);
    }
  }
  return out;
}

GraphSpells compute_spells(const graph::CorpusGraph& graph) {
  const auto& g = graph.graph();
  GraphSpells result;
  result.nodes.resize(graph.node_count());
  result.edges.reserve(graph.edge_count());
  const auto doc_date = [&](graph::TextId id) -> std::optional<Date> {
    const graph::DocumentInfo* d = graph.find_document(id);
    return d ? d->date : std::nullopt;
  };

  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    std::vector<Spell>& spells = result.nodes[v];
    std::optional<graph::TextId> last_doc;  // mentions are sorted by document
    for (const graph::MentionRef& m : g[v].mentions) {
      if (last_doc == m.doc) continue;
      last_doc = m.doc;
      if (auto d = doc_date(m.doc)) spells.push_back(spell_of(*d));
    }
  }
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    std::vector<Spell> spells;
    for (const graph::EvidenceRef& ev : g[e].evidence) {
      if (auto d = ev.date ? ev.date : doc_date(ev.doc)) spells.push_back(spell_of(*d));
    }
    spells = merge_spells(std::move(spells));
    for (auto end : {boost::source(e, g), boost::target(e, g)}) {
      result.nodes[end].insert(result.nodes[end].end(), spells.begin(), spells.end());
    }
    result.edges.push_back(std::move(spells));
  }
  for (auto& spells : result.nodes) spells = merge_spells(std::move(spells));
  return result;
}

}  // namespace newsgraph::exporter
