// Spells: the time intervals in which a node or an edge exists, for dynamic exports
// (Gephi's timeline plays them). Inclusive whole days; never overlapping, because Gephi
// silently drops an element's overlapping intervals.
//
//   merge_spells({{2020-03-30, 2020-03-30}, {2020-03-01, 2020-03-31}, {2020-05-02, 2020-05-02}})
//     -> {{2020-03-01, 2020-03-31}, {2020-05-02, 2020-05-02}}
//   compute_spells(graph).edges[i]  -> the days the i-th edge's evidence is dated
//   compute_spells(graph).nodes[v]  -> the days of the documents that mention v, joined
//                                      with its edges' spells (so an edge never shows
//                                      while one of its ends is hidden)
#pragma once

#include <cstdint>
#include <vector>

#include "newsgraph/core/Date.h"
#include "newsgraph/graph/CorpusGraph.h"

namespace newsgraph::exporter {

struct Spell {
  std::int64_t first_day = 0;  // days since 1970-01-01, inclusive
  std::int64_t last_day = 0;   // inclusive

  friend bool operator==(const Spell&, const Spell&) = default;
};

// The whole period a date names: a day, or every day of its month or year.
Spell spell_of(const Date& date);

// Sorted by start; overlapping and touching spells joined.
std::vector<Spell> merge_spells(std::vector<Spell> spells);

struct GraphSpells {
  std::vector<std::vector<Spell>> nodes;  // by vertex
  std::vector<std::vector<Spell>> edges;  // in boost::edges() order
};

// Edge spells from each evidence's date (the publication date when the sentence gives
// none); node spells as described above. Elements with no date get no spell.
GraphSpells compute_spells(const graph::CorpusGraph& graph);

}  // namespace newsgraph::exporter
