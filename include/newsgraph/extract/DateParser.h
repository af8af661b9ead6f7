// Dates as news pages write them.
//
//   parse_date_text("Saturday, 25 April 2020")   -> 2020-04-25
//   parse_date_text("21.05.2019")                -> 2019-05-21   (day.month.year)
//   parse_date_text("May 3, 2019")               -> 2019-05-03
//   parse_date_text("2020-04-25T10:30:00Z")      -> 2020-04-25
//   parse_date_text("22nd November 2017")        -> 2017-11-22
//   parse_date_text("April 2020")                -> 2020-04      (month precision)
//   parse_date_text("soon")                      -> nullopt
//
// find_date_in_text() looks for the first such date in a longer string (a dateline or a
// "Date & time : ..." line). Both are pure functions of their input.
#pragma once

#include <optional>
#include <string_view>

#include "newsgraph/core/Date.h"

namespace newsgraph::extract {

std::optional<Date> parse_date_text(std::string_view text);

struct FoundDate {
  Date date;
  std::size_t begin = 0, end = 0;  // byte span in the searched text
};
std::optional<FoundDate> find_date_in_text(std::string_view text);

// 1..12 for an English month name or its abbreviation ("Sept", "Sep."), else 0.
int month_from_name(std::string_view word);

}  // namespace newsgraph::extract
