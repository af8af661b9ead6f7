// Small hand-built graphs shared by the graph tests.
#pragma once

#include <string>

#include "newsgraph/graph/Records.h"

namespace newsgraph::graph::testing {

inline Mention mention(const std::string& doc, const std::string& text, const std::string& type,
                       bool canonical = false, std::uint32_t count = 1, const std::string& role = "") {
  Mention m;
  m.doc = doc;
  m.text = text;
  m.type = type;
  m.role = role;
  m.count = count;
  m.canonical = canonical;
  return m;
}

inline Evidence evidence(const std::string& doc, std::uint32_t begin, const std::string& sentence,
                         std::optional<Date> date = std::nullopt) {
  Evidence e;
  e.doc = doc;
  e.begin = begin;
  e.end = begin + static_cast<std::uint32_t>(sentence.size());
  e.sentence = sentence;
  e.date = date;
  return e;
}

// Document `doc` in which `a` (a leader) and `b` (a leader) spoke.
inline DocGraph call(const std::string& doc, const std::string& a, const std::string& b,
                     std::optional<Date> date = std::nullopt) {
  DocGraph g;
  g.document.id = doc;
  g.document.date = date;
  g.nodes.push_back({"person/" + a, "", {mention(doc, a, "leader", true)}, {}});
  g.nodes.push_back({"person/" + b, "", {mention(doc, b, "leader", true)}, {}});
  g.edges.push_back({"person/" + a, "spoke-with", "person/" + b,
                     {evidence(doc, 0, a + " spoke with " + b + ".", date)}});
  return g;
}

}  // namespace newsgraph::graph::testing
