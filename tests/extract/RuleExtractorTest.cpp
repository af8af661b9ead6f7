#include <catch2/catch.hpp>

#include <algorithm>

#include "TestResources.h"

using namespace newsgraph;
using namespace newsgraph::extract;
using namespace newsgraph::extract::testing;

namespace {

const Extractor& extractor() {
  static const auto e = make_extractor("rules", test_config());
  REQUIRE(e);
  return **e;
}

graph::DocGraph run(const std::string& text, std::optional<Date> date = Date{2021, 6, 16}) {
  Document doc;
  doc.info.id = "t";
  doc.info.date = date;
  doc.text = text;
  Diagnostics d;
  return extractor().extract(doc, d);
}

std::vector<std::string> node_keys(const graph::DocGraph& g) {
  std::vector<std::string> out;
  for (const auto& n : g.nodes) out.push_back(n.key);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> edges(const graph::DocGraph& g) {
  std::vector<std::string> out;
  for (const auto& e : g.edges) out.push_back(e.source + " " + e.relation + " " + e.target);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("rules: lexicon entities become nodes with their surface forms") {
  const auto g = run("Vladimir Putin spoke in Moscow. Later Putin flew home.");
  CHECK(node_keys(g) == std::vector<std::string>{"country/russia", "person/vladimir-putin"});
  const auto& putin = *std::find_if(g.nodes.begin(), g.nodes.end(),
                                    [](const auto& n) { return n.key == "person/vladimir-putin"; });
  CHECK(putin.name == "Vladimir Putin");
  REQUIRE(putin.mentions.size() == 2);
}

TEST_CASE("rules: a surname alone is only taken when the person is named in full") {
  CHECK(node_keys(run("Putin flew home.")).empty());
  CHECK(node_keys(run("Bush spoke.")).empty());  // two Bushes: ambiguous
  CHECK(node_keys(run("George W. Bush spoke. Bush left.")) == std::vector<std::string>{"person/george-w-bush"});
}

TEST_CASE("rules: spoke-with from a trigger between two actors, with evidence") {
  const std::string text = "Headline\nJoe Biden met Vladimir Putin in Geneva on Wednesday. They did not agree.";
  const auto g = run(text);
  REQUIRE(edges(g) == std::vector<std::string>{"person/joe-biden spoke-with person/vladimir-putin"});
  const auto& ev = g.edges[0].evidence.at(0);
  CHECK(ev.sentence == "Joe Biden met Vladimir Putin in Geneva on Wednesday.");
  CHECK(text.substr(ev.begin, ev.end - ev.begin) == ev.sentence);
  CHECK(ev.doc == "t");
}

TEST_CASE("rules: negated triggers assert nothing") {
  CHECK(edges(run("Antony Blinken did not meet Sergei Lavrov.")).empty());
  CHECK(edges(run("Antony Blinken never criticised Sergei Lavrov.")).empty());
}

TEST_CASE("rules: the document date comes from a dateline when the container has none") {
  const auto g = run("Talks\nMay 3, 2019\nJoe Biden met Vladimir Putin.", std::nullopt);
  REQUIRE(g.document.date);
  CHECK(g.document.date->to_iso() == "2019-05-03");
}
