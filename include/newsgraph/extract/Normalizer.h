// Normalizer: typographic normalisation that keeps a map back to the original text.
//
//   normalize("Trump’s “reset”\u00A0— ﬁnally")
//     -> text "Trump's \"reset\" - finally", to_original[i] = byte in the original
//
// Curly quotes become ASCII quotes, dashes become '-', non-breaking and other spaces become
// ' ', ligatures are expanded, zero-width characters and soft hyphens are removed, CR is
// dropped. Letters keep their case and diacritics (folding for matching is separate).
// Matching runs on the normalised text; evidence spans are mapped back through
// to_original so they point into the document as the user has it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::extract {

struct NormalizedText {
  std::string text;
  // to_original[i]: byte offset in the original of text[i]; one extra entry at the end.
  std::vector<std::uint32_t> to_original;

  std::uint32_t original_offset(std::size_t normalized_offset) const {
    return to_original[normalized_offset];
  }
};

NormalizedText normalize(std::string_view original);

// Code-point offsets for byte offsets of one text, computed in one pass over the text.
// `byte_offsets` must be sorted; returns the code-point offset of each.
std::vector<std::uint32_t> code_point_offsets(std::string_view text,
                                              const std::vector<std::uint32_t>& byte_offsets);

}  // namespace newsgraph::extract
