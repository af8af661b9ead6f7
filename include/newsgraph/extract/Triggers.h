// Triggers: the words that assert each relation, from schemas/triggers.json.
//
//   triggers.at(tokens, i) on "... spoke by telephone" at "spoke" -> {spoke-with, verb, 1 token}
//   triggers.at(tokens, i) on "... a phone call with ..." at "phone" -> {spoke-with, noun, 2 tokens}
//
// Built once, then const.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsgraph/core/Result.h"
#include "newsgraph/extract/Tokenizer.h"
#include "newsgraph/extract/WordSet.h"
#include "newsgraph/graph/Ontology.h"

namespace newsgraph::extract {

struct TriggerHit {
  graph::RelationId relation = 0;
  bool verb = false;
  std::uint32_t length = 1;  // tokens
};

class Triggers {
 public:
  static Result<Triggers> load(const std::string& schemas_dir, const graph::Ontology& ontology);

  // Triggers that start at token i (longest phrase first).
  std::vector<TriggerHit> at(const std::vector<Token>& tokens, std::size_t i, std::size_t last) const;
  bool is_negation(std::string_view folded) const { return negations_.contains(folded); }
  // Modality cues: hypothetical ("would"), future or intended ("planned", "wants"),
  // cancelled ("called off"), and readiness, which turns a meeting into an offer.
  bool is_hypothetical(std::string_view folded) const { return hypothetical_.contains(folded); }
  bool is_future(std::string_view folded) const { return future_.contains(folded); }
  bool is_cancelled(std::string_view folded) const { return cancelled_.contains(folded); }
  bool is_readiness(std::string_view folded) const { return readiness_.contains(folded); }
  bool is_implicit_object(std::string_view folded) const {
    return implicit_objects_.contains(folded);
  }
  bool takes_prep(graph::RelationId relation, std::string_view folded) const;
  // "Iraq and Oman hosted the talks": a verb whose plural subject is no relation by itself.
  bool needs_object(std::string_view folded) const { return needs_object_.contains(folded); }
  // "called the deal a historic mistake": a labelling verb and a disparaging word.
  bool is_labelling_verb(std::string_view folded) const {
    return labelling_verbs_.contains(folded);
  }
  bool is_disparaging(std::string_view folded) const { return disparaging_.contains(folded); }

 private:
  struct Phrase {
    std::vector<std::string> words;
    TriggerHit hit;
  };
  // Asked of every token; iterated only to sort each list, so WordHash changes no output.
  std::unordered_map<std::string, std::vector<Phrase>, WordHash, std::equal_to<>> by_first_word_;
  std::unordered_map<graph::RelationId, WordSet> preps_;
  WordSet negations_, hypothetical_, future_, cancelled_, readiness_, implicit_objects_,
      labelling_verbs_, disparaging_, needs_object_;
};

}  // namespace newsgraph::extract
