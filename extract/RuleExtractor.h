// RuleExtractor: lexicons plus general rules over sentences, one document at a time.
//
//   "Russian Foreign Minister Sergei Lavrov met Dmitry Suslov, a professor at HSE."
//     -> nodes person/sergei-lavrov (official), person/dmitry-suslov (expert),
//        organisation/higher-school-of-economics, country/russia;
//        edges spoke-with, affiliated-with, each with the sentence as evidence
//
// Stages (extract/Analysis.h): layout (boilerplate, dateline, byline, source lines) ->
// tokens and sentences -> mentions -> entities -> relations -> DocGraph. Built once from
// schemas/; extract() is const and thread-safe.
#pragma once

#include <memory>

#include "Analysis.h"
#include "newsgraph/extract/Extractor.h"

namespace newsgraph::extract {

class RuleExtractor final : public Extractor {
 public:
  static Result<std::unique_ptr<Extractor>> load(const ExtractorConfig& config);
  RuleExtractor(Resources resources, bool trace) : r_(std::move(resources)), trace_(trace) {}

  graph::DocGraph extract(const Document& document, Diagnostics& diagnostics) const override;

 private:
  graph::DocGraph assemble(DocumentAnalysis& a) const;
  void add_publishers(DocumentAnalysis& a, graph::DocGraph& out) const;
  void trace(const DocumentAnalysis& a, Diagnostics& diagnostics) const;
  Resources r_;
  bool trace_ = false;
};

}  // namespace newsgraph::extract
