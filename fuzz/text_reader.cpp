// Fuzz target: a plain-text article as read from a file (binary check, UTF-8 repair,
// empty-text check). Invariant: every input yields exactly one status, and a document
// handed on is valid UTF-8.
#include <cstdlib>

#include "FuzzSupport.h"
#include "newsgraph/core/Text.h"
#include "newsgraph/extract/InputReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsgraph::extract;
  const InputReader reader;
  ReadReport report;
  std::size_t documents = 0;
  reader.read_article(newsgraph::fuzz::as_string(data, size), "fuzz.txt", "fuzz", DocumentFormat::kText,
                      [&](Document&& doc) {
                        ++documents;
                        if (newsgraph::repair_utf8(doc.text).invalid_sequences != 0) std::abort();
                      },
                      report);
  if (report.statuses.size() != 1 || documents > 1) std::abort();
  return 0;
}
