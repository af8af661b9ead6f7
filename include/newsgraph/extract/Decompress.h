// InputStream: an input file as a std::istream, decompressed as it is read when its name
// ends in .gz (zlib) or .zst (libzstd), so readers handle `dump.jsonl.zst` exactly like
// `dump.jsonl`, and memory stays constant whatever the size (one input and one output
// buffer).
//
//   InputStream in("archive/2021.jsonl.gz");      // gzip; concatenated members are read too
//   if (!in) ... cannot open;
//   std::getline(in, line) ...                     // decompressed JSON Lines
//   if (!in.error().empty()) ... "corrupt gzip data (invalid stored block lengths)"
//
// Corrupt or truncated data ends the stream early (EOF) and sets error(): what was read
// before the damage stays valid, and the caller reports the file and goes on.
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <string_view>

namespace newsgraph::extract {

enum class Compression { kNone, kGzip, kZstd };

// By file name, case-insensitive: ".gz" -> kGzip, ".zst" -> kZstd, else kNone.
Compression compression_of(std::string_view path);

// The name without its compression suffix: "a/b.jsonl.gz" -> "a/b.jsonl"; others unchanged.
std::string without_compression_suffix(std::string_view path);

class DecompressingBuf;  // Decompress.cpp

class InputStream : public std::istream {
 public:
  // Opens `path`; the stream is in a failed state (`!in`) when the file cannot be opened.
  explicit InputStream(const std::string& path);
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;
  ~InputStream() override;

  bool is_open() const { return file_ != nullptr || decompressing_ != nullptr; }
  Compression compression() const { return compression_; }
  // Empty, or why decompression stopped early ("corrupt gzip data (...)", "truncated zstd data").
  const std::string& error() const;

 private:
  Compression compression_ = Compression::kNone;
  std::unique_ptr<std::streambuf> file_;
  std::unique_ptr<DecompressingBuf> decompressing_;  // null for plain files
};

}  // namespace newsgraph::extract
