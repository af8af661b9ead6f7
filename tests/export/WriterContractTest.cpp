// What every writer promises, checked for all of writer_formats(): it streams (never
// holds the whole document before writing), its output is deterministic, and
// file_names()/write_file() cover all it writes.
#include <catch2/catch.hpp>
#include <streambuf>

#include "ExportTestGraphs.h"

using namespace newsgraph;
using namespace newsgraph::exporter;
using namespace newsgraph::exporter::testing;

namespace {

// Counts what reaches the stream and remembers the largest single write, with no buffer
// of its own, so a writer that assembles its whole output first shows one huge write.
class WriteSizeBuf : public std::streambuf {
 public:
  std::size_t total = 0;
  std::size_t largest = 0;

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    const auto size = static_cast<std::size_t>(n);
    total += size;
    largest = std::max(largest, size);
    return n;
  }
  int_type overflow(int_type c) override {
    if (!traits_type::eq_int_type(c, traits_type::eof())) xsputn(nullptr, 1);
    return traits_type::not_eof(c);
  }
};

}  // namespace

TEST_CASE("every writer streams: output far larger than its largest single write") {
  const graph::CorpusGraph g = large_graph(3000);
  for (const auto& format : writer_formats()) {
    if (format == "vocab") continue;  // depends on the ontology only: small by nature
    auto w = make_writer(format, {}, NEWSGRAPH_TEST_SCHEMAS);
    REQUIRE(w);
    for (const auto& file : (*w)->file_names()) {
      INFO(format << " " << file);
      WriteSizeBuf buf;
      std::ostream out(&buf);
      (*w)->write_file(g, file, out);
      CHECK(buf.total > 100'000);
      CHECK(buf.largest < 64 * 1024);
      CHECK(buf.total > 10 * buf.largest);
    }
  }
}

TEST_CASE("every writer is deterministic and writes every file it names") {
  const graph::CorpusGraph g = summit_graph();
  for (const auto& format : writer_formats()) {
    auto w = make_writer(format, {}, NEWSGRAPH_TEST_SCHEMAS);
    REQUIRE(w);
    CHECK((*w)->format() == format);
    const auto files = (*w)->file_names();
    REQUIRE_FALSE(files.empty());
    for (const auto& file : files) {
      INFO(format << " " << file);
      const std::string once = write(format, g, {}, file);
      CHECK_FALSE(once.empty());
      CHECK(once == write(format, g, {}, file));
    }
  }
}

TEST_CASE("writers do not depend on the order records were added in") {
  // The same records, added in reverse order, freeze to the same graph and the same bytes.
  graph::GraphBuilder forward, backward;
  std::vector<graph::DocGraph> docs;
  for (int i = 0; i < 5; ++i) {
    graph::DocGraph d;
    d.document = document("d" + std::to_string(i), Date{2020, 1 + i, 1});
    const std::string a = "person/a" + std::to_string(i),
                      b = "person/a" + std::to_string((i + 1) % 5);
    d.nodes.push_back({a, "", {mention(d.document.id, "A" + std::to_string(i), "leader")}, {}});
    d.nodes.push_back(
        {b, "", {mention(d.document.id, "A" + std::to_string((i + 1) % 5), "leader")}, {}});
    d.edges.push_back({a, "spoke-with", b, {evidence(d.document.id, 0, "They met.")}});
    docs.push_back(d);
  }
  for (auto d : docs) forward.add(std::move(d));
  for (auto it = docs.rbegin(); it != docs.rend(); ++it) backward.add(graph::DocGraph(*it));
  const graph::CorpusGraph g1 = freeze(std::move(forward)), g2 = freeze(std::move(backward));
  for (const auto& format : writer_formats()) {
    auto w = make_writer(format, {}, NEWSGRAPH_TEST_SCHEMAS);
    REQUIRE(w);
    for (const auto& file : (*w)->file_names()) {
      INFO(format << " " << file);
      CHECK(write(format, g1, {}, file) == write(format, g2, {}, file));
    }
  }
}
