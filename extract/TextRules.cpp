#include "newsgraph/extract/TextRules.h"

#include "newsgraph/core/Json.h"
#include "newsgraph/core/Text.h"

namespace newsgraph::extract {

namespace {
std::vector<std::string> folded_list(const rapidjson::Value& array) {
  std::vector<std::string> out;
  for (const auto& v : array.GetArray()) out.push_back(fold(v.GetString()));
  return out;
}
}  // namespace

Result<TextRules> TextRules::load(const std::string& schemas_dir) {
  auto doc = load_validated_json(schemas_dir + "/text.json", schemas_dir + "/text.schema.json");
  if (!doc) return doc.error();
  const rapidjson::Value& root = *doc;
  TextRules rules;
  for (const auto& a : root["abbreviations"].GetArray()) rules.abbreviations.insert(a.GetString());
  for (const auto& c : root["closing_punctuation"].GetArray()) rules.closing_punctuation += c.GetString();
  for (const auto& c : root["opening_punctuation"].GetArray()) rules.opening_punctuation += c.GetString();
  const auto& bp = root["boilerplate"];
  rules.boilerplate_max_words = static_cast<std::size_t>(bp["max_words"].GetInt());
  rules.boilerplate_phrases = folded_list(bp["phrases"]);
  for (const auto& m : bp["code_markers"].GetArray()) rules.code_markers.push_back(m.GetString());
  const auto& meta = root["metadata"];
  rules.date_labels = folded_list(meta["date_labels"]);
  rules.author_labels = folded_list(meta["author_labels"]);
  rules.source_labels = folded_list(meta["source_labels"]);
  if (meta.HasMember("outlet_words")) rules.outlet_words = folded_list(meta["outlet_words"]);
  return rules;
}

}  // namespace newsgraph::extract
