// Fuzz target: an ontology file (--schemas DIR/ontology.json): schema validation, then
// duplicate and cross-reference checks. Invariant: an error always names the file.
#include <cstdlib>

#include "FuzzSupport.h"
#include "newsgraph/graph/Ontology.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsgraph;
  const std::string path = fuzz::scratch_file(data, size, "json");
  auto ontology = graph::Ontology::load_files(path, fuzz::schemas_dir() + "/ontology.schema.json");
  if (!ontology && ontology.error().describe().find(path) == std::string::npos) std::abort();
  if (ontology) {
    for (const auto& t : ontology->node_types()) (void)ontology->find_type(t.id);
    for (const auto& r : ontology->relations()) (void)ontology->find_relation(r.id);
  }
  return 0;
}
