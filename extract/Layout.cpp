#include "Layout.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>

#include "newsgraph/core/Text.h"
#include "newsgraph/extract/DateParser.h"

namespace newsgraph::extract {

namespace {

std::string_view trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool w = !(c == ' ' || c == '\t');
    n += w && !in_word;
    in_word = w;
  }
  return n;
}

bool has_letter(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (is_letter(decode_utf8(s, i))) return true;
  }
  return false;
}

// Phrases (the boilerplate list) grouped by first byte, for finding any of them in a line
// at word boundaries with one pass over the line's word starts: one search per phrase
// over every short line was ~2.5% of extraction (profiled). Built per document (a few
// hundred instructions for the list, against thousands per short line).
class PhraseIndex {
 public:
  explicit PhraseIndex(const std::vector<std::string>& phrases) {
    // Counting sort by first byte; bucket kNoByte holds empty phrases (possible after
    // folding), which match at any boundary.
    for (const auto& p : phrases) ++starts_[bucket(p) + 1];
    for (std::size_t b = 1; b < starts_.size(); ++b) starts_[b] += starts_[b - 1];
    sorted_.resize(phrases.size());
    auto next = starts_;
    for (const auto& p : phrases) sorted_[next[bucket(p)]++] = &p;
  }

  // Whether a phrase occurs in `folded` with no letter or digit right before or after it.
  bool found_in(std::string_view folded) const {
    const auto alnum = [&](std::size_t i) { return std::isalnum(static_cast<unsigned char>(folded[i])) != 0; };
    for (std::size_t at = 0; at <= folded.size(); ++at) {
      if (at > 0 && alnum(at - 1)) continue;
      const auto matches_here = [&](std::size_t b) {
        for (std::size_t k = starts_[b]; k < starts_[b + 1]; ++k) {
          const std::string& p = *sorted_[k];
          const std::size_t end = at + p.size();
          if (end <= folded.size() && folded.compare(at, p.size(), p) == 0 && (end == folded.size() || !alnum(end))) {
            return true;
          }
        }
        return false;
      };
      if ((at < folded.size() && matches_here(static_cast<unsigned char>(folded[at]))) || matches_here(kNoByte)) {
        return true;
      }
    }
    return false;
  }

 private:
  static constexpr std::size_t kNoByte = 256;
  static std::size_t bucket(const std::string& p) { return p.empty() ? kNoByte : static_cast<unsigned char>(p[0]); }

  std::array<std::size_t, kNoByte + 2> starts_{};  // bucket b is sorted_[starts_[b], starts_[b + 1])
  std::vector<const std::string*> sorted_;
};

// Labels are short: only the start of a line is folded to look for them.
std::string fold_label_prefix(std::string_view line) {
  return fold(line.substr(0, std::min<std::size_t>(line.size(), 48)));
}

// "Label: value" or "Label; value" or "Label value" (for "By X"): the value after a label.
// `folded` is fold_label_prefix(line), computed once per line by the caller (profiled: three
// label lists per line made folding a visible cost).
std::optional<std::string_view> after_label(std::string_view line, const std::string& folded,
                                            const std::vector<std::string>& labels, bool allow_space) {
  for (const auto& label : labels) {
    if (folded.rfind(label, 0) != 0) continue;
    std::size_t k = label.size();
    while (k < folded.size() && folded[k] == ' ') ++k;
    if (k < folded.size() && (folded[k] == ':' || folded[k] == ';' || folded[k] == '-')) {
      return trim(line.substr(std::min(line.size(), k + 1)));
    }
    if (allow_space && label.size() < folded.size() && folded[label.size()] == ' ') {
      return trim(line.substr(label.size()));
    }
  }
  return std::nullopt;
}

std::optional<std::string_view> after_label(std::string_view line, const std::vector<std::string>& labels,
                                            bool allow_space) {
  return after_label(line, fold_label_prefix(line), labels, allow_space);
}

// A line that is nothing but a person's name: 2-4 capitalised words, no digits, no verb-ish
// punctuation ("Mike Eckel").
bool looks_like_byline_name(std::string_view line) {
  const std::size_t words = word_count(line);
  if (words < 2 || words > 4 || line.size() > 60) return false;
  bool word_start = true;
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t start = i;
    const char32_t cp = decode_utf8(line, i);
    if (cp == ' ') {
      word_start = true;
      continue;
    }
    if (word_start && !is_upper(cp)) return false;
    if (!is_letter(cp) && cp != '.' && cp != '-' && cp != '\'') return false;
    word_start = false;
    (void)start;
  }
  return true;
}

