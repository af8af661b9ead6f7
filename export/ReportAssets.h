// The style sheet and the script of the HTML report, inlined into every page so that it
// needs nothing from the network. Internal to the export library.
#pragma once

#include <string_view>

namespace newsgraph::exporter {

// Layout, the type swatches, the table and the evidence lists; prints well too.
std::string_view report_css();

// Sorting for every table.sortable: a click (or Enter) on a header sorts by that column,
// numbers first from the largest, text from A; a second click reverses. Cells give their
// sort key in data-sort; ties keep the original order.
std::string_view report_script();

}  // namespace newsgraph::exporter
