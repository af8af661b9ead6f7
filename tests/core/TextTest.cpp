#include <catch2/catch.hpp>

#include "newsgraph/core/Text.h"

using namespace newsgraph;

TEST_CASE("fold() removes case, diacritics and typographic variants") {
  const std::pair<const char*, const char*> cases[] = {
      {"Erdoğan", "erdogan"},
      {"Miloš Zeman", "milos zeman"},
      {"Trump\u2019s \u201creset\u201d", "trump's \"reset\""},
      {"Pompeo\u2013Lavrov", "pompeo-lavrov"},
      {"a\u00a0b", "a b"},
      {"\ufb01nal", "final"},
      {"Nicolás Maduro", "nicolas maduro"},
      {"ÉLYSÉE", "elysee"},
      {"Москва", "москва"},
      {"zero\u200bwidth", "zerowidth"},
  };
  for (const auto& [in, out] : cases) {
    INFO(in);
    CHECK(fold(in) == out);
  }
}

TEST_CASE("slugify() makes stable ids") {
  CHECK(slugify("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan");
  CHECK(slugify("Donetsk People's Republic") == "donetsk-peoples-republic");
  CHECK(slugify("U.S. State Department") == "us-state-department");
  CHECK(slugify("  --Radio Free Europe/Radio Liberty-- ") == "radio-free-europe-radio-liberty");
  CHECK(slugify("مركز سمت") == "مركز-سمت");
  CHECK(slugify("!!!").empty());
}

TEST_CASE("UTF-8 is validated and repaired byte by byte") {
  CHECK(is_valid_utf8("plain ascii"));
  CHECK(is_valid_utf8("Erdoğan \xF0\x9F\x98\x80"));
  CHECK_FALSE(is_valid_utf8("bad \xFF byte"));
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));           // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));       // surrogate
  CHECK_FALSE(is_valid_utf8("\xE2\x82"));           // truncated
  const auto r = repair_utf8("a\xFF" "b\xE2\x82");
  CHECK(r.invalid_sequences == 3);
  CHECK(r.text == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(is_valid_utf8(r.text));
  CHECK(repair_utf8("ok").invalid_sequences == 0);
}

TEST_CASE("code points are counted as Python counts them") {
  CHECK(count_code_points("") == 0);
  CHECK(count_code_points("abc") == 3);
  CHECK(count_code_points("Erdoğan") == 7);
  CHECK(count_code_points("\xF0\x9F\x98\x80!") == 2);
}
