#include <catch2/catch.hpp>

#include "newsgraph/core/Date.h"

using newsgraph::Date;

TEST_CASE("Date::parse_iso accepts valid dates at every precision and rejects the rest") {
  struct Case {
    const char* text;
    const char* expected;  // nullptr = rejected
  };
  const Case cases[] = {
      {"2020-04-25", "2020-04-25"}, {"2014-03", "2014-03"}, {"1999", "1999"},
      {"2024-02-29", "2024-02-29"}, {"2023-02-29", nullptr}, {"2024-13-45", nullptr},
      {"2024-00-10", nullptr},      {"20-04-25", nullptr},   {"2020-4-25", nullptr},
      {"", nullptr},                {"abcd", nullptr},       {"2020-04-31", nullptr},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto d = Date::parse_iso(c.text);
    if (c.expected) {
      REQUIRE(d);
      CHECK(d->to_iso() == c.expected);
    } else {
      CHECK_FALSE(d);
    }
  }
}

TEST_CASE("Date converts to and from days since 1970 and knows weekdays") {
  CHECK(Date{1970, 1, 1}.to_days() == 0);
  CHECK(Date{2000, 3, 1}.to_days() == 11017);
  CHECK(Date::from_days(11017) == Date{2000, 3, 1});
  for (std::int64_t d = -1000; d < 30000; d += 37) CHECK(Date::from_days(d).to_days() == d);
  CHECK(Date{2020, 4, 25}.weekday() == 5);  // a Saturday
  CHECK(Date{2020, 2, 0}.last_day() == Date{2020, 2, 29}.to_days());
  CHECK(Date{2019, 0, 0}.last_day() == Date{2019, 12, 31}.to_days());
}

TEST_CASE("Dates order by their first day, coarser first") {
  CHECK(Date{2020, 4, 0} < Date{2020, 4, 1});
  CHECK(Date{2019, 12, 31} < Date{2020, 0, 0});
  CHECK(Date{2020, 4, 25} == Date{2020, 4, 25});
}
