#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <sstream>

#include "newsgraph/export/GraphWriter.h"
#include "newsgraph/graph/GraphBuilder.h"

using namespace newsgraph;
using namespace newsgraph::graph;
using namespace newsgraph::exporter;

namespace {

const Ontology& ontology() {
  static const Ontology onto = *Ontology::load(NEWSGRAPH_TEST_SCHEMAS);
  return onto;
}

Mention mention(const std::string& text, const std::string& type) {
  Mention m;
  m.doc = "d1";
  m.text = text;
  m.type = type;
  m.canonical = true;
  return m;
}

// Two leaders who spoke, with names that break naive writers.
CorpusGraph hostile_graph() {
  GraphBuilder b;
  DocumentInfo doc;
  doc.id = "d 1/<x>";
  doc.date = Date{2020, 3, 30};
  doc.title = "Title & \"quotes\"";
  b.add_document(std::move(doc));
  const std::string evil = "Dr. \"Evil\" <&> \\N \x01 שלום 😀\nsecond line";
  b.add_node({"person/evil", "", {mention(evil, "leader")}, {}});
  b.add_node({"person/good", "", {mention("Good Person", "leader")}, {}});
  Evidence ev;
  ev.doc = "d 1/<x>";
  ev.sentence = "Evil & Good \"spoke\" <today>.";
  ev.begin = 0;
  ev.end = 28;
  b.add_edge({"person/evil", "spoke-with", "person/good", {ev}});
  Diagnostics d;
  return std::move(b).freeze(ontology(), d);
}

std::string write(const std::string& format, const CorpusGraph& g, ExportOptions options = {}) {
  auto w = make_writer(format, options, NEWSGRAPH_TEST_SCHEMAS);
  REQUIRE(w);
  std::ostringstream out;
  (*w)->write(g, out);
  return out.str();
}

}  // namespace

TEST_CASE("make_writer knows every listed format and rejects others") {
  for (const auto& f : writer_formats()) {
    INFO(f);
    CHECK(make_writer(f, {}, NEWSGRAPH_TEST_SCHEMAS));
  }
  const auto bad = make_writer("pdf", {}, NEWSGRAPH_TEST_SCHEMAS);
  REQUIRE_FALSE(bad);
  CHECK(bad.error().message.find("graphml") != std::string::npos);
}

TEST_CASE("GraphML: keys before the graph, typed data, escaped text, no control characters") {
  const CorpusGraph g = hostile_graph();
  const std::string xml = write("graphml", g);
  CHECK(xml.find("<key id=\"v_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>") !=
        std::string::npos);
  CHECK(xml.find("<key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>") !=
        std::string::npos);
  CHECK(xml.find("<key") < xml.find("<graph "));
  CHECK(xml.find("edgedefault=\"directed\"") != std::string::npos);
  CHECK(xml.find("Dr. &quot;Evil&quot; &lt;&amp;&gt; \\N  שלום 😀\nsecond line") !=
        std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
  CHECK(xml.find("<data key=\"e_relation\">spoke-with</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"e_symmetric\">true</data>") != std::string::npos);
}

TEST_CASE("JSON-LD: valid JSON, inline context, absolute IRIs, typed literals") {
  const CorpusGraph g = hostile_graph();
  const std::string text = write("jsonld", g);
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(std::string(doc["@context"]["ng"].GetString()) == ontology().vocabulary());
  CHECK_FALSE(doc["@context"].HasMember("@version"));
  bool saw_relation = false, saw_doc = false, saw_evidence = false;
  for (const auto& item : doc["@graph"].GetArray()) {
    const std::string id = item["@id"].GetString();
    CHECK(id.rfind("https://newsgraph.example.org/id/", 0) == 0);
    CHECK(id.find(' ') == std::string::npos);
    CHECK(id.find('<') == std::string::npos);
    const std::string type =
        item.HasMember("@type") && item["@type"].IsString() ? item["@type"].GetString() : "";
    if (type == "ng:Relation") {
      saw_relation = true;
      CHECK(std::string(item["ng:weight"]["@type"].GetString()) == "xsd:integer");
      REQUIRE(item["ng:evidence"].IsObject());
      CHECK(std::string(item["ng:evidence"]["@id"].GetString()).rfind(id + "/evidence/", 0) == 0);
    }
    if (type == "ng:Evidence") {
      saw_evidence = true;
      CHECK(std::string(item["ng:sentence"]["@language"].GetString()) == "en");
      CHECK(std::string(item["ng:sentence"]["@value"].GetString()) ==
            "Evil & Good \"spoke\" <today>.");
      CHECK(std::string(item["prov:wasDerivedFrom"]["@id"].GetString()) ==
            "https://newsgraph.example.org/id/doc/d%201/%3Cx%3E");
    }
    if (id.find("/doc/") != std::string::npos && type == "schema:NewsArticle") {
      saw_doc = true;
      CHECK(id == "https://newsgraph.example.org/id/doc/d%201/%3Cx%3E");
      CHECK(std::string(item["schema:datePublished"]["@type"].GetString()) == "xsd:date");
    }
  }
  CHECK(saw_relation);
  CHECK(saw_doc);
  CHECK(saw_evidence);
}

TEST_CASE("DOT: quoted labels, legend, top-N selection") {
  const CorpusGraph g = hostile_graph();
  const std::string dot = write("dot", g);
  // '&' as "&amp;": Graphviz decodes entities in labels, and must print the name as written
  // (runs of spaces become one where the label is wrapped).
  CHECK(dot.find("label=\"Dr. \\\"Evil\\\" <&amp;> \\\\N שלום 😀\\nsecond line\"") !=
        std::string::npos);
  CHECK(dot.find("legend [shape=plain") != std::string::npos);
  CHECK(dot.find("dir=none") != std::string::npos);  // spoke-with is symmetric
  ExportOptions top1;
  top1.top = 1;
  const std::string small = write("dot", g, top1);
  CHECK(small.find("->") == std::string::npos);  // one node, so no edge
}

TEST_CASE("writers are deterministic") {
  const CorpusGraph g = hostile_graph();
  for (const auto& f : writer_formats()) {
    INFO(f);
    CHECK(write(f, g) == write(f, g));
  }
}
