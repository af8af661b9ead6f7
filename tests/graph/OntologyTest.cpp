#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

#include "newsgraph/core/Json.h"
#include "newsgraph/graph/Ontology.h"

using namespace newsgraph;
using namespace newsgraph::graph;

TEST_CASE("the shipped ontology loads and answers by name") {
  const auto onto = Ontology::load(NEWSGRAPH_TEST_SCHEMAS);
  REQUIRE(onto);
  for (const char* t : {"leader", "official", "expert", "country", "organisation", "treaty", "event", "outlet"}) {
    INFO(t);
    CHECK(onto->find_type(t));
  }
  const auto spoke = onto->find_relation("spoke-with");
  REQUIRE(spoke);
  CHECK(onto->relation(*spoke).symmetric);
  const auto leader = *onto->find_type("leader"), treaty = *onto->find_type("treaty");
  CHECK(onto->allows(*spoke, leader, leader));
  CHECK_FALSE(onto->allows(*spoke, leader, treaty));
  CHECK(onto->allows(*onto->find_relation("proposed"), leader, treaty));
  CHECK_FALSE(onto->find_type("villain"));
}

TEST_CASE("an invalid ontology is rejected with file and JSON pointer") {
  auto text = read_file(std::string(NEWSGRAPH_TEST_SCHEMAS) + "/ontology.json");
  REQUIRE(text);
  const std::string path = std::string(P_tmpdir) + "/newsgraph-bad-ontology.json";
  SECTION("bad colour") {
    std::string bad = *text;
    bad.replace(bad.find("#D62728"), 7, "red");
    std::ofstream(path) << bad;
    const auto r = Ontology::load_files(path, std::string(NEWSGRAPH_TEST_SCHEMAS) + "/ontology.schema.json");
    REQUIRE_FALSE(r);
    CHECK(r.error().where == path + ":/node_types/0/colour");
  }
  SECTION("relation naming a type that does not exist") {
    std::string bad = *text;
    const std::string from = "\"source_types\": [\"leader\"";
    bad.replace(bad.find(from), from.size(), "\"source_types\": [\"villain\"");
    std::ofstream(path) << bad;
    const auto r = Ontology::load_files(path, std::string(NEWSGRAPH_TEST_SCHEMAS) + "/ontology.schema.json");
    REQUIRE_FALSE(r);
    CHECK(r.error().where == path + ":/relations/0/source_types/0");
    CHECK(r.error().message.find("villain") != std::string::npos);
  }
}
