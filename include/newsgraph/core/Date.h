// Date: a calendar date with day, month or year precision.
//
//   Date::parse_iso("2020-04-25") -> 2020-04-25;  Date::parse_iso("2014-03") -> 2014-03
//   Date::parse_iso("2024-13-45") -> nullopt (validated: exports never carry an impossible date)
//
// Ordering compares the first day of the period, so a month sorts before its days.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsgraph {

struct Date {
  int year = 0;
  int month = 0;  // 0 when only the year is known
  int day = 0;    // 0 when only the year or month is known

  static std::optional<Date> from_ymd(int year, int month, int day);
  static std::optional<Date> parse_iso(std::string_view text);
  static Date from_days(std::int64_t days);  // days since 1970-01-01 -> full date

  bool has_day() const { return day != 0; }
  // Days since 1970-01-01 of the first day of the period.
  std::int64_t to_days() const;
  // The same period's last day, as days since 1970-01-01.
  std::int64_t last_day() const;
  // ISO form at the known precision: "2020", "2020-04" or "2020-04-25".
  std::string to_iso() const;
  // Full ISO date of the period's first day ("2020-04" -> "2020-04-01").
  std::string to_iso_day() const;
  // 0 = Monday ... 6 = Sunday (only meaningful with a day).
  int weekday() const;

  friend bool operator==(const Date&, const Date&) = default;
  friend std::strong_ordering operator<=>(const Date& a, const Date& b) {
    if (auto c = a.year <=> b.year; c != 0) return c;
    if (auto c = a.month <=> b.month; c != 0) return c;
    return a.day <=> b.day;
  }
};

int days_in_month(int year, int month);

}  // namespace newsgraph
