#include "newsgraph/core/Text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <vector>

namespace newsgraph {

std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const std::size_t n = s.size() - i;
  const unsigned char c = b(0);
  if (c < 0x80) return 1;
  const auto cont = [&](std::size_t k) { return k < n && (b(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && b(1) < 0xA0) return 0;  // overlong
    if (c == 0xED && b(1) > 0x9F) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && b(1) < 0x90) return 0;  // overlong
    if (c == 0xF4 && b(1) > 0x8F) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

char32_t decode_utf8(std::string_view s, std::size_t& pos) {
  const std::size_t n = valid_sequence_length(s, pos);
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[pos + k]); };
  char32_t cp = kReplacementChar;
  switch (n) {
    case 1: cp = b(0); break;
    case 2: cp = ((b(0) & 0x1Fu) << 6) | (b(1) & 0x3Fu); break;
    case 3: cp = ((b(0) & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu); break;
    case 4:
      cp = ((b(0) & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) |
           (b(3) & 0x3Fu);
      break;
    default: break;
  }
  pos += n ? n : 1;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) { ++i; continue; }
    const std::size_t n = valid_sequence_length(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

RepairedText repair_utf8(std::string_view text) {
  RepairedText out;
  if (is_valid_utf8(text)) {
    out.text.assign(text);
    return out;
  }
  out.text.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = valid_sequence_length(text, i);
    if (n == 0) {
      append_utf8(out.text, kReplacementChar);
      ++out.invalid_sequences;
      ++i;
    } else {
      out.text.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

namespace {

// The fold of every code point below kTableEnd (plus the ligature block), as UTF-8
// strings packed in one buffer. Built once from ICU data; read-only afterwards.
class FoldTable {
 public:
  static constexpr char32_t kTableEnd = 0x3000;
  static constexpr char32_t kLigStart = 0xFB00, kLigEnd = 0xFB50;
  static constexpr char32_t kWideStart = 0xFF00, kWideEnd = 0xFF60;

  FoldTable() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    const auto build = [&](char32_t from, char32_t to) {
      for (char32_t cp = from; cp < to; ++cp) {
        offsets_.push_back(static_cast<std::uint32_t>(data_.size()));
        compute(cp, U_SUCCESS(status) ? nfkd : nullptr);
      }
    };
    build(0, kTableEnd);
    build(kLigStart, kLigEnd);
    build(kWideStart, kWideEnd);
    offsets_.push_back(static_cast<std::uint32_t>(data_.size()));
  }

  void append(std::string& out, char32_t cp) const {
    std::size_t index;
    if (cp < kTableEnd) index = cp;
    else if (cp >= kLigStart && cp < kLigEnd) index = kTableEnd + (cp - kLigStart);
    else if (cp >= kWideStart && cp < kWideEnd)
      index = kTableEnd + (kLigEnd - kLigStart) + (cp - kWideStart);
    else {
      if (!append_special(out, cp)) append_lower(out, cp);
      return;
    }
    out.append(data_, offsets_[index], offsets_[index + 1] - offsets_[index]);
  }

 private:
  // Quotes, dashes, spaces and invisible characters: true when cp was one of them.
  static bool append_special(std::string& out, char32_t cp) {
    switch (cp) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
      case 0x02B9: case 0x00B4: case 0x0060: case 0xFF07:
        out += '\'';
        return true;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
      case 0x00BB: case 0xFF02:
        out += '"';
        return true;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
      case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
        out += '-';
        return true;
      case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
        return true;  // invisible: dropped
      default: break;
    }
    if (cp != '\t' && cp != '\n' && cp != '\r' && u_isUWhiteSpace(static_cast<UChar32>(cp))) {
      out += ' ';
      return true;
    }
    return false;
  }

  static void append_lower(std::string& out, char32_t cp) {
    append_utf8(out, static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp),
                                                      U_FOLD_CASE_DEFAULT)));
  }

  void compute(char32_t cp, const icu::Normalizer2* nfkd) {
    std::string out;
    if (cp < 0x80) {
      out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    } else if (append_special(out, cp)) {
      // quotes, dashes, spaces, invisibles
    } else {
      UErrorCode status = U_ZERO_ERROR;
      const icu::UnicodeString decomposed =
          nfkd ? nfkd->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), status)
               : icu::UnicodeString(static_cast<UChar32>(cp));
      if (U_FAILURE(status)) {
        append_lower(out, cp);
      } else {
        for (int32_t i = 0; i < decomposed.length();) {
          const UChar32 c = decomposed.char32At(i);
          i += U16_LENGTH(c);
          if (u_charType(c) == U_NON_SPACING_MARK) continue;
          if (!append_special(out, static_cast<char32_t>(c))) append_lower(out, static_cast<char32_t>(c));
        }
      }
    }
    data_ += out;
  }

  std::vector<std::uint32_t> offsets_;
  std::string data_;
};

const FoldTable& fold_table() {
  static const FoldTable table;
  return table;
}

}  // namespace

void append_folded(std::string& out, char32_t cp) { fold_table().append(out, cp); }

std::string fold(std::string_view text) {
  const FoldTable& table = fold_table();
  // Most words are ASCII: lower-case the ASCII prefix in one pass (profiled: per-byte
  // appends were most of fold()), then go code point by code point.
  std::size_t i = 0;
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  std::string out(text.substr(0, i));
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  if (i == text.size()) return out;
  out.reserve(text.size());
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++i;
      continue;
    }
    table.append(out, decode_utf8(text, i));
  }
  return out;
}

std::string slugify(std::string_view text) {
  const std::string folded = fold(text);
  std::string out;
  bool pending_dash = false;
  for (std::size_t i = 0; i < folded.size();) {
    const std::size_t start = i;
    const char32_t cp = decode_utf8(folded, i);
    if (cp == '\'' || cp == '.') continue;  // "people's" -> "peoples", "u.s." -> "us"
    if ((cp < 0x80 && (is_ascii_alpha(static_cast<char>(cp)) ||
                       is_ascii_digit(static_cast<char>(cp)))) ||
        (cp >= 0x80 && u_isalnum(static_cast<UChar32>(cp)))) {
      if (pending_dash && !out.empty()) out += '-';
      pending_dash = false;
      out.append(folded, start, i - start);
    } else {
      pending_dash = true;
    }
  }
  return out;
}

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)) != 0; }
bool is_upper(char32_t cp) { return u_isupper(static_cast<UChar32>(cp)) != 0; }
bool is_lower(char32_t cp) { return u_islower(static_cast<UChar32>(cp)) != 0; }

}  // namespace newsgraph
