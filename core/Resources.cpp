#include "newsgraph/core/Resources.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

namespace newsgraph {

namespace fs = std::filesystem;

namespace {

bool looks_like_schemas(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "ontology.json", ec);
}

fs::path executable_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

}  // namespace

Result<std::string> find_schemas_dir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) {
    if (looks_like_schemas(explicit_dir)) return explicit_dir;
    return make_error(ErrorCode::kUsage, explicit_dir, "no ontology.json in this schemas directory");
  }
  if (const char* env = std::getenv("NEWSGRAPH_SCHEMAS"); env && *env) {
    if (looks_like_schemas(env)) return std::string(env);
    return make_error(ErrorCode::kUsage, env, "NEWSGRAPH_SCHEMAS has no ontology.json");
  }
  std::vector<fs::path> candidates;
  if (const fs::path exe = executable_dir(); !exe.empty()) {
    candidates.push_back(exe.parent_path() / "share" / "newsgraph" / "schemas");
  }
#ifdef NEWSGRAPH_SOURCE_SCHEMAS
  candidates.emplace_back(NEWSGRAPH_SOURCE_SCHEMAS);
#endif
  for (const auto& dir : candidates) {
    if (looks_like_schemas(dir)) return dir.string();
  }
  return make_error(ErrorCode::kIo, "",
                    "cannot find the schemas directory: pass --schemas DIR or set NEWSGRAPH_SCHEMAS");
}

}  // namespace newsgraph
