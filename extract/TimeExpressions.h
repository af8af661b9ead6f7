// When a sentence says something happened, resolved against the publication date.
//
//   sentence_date("On March 30, Putin and Trump spoke", 2020-04-25)  -> 2020-03-30
//   sentence_date("on Thursday, the two met", 2021-06-19 (a Saturday)) -> 2021-06-17
//   sentence_date("last month", 2020-04-25)                           -> 2020-03
//   sentence_date("in 2018, ...", any)                                -> 2018
//   sentence_date("May 3, 2019 ...", any)                             -> 2019-05-03
//
// A month and day without a year take the publication year, or the year before when that
// would put them more than a month in the future. Without a publication date only
// absolute dates resolve.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "newsgraph/core/Date.h"
#include "newsgraph/extract/Tokenizer.h"

namespace newsgraph::extract {

std::optional<Date> sentence_date(std::string_view text, const std::vector<Token>& tokens,
                                  std::size_t first, std::size_t last,
                                  const std::optional<Date>& published);

}  // namespace newsgraph::extract
