// Compressed input: InputStream on .gz and .zst files, and the readers through it.
// The compressed bytes are made here with zlib and libzstd themselves.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include "newsgraph/extract/Decompress.h"
#include "newsgraph/extract/InputReader.h"

using namespace newsgraph::extract;
namespace fs = std::filesystem;

namespace {

std::string gzip(const std::string& plain) {
  z_stream z{};
  REQUIRE(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK);  // +16: gzip
  std::string out(deflateBound(&z, static_cast<uLong>(plain.size())) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.data()));
  z.avail_in = static_cast<uInt>(plain.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string zstd(const std::string& plain) {
  std::string out(ZSTD_compressBound(plain.size()), '\0');
  const std::size_t n = ZSTD_compress(out.data(), out.size(), plain.data(), plain.size(), 3);
  REQUIRE_FALSE(ZSTD_isError(n));
  out.resize(n);
  return out;
}

void write(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

std::string read_all(InputStream& in) {
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Several MB of varied lines: more than the 256 KiB buffers, so refills are exercised.
std::string big_text() {
  std::ostringstream s;
  for (int i = 0; i < 60000; ++i) s << "Line " << i << ": Lavrov met Blinken in Geneva on day " << i * 7 % 31 << ".\n";
  return s.str();
}

// Per process, so that test runs in several build trees at once do not collide.
fs::path fresh_dir(const std::string& name) {
  const fs::path root = fs::temp_directory_path() / (name + "-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root);
  return root;
}

}  // namespace

TEST_CASE("compression is chosen by file name, case-insensitively") {
  const std::vector<std::tuple<std::string, Compression, std::string>> cases = {
      {"a.jsonl.gz", Compression::kGzip, "a.jsonl"},
      {"dir/b.TXT.GZ", Compression::kGzip, "dir/b.TXT"},
      {"c.html.zst", Compression::kZstd, "c.html"},
      {"d.txt", Compression::kNone, "d.txt"},
      {"e.gzip", Compression::kNone, "e.gzip"},
      {"zst", Compression::kNone, "zst"},
  };
  for (const auto& [path, compression, stripped] : cases) {
    CAPTURE(path);
    CHECK(compression_of(path) == compression);
    CHECK(without_compression_suffix(path) == stripped);
  }
}

TEST_CASE("InputStream decompresses gzip and zstd files larger than its buffers, byte for byte") {
  const fs::path root = fresh_dir("newsgraph-decompress-test");
  const std::string plain = big_text();
  write(root / "a.txt", plain);
  write(root / "a.txt.gz", gzip(plain));
  write(root / "a.txt.zst", zstd(plain));
  for (const char* name : {"a.txt", "a.txt.gz", "a.txt.zst"}) {
    CAPTURE(name);
    InputStream in((root / name).string());
    REQUIRE(in);
    REQUIRE(in.is_open());
    CHECK(read_all(in) == plain);
    CHECK(in.error().empty());
  }
  fs::remove_all(root);
}

TEST_CASE("InputStream reads every member of a concatenated gzip file and every zstd frame") {
  const fs::path root = fresh_dir("newsgraph-decompress-concat");
  write(root / "m.gz", gzip("first member\n") + gzip("second member\n") + gzip(""));
  write(root / "m.zst", zstd("first frame\n") + zstd("second frame\n"));
  InputStream gz((root / "m.gz").string());
  CHECK(read_all(gz) == "first member\nsecond member\n");
  CHECK(gz.error().empty());
  InputStream zs((root / "m.zst").string());
  CHECK(read_all(zs) == "first frame\nsecond frame\n");
  CHECK(zs.error().empty());
  fs::remove_all(root);
}

TEST_CASE("InputStream reports corrupt and truncated data, after the bytes that were good") {
  const fs::path root = fresh_dir("newsgraph-decompress-corrupt");
  const std::string plain = big_text();
  std::string gz = gzip(plain), zs = zstd(plain);

  SECTION("truncated gzip") {
    write(root / "t.gz", gz.substr(0, gz.size() / 2));
    InputStream in((root / "t.gz").string());
    const std::string got = read_all(in);
    CHECK(in.error().find("truncated gzip data") != std::string::npos);
    CHECK(!got.empty());
    CHECK(plain.compare(0, got.size(), got) == 0);  // a prefix of the original, nothing invented
  }
  SECTION("truncated zstd") {
    write(root / "t.zst", zs.substr(0, zs.size() / 2));
    InputStream in((root / "t.zst").string());
    const std::string got = read_all(in);
    CHECK(in.error().find("truncated zstd data") != std::string::npos);
    CHECK(plain.compare(0, got.size(), got) == 0);
  }
  SECTION("garbage in the middle of a gzip stream") {
    for (std::size_t i = gz.size() / 3; i < gz.size() / 3 + 64; ++i) gz[i] = static_cast<char>(0xFF - i % 7);
    write(root / "c.gz", gz);
    InputStream in((root / "c.gz").string());
    read_all(in);
    CHECK(in.error().find("gzip data") != std::string::npos);
  }
  SECTION("not compressed at all") {
    write(root / "plain.zst", "just text, named .zst\n");
    InputStream in((root / "plain.zst").string());
    CHECK(read_all(in).empty());
    CHECK(in.error().find("corrupt zstd data") != std::string::npos);
  }
  SECTION("an empty file is an empty stream") {
    write(root / "e.gz", "");
    InputStream in((root / "e.gz").string());
    CHECK(read_all(in).empty());
    CHECK(in.error().empty());
  }
  SECTION("a missing file fails to open") {
    InputStream in((root / "missing.gz").string());
    CHECK_FALSE(in);
    CHECK_FALSE(in.is_open());
  }
  fs::remove_all(root);
}

TEST_CASE("InputReader reads .gz and .zst articles and JSON Lines like the plain files, ids and all") {
  const fs::path plain_dir = fresh_dir("newsgraph-reader-plain");
  const fs::path packed_dir = fresh_dir("newsgraph-reader-packed");
  const std::string article = "Putin and Biden spoke on Tuesday.\n";
  const std::string html = "<html><body><article><p>Lavrov met Blinken.</p></article></body></html>";
  const std::string jsonl = "{\"id\":\"x1\",\"text\":\"First.\"}\n{\"text\":\"Second.\"}\n";
  write(plain_dir / "a.txt", article);
  write(plain_dir / "b.html", html);
  write(plain_dir / "c.jsonl", jsonl);
  write(packed_dir / "a.txt.gz", gzip(article));
  write(packed_dir / "b.html.zst", zstd(html));
  write(packed_dir / "c.jsonl.gz", gzip(jsonl));
  write(packed_dir / "ignored.pdf.gz", gzip("%PDF"));

  const auto read = [](const fs::path& dir) {
    InputReader reader;
    ReadReport report;
    std::map<std::string, std::string> texts;
    reader.read({dir.string()}, [&](Document&& d) { texts[d.info.id] = d.text; }, report);
    CHECK(report.inputs_missing == 0);
    CHECK(report.statuses.size() == 4);
    return texts;
  };
  const auto plain = read(plain_dir);
  const auto packed = read(packed_dir);
  CHECK(plain.size() == 4);  // a, b, x1, c:2
  CHECK(packed == plain);

  // A single compressed file named on the command line gets the stem without both suffixes.
  InputReader reader;
  ReadReport report;
  std::vector<std::string> ids;
  reader.read({(packed_dir / "a.txt.gz").string()}, [&](Document&& d) { ids.push_back(d.info.id); }, report);
  CHECK(ids == std::vector<std::string>{"a"});
  fs::remove_all(plain_dir);
  fs::remove_all(packed_dir);
}

TEST_CASE("A corrupt compressed file is reported with its name and the batch goes on") {
  const fs::path root = fresh_dir("newsgraph-reader-corrupt");
  std::string broken = gzip(big_text());
  broken.resize(broken.size() / 2);
  write(root / "a.txt.gz", broken);
  std::string lines;
  for (int i = 0; i < 5000; ++i) lines += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"Lavrov met Blinken.\"}\n";
  std::string jsonl = gzip(lines);
  jsonl.resize(jsonl.size() * 3 / 4);
  write(root / "b.jsonl.gz", jsonl);
  write(root / "c.txt.zst", zstd("Putin and Biden spoke on Tuesday.\n"));

  InputReader reader;
  ReadReport report;
  std::vector<std::string> ids;
  reader.read({root.string()}, [&](Document&& d) { ids.push_back(d.info.id); }, report);

  std::map<std::string, DocumentState> state;
  for (const auto& s : report.statuses) state[s.id] = s.state;
  CHECK(state["a"] == DocumentState::kFailed);
  CHECK(state["b"] == DocumentState::kFailed);  // the file, after the lines read before the damage
  CHECK(state["c"] == DocumentState::kOk);
  CHECK(state["d0"] == DocumentState::kOk);
  CHECK(ids.size() > 100);        // b's good lines were read
  CHECK(ids.size() < 5000 + 1);
  CHECK(ids.back() == "c");       // and the batch went on to c
  std::size_t named = 0;
  for (const auto& d : report.diagnostics.items()) {
    if (d.code != "corrupt-input") continue;
    CHECK((d.where == (root / "a.txt.gz").string() || d.where == (root / "b.jsonl.gz").string()));
    CHECK(d.message.find("truncated gzip data") != std::string::npos);
    ++named;
  }
  CHECK(named == 2);
  fs::remove_all(root);
}
