// Resources shared by the extraction tests: the shipped ontology and rules, and the small
// test lexicon (tests/data/test-lexicon.json) instead of the shipped lexicons.
#pragma once

#include <string>

#include "newsgraph/extract/Extractor.h"
#include "newsgraph/extract/Lexicon.h"
#include "newsgraph/graph/Ontology.h"

namespace newsgraph::extract::testing {

inline const graph::Ontology& ontology() {
  static const graph::Ontology onto = *graph::Ontology::load(NEWSGRAPH_TEST_SCHEMAS);
  return onto;
}

inline std::string test_lexicon_path() { return std::string(NEWSGRAPH_TEST_DATA) + "/test-lexicon.json"; }

inline const Lexicon& test_lexicon() {
  static const Lexicon lex(*Lexicon::load_file(
      test_lexicon_path(), std::string(NEWSGRAPH_TEST_SCHEMAS) + "/lexicon.schema.json", ontology()));
  return lex;
}

inline ExtractorConfig test_config() {
  ExtractorConfig c;
  c.schemas_dir = NEWSGRAPH_TEST_SCHEMAS;
  c.ontology = &ontology();
  c.user_lexicons = {test_lexicon_path()};
  c.builtin_lexicons = false;
  return c;
}

}  // namespace newsgraph::extract::testing
