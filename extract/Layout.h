// Layout: what each line of a scraped article is, and the metadata the lines state.
//
//   "A Trump-Putin Reset? | Samt Center\n\nDate & time : Saturday, 25 April 2020\n\nMike Eckel\n
//    On March 30, ... spoke by telephone ...\n\nSource; Radio Free Europe\n\nFollow US\n"
//     -> lines: title, meta (date), meta (byline), body, meta (source), boilerplate
//        date 2020-04-25, authors {"Mike Eckel"}, outlet names {"Samt Center", "Radio Free Europe"}
//
// Boilerplate (CSS/JS, share/subscribe/donate/follow blocks, ads) is excluded from
// extraction; metadata lines feed the document's date, authors and outlets; the title and
// body are extracted. Offsets stay those of the normalised text, so evidence maps back.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/core/Date.h"
#include "newsgraph/extract/TextRules.h"

namespace newsgraph::extract {

enum class LineKind : std::uint8_t { kTitle, kBody, kMeta, kBoilerplate };

struct Line {
  std::uint32_t begin = 0, end = 0;  // byte span (without the newline)
  LineKind kind = LineKind::kBody;
};

struct LayoutResult {
  std::vector<Line> lines;
  std::optional<Date> date;               // publication date stated by the page
  std::vector<std::string> authors;
  std::vector<std::string> outlet_names;  // publishers named by source lines or the title
  std::string title;

  // The kind of the line holding byte offset `at`.
  LineKind kind_at(std::uint32_t at) const;
};

LayoutResult analyse_layout(std::string_view text, const TextRules& rules);

}  // namespace newsgraph::extract
