#include "newsgraph/extract/Extractor.h"

#include "RuleExtractor.h"

namespace newsgraph::extract {

const std::vector<std::string>& extractor_names() {
  static const std::vector<std::string> kNames = {"rules"};
  return kNames;
}

Result<std::unique_ptr<Extractor>> make_extractor(std::string_view name, const ExtractorConfig& config) {
  if (config.ontology == nullptr) {
    return make_error(ErrorCode::kInternal, "", "extractor needs an ontology");
  }
  if (name == "rules") return RuleExtractor::load(config);
  return make_error(ErrorCode::kUsage, "--extractor", "unknown extractor '" + std::string(name) + "'");
}

}  // namespace newsgraph::extract
