#include "EdgeList.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <unordered_set>
#include <vector>

namespace newsgraph::bench {

namespace {

std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out;
  std::size_t begin = 0;
  for (std::size_t tab; (tab = line.find('\t', begin)) != std::string::npos; begin = tab + 1) {
    out.push_back(line.substr(begin, tab - begin));
  }
  out.push_back(line.substr(begin));
  return out;
}

}  // namespace

Result<std::size_t> read_edge_list(const std::string& path, graph::GraphBuilder& builder) {
  std::ifstream in(path);
  if (!in) return make_error(ErrorCode::kIo, path, "cannot read");
  const std::string doc = "edges";
  graph::DocumentInfo info;
  info.id = doc;
  builder.add_document(std::move(info));
  std::unordered_set<std::string> seen;
  const auto node = [&](const std::string& name) {
    const std::string type = name.substr(0, name.find('_'));
    const std::string key = type + "/" + name;
    if (seen.insert(name).second) {
      graph::Mention m;
      m.doc = doc;
      m.text = name;
      m.type = type;
      m.canonical = true;
      builder.add_node({key, "", {m}, {}});
    }
    return key;
  };
  std::string line;
  std::size_t row = 0, line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line[0] == '#' || line.rfind("source\t", 0) == 0) continue;
    auto f = fields(line);
    if (f.size() != 4) {
      return make_error(ErrorCode::kParse, path + ":" + std::to_string(line_number),
                        "not 4 tab-separated fields (source, target, relation, weight)");
    }
    std::replace(f[2].begin(), f[2].end(), '_', '-');
    graph::EdgeRecord e{node(f[0]), f[2], node(f[1]), {}};
    const auto weight = static_cast<std::uint32_t>(std::lround(std::stod(f[3])));
    for (std::uint32_t k = 0; k < weight; ++k) {
      graph::Evidence ev;
      ev.doc = doc;
      ev.begin = static_cast<std::uint32_t>(row * 64 + k);
      ev.end = ev.begin + 1;
      e.evidence.push_back(std::move(ev));
    }
    builder.add_edge(std::move(e));
    ++row;
  }
  if (in.bad()) return make_error(ErrorCode::kIo, path, "read failed");
  return row;
}

}  // namespace newsgraph::bench
