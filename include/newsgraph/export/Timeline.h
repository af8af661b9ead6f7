// Timeline: how many statements of each relation the corpus dates to each month, and that
// as a stacked bar chart in SVG (for the HTML report; no script, no external resource).
//
//   monthly_timeline(g) -> {months {2021-06, 2021-07, ..., 2022-02},   (every month between)
//                           relations {spoke-with, criticised},        (ontology order)
//                           counts {{3, 0, ..., 2}, {1, 0, ..., 0}}, undated 1}
//   write_timeline_svg(g, t, out) -> <svg ...><g class="bar">...<title>2021-06: spoke with 3
//
// A statement is one piece of evidence; its date is the sentence's, else its document's.
// Evidence dated only to the year cannot be placed in a month and counts as undated.
#pragma once

#include <cstddef>
#include <ostream>
#include <vector>

#include "newsgraph/graph/CorpusGraph.h"

namespace newsgraph::exporter {

struct YearMonth {
  int year = 0, month = 0;
  friend auto operator<=>(const YearMonth&, const YearMonth&) = default;
};

struct Timeline {
  std::vector<YearMonth> months;                 // first to last dated month, none missing
  std::vector<graph::RelationId> relations;      // those with dated evidence, ontology order
  std::vector<std::vector<std::size_t>> counts;  // [relation index][month index]
  std::size_t undated = 0;                       // evidence without a month
};

Timeline monthly_timeline(const graph::CorpusGraph& graph);

// A chart `width` pixels wide; relation colours and labels come from the ontology.
void write_timeline_svg(const graph::CorpusGraph& graph, const Timeline& timeline,
                        std::ostream& out, int width = 960);

}  // namespace newsgraph::exporter