void add_unique(std::vector<std::string>& list, std::string_view value) {
  std::string v(trim(value));
  while (!v.empty() && (v.back() == '.' || v.back() == '!' || v.back() == ',' || v.back() == '"')) v.pop_back();
  while (!v.empty() && v.front() == '"') v.erase(v.begin());
  if (!v.empty() && std::find(list.begin(), list.end(), v) == list.end()) list.push_back(std::move(v));
}

// ASCII-only lower case: what std::tolower does in the "C" locale the tool runs in.
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

// `line` lower-cased byte for byte into `out` (a buffer reused across lines), so a position
// found in it is the same position in the line.
void ascii_lowered(std::string_view line, std::string& out) {
  out.assign(line);
  for (char& c : out) c = ascii_lower(c);
}

// A lower-case ASCII marker searched for in lower-cased lines with Boyer-Moore-Horspool:
// each body line is searched for five markers, and a byte-by-byte case-insensitive
// comparison of every position was ~4% of extraction (profiled). Built once, const.
class AsciiMarker {
 public:
  explicit AsciiMarker(std::string_view text) : text_(text), searcher_(text_.begin(), text_.end()) {}
  // Position just after the first occurrence in `lowered`, or npos.
  std::size_t after(std::string_view lowered) const {
    const auto it = std::search(lowered.begin(), lowered.end(), searcher_);
    if (it == lowered.end()) return std::string_view::npos;
    return static_cast<std::size_t>(it - lowered.begin()) + text_.size();
  }

 private:
  std::string_view text_;  // a string literal: the searcher points into it
  std::boyer_moore_horspool_searcher<std::string_view::const_iterator> searcher_;
};

// `lowered` is ascii_lowered(line).
void find_publisher_phrases(std::string_view line, std::string_view lowered, std::vector<std::string>& outlets) {
  static const AsciiMarker kAppearedFirstOn("appeared first on "), kFirstPublishedBy("first published by "),
      kForTheOnlineMagazine("exclusively for the online magazine "), kExclusivelyFor("exclusively for ");
  const auto take_after = [&](const AsciiMarker& marker) -> std::optional<std::string_view> {
    const std::size_t at = marker.after(lowered);
    if (at == std::string_view::npos) return std::nullopt;
    return trim(line.substr(at));
  };
  if (auto v = take_after(kAppearedFirstOn)) add_unique(outlets, *v);
  if (auto v = take_after(kFirstPublishedBy)) {
    std::string_view s = *v;
    if (s.size() > 4 && (s.substr(0, 4) == "the " || s.substr(0, 4) == "The ") && is_ascii_upper(s[4])) {
      s = s.substr(4);
    }
    add_unique(outlets, s);
  }
  if (auto v = take_after(kForTheOnlineMagazine)) add_unique(outlets, *v);
  else if (auto w = take_after(kExclusivelyFor)) add_unique(outlets, *w);
}

}  // namespace

LineKind LayoutResult::kind_at(std::uint32_t at) const {
  auto it = std::upper_bound(lines.begin(), lines.end(), at,
                             [](std::uint32_t v, const Line& l) { return v < l.begin; });
  if (it == lines.begin()) return LineKind::kBody;
  --it;
  return it->kind;
}

// The site's name in a short line at the top of a page: "Meridian Times - World",
// "The Gulf Current", "Europa Chronicle |". Title-case words (small connectors allowed),
// and "The" first or a word news outlets are named with; the part before a section
// separator. Empty when the line is not one.
std::string_view site_name(std::string_view line, const TextRules& rules) {
  for (const std::string_view sep : {std::string_view(" | "), std::string_view(" - "), std::string_view(" – "),
                                     std::string_view(" — ")}) {
    if (const auto at = line.find(sep); at != std::string_view::npos) line = line.substr(0, at);
  }
  line = trim(line);
  while (!line.empty() && (line.back() == '|' || line.back() == '-' || line.back() == ',')) line = trim(line.substr(0, line.size() - 1));
  const std::size_t words = word_count(line);
  if (words == 0 || words > 5) return {};
  bool outlet_word = line.rfind("The ", 0) == 0;
  std::size_t start = 0;
  while (start < line.size()) {
    std::size_t end = line.find(' ', start);
    if (end == std::string_view::npos) end = line.size();
    const std::string_view w = line.substr(start, end - start);
    start = end + 1;
    if (w.empty()) continue;
    const bool small = w == "of" || w == "and" || w == "the" || w == "&";
    if (!small && !(w.front() >= 'A' && w.front() <= 'Z')) return {};
    const std::string f = fold(w);
    outlet_word = outlet_word || std::find(rules.outlet_words.begin(), rules.outlet_words.end(), f) != rules.outlet_words.end();
  }
  return outlet_word ? line : std::string_view();
}

