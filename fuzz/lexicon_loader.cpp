// Fuzz target: a user lexicon file (--lexicon FILE): schema validation, then the loader's
// own checks against the ontology. Invariant: an error always names the file.
#include <cstdlib>

#include "FuzzSupport.h"
#include "newsgraph/extract/Lexicon.h"
#include "newsgraph/graph/Ontology.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsgraph;
  static const graph::Ontology ontology = *graph::Ontology::load(fuzz::schemas_dir());
  const std::string path = fuzz::scratch_file(data, size, "json");
  auto entries = extract::Lexicon::load_file(path, fuzz::schemas_dir() + "/lexicon.schema.json", ontology);
  if (!entries && entries.error().describe().find(path) == std::string::npos) std::abort();
  if (entries) {
    const extract::Lexicon lexicon(std::move(*entries));
    for (const auto& e : lexicon.entries()) (void)lexicon.find(e.id);
  }
  return 0;
}
