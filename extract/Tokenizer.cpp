#include "newsgraph/extract/Tokenizer.h"

#include <algorithm>

#include "newsgraph/core/Text.h"

namespace newsgraph::extract {

namespace {

struct Cursor {
  std::string_view text;
  std::size_t end;

  char32_t peek(std::size_t pos, std::size_t* next = nullptr) const {
    if (pos >= end) {
      if (next) *next = pos;
      return 0;
    }
    std::size_t p = pos;
    const char32_t cp = static_cast<unsigned char>(text[p]) < 0x80
                            ? static_cast<char32_t>(text[p++])
                            : decode_utf8(text, p);
    if (next) *next = p;
    return cp;
  }
};

// Inline ASCII tests: most of news text is ASCII, and these run for every byte (profiled:
// the out-of-line calls and ICU look-ups were a third of tokenize()).
bool ascii_alpha(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }
bool upper(char32_t cp) { return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : is_upper(cp); }

bool letter(char32_t cp) {
  if (cp < 0x80) return ascii_alpha(cp);
  return is_letter(cp) || (cp >= 0x300 && cp <= 0x36F);  // combining marks stay in the word
}
bool digit(char32_t cp) { return cp >= '0' && cp <= '9'; }
bool space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r'; }

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
}

// kCapitalised and kAllCaps of a word token, code point by code point (words with
// non-ASCII letters; tokenize() does ASCII words in its folding pass).
void set_case_flags(const Cursor& c, Token& t) {
  if (!(t.flags & kWord)) return;
  if (upper(c.peek(t.begin))) t.flags |= kCapitalised;
  int letters = 0, uppers = 0;
  for (std::size_t r = t.begin; r < t.end;) {
    const char32_t x = c.peek(r, &r);
    if (letter(x)) {
      ++letters;
      if (upper(x)) ++uppers;
    }
  }
  if (letters >= 2 && uppers == letters) t.flags |= kAllCaps;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Token> tokens;
  // About one token per five bytes of news text: reserving avoids regrowing (and moving
  // every token's string) several times per document.
  tokens.reserve((end - begin) / 5 + 1);
  const Cursor c{text, end};
  std::size_t pos = begin;
  bool newline = false, spaced = false;
  while (pos < end) {
    std::size_t next = pos;
    const char32_t cp = c.peek(pos, &next);
    if (space(cp)) {
      newline = newline || cp == '\n';
      spaced = true;
      pos = next;
      continue;
    }
    // Built in place: a Token pushed by move copied its folded string's inline buffer
    // (profiled: a memcpy call per token).
    Token& t = tokens.emplace_back();
    t.begin = static_cast<std::uint32_t>(pos);
    std::size_t p = next;
    if (letter(cp)) {
      t.flags = kWord;
      // Dotted initialism: L.L. or L.L.L.
      std::size_t q = pos;
      int letters = 0;
      for (;;) {
        std::size_t after_letter;
        const char32_t l = c.peek(q, &after_letter);
        if (!letter(l) || c.peek(after_letter) != '.') break;
        std::size_t after_dot = after_letter + 1;
        const char32_t following = c.peek(after_dot);
        ++letters;
        q = after_dot;
        if (letter(following) || digit(following)) {
          std::size_t after_next;
          c.peek(after_dot, &after_next);
          if (letter(c.peek(after_next)) || digit(c.peek(after_next))) break;  // "St.Petersburg"
          continue;
        }
        break;
      }
      if (letters >= 2) {
        p = q;
      } else {
        for (;;) {
          // ASCII letters and digits, the bulk of a word, without decoding.
          while (p < end && (ascii_alpha(static_cast<unsigned char>(text[p])) || digit(static_cast<unsigned char>(text[p])))) ++p;
          std::size_t n2;
          const char32_t x = c.peek(p, &n2);
          if (letter(x) || digit(x)) {
            p = n2;
            continue;
          }
          // Apostrophe inside a name (O'Brien) stays; a possessive 's is its own token.
          if (x == '\'') {
            std::size_t n3;
            const char32_t y = c.peek(n2, &n3);
            if (letter(y) && !((y == 's' || y == 'S') && !letter(c.peek(n3)))) {
              p = n3;
              continue;
            }
          }
          break;
        }
      }
    } else if (digit(cp)) {
      t.flags = kNumber;
      for (;;) {
        std::size_t n2;
        const char32_t x = c.peek(p, &n2);
        if (digit(x) || letter(x)) {
          p = n2;
          continue;
        }
        if ((x == '.' || x == ',') && digit(c.peek(n2))) {
          p = n2;
          continue;
        }
        break;
      }
    } else if (cp == '\'' && (c.peek(next) == 's' || c.peek(next) == 'S') && !letter(c.peek(next + 1))) {
      t.flags = kWord;  // possessive 's
      p = next + 1;
    } else {
      t.flags = kPunct;
    }
    t.end = static_cast<std::uint32_t>(p);
    const std::string_view surface = text.substr(t.begin, t.end - t.begin);
    if (is_ascii(surface)) {
      // Most tokens: case flags and fold() (ASCII lower case) in one pass, written straight
      // into the token (profiled: decoding each word again for its flags, then fold()'s
      // own pass and string, were a third of tokenize()).
      int letters = 0, uppers = 0;
      t.folded.assign(surface);
      for (char& ch : t.folded) {
        if (ch >= 'A' && ch <= 'Z') {
          ++uppers;
          ch = static_cast<char>(ch + ('a' - 'A'));
        }
        letters += ch >= 'a' && ch <= 'z';
      }
      if (t.flags & kWord) {
        if (upper(static_cast<unsigned char>(surface.front()))) t.flags |= kCapitalised;
        if (letters >= 2 && uppers == letters) t.flags |= kAllCaps;
      }
    } else {
      set_case_flags(c, t);
      t.folded = fold(surface);
    }
    if (newline) t.flags |= kNewlineBefore;
    if (spaced) t.flags |= kSpaceBefore;
    newline = spaced = false;
    pos = p;
  }
  return tokens;
}

}  // namespace newsgraph::extract
