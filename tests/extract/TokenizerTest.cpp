#include <catch2/catch.hpp>

#include <tuple>

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

// ASCII tokens get their flags and folded form in tokenize's own pass, others through
// fold() and code points: both paths, side by side.
TEST_CASE("case flags and folded forms agree for ASCII and non-ASCII words") {
  const std::string text = "NATO ÖVP Erdoğan ÉLYSÉE US A x9 G20 3M É";
  const auto t = tokenize(text);
  REQUIRE(t.size() == 10);
  const std::tuple<const char*, bool, bool> expected[] = {
      {"nato", true, true},     {"ovp", true, true},  {"erdogan", true, false},
      {"elysee", true, true},   {"us", true, true},   {"a", true, false},
      {"x9", false, false},     {"g20", true, false}, {"3m", false, false},
      {"e", true, false},
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto& [folded, capitalised, all_caps] = expected[i];
    INFO(t[i].text(text));
    CHECK(t[i].folded == folded);
    CHECK(t[i].has(kCapitalised) == capitalised);
    CHECK(t[i].has(kAllCaps) == all_caps);
  }
}
