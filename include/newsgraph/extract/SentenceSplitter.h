// SentenceSplitter: sentence spans over tokens, built once from schemas/text.json.
//
//   "Mr. Putin met Gen. Gerasimov in the U.S. capital on Feb. 3. He left."
//     -> ["Mr. Putin met Gen. Gerasimov in the U.S. capital on Feb. 3.", "He left."]
//
// A sentence ends at '.', '!' or '?' (with any closing quotes or brackets after it) when
// the next token starts a new sentence: capitalised, a digit or an opening quote, after a
// space. It does not end after abbreviations, initials ("George W. Bush"), or dotted
// initialisms ("U.S."). A line break always ends a sentence: scraped articles put each
// paragraph, headline and byline on its own line.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "newsgraph/core/Result.h"
#include "newsgraph/extract/TextRules.h"
#include "newsgraph/extract/Tokenizer.h"

namespace newsgraph::extract {

struct Sentence {
  std::uint32_t first_token = 0, last_token = 0;  // inclusive token range
  std::uint32_t begin = 0, end = 0;               // byte span in the text
};

class SentenceSplitter {
 public:
  static Result<SentenceSplitter> load(const std::string& schemas_dir);
  explicit SentenceSplitter(const TextRules& rules)
      : SentenceSplitter(rules.abbreviations, rules.closing_punctuation, rules.opening_punctuation) {}
  explicit SentenceSplitter(std::unordered_set<std::string> abbreviations,
                            std::string closing = "\"')]}", std::string opening = "\"'([{")
      : abbreviations_(std::move(abbreviations)),
        closing_(std::move(closing)),
        opening_(std::move(opening)) {}

  std::vector<Sentence> split(std::string_view text, const std::vector<Token>& tokens) const;

 private:
  bool is_closing(std::string_view t) const;
  bool is_opening(std::string_view t) const;
  std::unordered_set<std::string> abbreviations_;
  std::string closing_, opening_;
};

}  // namespace newsgraph::extract
