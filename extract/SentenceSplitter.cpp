#include "newsgraph/extract/SentenceSplitter.h"


namespace newsgraph::extract {

Result<SentenceSplitter> SentenceSplitter::load(const std::string& schemas_dir) {
  auto rules = TextRules::load(schemas_dir);
  if (!rules) return rules.error();
  return SentenceSplitter(*rules);
}

bool SentenceSplitter::is_closing(std::string_view t) const {
  return t.size() == 1 && closing_.find(t[0]) != std::string::npos;
}
bool SentenceSplitter::is_opening(std::string_view t) const {
  return t.size() == 1 && opening_.find(t[0]) != std::string::npos;
}

std::vector<Sentence> SentenceSplitter::split(std::string_view text,
                                              const std::vector<Token>& tokens) const {
  std::vector<Sentence> out;
  if (tokens.empty()) return out;
  std::size_t start = 0;
  const auto close = [&](std::size_t last) {
    if (last < start) return;
    out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(last),
                   tokens[start].begin, tokens[last].end});
    start = last + 1;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > start && tokens[i].has(kNewlineBefore)) close(i - 1);
    const std::string_view t = tokens[i].text(text);
    if (t != "." && t != "!" && t != "?") continue;
    // The period of an abbreviation or an initial ("Mr.", "W.") does not end a sentence.
    if (t == "." && i > start && !tokens[i].has(kSpaceBefore)) {
      const std::string_view prev = tokens[i - 1].text(text);
      if (abbreviations_.count(std::string(prev))) continue;
      if (tokens[i - 1].has(kCapitalised) && prev.size() == 1) continue;
    }
    std::size_t last = i;
    // Closing quotes and brackets right after the mark belong to this sentence.
    while (last + 1 < tokens.size() && is_closing(tokens[last + 1].text(text)) &&
           !tokens[last + 1].has(kSpaceBefore)) {
      ++last;
    }
    if (last + 1 >= tokens.size()) break;
    const Token& next = tokens[last + 1];
    if (next.has(kNewlineBefore)) continue;  // the line break closes it
    const bool starts_sentence = next.has(kSpaceBefore) &&
                                 (next.has(kCapitalised) || next.has(kNumber) ||
                                  is_opening(next.text(text)));
    if (starts_sentence) {
      close(last);
      i = last;
    }
  }
  if (start < tokens.size()) close(tokens.size() - 1);
  return out;
}

}  // namespace newsgraph::extract
