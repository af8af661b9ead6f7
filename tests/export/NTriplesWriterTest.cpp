#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "ExportTestGraphs.h"

using namespace newsgraph;
using namespace newsgraph::exporter;
using namespace newsgraph::exporter::testing;

namespace {

const std::string kBase = "https://newsgraph.example.org/id/";
const std::string kNg = "https://newsgraph.example.org/vocab#";

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

bool has(const std::string& nt, const std::string& triple) {
  return nt.find(triple + " .\n") != std::string::npos;
}

}  // namespace

TEST_CASE("N-Triples: one well-formed triple per line, absolute IRIs only") {
  const std::string nt = write("ntriples", summit_graph());
  // N-Triples grammar for what we write: IRIs without spaces or <>"{}|^`\, literals with
  // escaped quotes and backslashes, an optional language tag or datatype.
  const std::regex iri(R"(<https?://[^\s<>"{}|^`\\]+>)");
  const std::regex triple(
      R"(^<https?://[^\s<>"{}|^`\\]+> <https?://[^\s<>"{}|^`\\]+> )"
      R"((<https?://[^\s<>"{}|^`\\]+>|"([^"\\\n\r]|\\["\\nrt])*"(@[a-z]+|\^\^<https?://[^\s<>"{}|^`\\]+>)?) \.$)");
  const auto all = lines(nt);
  REQUIRE(all.size() > 20);
  for (const auto& line : all) {
    INFO(line);
    CHECK(std::regex_match(line, triple));
  }
}

