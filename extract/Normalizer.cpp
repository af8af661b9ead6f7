#include "newsgraph/extract/Normalizer.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <numeric>

#include "newsgraph/core/Text.h"

namespace newsgraph::extract {

namespace {

// The replacement for one code point, or nullptr when it stays as it is.
const char* replacement(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0xFF07:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
    case 0xFF02:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    case 0xFE58: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
    case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
    case 0x3000: case 0x000B: case 0x000C:
      return " ";
    case 0x2028: case 0x2029: case 0x0085:
      return "\n";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case '\r':
      return "";
    case 0x2026: return "...";
    case 0xFB00: return "ff";
    case 0xFB01: return "fi";
    case 0xFB02: return "fl";
    case 0xFB03: return "ffi";
    case 0xFB04: return "ffl";
    case 0xFB05: case 0xFB06: return "st";
    default: return nullptr;
  }
}

}  // namespace

NormalizedText normalize(std::string_view original) {
  NormalizedText out;
  out.text.reserve(original.size());
  out.to_original.reserve(original.size() + 1);
  const auto kept_as_is = [](unsigned char c) { return c < 0x80 && c != '\r' && c != 0x0B && c != 0x0C; };
  for (std::size_t i = 0; i < original.size();) {
    if (kept_as_is(static_cast<unsigned char>(original[i]))) {
      // A run of ASCII is copied in one append (profiled: byte-by-byte appends were most of
      // normalize()); its offsets map one to one.
      std::size_t run_end = i + 1;
      while (run_end < original.size() && kept_as_is(static_cast<unsigned char>(original[run_end]))) ++run_end;
      out.text.append(original, i, run_end - i);
      // Filled in one pass, not pushed byte by byte (profiled: the push_backs were most of
      // normalize() after the appends).
      const std::size_t at = out.to_original.size();
      out.to_original.resize(at + (run_end - i));
      std::iota(out.to_original.begin() + static_cast<std::ptrdiff_t>(at), out.to_original.end(),
                static_cast<std::uint32_t>(i));
      i = run_end;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = decode_utf8(original, i);
    if (const char* r = replacement(cp)) {
      for (const char* p = r; *p; ++p) {
        out.text += *p;
        out.to_original.push_back(static_cast<std::uint32_t>(start));
      }
    } else {
      for (std::size_t k = start; k < i; ++k) {
        out.text += original[k];
        out.to_original.push_back(static_cast<std::uint32_t>(start));
      }
    }
  }
  out.to_original.push_back(static_cast<std::uint32_t>(original.size()));
  return out;
}

namespace {

// UTF-8 continuation bytes (10xxxxxx) in s, eight bytes at a time: this runs over most of
// every document with evidence (profiled: ~1.4% of extraction byte by byte).
std::size_t continuation_bytes(std::string_view s) {
  std::size_t n = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    // Bit 7 of each byte that has bit 7 set and bit 6 clear (w << 1 moves each byte's
    // bit 6 onto its own bit 7; nothing crosses into the masked bits).
    n += static_cast<std::size_t>(std::popcount(w & ~(w << 1) & 0x8080808080808080ull));
  }
  for (; i < s.size(); ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  return n;
}

}  // namespace

std::vector<std::uint32_t> code_point_offsets(std::string_view text,
                                              const std::vector<std::uint32_t>& byte_offsets) {
  std::vector<std::uint32_t> out;
  out.reserve(byte_offsets.size());
  std::size_t pos = 0;
  std::uint32_t count = 0;
  for (const std::uint32_t target : byte_offsets) {
    const std::size_t stop = std::min<std::size_t>(target, text.size());
    if (pos < stop) {
      const std::string_view run = text.substr(pos, stop - pos);
      count += static_cast<std::uint32_t>(run.size() - continuation_bytes(run));
      pos = stop;
    }
    out.push_back(count);
  }
  return out;
}

}  // namespace newsgraph::extract
