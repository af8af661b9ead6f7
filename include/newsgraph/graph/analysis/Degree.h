// degrees(): how many relations each node takes part in, counted and weighted.
//
//   a -spoke-with(w 2)- b, a -criticised(w 1)-> c
//   degree: a 2, b 1, c 1        weighted_degree: a 3, b 2, c 1
//   out_degree: a 2, b 1, c 0    in_degree: a 1, b 1, c 1   (spoke-with is symmetric)
//
// `degree` counts stored edges (one per source, relation, target) at either end; the
// in/out columns read the directed view, where a symmetric relation is an arc each way,
// which is what NetworkX's MultiDiGraph in_degree/out_degree report for the same arcs.
#pragma once

#include <vector>

#include "newsgraph/graph/CorpusGraph.h"

namespace newsgraph::graph::analysis {

struct DegreeResult {
  std::vector<double> degree, weighted_degree;  // one value per vertex
  std::vector<double> in_degree, out_degree;
  std::vector<double> weighted_in_degree, weighted_out_degree;
};

DegreeResult degrees(const CorpusGraph& graph);

}  // namespace newsgraph::graph::analysis
