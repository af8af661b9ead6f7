#include "NameRules.h"

#include <algorithm>

#include "newsgraph/core/Json.h"
#include "newsgraph/core/Text.h"

namespace newsgraph::extract {

namespace {

void add_folded(WordSet& set, const rapidjson::Value& array) {
  for (const auto& v : array.GetArray()) set.insert(fold(v.GetString()));
}

std::vector<std::string> folded_tokens(const std::string& phrase) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(phrase)) out.push_back(t.folded);
  return out;
}

}  // namespace

Result<NameRules> NameRules::load(const std::string& schemas_dir) {
  auto doc = load_validated_json(schemas_dir + "/names.json", schemas_dir + "/names.schema.json");
  if (!doc) return doc.error();
  NameRules rules;
  add_folded(rules.given_, (*doc)["given_names"]);
  add_folded(rules.family_first_, (*doc)["family_names_first"]);
  add_folded(rules.particles_, (*doc)["particles"]);
  add_folded(rules.suffixes_, (*doc)["name_suffixes"]);
  add_folded(rules.not_names_, (*doc)["not_names"]);
  return rules;
}

Result<RoleLexicon> RoleLexicon::load(const std::string& schemas_dir, const graph::Ontology& ontology) {
  const std::string path = schemas_dir + "/roles.json";
  auto doc = load_validated_json(path, schemas_dir + "/roles.schema.json");
  if (!doc) return doc.error();
  RoleLexicon lex;
  const auto& roles = (*doc)["roles"].GetArray();
  for (rapidjson::SizeType i = 0; i < roles.Size(); ++i) {
    const auto& r = roles[i];
    const auto type_of = [&](const char* field) -> Result<graph::TypeId> {
      const std::string name = json_string(r, field, json_string(r, "type"));
      const auto id = ontology.find_type(name);
      if (!id) {
        return make_error(ErrorCode::kSchema, json_where(path, "/roles/" + std::to_string(i) + "/" + field),
                          "unknown node type '" + name + "'");
      }
      return *id;
    };
    auto type = type_of("type");
    if (!type) return type.error();
    auto fallback = type_of("fallback_type");
    if (!fallback) return fallback.error();
    lex.infos_.push_back({json_string(r, "office"), *type, *fallback, json_bool(r, "head_of_state", false),
                          json_bool(r, "needs_country", false)});
    for (const auto& w : r["words"].GetArray()) {
      Phrase p{folded_tokens(w.GetString()), lex.infos_.size() - 1};
      if (p.words.empty()) continue;
      lex.by_first_[p.words.front()].push_back(p);
      lex.by_last_[p.words.back()].push_back(p);
    }
  }
  for (auto* index : {&lex.by_first_, &lex.by_last_}) {
    for (auto& [k, phrases] : *index) {
      std::stable_sort(phrases.begin(), phrases.end(),
                       [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
    }
  }
  const auto& cues = (*doc)["person_cues"];
  add_folded(lex.honorifics_, cues["honorifics"]);
  add_folded(lex.speech_verbs_, cues["speech_verbs"]);
  add_folded(lex.org_heads_, (*doc)["org_heads"]);
  add_folded(lex.event_heads_, (*doc)["event_heads"]);
  add_folded(lex.treaty_heads_, (*doc)["treaty_heads"]);
  add_folded(lex.place_heads_, (*doc)["place_heads"]);
  add_folded(lex.events_by_place_, (*doc)["events_named_by_place"]);
  add_folded(lex.outlet_cues_, (*doc)["outlet_cues"]);
  add_folded(lex.pair_leaders_, (*doc)["pair_nouns"]["leaders"]);
  add_folded(lex.pair_officials_, (*doc)["pair_nouns"]["officials"]);
  add_folded(lex.pair_people_, (*doc)["pair_nouns"]["people"]);
  add_folded(lex.pair_countries_, (*doc)["pair_nouns"]["countries"]);
  for (const auto& family : (*doc)["event_families"].GetArray()) {
    EventFamily f;
    for (const auto& w : family["words"].GetArray()) f.words.push_back(w.GetString());
    for (const auto& k : family["kinds"].GetArray()) f.kinds.push_back(k.GetString());
    lex.event_families_.push_back(std::move(f));
  }
  return lex;
}

std::optional<RoleMatch> RoleLexicon::match(const std::vector<Token>& tokens, std::size_t i,
                                            std::size_t last) const {
  const auto it = by_first_.find(tokens[i].folded);
  if (it == by_first_.end()) return std::nullopt;
  for (const Phrase& p : it->second) {
    if (i + p.words.size() - 1 > last || i + p.words.size() > tokens.size()) continue;
    bool ok = true;
    for (std::size_t k = 1; k < p.words.size() && ok; ++k) ok = tokens[i + k].folded == p.words[k];
    if (ok) return RoleMatch{static_cast<std::uint32_t>(p.words.size()), &infos_[p.info]};
  }
  return std::nullopt;
}

std::optional<RoleMatch> RoleLexicon::match_ending(const std::vector<Token>& tokens, std::size_t j,
                                                   std::size_t first) const {
  const auto it = by_last_.find(tokens[j].folded);
  if (it == by_last_.end()) return std::nullopt;
  for (const Phrase& p : it->second) {
    if (p.words.size() > j + 1 || j + 1 - p.words.size() < first) continue;
    const std::size_t start = j + 1 - p.words.size();
    bool ok = true;
    for (std::size_t k = 0; k + 1 < p.words.size() && ok; ++k) ok = tokens[start + k].folded == p.words[k];
    if (ok) return RoleMatch{static_cast<std::uint32_t>(p.words.size()), &infos_[p.info]};
  }
  return std::nullopt;
}

}  // namespace newsgraph::extract
