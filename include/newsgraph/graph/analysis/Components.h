// weak_components(): the weakly connected components (edge direction ignored).
//
//   a - b, c - d - e, f        -> component: c,d,e 0; a,b 1; f 2;  sizes {3, 2, 1}
//
// Components are numbered by size, largest first, ties by their first vertex (key
// order), so component 0 is the giant component and numbering is stable.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "newsgraph/graph/CorpusGraph.h"

namespace newsgraph::graph::analysis {

struct ComponentsResult {
  std::vector<std::uint32_t> component;  // per vertex
  std::vector<std::size_t> sizes;        // per component, largest first
};

ComponentsResult weak_components(const CorpusGraph& graph);

// Renumbers labels (any ids < number of labels) by group size descending, ties by the
// smallest vertex holding the label. Shared with the community detection.
std::vector<std::size_t> renumber_by_size(std::vector<std::uint32_t>& labels);

}  // namespace newsgraph::graph::analysis
