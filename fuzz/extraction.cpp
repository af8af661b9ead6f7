// Fuzz target: the whole extraction (layout, sentences, mentions, entities, relations,
// events, dates) on arbitrary bytes read as a text article, with the shipped lexicons.
// The first byte picks text or HTML, so both readers feed the extractor.
#include <cstdlib>

#include "FuzzSupport.h"
#include "newsgraph/extract/Extractor.h"
#include "newsgraph/extract/InputReader.h"
#include "newsgraph/graph/Ontology.h"

namespace {

const newsgraph::extract::Extractor& extractor() {
  using namespace newsgraph;
  static const graph::Ontology ontology = *graph::Ontology::load(fuzz::schemas_dir());
  static const auto made = [] {
    extract::ExtractorConfig config{fuzz::schemas_dir(), &ontology, {}};
    auto e = extract::make_extractor("rules", config);
    if (!e) std::abort();
    return std::move(*e);
  }();
  return *made;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsgraph::extract;
  if (size == 0) return 0;
  const DocumentFormat format = (data[0] & 1) ? DocumentFormat::kHtml : DocumentFormat::kText;
  const InputReader reader;
  ReadReport report;
  reader.read_article(newsgraph::fuzz::as_string(data + 1, size - 1), "fuzz", "fuzz", format,
                      [&](Document&& doc) {
                        newsgraph::Diagnostics diagnostics;
                        (void)extractor().extract(doc, diagnostics);
                      },
                      report);
  return 0;
}
