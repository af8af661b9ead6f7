#include "TimeExpressions.h"

#include <array>

#include "newsgraph/extract/DateParser.h"

namespace newsgraph::extract {

namespace {

int weekday_from_name(const std::string& f) {
  static constexpr std::array<std::string_view, 7> kDays = {"monday", "tuesday", "wednesday", "thursday",
                                                          "friday", "saturday", "sunday"};
  for (std::size_t i = 0; i < kDays.size(); ++i) {
    if (f == kDays[i]) return static_cast<int>(i);
  }
  return -1;
}

// Saturates at 10^9, beyond any day, month or year: a long run of digits must not
// overflow an int (found by fuzz/extraction; regression in fuzz/regressions/).
int to_int(std::string_view digits) {
  int v = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return -1;
    if (v > 99'999'999) return 1'000'000'000;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

std::optional<Date> sentence_date(std::string_view text, const std::vector<Token>& tokens,
                                  std::size_t first, std::size_t last,
                                  const std::optional<Date>& published) {
  const std::string_view span = text.substr(tokens[first].begin, tokens[last].end - tokens[first].begin);
  if (auto found = find_date_in_text(span); found && found->date.has_day()) return found->date;

  for (std::size_t i = first; i <= last; ++i) {
    const Token& t = tokens[i];
    // "March 30", "on May 14" (capitalised month, then a day number; no year).
    if (t.has(kCapitalised) && i + 1 <= last && tokens[i + 1].has(kNumber)) {
      const int month = month_from_name(t.text(text));
      const int day = to_int(tokens[i + 1].text(text));
      if (month && day >= 1 && day <= 31 && published) {
        int year = published->year;
        auto d = Date::from_ymd(year, month, day);
        if (d && d->to_days() > published->to_days() + 31) d = Date::from_ymd(year - 1, month, day);
        if (d) return d;
      }
    }
    // "on Thursday": the last such day on or before publication.
    if (published && published->has_day() && i > first && tokens[i - 1].folded == "on") {
      const int wd = weekday_from_name(t.folded);
      if (wd >= 0) {
        const int back = (published->weekday() - wd + 7) % 7;
        return Date::from_days(published->to_days() - back);
      }
    }
    // "last month", "last year", "yesterday".
    if (published && t.folded == "last" && i + 1 <= last) {
      if (tokens[i + 1].folded == "month" && published->month) {
        const int m = published->month == 1 ? 12 : published->month - 1;
        return Date::from_ymd(published->month == 1 ? published->year - 1 : published->year, m, 0);
      }
      if (tokens[i + 1].folded == "year") return Date::from_ymd(published->year - 1, 0, 0);
    }
    if (published && published->has_day() && t.folded == "yesterday") {
      return Date::from_days(published->to_days() - 1);
    }
    // "in 2018"
    if (t.has(kNumber) && i > first && tokens[i - 1].folded == "in") {
      const int y = to_int(t.text(text));
      if (y >= 1900 && y <= 2100) return Date::from_ymd(y, 0, 0);
    }
  }
  return std::nullopt;
}

}  // namespace newsgraph::extract
