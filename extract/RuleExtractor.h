// RuleExtractor: lexicon matching plus trigger rules over sentences.
//
//   "Putin and Trump spoke by telephone on March 30."
//     -> nodes person/vladimir-putin, person/donald-trump; edge spoke-with with that sentence
//
// Stages, each over the whole document: normalise -> tokenise -> split sentences ->
// gazetteer mentions -> resolve to entities -> relations from triggers -> DocGraph.
#pragma once

#include <memory>

#include "newsgraph/extract/Extractor.h"
#include "newsgraph/extract/Gazetteer.h"
#include "newsgraph/extract/Lexicon.h"
#include "newsgraph/extract/SentenceSplitter.h"
#include "newsgraph/extract/Triggers.h"

namespace newsgraph::extract {

class RuleExtractor final : public Extractor {
 public:
  static Result<std::unique_ptr<Extractor>> load(const ExtractorConfig& config);
  RuleExtractor(const graph::Ontology& ontology, Lexicon lexicon, SentenceSplitter splitter,
                Triggers triggers);

  graph::DocGraph extract(const Document& document, Diagnostics& diagnostics) const override;

 private:
  const graph::Ontology& ontology_;
  Lexicon lexicon_;
  Gazetteer gazetteer_;
  SentenceSplitter splitter_;
  Triggers triggers_;
};

}  // namespace newsgraph::extract
