#include "newsgraph/export/Escape.h"

#include "newsgraph/core/Text.h"

namespace newsgraph::exporter {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

bool xml_allowed(char32_t cp) {
  if (cp < 0x20) return cp == 0x09 || cp == 0x0A || cp == 0x0D;
  if (cp == 0x7F) return false;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  return cp != 0xFFFE && cp != 0xFFFF;
}

// RFC 3987 ucschar: the non-ASCII code points an IRI may hold unencoded.
bool is_ucschar(char32_t cp) {
  if (cp >= 0xA0 && cp <= 0xD7FF) return true;
  if (cp >= 0xF900 && cp <= 0xFDCF) return true;
  if (cp >= 0xFDF0 && cp <= 0xFFEF) return true;
  if (cp >= 0x10000 && cp <= 0xEFFFD) return (cp & 0xFFFF) <= 0xFFFD;
  return false;
}

void percent_encode(std::string& out, std::string_view bytes) {
  for (char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    out += '%';
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
}

bool is_hex(char c) {
  return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Calls emit(code point, its UTF-8 bytes) for each character clean_text() keeps.
template <typename Emit>
void for_each_clean(std::string_view text, Emit&& emit) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const std::size_t length = valid_sequence_length(text, i);
    const char32_t cp = decode_utf8(text, i);
    if (length == 0) {
      emit(kReplacementChar, kReplacement);
    } else if (xml_allowed(cp)) {
      emit(cp, text.substr(start, i - start));
    }
  }
}

// The entity for a character XML text must not hold as itself, else null. Inside an
// attribute, tabs and line breaks are written as references too: an attribute value's
// whitespace is normalised to spaces by every parser.
const char* xml_entity(char32_t cp, bool attribute) {
  switch (cp) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&apos;";
    case '\r':
      return "&#13;";
    case '\t':
      return attribute ? "&#9;" : nullptr;
    case '\n':
      return attribute ? "&#10;" : nullptr;
    default:
      return nullptr;
  }
}

// DOT strings: quotes and backslashes escaped, "&" as an entity (Graphviz reads
// entities in labels), line breaks as \n, carriage returns dropped, tabs as spaces.
const char* dot_replacement(char32_t cp) {
  switch (cp) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '&':
      return "&amp;";
    case '\n':
      return "\\n";
    case '\r':
      return "";
    case '\t':
      return " ";
    default:
      return nullptr;
  }
}

// N-Triples string literals (ECHAR escapes).
const char* ntriples_replacement(char32_t cp) {
  switch (cp) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
    default:
      return nullptr;
  }
}

// Appends clean_text(text) with each character `replace` maps to a string (possibly
// empty) written as that string instead.
template <typename Replace>
void append_replaced(std::string& out, std::string_view text, const Replace& replace) {
  for_each_clean(text, [&](char32_t cp, std::string_view bytes) {
    if (const char* r = replace(cp))
      out += r;
    else
      out.append(bytes);
  });
}

template <typename Replace>
std::string replaced(std::string_view text, const Replace& replace) {
  std::string out;
  out.reserve(text.size());
  append_replaced(out, text, replace);
  return out;
}

}  // namespace

std::string clean_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_clean(text, [&](char32_t, std::string_view bytes) { out.append(bytes); });
  return out;
}

std::string strip_controls(std::string_view text) { return clean_text(text); }

void append_xml_escaped(std::string& out, std::string_view text) {
  append_replaced(out, text, [](char32_t cp) { return xml_entity(cp, /*attribute=*/false); });
}

std::string xml_escape(std::string_view text) {
  return replaced(text, [](char32_t cp) { return xml_entity(cp, /*attribute=*/false); });
}

void append_xml_attr_escaped(std::string& out, std::string_view text) {
  append_replaced(out, text, [](char32_t cp) { return xml_entity(cp, /*attribute=*/true); });
}

std::string xml_attr_escape(std::string_view text) {
  return replaced(text, [](char32_t cp) { return xml_entity(cp, /*attribute=*/true); });
}

std::string dot_escape(std::string_view text) { return replaced(text, dot_replacement); }

std::string iri_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_clean(text, [&](char32_t cp, std::string_view bytes) {
    const bool keep =
        cp >= 0x80
            ? is_ucschar(cp)
            : is_ascii_alpha(static_cast<char>(cp)) || is_ascii_digit(static_cast<char>(cp)) ||
                  std::string_view("-._~!$&'()*+,;=:@/").find(static_cast<char>(cp)) !=
                      std::string_view::npos;
    if (keep)
      out.append(bytes);
    else
      percent_encode(out, bytes);
  });
  return out;
}

std::string url_to_iri(std::string_view url) {
  std::size_t scheme_end = 0;
  if (url.rfind("http://", 0) == 0)
    scheme_end = 7;
  else if (url.rfind("https://", 0) == 0)
    scheme_end = 8;
  else
    return {};
  if (scheme_end >= url.size() || url[scheme_end] == '/' || url[scheme_end] == '?' ||
      url[scheme_end] == '#') {
    return {};  // no host
  }
  std::string out(url.substr(0, scheme_end));
  const std::string clean = clean_text(url.substr(scheme_end));
  bool seen_fragment = false;
  for (std::size_t i = 0; i < clean.size();) {
    const char c = clean[i];
    const bool structural =
        std::string_view("/?:@").find(c) != std::string_view::npos || (c == '#' && !seen_fragment);
    if (c == '#') seen_fragment = true;
    if (structural) {
      out += c;
      ++i;
    } else if (c == '%' && i + 2 < clean.size() && is_hex(clean[i + 1]) && is_hex(clean[i + 2])) {
      out.append(clean, i, 3);
      i += 3;
    } else {
      std::size_t next = i;
      decode_utf8(clean, next);
      out += iri_escape(std::string_view(clean).substr(i, next - i));
      i = next;
    }
  }
  return out;
}

std::string ntriples_escape(std::string_view text) { return replaced(text, ntriples_replacement); }

std::string csv_field(std::string_view text) {
  const std::string clean = clean_text(text);
  const bool quote = clean.find_first_of(",\"\r\n") != std::string::npos ||
                     (!clean.empty() && (clean.front() == ' ' || clean.back() == ' '));
  if (!quote) return clean;
  std::string out = "\"";
  for (char c : clean) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace newsgraph::exporter
