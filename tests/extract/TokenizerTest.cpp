#include <catch2/catch.hpp>

#include "newsgraph/extract/Tokenizer.h"

using namespace newsgraph::extract;

namespace {
std::string dump(std::string_view text) {
  std::string out;
  for (const auto& t : tokenize(text)) {
    if (!out.empty()) out += '|';
    out += t.text(text);
  }
  return out;
}
}  // namespace

TEST_CASE("tokenize: words, initialisms, possessives, hyphens, numbers") {
  const std::pair<const char*, const char*> cases[] = {
      {"Trump's U.S.-Russia call", "Trump|'s|U.S.|-|Russia|call"},
      {"Bashar al-Assad met O'Brien.", "Bashar|al|-|Assad|met|O'Brien|."},
      {"RFE/RL (Interfax, May 3)", "RFE|/|RL|(|Interfax|,|May|3|)"},
      {"13,200 people; 3.5 percent; G20", "13,200|people|;|3.5|percent|;|G20"},
      {"St.Petersburg and Washington, D.C.", "St|.|Petersburg|and|Washington|,|D.C."},
      {"Erdoğan’s", "Erdoğan|’|s"},  // typographic apostrophe: the normaliser straightens it first
      {"George W. Bush", "George|W|.|Bush"},
      {"22nd November", "22nd|November"},
  };
  for (const auto& [in, out] : cases) {
    INFO(in);
    CHECK(dump(in) == out);
  }
}

TEST_CASE("tokens carry case flags, folded forms and line breaks") {
  const std::string text = "NATO and\nRussia's iPhone";
  const auto t = tokenize(text);
  REQUIRE(t.size() == 5);
  CHECK(t[0].has(kAllCaps));
  CHECK(t[0].has(kCapitalised));
  CHECK(t[0].folded == "nato");
  CHECK_FALSE(t[1].has(kCapitalised));
  CHECK(t[2].has(kNewlineBefore));
  CHECK(t[3].text(text) == "'s");
  CHECK_FALSE(t[4].has(kCapitalised));
}
