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

// Pins the eight-bytes-at-a-time count: multi-byte characters inside, across and after
// eight-byte blocks, and offsets past the end of the text.
TEST_CASE("code_point_offsets agrees with a byte-by-byte count across eight-byte blocks") {
  const std::string text = "Zelensky and Erdo\u011fan met in \u041a\u0438\u0435\u0432 \u2014 \u6771\u4eac, \U0001F600 later";
  std::vector<std::uint32_t> offsets;
  for (std::uint32_t b = 0; b <= text.size() + 3; ++b) offsets.push_back(b);
  std::vector<std::uint32_t> expected;
  std::uint32_t count = 0;
  for (std::uint32_t b = 0; b <= text.size() + 3; ++b) {
    expected.push_back(count);
    if (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) ++count;
  }
  CHECK(code_point_offsets(text, offsets) == expected);
}
