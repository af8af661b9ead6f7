#include <catch2/catch.hpp>

#include "newsgraph/extract/SentenceSplitter.h"

using namespace newsgraph::extract;

namespace {
std::vector<std::string> split(const std::string& text) {
  static const SentenceSplitter splitter = *SentenceSplitter::load(NEWSGRAPH_TEST_SCHEMAS);
  std::vector<std::string> out;
  const auto tokens = tokenize(text);
  for (const auto& s : splitter.split(text, tokens)) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}
}  // namespace

TEST_CASE("sentences survive abbreviations, initials, initialisms and decimals") {
  CHECK(split("Mr. Putin met Gen. Gerasimov in the U.S. capital on Feb. 3. He left.") ==
        std::vector<std::string>{"Mr. Putin met Gen. Gerasimov in the U.S. capital on Feb. 3.", "He left."});
  CHECK(split("George W. Bush spoke. Inflation hit 3.5 percent.") ==
        std::vector<std::string>{"George W. Bush spoke.", "Inflation hit 3.5 percent."});
  CHECK(split("Is it over? \"No,\" he said. \"Not yet.\" Then he left!") ==
        std::vector<std::string>{"Is it over?", "\"No,\" he said.", "\"Not yet.\"", "Then he left!"});
}

TEST_CASE("a line break ends a sentence: headlines and bylines stand alone") {
  CHECK(split("Putin And Trump Talk\nBy Jane Doe\nThe two leaders spoke. They agreed.") ==
        std::vector<std::string>{"Putin And Trump Talk", "By Jane Doe", "The two leaders spoke.", "They agreed."});
}

TEST_CASE("a lower-case word after a period does not start a sentence") {
  CHECK(split("The talks ended at 6 p.m. local time.") ==
        std::vector<std::string>{"The talks ended at 6 p.m. local time."});
}
