// NameRules and RoleLexicon: the general knowledge the name recogniser uses, from
// schemas/names.json and schemas/roles.json.
//
//   names.is_given_name("oksana")         -> true     (folded)
//   roles.match(tokens, i) on "Foreign Minister Sergei Lavrov" -> {2 tokens, office foreign-minister, official}
//   roles.is_org_head("university")       -> true
//
// Built once, then read-only and thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsgraph/core/Result.h"
#include "newsgraph/extract/Tokenizer.h"
#include "newsgraph/extract/WordSet.h"
#include "newsgraph/graph/Ontology.h"

namespace newsgraph::extract {

class NameRules {
 public:
  static Result<NameRules> load(const std::string& schemas_dir);

  bool is_given_name(std::string_view folded) const { return given_.contains(folded); }
  bool is_family_first(std::string_view folded) const { return family_first_.contains(folded); }
  bool is_particle(std::string_view folded) const { return particles_.contains(folded); }
  bool is_suffix(std::string_view folded) const { return suffixes_.contains(folded); }
  bool is_not_name(std::string_view folded) const { return not_names_.contains(folded); }

 private:
  WordSet given_, family_first_, particles_, suffixes_, not_names_;
};

struct RoleInfo {
  std::string office;
  graph::TypeId type = 0;
  graph::TypeId fallback_type = 0;  // when needs_country and no country is attached
  bool head_of_state = false;
  bool needs_country = false;
};

struct RoleMatch {
  std::uint32_t length = 0;  // tokens
  const RoleInfo* info = nullptr;
};

class RoleLexicon {
 public:
  static Result<RoleLexicon> load(const std::string& schemas_dir, const graph::Ontology& ontology);

  // The longest role phrase starting at token i and ending at or before `last`.
  std::optional<RoleMatch> match(const std::vector<Token>& tokens, std::size_t i, std::size_t last) const;
  // The longest role phrase ending exactly at token j, starting at or after `first`.
  std::optional<RoleMatch> match_ending(const std::vector<Token>& tokens, std::size_t j,
                                        std::size_t first) const;

  bool is_org_head(std::string_view folded) const { return org_heads_.contains(folded); }
  bool is_event_head(std::string_view folded) const { return event_heads_.contains(folded); }
  bool is_treaty_head(std::string_view folded) const { return treaty_heads_.contains(folded); }
  struct EventFamily {
    std::vector<std::string> words;  // head words ("summit", "meeting", "talks")
    std::vector<std::string> kinds;  // lexicon event kinds they can name ("summit", "conference")
  };
  const std::vector<EventFamily>& event_families() const { return event_families_; }
  bool is_place_head(std::string_view folded) const { return place_heads_.contains(folded); }
  // "the Pathankot attack": an event head that a single place word can name.
  bool is_event_named_by_place(std::string_view folded) const {
    return events_by_place_.contains(folded);
  }
  // "the state broadcaster GRTS": a noun after which an outlet's name follows.
  bool is_outlet_cue(std::string_view folded) const { return outlet_cues_.contains(folded); }
  // "the two leaders" (people), "the two sides" (countries): a pair named just before.
  bool is_pair_of_leaders(std::string_view folded) const { return pair_leaders_.contains(folded); }
  bool is_pair_of_officials(std::string_view folded) const {
    return pair_officials_.contains(folded);
  }
  bool is_pair_of_people(std::string_view folded) const { return pair_people_.contains(folded); }
  bool is_pair_of_countries(std::string_view folded) const {
    return pair_countries_.contains(folded);
  }
  bool is_honorific(std::string_view folded) const { return honorifics_.contains(folded); }
  bool is_speech_verb(std::string_view folded) const { return speech_verbs_.contains(folded); }

 private:
  struct Phrase {
    std::vector<std::string> words;  // folded tokens
    std::size_t info = 0;
  };
  std::vector<RoleInfo> infos_;
  std::vector<EventFamily> event_families_;
  // Asked of every token; iterated only to sort each list, so WordHash changes no output.
  std::unordered_map<std::string, std::vector<Phrase>, WordHash, std::equal_to<>> by_first_, by_last_;
  WordSet org_heads_, event_heads_, treaty_heads_, place_heads_, events_by_place_, outlet_cues_,
      pair_leaders_, pair_officials_, pair_people_, pair_countries_, honorifics_, speech_verbs_;
};

}  // namespace newsgraph::extract
