#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "newsgraph/core/AtomicFile.h"

using namespace newsgraph;
namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("AtomicFile replaces the target only on commit") {
  const fs::path dir = fs::temp_directory_path() / "newsgraph-atomic-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path target = dir / "graph.graphml";
  std::ofstream(target) << "old";

  {
    AtomicFile f(target.string());
    f.stream() << "half-written";
    // Abandoned without commit: as after an error or Ctrl-C.
  }
  CHECK(slurp(target) == "old");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);

  {
    AtomicFile f(target.string());
    f.stream() << "new";
    REQUIRE(f.commit());
  }
  CHECK(slurp(target) == "new");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);

  AtomicFile bad((dir / "no-such-dir" / "x").string());
  CHECK_FALSE(bad.commit());
  fs::remove_all(dir);
}
