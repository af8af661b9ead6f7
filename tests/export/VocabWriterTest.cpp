#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "ExportTestGraphs.h"

using namespace newsgraph;
using namespace newsgraph::exporter;
using namespace newsgraph::exporter::testing;

namespace {

std::string generated_vocabulary() {
  const graph::CorpusGraph empty(ontology(), std::make_unique<graph::Adjacency>(), nullptr, {}, {});
  return write("vocab", empty);
}

}  // namespace

TEST_CASE("vocab: schemas/vocab.ttl is exactly what --format vocab generates from the ontology") {
  std::ifstream in(std::string(NEWSGRAPH_TEST_SCHEMAS) + "/vocab.ttl", std::ios::binary);
  REQUIRE(in);
  std::ostringstream committed;
  committed << in.rdbuf();
  INFO("regenerate: newsgraph export tests/data/summits.ngraph --format vocab -o schemas");
  CHECK(committed.str() == generated_vocabulary());
}

TEST_CASE("vocab: one file named vocab.ttl, whatever the graph") {
  auto w = make_writer("vocab", {}, NEWSGRAPH_TEST_SCHEMAS);
  REQUIRE(w);
  CHECK((*w)->file_names() == std::vector<std::string>{"vocab.ttl"});
  CHECK(write("vocab", summit_graph()) == generated_vocabulary());
}

TEST_CASE(
    "vocab: classes under schema.org, the treaty a schema:Legislation, relations as properties") {
  const std::string ttl = generated_vocabulary();
  CHECK(ttl.find("@prefix ng: <" + ontology().vocabulary() + "> .") != std::string::npos);
  CHECK(ttl.find("@prefix schema: <https://schema.org/> .") != std::string::npos);
  for (const auto& type : ontology().node_types()) {
    INFO(type.id);
    const auto at = ttl.find("ng:" + type.class_name + " a owl:Class ;");
    REQUIRE(at != std::string::npos);
    CHECK(ttl.find("rdfs:subClassOf schema:" + type.schema_org + " ;", at) < ttl.find(" .\n", at));
  }
  const auto treaty = ttl.find("ng:Treaty a owl:Class ;");
  REQUIRE(treaty != std::string::npos);
  CHECK(ttl.substr(treaty, ttl.find(" .\n", treaty) - treaty)
            .find("rdfs:subClassOf schema:Legislation") != std::string::npos);
  CHECK(ttl.find("ng:spokeWith a owl:ObjectProperty, owl:SymmetricProperty ;") !=
        std::string::npos);
  CHECK(ttl.find("ng:criticised a owl:ObjectProperty ;") != std::string::npos);
  CHECK(ttl.find("ng:Relation a owl:Class ;") != std::string::npos);
  CHECK(ttl.find("ng:weight a owl:DatatypeProperty ;") != std::string::npos);
}
