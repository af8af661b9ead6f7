// Tokenizer: words, numbers and punctuation with byte offsets into the (normalised) text.
//
//   tokenize("Trump's U.S.-Russia call, 13,200 G20") ->
//     Trump | 's | U.S. | - | Russia | call | , | 13,200 | G20
//
// Hyphens and slashes are tokens of their own ("al-Assad" -> al - Assad, "RFE/RL" ->
// RFE / RL), and lexicon entries are tokenised the same way, so both sides agree.
// Dotted initialisms ("U.S.", "D.C.") are one token with their final period.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::extract {

enum TokenFlag : std::uint8_t {
  kWord = 1,            // starts with a letter
  kNumber = 2,          // starts with a digit
  kPunct = 4,           // anything else
  kCapitalised = 8,     // first letter upper case
  kAllCaps = 16,        // two or more letters, all upper case
  kNewlineBefore = 32,  // a line break separates it from the previous token
  kSpaceBefore = 64,    // whitespace separates it from the previous token
};

struct Token {
  std::uint32_t begin = 0, end = 0;  // byte span in the text
  std::uint8_t flags = 0;
  std::string folded;                // fold() of the token text

  bool has(TokenFlag f) const { return (flags & f) != 0; }
  std::string_view text(std::string_view source) const {
    return source.substr(begin, end - begin);
  }
};

// Tokens of text[begin, end).
std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end);
inline std::vector<Token> tokenize(std::string_view text) { return tokenize(text, 0, text.size()); }

}  // namespace newsgraph::extract
