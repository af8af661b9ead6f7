// TextRules: what the text stages know about English news pages, from schemas/text.json.
//
//   rules.abbreviations   {"Mr", "Gen", "Feb", ...}   periods that do not end sentences
//   rules.is_boilerplate_phrase("Subscribe to our newsletter")  -> true
//
// Built once, then read-only.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "newsgraph/core/Result.h"

namespace newsgraph::extract {

struct TextRules {
  std::unordered_set<std::string> abbreviations;
  std::string closing_punctuation, opening_punctuation;
  std::size_t boilerplate_max_words = 14;
  std::vector<std::string> boilerplate_phrases;  // folded
  std::vector<std::string> code_markers;
  std::vector<std::string> date_labels, author_labels, source_labels;  // folded
  std::vector<std::string> outlet_words;  // folded: what makes a top line a site's name

  static Result<TextRules> load(const std::string& schemas_dir);
};

}  // namespace newsgraph::extract
