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
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "newsgraph/core/Result.h"
#include "newsgraph/extract/Tokenizer.h"
#include "newsgraph/graph/Ontology.h"

namespace newsgraph::extract {

class NameRules {
 public:
  static Result<NameRules> load(const std::string& schemas_dir);

  bool is_given_name(const std::string& folded) const { return given_.count(folded) != 0; }
  bool is_family_first(const std::string& folded) const { return family_first_.count(folded) != 0; }
  bool is_particle(const std::string& folded) const { return particles_.count(folded) != 0; }
  bool is_suffix(const std::string& folded) const { return suffixes_.count(folded) != 0; }
  bool is_not_name(const std::string& folded) const { return not_names_.count(folded) != 0; }

 private:
  std::unordered_set<std::string> given_, family_first_, particles_, suffixes_, not_names_;
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

  bool is_org_head(const std::string& folded) const { return org_heads_.count(folded) != 0; }
  bool is_event_head(const std::string& folded) const { return event_heads_.count(folded) != 0; }
  bool is_treaty_head(const std::string& folded) const { return treaty_heads_.count(folded) != 0; }
  struct EventFamily {
    std::vector<std::string> words;  // head words ("summit", "meeting", "talks")
    std::vector<std::string> kinds;  // lexicon event kinds they can name ("summit", "conference")
  };
  const std::vector<EventFamily>& event_families() const { return event_families_; }
  bool is_place_head(const std::string& folded) const { return place_heads_.count(folded) != 0; }
  // "the Pathankot attack": an event head that a single place word can name.
  bool is_event_named_by_place(const std::string& folded) const { return events_by_place_.count(folded) != 0; }
  // "the state broadcaster GRTS": a noun after which an outlet's name follows.
  bool is_outlet_cue(const std::string& folded) const { return outlet_cues_.count(folded) != 0; }
  // "the two leaders" (people), "the two sides" (countries): a pair named just before.
  bool is_pair_of_leaders(const std::string& folded) const { return pair_leaders_.count(folded) != 0; }
  bool is_pair_of_officials(const std::string& folded) const { return pair_officials_.count(folded) != 0; }
  bool is_pair_of_people(const std::string& folded) const { return pair_people_.count(folded) != 0; }
  bool is_pair_of_countries(const std::string& folded) const { return pair_countries_.count(folded) != 0; }
  bool is_honorific(const std::string& folded) const { return honorifics_.count(folded) != 0; }
  bool is_speech_verb(const std::string& folded) const { return speech_verbs_.count(folded) != 0; }

 private:
  struct Phrase {
    std::vector<std::string> words;  // folded tokens
    std::size_t info = 0;
  };
  std::vector<RoleInfo> infos_;
  std::vector<EventFamily> event_families_;
  std::unordered_map<std::string, std::vector<Phrase>> by_first_, by_last_;
  std::unordered_set<std::string> org_heads_, event_heads_, treaty_heads_, place_heads_, events_by_place_, outlet_cues_, pair_leaders_, pair_officials_, pair_people_, pair_countries_,
      honorifics_,
      speech_verbs_;
};

}  // namespace newsgraph::extract
