#include "newsgraph/extract/Triggers.h"

#include <algorithm>
#include <sstream>

#include "newsgraph/core/Json.h"

namespace newsgraph::extract {

Result<Triggers> Triggers::load(const std::string& schemas_dir, const graph::Ontology& ontology) {
  const std::string path = schemas_dir + "/triggers.json";
  auto doc = load_validated_json(path, schemas_dir + "/triggers.schema.json");
  if (!doc) return doc.error();
  Triggers t;
  const auto& relations = (*doc)["relations"].GetArray();
  for (rapidjson::SizeType i = 0; i < relations.Size(); ++i) {
    const auto& r = relations[i];
    const std::string name = r["relation"].GetString();
    const auto id = ontology.find_relation(name);
    if (!id) {
      return make_error(ErrorCode::kSchema, json_where(path, "/relations/" + std::to_string(i) + "/relation"),
                        "unknown relation '" + name + "' (not in the ontology)");
    }
    for (const char* field : {"verbs", "nouns"}) {
      const bool verb = std::string_view(field) == "verbs";
      for (const auto& form : r[field].GetArray()) {
        Phrase p;
        std::istringstream words(form.GetString());
        for (std::string w; words >> w;) p.words.push_back(w);
        p.hit = {*id, verb, static_cast<std::uint32_t>(p.words.size())};
        t.by_first_word_[p.words.front()].push_back(std::move(p));
      }
    }
    for (const auto& prep : r["preps"].GetArray()) t.preps_[*id].insert(prep.GetString());
  }
  for (auto& [word, phrases] : t.by_first_word_) {
    std::stable_sort(phrases.begin(), phrases.end(),
                     [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
  }
  for (const auto& n : (*doc)["negations"].GetArray()) t.negations_.insert(n.GetString());
  const auto& modality = (*doc)["modality"];
  const auto fill = [&](const char* name, WordSet& set) {
    for (const auto& w : modality[name].GetArray()) {
      std::istringstream words(w.GetString());
      std::string first;
      words >> first;  // phrases are keyed by their first word ("called off" -> "called")
      set.insert(first);
    }
  };
  fill("hypothetical", t.hypothetical_);
  fill("future", t.future_);
  fill("cancelled", t.cancelled_);
  fill("readiness", t.readiness_);
  for (const auto& w : (*doc)["implicit_objects"].GetArray()) t.implicit_objects_.insert(w.GetString());
  if (doc->HasMember("needs_object")) {
    for (const auto& w : (*doc)["needs_object"].GetArray()) t.needs_object_.insert(w.GetString());
  }
  if (doc->HasMember("labelling")) {
    for (const auto& w : (*doc)["labelling"]["verbs"].GetArray()) t.labelling_verbs_.insert(w.GetString());
    for (const auto& w : (*doc)["labelling"]["disparaging"].GetArray()) t.disparaging_.insert(w.GetString());
  }
  return t;
}

std::vector<TriggerHit> Triggers::at(const std::vector<Token>& tokens, std::size_t i,
                                     std::size_t last) const {
  std::vector<TriggerHit> out;
  const auto it = by_first_word_.find(tokens[i].folded);
  if (it == by_first_word_.end()) return out;
  std::size_t matched_length = 0;
  for (const Phrase& p : it->second) {
    if (i + p.words.size() - 1 > last) continue;
    bool ok = true;
    for (std::size_t k = 1; k < p.words.size() && ok; ++k) ok = tokens[i + k].folded == p.words[k];
    if (!ok) continue;
    if (matched_length && p.words.size() < matched_length) break;  // keep only the longest
    matched_length = p.words.size();
    out.push_back(p.hit);
  }
  return out;
}

bool Triggers::takes_prep(graph::RelationId relation, std::string_view folded) const {
  const auto it = preps_.find(relation);
  return it != preps_.end() && it->second.contains(folded);
}

}  // namespace newsgraph::extract
