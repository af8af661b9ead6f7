#include "newsgraph/core/Date.h"

#include <cstdio>

namespace newsgraph {

namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Howard Hinnant's days_from_civil: proleptic Gregorian, exact for all int years.
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool parse_digits(std::string_view s, int& out) {
  if (s.empty()) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  return true;
}

}  // namespace

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

std::optional<Date> Date::from_ymd(int year, int month, int day) {
  if (year < 1 || year > 9999) return std::nullopt;
  if (month < 0 || month > 12) return std::nullopt;
  if (month == 0 && day != 0) return std::nullopt;
  if (day < 0 || (month != 0 && day > days_in_month(year, month))) return std::nullopt;
  return Date{year, month, day};
}

std::optional<Date> Date::parse_iso(std::string_view text) {
  int y = 0, m = 0, d = 0;
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  if (!parse_digits(text.substr(0, 4), y)) return std::nullopt;
  if (text.size() >= 7) {
    if (text[4] != '-' || !parse_digits(text.substr(5, 2), m) || m == 0) return std::nullopt;
  }
  if (text.size() == 10) {
    if (text[7] != '-' || !parse_digits(text.substr(8, 2), d) || d == 0) return std::nullopt;
  }
  return from_ymd(y, m, d);
}

Date Date::from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

std::int64_t Date::to_days() const {
  return days_from_civil(year, static_cast<unsigned>(month ? month : 1),
                         static_cast<unsigned>(day ? day : 1));
}

std::int64_t Date::last_day() const {
  if (day) return to_days();
  if (month) return days_from_civil(year, static_cast<unsigned>(month),
                                    static_cast<unsigned>(days_in_month(year, month)));
  return days_from_civil(year, 12, 31);
}

std::string Date::to_iso() const {
  char buf[16];
  if (day) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else if (month) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

std::string Date::to_iso_day() const {
  return Date{year, month ? month : 1, day ? day : 1}.to_iso();
}

int Date::weekday() const {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  const std::int64_t w = (to_days() + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

}  // namespace newsgraph
