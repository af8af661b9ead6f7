#include <catch2/catch.hpp>

#include "newsgraph/extract/Normalizer.h"

using namespace newsgraph::extract;

TEST_CASE("normalize straightens typography and maps back to the original") {
  const std::string original = "Trump\u2019s \u201creset\u201d\u00a0\u2014 \ufb01nally\r\n";
  const NormalizedText n = normalize(original);
  CHECK(n.text == "Trump's \"reset\" - finally\n");
  REQUIRE(n.to_original.size() == n.text.size() + 1);
  // "finally" starts where the ligature starts in the original.
  const auto at = n.text.find("finally");
  CHECK(original.substr(n.original_offset(at), 3) == "\ufb01");
  CHECK(n.original_offset(n.text.size()) == original.size());
  // "reset" maps to the same bytes.
  const auto r = n.text.find("reset");
  CHECK(original.substr(n.original_offset(r), 5) == "reset");
}

TEST_CASE("code_point_offsets counts characters, not bytes") {
  const std::string text = "Erdoğan met Putin";
  const auto cps = code_point_offsets(text, {0, 9, static_cast<std::uint32_t>(text.size())});
  CHECK(cps == std::vector<std::uint32_t>{0, 8, 17});
}