TEST_CASE("N-Triples: schema.org types, plain triples both ways for symmetric relations") {
  const std::string nt = write("ntriples", summit_graph());
  const std::string putin = "<" + kBase + "person/vladimir-putin>";
  const std::string biden = "<" + kBase + "person/joe-biden>";
  const std::string russia = "<" + kBase + "country/russia>";
  const std::string us = "<" + kBase + "country/united-states>";
  CHECK(has(
      nt,
      putin + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person>"));
  CHECK(has(nt, putin + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + kNg + "Leader>"));
  CHECK(has(nt, putin + " <https://schema.org/name> \"Vladimir Putin\""));
  CHECK(has(nt, putin + " <" + kNg + "spokeWith> " + biden));
  CHECK(has(nt, biden + " <" + kNg + "spokeWith> " + putin));
  CHECK(has(nt, russia + " <" + kNg + "criticised> " + us));
  CHECK_FALSE(has(nt, us + " <" + kNg + "criticised> " + russia));
}

TEST_CASE("N-Triples: n-ary relation with weight and dates, evidence with provenance") {
  const std::string nt = write("ntriples", summit_graph());
  const std::string rel = "<" + kBase + "rel/person/joe-biden/spoke-with/person/vladimir-putin>";
  CHECK(has(nt, rel + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + kNg + "Relation>"));
  CHECK(has(nt, rel + " <" + kNg + "relation> <" + kNg + "spokeWith>"));
  CHECK(has(nt, rel + " <" + kNg + "weight> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer>"));
  CHECK(has(nt, rel + " <" + kNg +
                    "firstDate> \"2021-06\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>"));
  CHECK(has(
      nt, rel + " <" + kNg + "lastDate> \"2021-06-16\"^^<http://www.w3.org/2001/XMLSchema#date>"));
  const std::string ev =
      "<" + kBase + "rel/person/joe-biden/spoke-with/person/vladimir-putin/evidence/a/0-26>";
  CHECK(has(nt, rel + " <" + kNg + "evidence> " + ev));
  CHECK(has(nt, ev + " <" + kNg + "sentence> \"Putin met Biden in Geneva.\"@en"));
  CHECK(has(nt, ev + " <http://www.w3.org/ns/prov#wasDerivedFrom> <" + kBase + "doc/a>"));
  CHECK(has(nt, ev + " <http://www.w3.org/ns/prov#hadPrimarySource> <https://example.org/a>"));
  // Document b has no URL: provenance to the document only.
  const std::string ev_b =
      "<" + kBase + "rel/person/joe-biden/spoke-with/person/vladimir-putin/evidence/b/10-42>";
  CHECK(has(nt, ev_b + " <http://www.w3.org/ns/prov#wasDerivedFrom> <" + kBase + "doc/b>"));
  CHECK(nt.find(ev_b + " <http://www.w3.org/ns/prov#hadPrimarySource>") == std::string::npos);
  CHECK(has(nt, "<" + kBase + "doc/a> <https://schema.org/publisher> <" + kBase +
                    "organisation/reuters>"));
  // The outlet has no node: its IRI still carries its key.
  CHECK(has(nt, "<" + kBase + "organisation/reuters> <" + kNg + "key> \"organisation/reuters\""));
}

TEST_CASE("N-Triples: --max-evidence limits evidence nodes, the count stays whole") {
  ExportOptions options;
  options.max_evidence = 1;
  const std::string nt = write("ntriples", summit_graph(), options);
  const std::string rel = "<" + kBase + "rel/person/joe-biden/spoke-with/person/vladimir-putin>";
  CHECK(count(nt, rel + " <" + kNg + "evidence> ") == 1);
  CHECK(has(nt,
            rel + " <" + kNg + "evidenceCount> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer>"));
}

TEST_CASE("N-Triples: the base IRI is configurable and checked") {
  ExportOptions options;
  options.base_iri = "http://data.example.com/news#";
  const std::string nt = write("ntriples", summit_graph(), options);
  CHECK(nt.find("<http://data.example.com/news#person/vladimir-putin>") != std::string::npos);
  CHECK(nt.find(kBase) == std::string::npos);
  for (const std::string bad : {"relative/", "https://a b/", "urn:x:"}) {
    INFO(bad);
    options.base_iri = bad;
    const auto w = make_writer("ntriples", options, NEWSGRAPH_TEST_SCHEMAS);
    REQUIRE_FALSE(w);
    CHECK(w.error().where == "--base");
  }
}

TEST_CASE("N-Triples: hostile strings escaped, IRIs percent-encoded") {
  graph::GraphBuilder b;
  b.add_document(document("d 1/<x>", Date{2020, 1, 2}, "https://example.org/a b?q=\"1\"#f"));
  b.add_node(
      {"person/a \"b\" {c}", "Dr. \"Q\" \\N\nline\x01", {mention("d 1/<x>", "x", "leader")}, {}});
  const std::string nt = write("ntriples", freeze(std::move(b)));
  CHECK(nt.find("<" + kBase +
                "person/a%20%22b%22%20%7Bc%7D> <https://schema.org/name> \"Dr. \\\"Q\\\" "
                "\\\\N\\nline\" .") != std::string::npos);
  CHECK(
      nt.find(
          "<" + kBase +
          "doc/d%201/%3Cx%3E> <https://schema.org/url> <https://example.org/a%20b?q=%221%22#f>") !=
      std::string::npos);
}

TEST_CASE("N-Triples: metric values typed xsd:double, each metric declared under ng:metric") {
  graph::CorpusGraph g = summit_graph();
  g.set_metric("pagerank", {0.1, 0.2, 0.3, 0.4});  // key order: russia, us, biden, putin
  const std::string nt = write("ntriples", g);
  const std::string pr = "<" + kNg + "pagerank>";
  CHECK(has(nt, "<" + kBase + "person/vladimir-putin> " + pr +
                    " \"0.4\"^^<http://www.w3.org/2001/XMLSchema#double>"));
  CHECK(has(nt, pr + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                     "<http://www.w3.org/2002/07/owl#DatatypeProperty>"));
  CHECK(has(nt, pr + " <http://www.w3.org/2000/01/rdf-schema#subPropertyOf> <" + kNg + "metric>"));
}