LayoutResult analyse_layout(std::string_view text, const TextRules& rules) {
  LayoutResult out;
  std::size_t pos = 0;
  std::size_t content_lines = 0;  // non-empty, non-boilerplate lines seen so far
  bool title_seen = false, body_started = false;
  std::string lowered;  // the current line in ASCII lower case
  const PhraseIndex boilerplate(rules.boilerplate_phrases);
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view raw = text.substr(pos, nl - pos);
    const std::string_view line = trim(raw);
    Line l{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(nl), LineKind::kBody};
    pos = nl + 1;
    if (line.empty()) {
      if (nl >= text.size()) break;
      continue;
    }
    const std::size_t words = word_count(line);
    // Only short lines can be furniture; long ones are never folded here.
    const std::string folded = words <= rules.boilerplate_max_words ? fold(line) : std::string();
    const bool code = std::any_of(rules.code_markers.begin(), rules.code_markers.end(),
                                  [&](const std::string& m) { return line.find(m) != std::string_view::npos; });
    const bool furniture = words <= rules.boilerplate_max_words && boilerplate.found_in(folded);
    const bool ends_sentence = line.back() == '.' || line.back() == '"' || line.back() == '?' ||
                               line.back() == '!' || line.back() == ')';

    const std::string label_prefix = fold_label_prefix(line);
    if (auto v = after_label(line, label_prefix, rules.source_labels, false)) {
      l.kind = LineKind::kMeta;
      add_unique(out.outlet_names, *v);
    } else if (code || !has_letter(line)) {
      l.kind = LineKind::kBoilerplate;
    } else if (auto a = after_label(line, label_prefix, rules.author_labels, true); a && words <= 8) {
      l.kind = LineKind::kMeta;
      add_unique(out.authors, *a);
    } else if (auto d = after_label(line, label_prefix, rules.date_labels, false)) {
      l.kind = LineKind::kMeta;
      if (!out.date) out.date = parse_date_text(*d);
    } else if (!body_started && words <= 8 && find_date_in_text(line)) {
      // A dateline near the top: "June 16, 2021" or "21.05.2019 Author: Jane Doe".
      l.kind = LineKind::kMeta;
      const auto found = find_date_in_text(line);
      if (!out.date) out.date = found->date;
      const std::string_view rest = trim(line.substr(found->end));
      if (auto a2 = after_label(rest, rules.author_labels, true)) add_unique(out.authors, *a2);
      // "Europa Chronicle | 17.10.2019": the site's name before the date.
      if (const auto site = site_name(line.substr(0, found->begin), rules); !site.empty()) {
        add_unique(out.outlet_names, site);
      }
    } else if (furniture) {
      l.kind = LineKind::kBoilerplate;
    } else if (const auto site = !body_started && content_lines < 5 && title_seen && !ends_sentence
                                     ? site_name(line, rules)
                                     : std::string_view();
               !site.empty()) {
      // "Meridian Times - World", "The Gulf Current" under the headline.
      l.kind = LineKind::kMeta;
      add_unique(out.outlet_names, site);
    } else if (!body_started && content_lines < 6 && title_seen && looks_like_byline_name(line)) {
      l.kind = LineKind::kMeta;
      add_unique(out.authors, line);
    } else if (!title_seen && !ends_sentence && words <= 30) {
      l.kind = LineKind::kTitle;
      title_seen = true;
      std::string_view title = line;
      // "Headline | Site name" and "Headline - Site name": the suffix names the publisher.
      for (const std::string_view sep : {std::string_view(" | "), std::string_view(" – "), std::string_view(" — ")}) {
        if (const auto at = title.rfind(sep); at != std::string_view::npos) {
          add_unique(out.outlet_names, title.substr(at + sep.size()));
          title = trim(title.substr(0, at));
          break;
        }
      }
      out.title = std::string(title);
    } else {
      l.kind = LineKind::kBody;
      if (ends_sentence && words > 8) body_started = true;
    }
    if (l.kind != LineKind::kBoilerplate) ++content_lines;
    ascii_lowered(line, lowered);
    find_publisher_phrases(line, lowered, out.outlet_names);
    // "Today (22nd November 2017) he will be meeting ...": the article dates itself.
    if (!out.date && l.kind == LineKind::kBody) {
      static const AsciiMarker kToday("today (");
      const std::size_t at = kToday.after(lowered);
      if (at != std::string_view::npos) {
        if (const auto d = find_date_in_text(line.substr(at)); d && d->begin <= 2) out.date = d->date;
      }
    }
    out.lines.push_back(l);
    if (nl >= text.size()) break;
  }
  return out;
}

}  // namespace newsgraph::extract
