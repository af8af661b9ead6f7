#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "newsgraph/extract/InputReader.h"

using namespace newsgraph;
using namespace newsgraph::extract;
namespace fs = std::filesystem;

namespace {

fs::path make_tree() {
  const fs::path root = fs::temp_directory_path() / "newsgraph-reader-test";
  fs::remove_all(root);
  fs::create_directories(root / "sub");
  std::ofstream(root / "a.txt") << "Putin and Biden spoke on Tuesday.\n";
  std::ofstream(root / "sub" / "b.html")
      << "<html><head><meta property=\"og:site_name\" content=\"Reuters\"></head>"
         "<body><article><p>Lavrov met Blinken.</p></article></body></html>";
  std::ofstream(root / "c.jsonl")
      << "{\"id\":\"x1\",\"text\":\"First.\",\"date\":\"May 3, 2019\",\"outlet\":\"TASS\",\"url\":\"https://t.example/1\"}\n"
         "{not json\n"
         "{\"id\":\"x3\",\"title\":\"no body\"}\n"
         "\n"
         "{\"html\":\"<p>From HTML.</p>\"}\n";
  std::ofstream(root / "empty.txt") << "  \n";
  std::ofstream(root / "bin.txt", std::ios::binary) << std::string("\x00\x01\x02PK", 5);
  std::ofstream(root / "bad-utf8.txt", std::ios::binary) << "Caf\xE9 talks\n";
  std::ofstream(root / "ignored.pdf") << "%PDF";
  return root;
}

}  // namespace

TEST_CASE("InputReader reads a folder recursively, sorted, with stable ids and a status for everything") {
  const fs::path root = make_tree();
  InputReader reader;
  ReadReport report;
  std::vector<Document> docs;
  reader.read({root.string(), (root / "missing.txt").string()},
              [&](Document&& d) { docs.push_back(std::move(d)); }, report);

  std::map<std::string, DocumentState> state;
  for (const auto& s : report.statuses) state[s.id] = s.state;
  CHECK(state["a"] == DocumentState::kOk);
  CHECK(state["sub/b"] == DocumentState::kOk);
  CHECK(state["x1"] == DocumentState::kOk);
  CHECK(state["c:2"] == DocumentState::kSkipped);  // malformed JSON
  CHECK(state["x3"] == DocumentState::kSkipped);   // no text
  CHECK(state["c:5"] == DocumentState::kOk);        // html field, id from file:line
  CHECK(state["empty"] == DocumentState::kSkipped);
  CHECK(state["bin"] == DocumentState::kSkipped);
  CHECK(state["bad-utf8"] == DocumentState::kPartial);
  CHECK(state[(root / "missing.txt").string()] == DocumentState::kFailed);
  CHECK(report.statuses.size() == 10);  // nothing lost, nothing invented (the .pdf is not an article)
  CHECK(report.inputs_missing == 1);

  std::map<std::string, const Document*> by_id;
  for (const auto& d : docs) by_id[d.info.id] = &d;
  REQUIRE(by_id.count("x1"));
  CHECK(by_id["x1"]->info.date->to_iso() == "2019-05-03");
  CHECK(by_id["x1"]->info.url == "https://t.example/1");
  CHECK(by_id["x1"]->outlet_names == std::vector<std::string>{"TASS"});
  REQUIRE(by_id.count("sub/b"));
  CHECK(by_id["sub/b"]->text == "Lavrov met Blinken.\n");
  CHECK(by_id["sub/b"]->outlet_names == std::vector<std::string>{"Reuters"});
  CHECK(by_id["c:5"]->text == "From HTML.\n");
  CHECK(by_id["bad-utf8"]->text == "Caf\xEF\xBF\xBD talks\n");

  bool line_named = false;
  for (const auto& d : report.diagnostics.items()) {
    line_named = line_named || (d.where == (root / "c.jsonl").string() + ":2" && d.code == "bad-json-line");
  }
  CHECK(line_named);
  fs::remove_all(root);
}

TEST_CASE("documents over the size limit are skipped and reported, memory stays bounded") {
  InputReader reader({/*max_doc_bytes=*/64});
  ReadReport report;
  std::istringstream in("{\"id\":\"small\",\"text\":\"ok\"}\n{\"id\":\"big\",\"text\":\"" + std::string(1000, 'x') + "\"}\n");
  std::vector<std::string> ids;
  reader.read_jsonl(in, "dump.jsonl", "dump", [&](Document&& d) { ids.push_back(d.info.id); }, report);
  CHECK(ids == std::vector<std::string>{"small"});
  REQUIRE(report.statuses.size() == 2);
  CHECK(report.statuses[1].state == DocumentState::kSkipped);
  CHECK(report.statuses[1].reason.find("max-doc-bytes") != std::string::npos);
}

TEST_CASE("a zero-byte file is skipped as empty, not failed as unreadable") {
  const fs::path file = fs::temp_directory_path() / "newsgraph-reader-empty.txt";
  std::ofstream(file).close();
  ReadReport report;
  InputReader().read({file.string()}, [](Document&&) { FAIL("no document expected"); }, report);
  REQUIRE(report.statuses.size() == 1);
  CHECK(report.statuses[0].state == DocumentState::kSkipped);
  CHECK(report.statuses[0].reason == "empty");
  CHECK(report.inputs_missing == 0);
  fs::remove(file);
}

TEST_CASE("a stop request ends reading between documents (Ctrl-C)") {
  std::string lines;
  for (int i = 0; i < 100; ++i) lines += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"Text.\"}\n";
  std::istringstream in(lines);
  std::atomic<bool> stop{false};
  ReadReport report;
  int seen = 0;
  InputReader().read_jsonl(in, "dump.jsonl", "dump",
                           [&](Document&&) {
                             if (++seen == 3) stop = true;
                           },
                           report, &stop);
  CHECK(seen == 3);
  CHECK(report.statuses.size() == 3);
}
