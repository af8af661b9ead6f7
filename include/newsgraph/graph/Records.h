// Records: the serialisable pieces of a graph, as extraction produces them and as the
// native file stores them. A per-document graph is a DocGraph; a corpus graph is the
// union of many, built by GraphBuilder and frozen into a CorpusGraph.
//
//   DocGraph{document: {id "a", date 2020-04-25},
//            nodes: [{key "person/vladimir-putin", mentions: [{doc "a", text "Putin", n 3}]}],
//            edges: [{source ..., relation "spoke-with", target ..., evidence: [...]}]}
//
// Everything derived (a node's label, type and aliases; an edge's weight and dates) is
// computed from these records when the graph is frozen, which is what makes merging a
// plain set union: commutative, associative and idempotent.
#pragma once

#include <compare>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "newsgraph/core/Date.h"

namespace newsgraph::graph {

struct DocumentInfo {
  std::string id;                     // stable id: path below the input root, or JSONL id
  std::string source;                 // where it was read: "dir/a.txt", "dump.jsonl:17", "-"
  std::string url;
  std::string title;
  std::optional<Date> date;           // publication date
  std::vector<std::string> outlets;   // node keys of the outlets that published it
  std::vector<std::string> authors;
  std::uint64_t bytes = 0;            // size of the article text

  friend auto operator<=>(const DocumentInfo&, const DocumentInfo&) = default;
};

struct Mention {
  std::string doc;        // document id
  std::string text;       // the surface form as written (after Unicode normalisation)
  std::string type;       // node type this mention suggests
  std::string role;       // title or role written with it ("Foreign Minister"), may be empty
  std::uint32_t count = 1;  // occurrences in that document
  bool canonical = false;   // the document's fullest name for the entity

  // Identity within a node: everything but the count (merging keeps the larger count).
  auto identity() const { return std::tie(doc, text, type, role, canonical); }
};

struct Evidence {
  std::string doc;          // document id
  std::string sentence;     // the sentence text
  std::uint32_t begin = 0;  // code-point offsets of the sentence in the document text
  std::uint32_t end = 0;
  std::optional<Date> date;  // when it happened if the sentence says so, else publication
  std::string trigger;       // the word or pattern that asserted the relation
  float confidence = 1.0f;

  auto identity() const { return std::tie(doc, begin, end); }
  friend auto operator<=>(const Evidence&, const Evidence&) = default;
};

struct NodeRecord {
  std::string key;    // "<group>/<slug>", e.g. "person/vladimir-putin"
  std::string name;   // canonical name when a lexicon knows the entity, else empty
  std::vector<Mention> mentions;
  std::map<std::string, std::string> attributes;  // facts from a lexicon (id, country...)
};

struct EdgeRecord {
  std::string source;
  std::string relation;
  std::string target;
  std::vector<Evidence> evidence;
};

struct DocGraph {
  DocumentInfo document;
  std::vector<NodeRecord> nodes;
  std::vector<EdgeRecord> edges;
};

}  // namespace newsgraph::graph
