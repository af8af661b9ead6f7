#include "newsgraph/extract/DateParser.h"

#include <array>
#include <cctype>
#include <utility>
#include <string>
#include <vector>

namespace newsgraph::extract {

namespace {

struct Tok {
  std::string_view text;
  std::size_t begin, end;
  bool number;
};

// Words, numbers and single punctuation marks; spaces dropped.
std::vector<Tok> tokens(std::string_view s) {
  std::vector<Tok> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (std::isspace(c)) { ++i; continue; }
    const std::size_t start = i;
    if (std::isdigit(c)) {
      while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
      out.push_back({s.substr(start, i - start), start, i, true});
    } else if (std::isalpha(c)) {
      while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
      out.push_back({s.substr(start, i - start), start, i, false});
    } else {
      // Multi-byte UTF-8 characters are one token, like punctuation.
      ++i;
      while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
      out.push_back({s.substr(start, i - start), start, i, false});
    }
  }
  return out;
}

// Month names count only when capitalised: "march" and "may" are also verbs.
int capitalised_month(const Tok& t) {
  if (t.number || t.text.empty() || !std::isupper(static_cast<unsigned char>(t.text[0]))) return 0;
  return month_from_name(t.text);
}

// Saturates at 10^9, more than any date part: a run of digits such as "2222222222222213"
// must not overflow an int (found by fuzz/jsonl_reader; regression in fuzz/regressions/).
int to_int(std::string_view digits) {
  int v = 0;
  for (char c : digits) {
    if (v > 99'999'999) return 1'000'000'000;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool is_year(const Tok& t) { return t.number && t.text.size() == 4 && to_int(t.text) >= 1000; }
bool is_day(const Tok& t) { return t.number && t.text.size() <= 2 && to_int(t.text) >= 1 && to_int(t.text) <= 31; }
bool is_ordinal_suffix(const Tok& t) {
  return t.text == "st" || t.text == "nd" || t.text == "rd" || t.text == "th";
}

struct Match {
  Date date;
  std::size_t first, last;  // token indices, inclusive
};

std::optional<Match> match_at(const std::vector<Tok>& t, std::size_t i) {
  const auto at = [&](std::size_t k) -> const Tok* { return k < t.size() ? &t[k] : nullptr; };
  const auto punct = [&](std::size_t k, std::string_view p) { return at(k) && at(k)->text == p; };

  // 2020-04-25 (ISO; a following "T10:00" is ignored).
  if (is_year(t[i]) && punct(i + 1, "-") && at(i + 2) && at(i + 2)->number &&
      punct(i + 3, "-") && at(i + 4) && at(i + 4)->number) {
    if (auto d = Date::from_ymd(to_int(t[i].text), to_int(at(i + 2)->text), to_int(at(i + 4)->text)); d && d->day)
      return Match{*d, i, i + 4};
  }
  // 21.05.2019 (day.month.year) and 05/21/2019 or 21/05/2019.
  if (t[i].number && t[i].text.size() <= 2 && at(i + 2) && at(i + 4) &&
      (punct(i + 1, ".") || punct(i + 1, "/")) && at(i + 1)->text == at(i + 3)->text &&
      at(i + 2)->number && is_year(*at(i + 4))) {
    const int a = to_int(t[i].text), b = to_int(at(i + 2)->text);
    const int y = to_int(at(i + 4)->text);
    // Dots are European (day first); slashes are American unless the first part is > 12.
    int day = a, month = b;
    if (punct(i + 1, "/") && a <= 12) std::swap(day, month);
    if (auto d = Date::from_ymd(y, month, day); d && d->day) return Match{*d, i, i + 4};
  }
  // 25 April 2020, 25th April, 2020, 25 Apr. 2020
  if (is_day(t[i])) {
    std::size_t k = i + 1;
    if (at(k) && is_ordinal_suffix(*at(k))) ++k;
    if (punct(k, "of")) ++k;
    if (at(k) && !at(k)->number) {
      const int month = capitalised_month(*at(k));
      if (month) {
        std::size_t y = k + 1;
        if (punct(y, ".")) ++y;
        if (punct(y, ",")) ++y;
        if (at(y) && is_year(*at(y))) {
          if (auto d = Date::from_ymd(to_int(at(y)->text), month, to_int(t[i].text)))
            return Match{*d, i, y};
        }
      }
    }
  }
  // April 25, 2020; Apr. 25 2020; April 2020
  if (!t[i].number) {
    const int month = capitalised_month(t[i]);
    if (month) {
      std::size_t k = i + 1;
      if (punct(k, ".")) ++k;
      if (at(k) && is_day(*at(k))) {
        std::size_t y = k + 1;
        if (at(y) && is_ordinal_suffix(*at(y))) ++y;
        if (punct(y, ",")) ++y;
        if (at(y) && is_year(*at(y))) {
          if (auto d = Date::from_ymd(to_int(at(y)->text), month, to_int(at(k)->text)))
            return Match{*d, i, y};
        }
      } else if (at(k) && is_year(*at(k)) && t[i].text.size() > 3) {
        if (auto d = Date::from_ymd(to_int(at(k)->text), month, 0)) return Match{*d, i, k};
      }
    }
  }
  return std::nullopt;
}

}  // namespace

int month_from_name(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december"};
  if (word.size() < 3) return 0;
  std::string lower;
  for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::size_t m = 0; m < kNames.size(); ++m) {
    if (lower == kNames[m]) return static_cast<int>(m + 1);
    // Abbreviations: "Jan", "Sept"; "May"/"June"/"July" are only written in full.
    if (lower.size() <= 4 && kNames[m].substr(0, lower.size()) == lower && m != 4) {
      return static_cast<int>(m + 1);
    }
  }
  return 0;
}

namespace {

// Every form match_at() knows has a year: a number token of exactly four digits, 1000 or
// more. Most sentences have none, and tokenising them was most of the cost of this
// function (it runs on every sentence), so they are turned away first.
bool has_year_digits(std::string_view s) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 0; i < s.size();) {
    if (!digit(s[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < s.size() && digit(s[end])) ++end;
    if (end - i == 4 && s[i] != '0') return true;
    i = end;
  }
  return false;
}

}  // namespace

std::optional<FoundDate> find_date_in_text(std::string_view text) {
  if (!has_year_digits(text)) return std::nullopt;
  const auto t = tokens(text);
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (auto m = match_at(t, i)) return FoundDate{m->date, t[m->first].begin, t[m->last].end};
  }
  return std::nullopt;
}

std::optional<Date> parse_date_text(std::string_view text) {
  if (auto d = Date::parse_iso(text)) return d;
  if (auto f = find_date_in_text(text)) return f->date;
  return std::nullopt;
}

}  // namespace newsgraph::extract
