#include <catch2/catch.hpp>

#include "newsgraph/extract/DateParser.h"

using namespace newsgraph;
using namespace newsgraph::extract;

TEST_CASE("dates in the formats news pages use") {
  const std::pair<const char*, const char*> cases[] = {
      {"Saturday, 25 April 2020", "2020-04-25"},
      {"21.05.2019", "2019-05-21"},
      {"May 3, 2019", "2019-05-03"},
      {"2020-04-25T10:30:00Z", "2020-04-25"},
      {"22nd November 2017", "2017-11-22"},
      {"Date & time : Saturday, 25 April 2020", "2020-04-25"},
      {"Sept. 11, 2001", "2001-09-11"},
      {"04/25/2020", "2020-04-25"},
      {"25/04/2020", "2020-04-25"},
      {"April 2020", "2020-04"},
      {"on 18th December 2015 following", "2015-12-18"},
  };
  for (const auto& [in, out] : cases) {
    INFO(in);
    const auto d = parse_date_text(in);
    REQUIRE(d);
    CHECK(d->to_iso() == out);
  }
}

TEST_CASE("not dates") {
  for (const char* s : {"soon", "31.02.2020", "may 3, 2019 was lower case", "", "April the 3rd", "3 1/2 years"}) {
    INFO(s);
    CHECK_FALSE(parse_date_text(s));
  }
}

TEST_CASE("find_date_in_text reports the span") {
  const std::string s = "Published: March 8, 2018 by EDM";
  const auto f = find_date_in_text(s);
  REQUIRE(f);
  CHECK(s.substr(f->begin, f->end - f->begin) == "March 8, 2018");
}

TEST_CASE("long runs of digits are not dates and do not overflow (fuzz regression)") {
  // fuzz/jsonl_reader found "2022-2222222222222213-45": to_int overflowed an int (UB).
  for (const char* s : {"2022-2222222222222213-45", "99999999999999999999/01/2020", "1 99999999999 2020"}) {
    INFO(s);
    CHECK_FALSE(parse_date_text(s));
  }
}
