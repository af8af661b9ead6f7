#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>

#include "newsgraph/core/Json.h"

using namespace newsgraph;

namespace {
std::string write_temp(const std::string& name, const std::string& content) {
  const std::string path = std::string(P_tmpdir) + "/newsgraph-jsontest-" + name;
  std::ofstream(path) << content;
  return path;
}
}  // namespace

TEST_CASE("load_validated_json names the file and JSON pointer of a schema fault") {
  const auto schema = write_temp("schema.json", R"({"type":"object","properties":{
      "items":{"type":"array","items":{"type":"object","required":["id"],
               "properties":{"id":{"type":"string","pattern":"^[a-z]+$"}}}}}})");
  SECTION("valid") {
    const auto ok = write_temp("ok.json", R"({"items":[{"id":"abc"}]})");
    REQUIRE(load_validated_json(ok, schema));
  }
  SECTION("pattern violation deep inside") {
    const auto bad = write_temp("bad.json", R"({"items":[{"id":"abc"},{"id":"B4D"}]})");
    const auto r = load_validated_json(bad, schema);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::kSchema);
    CHECK(r.error().where == bad + ":/items/1/id");
    CHECK(r.error().message.find("pattern") != std::string::npos);
  }
  SECTION("syntax error has line and column") {
    const auto broken = write_temp("broken.json", "{\n  \"items\": [\n}");
    const auto r = load_validated_json(broken, schema);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::kParse);
    CHECK(r.error().where == broken + ":3:1");
  }
  SECTION("missing file") {
    const auto r = load_validated_json("/nonexistent/x.json", schema);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::kIo);
  }
}
