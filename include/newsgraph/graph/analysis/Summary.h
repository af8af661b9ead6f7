// summarise(): what `newsgraph stats` shows, as plain data: counts by type and relation,
// the top actors, the strongest pairs, the communities and their leading members, the
// names that are weakly resolved or shared by several nodes, and what freezing left out.
//
//   summarise(g, {.top = 10})  -> {documents 6, nodes_by_type {{"leader", 6}, ...},
//                                 top_pagerank {{"person/joe-biden", "Joe Biden", "leader", 0.12},
//                                 ...}, weak_names {{"person/smith", "Smith", ..., "surname
//                                 only"}}, ...}
//
// Rankings read the metric columns attach_metrics() sets (pagerank, degree, community);
// without them the lists that need them are empty (degree is computed when missing).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "newsgraph/graph/CorpusGraph.h"

namespace newsgraph::graph::analysis {

struct SummaryOptions {
  std::size_t top = 10;          // entries in each top list
  std::size_t communities = 10;  // communities listed
  std::size_t members = 5;       // leading members listed per community
  std::size_t names = 50;        // weak and ambiguous names listed (all are counted)
};

struct RankedNode {
  std::string key, label, type;
  double value = 0.0;
};

struct PairSummary {
  RankedNode source, target;           // value unused
  std::vector<std::string> relations;  // relation ids between the two, sorted
  double weight = 0.0;                 // summed over those relations
  std::uint32_t documents = 0;         // largest document count among the edges
};

struct CommunitySummary {
  std::uint32_t id = 0;
  std::size_t size = 0;
  std::vector<RankedNode> leaders;  // by PageRank (else degree)
};

struct WeakName {
  std::string key, label, type, note;  // note: the node's resolution_note
};

struct SharedName {
  std::string name;               // a label or alias, as written on the first node
  std::vector<std::string> keys;  // the nodes it names, in key order
};

struct GraphSummary {
  std::size_t documents = 0;
  std::optional<Date> first_date, last_date;  // of the dated documents
  std::size_t nodes = 0, edges = 0;
  std::vector<std::pair<std::string, std::size_t>> nodes_by_type;      // ontology order, non-zero
  std::vector<std::pair<std::string, std::size_t>> edges_by_relation;  // ontology order, non-zero
  std::vector<RankedNode> top_pagerank, top_degree;
  std::vector<PairSummary> strongest_pairs;
  std::size_t community_count = 0;
  std::optional<double> modularity;
  std::vector<CommunitySummary> communities;
  std::size_t weak_count = 0;
  std::vector<WeakName> weak_names;  // resolution = weak
  std::size_t shared_count = 0;
  std::vector<SharedName> shared_names;  // one name, several nodes
  FreezeStats freeze;
};

GraphSummary summarise(const CorpusGraph& graph, const SummaryOptions& options = {});

}  // namespace newsgraph::graph::analysis
