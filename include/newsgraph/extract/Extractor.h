// Extractor: the pure map from one Document to its per-document graph.
//
//   auto extractor = make_extractor("rules", config);
//   graph::DocGraph g = (*extractor)->extract(document, diagnostics);
//
// Implementations are built once from resources (lexicons, trigger words, text rules)
// and are const and thread-safe afterwards, so one instance serves every worker thread.
// New implementations add a case to make_extractor() (one switch, no registration).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/core/Diagnostics.h"
#include "newsgraph/core/Result.h"
#include "newsgraph/extract/Document.h"
#include "newsgraph/graph/Ontology.h"
#include "newsgraph/graph/Records.h"

namespace newsgraph::extract {

class Extractor {
 public:
  virtual ~Extractor() = default;
  virtual graph::DocGraph extract(const Document& document, Diagnostics& diagnostics) const = 0;
};

struct ExtractorConfig {
  std::string schemas_dir;
  const graph::Ontology* ontology = nullptr;   // must outlive the extractor
  std::vector<std::string> user_lexicons;      // --lexicon FILE...
  bool builtin_lexicons = true;                // false: only user_lexicons (--no-builtin-lexicons)
  bool trace = false;                          // report every mention as a note (--trace)
};

// Names accepted by make_extractor().
const std::vector<std::string>& extractor_names();

Result<std::unique_ptr<Extractor>> make_extractor(std::string_view name, const ExtractorConfig& config);

}  // namespace newsgraph::extract
