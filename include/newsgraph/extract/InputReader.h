// InputReader: turns command-line inputs into Documents, streaming.
//
//   InputReader reader(options);
//   reader.read({"articles/", "dump.jsonl", "-"}, [&](Document&& d) { ... }, report);
//
//   articles/          every .txt/.text/.html/.htm/.jsonl/.ndjson below it, sorted by path
//   dump.jsonl         one article per line: id, text or html, url, title, date, outlet
//   page.html          libxml2's HTML parser, no network, no entity expansion; main text
//   -                  standard input, JSON Lines when it starts with '{', else one text
//
// Every document gets a stable id that does not depend on the order of inputs: the path
// below the input folder without extension, the file stem for a file, or the JSONL "id"
// (else "<file stem>:<line>"). Problems never stop the batch: each input document ends
// up in `statuses` with its state, and messages name file and line.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "newsgraph/core/Diagnostics.h"
#include "newsgraph/extract/Document.h"

namespace newsgraph::extract {

struct ReaderOptions {
  // Documents larger than this are skipped and reported (0 = no limit).
  std::uint64_t max_doc_bytes = 64ull << 20;
};

struct ReadReport {
  std::vector<DocumentStatus> statuses;  // one per document read or rejected, input order
  Diagnostics diagnostics;
  std::size_t inputs_missing = 0;        // paths that did not exist or could not be opened
};

class InputReader {
 public:
  using Sink = std::function<void(Document&&)>;

  explicit InputReader(ReaderOptions options = {}) : options_(options) {}

  // Reads every input in order; `sink` receives each document as soon as it is read.
  // `stop` (optional) is polled between documents: once true, nothing more is read.
  void read(const std::vector<std::string>& inputs, const Sink& sink, ReadReport& report,
            const std::atomic<bool>* stop = nullptr) const;

  // One JSON Lines stream; `name` is used in ids and messages. Public for tests and stdin.
  void read_jsonl(std::istream& in, const std::string& name, const std::string& id_prefix,
                  const Sink& sink, ReadReport& report,
                  const std::atomic<bool>* stop = nullptr) const;
  // One article file's bytes (format by extension: .html/.htm, else text).
  void read_article(std::string bytes, const std::string& source, const std::string& id,
                    DocumentFormat format, const Sink& sink, ReadReport& report) const;

 private:
  void read_path(const std::string& input, const Sink& sink, ReadReport& report,
                 const std::atomic<bool>* stop) const;
  void read_file(const std::string& path, const std::string& id, const Sink& sink,
                 ReadReport& report, const std::atomic<bool>* stop) const;
  void skip_too_large(const std::string& source, const std::string& id, const std::string& size,
                      ReadReport& report) const;
  ReaderOptions options_;
};

}  // namespace newsgraph::extract
