// UTF-8 helpers and the folding used for matching names and making keys.
//
//   fold("Erdoğan’s") -> "erdogan's"      (NFKD, marks dropped, lower case, quotes/dashes unified)
//   slugify("Recep Tayyip Erdoğan") -> "recep-tayyip-erdogan"
//   repair_utf8("a\xffb") -> {"a\uFFFDb", 1}
//
// fold() is built once from ICU's NFKD data into a table, then used without ICU on the
// hot path; the table is immutable after construction and safe to share across threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes one code point at text[pos] and advances pos. Invalid or truncated sequences
// (including overlongs and surrogates) yield U+FFFD and advance by one byte.
char32_t decode_utf8(std::string_view text, std::size_t& pos);
void append_utf8(std::string& out, char32_t cp);
// Length in bytes of the valid sequence at text[pos], or 0 when it is invalid.
std::size_t valid_sequence_length(std::string_view text, std::size_t pos);

bool is_valid_utf8(std::string_view text);

struct RepairedText {
  std::string text;
  std::size_t invalid_sequences = 0;
};
// Replaces every invalid byte sequence by U+FFFD; valid input is returned unchanged.
RepairedText repair_utf8(std::string_view text);

// Number of code points in text (as Python's len() would count them).
std::size_t count_code_points(std::string_view text);

// Folding for comparison: compatibility decomposition, combining marks removed, lower
// case, typographic quotes to ASCII, dashes to '-', any space to ' '. Not for display.
std::string fold(std::string_view text);
// fold() of one code point, appended to out (used by incremental matchers).
void append_folded(std::string& out, char32_t cp);

// A lower-case ASCII id: words of fold(text) joined by '-', apostrophes and dots dropped.
// "Donetsk People's Republic" -> "donetsk-peoples-republic"; "U.S." -> "us".
std::string slugify(std::string_view text);

bool is_ascii_alpha(char c);
bool is_ascii_upper(char c);
bool is_ascii_digit(char c);
// Letters in the Unicode sense for the code points that matter to news text (Latin,
// Greek, Cyrillic, Arabic, Hebrew, CJK...), via ICU's character properties.
bool is_letter(char32_t cp);
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);

}  // namespace newsgraph
