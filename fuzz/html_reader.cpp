// Fuzz target: an HTML page through libxml2 and the main-text heuristics, then through the
// reader (as a .html file is read). Invariant: one status per page, valid UTF-8 out.
#include <cstdlib>

#include "FuzzSupport.h"
#include "newsgraph/core/Text.h"
#include "newsgraph/extract/HtmlText.h"
#include "newsgraph/extract/InputReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsgraph::extract;
  const std::string bytes = newsgraph::fuzz::as_string(data, size);
  (void)html_to_text(bytes);  // raw bytes, as a library user might call it
  const InputReader reader;
  ReadReport report;
  reader.read_article(bytes, "fuzz.html", "fuzz", DocumentFormat::kHtml,
                      [&](Document&& doc) {
                        if (newsgraph::repair_utf8(doc.text).invalid_sequences != 0) std::abort();
                      },
                      report);
  if (report.statuses.size() != 1) std::abort();
  return 0;
}
