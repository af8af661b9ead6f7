#include "newsgraph/export/Timeline.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "ExportView.h"
#include "newsgraph/export/Escape.h"

namespace newsgraph::exporter {

namespace {

YearMonth next(YearMonth m) {
  return m.month == 12 ? YearMonth{m.year + 1, 1} : YearMonth{m.year, m.month + 1};
}

std::string month_name(YearMonth m) {
  return std::to_string(m.year) + "-" + (m.month < 10 ? "0" : "") + std::to_string(m.month);
}

// A round step for the y axis: 1, 2, 5, 10, 20, 50... giving at most about five ticks.
std::size_t tick_step(std::size_t max) {
  std::size_t step = 1;
  for (;;) {
    for (std::size_t f : {1, 2, 5}) {
      if (max / (step * f) <= 5) return step * f;
    }
    step *= 10;
  }
}

}  // namespace

Timeline monthly_timeline(const graph::CorpusGraph& graph) {
  const auto& g = graph.graph();
  std::map<graph::RelationId, std::map<YearMonth, std::size_t>> by_relation;
  Timeline t;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    for (const auto& ev : g[e].evidence) {
      std::optional<Date> date = ev.date;
      if (!date) {
        if (const auto* doc = graph.find_document(ev.doc)) date = doc->date;
      }
      if (!date || date->month == 0) {
        ++t.undated;
        continue;
      }
      ++by_relation[g[e].relation][YearMonth{date->year, date->month}];
    }
  }
  if (by_relation.empty()) return t;
  YearMonth first{9999, 12}, last{0, 1};
  for (const auto& [rel, months] : by_relation) {
    first = std::min(first, months.begin()->first);
    last = std::max(last, months.rbegin()->first);
  }
  for (YearMonth m = first; m <= last; m = next(m)) t.months.push_back(m);
  for (const auto& [rel, months] : by_relation) {
    t.relations.push_back(rel);
    std::vector<std::size_t> row(t.months.size(), 0);
    for (const auto& [month, n] : months) {
      const auto at = std::lower_bound(t.months.begin(), t.months.end(), month) - t.months.begin();
      row[static_cast<std::size_t>(at)] = n;
    }
    t.counts.push_back(std::move(row));
  }
  return t;
}

void write_timeline_svg(const graph::CorpusGraph& graph, const Timeline& t, std::ostream& out,
                        int width) {
  const auto& onto = graph.ontology();
  const int left = 44, right = 12, top = 12, plot_h = 200, axis_h = 40;
  const int legend_rows = static_cast<int>((t.relations.size() + 3) / 4);
  const int height = top + plot_h + axis_h + 20 * legend_rows + 8;
  const int plot_w = width - left - right;
  out << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"" << width
      << "\" height=\"" << height << "\" viewBox=\"0 0 " << width << " " << height
      << "\" role=\"img\" aria-label=\"statements per month by relation\" "
         "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n";
  if (t.months.empty()) {
    out << "<text x=\"" << left << "\" y=\"" << top + 20 << "\">no dated evidence</text>\n</svg>\n";
    return;
  }
  std::vector<std::size_t> totals(t.months.size(), 0);
  for (const auto& row : t.counts) {
    for (std::size_t m = 0; m < row.size(); ++m) totals[m] += row[m];
  }
  const std::size_t max_total =
      std::max<std::size_t>(1, *std::max_element(totals.begin(), totals.end()));
  const std::size_t step = tick_step(max_total);
  const std::size_t y_max = (max_total + step - 1) / step * step;
  const double scale = static_cast<double>(plot_h) / static_cast<double>(y_max);
  const double slot = static_cast<double>(plot_w) / static_cast<double>(t.months.size());
  const double bar_w = std::clamp(slot * 0.8, 1.0, 48.0);  // a few months: not slabs
  const int base = top + plot_h;

  // Axis and grid: a line per tick, labelled.
  for (std::size_t v = 0; v <= y_max; v += step) {
    const double y = base - static_cast<double>(v) * scale;
    out << "<line x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\"" << format_double(y)
        << "\" y2=\"" << format_double(y) << "\" stroke=\"#dddddd\"/>"
        << "<text x=\"" << left - 6 << "\" y=\"" << format_double(y + 4)
        << "\" text-anchor=\"end\" fill=\"#555555\">" << v << "</text>\n";
  }
  // Bars: one group per month, one rect per relation, stacked in ontology order.
  for (std::size_t m = 0; m < t.months.size(); ++m) {
    if (totals[m] == 0) continue;
    const double x = left + slot * static_cast<double>(m) + (slot - bar_w) / 2;
    double y = base;
    out << "<g class=\"bar\">";
    for (std::size_t r = 0; r < t.relations.size(); ++r) {
      const std::size_t n = t.counts[r][m];
      if (n == 0) continue;
      const auto& rel = onto.relation(t.relations[r]);
      const double h = static_cast<double>(n) * scale;
      y -= h;
      out << "<rect x=\"" << format_double(std::round(x * 10) / 10) << "\" y=\""
          << format_double(std::round(y * 10) / 10) << "\" width=\""
          << format_double(std::round(bar_w * 10) / 10) << "\" height=\""
          << format_double(std::round(h * 10) / 10) << "\" fill=\"" << xml_attr_escape(rel.colour)
          << "\"><title>" << month_name(t.months[m]) << ": " << xml_escape(rel.label) << " " << n
          << "</title></rect>";
    }
    out << "</g>\n";
  }
  // Month labels: every k-th month, k chosen so labels (about 50 px) do not overlap.
  const std::size_t every =
      std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(56.0 / slot)));
  for (std::size_t m = 0; m < t.months.size(); m += every) {
    const double x = left + slot * (static_cast<double>(m) + 0.5);
    out << "<text x=\"" << format_double(std::round(x * 10) / 10) << "\" y=\"" << base + 16
        << "\" text-anchor=\"middle\" fill=\"#555555\">" << month_name(t.months[m]) << "</text>\n";
  }
  out << "<line x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\"" << base << "\" y2=\""
      << base << "\" stroke=\"#333333\"/>\n";
  // Legend: relation colour and label, four to a row.
  const int legend_top = base + axis_h;
  const int column = plot_w / 4;
  for (std::size_t r = 0; r < t.relations.size(); ++r) {
    const auto& rel = onto.relation(t.relations[r]);
    const int x = left + static_cast<int>(r % 4) * column;
    const int y = legend_top + static_cast<int>(r / 4) * 20;
    out << "<rect x=\"" << x << "\" y=\"" << y - 10 << "\" width=\"12\" height=\"12\" fill=\""
        << xml_attr_escape(rel.colour) << "\"/><text x=\"" << x + 18 << "\" y=\"" << y << "\">"
        << xml_escape(rel.label) << "</text>\n";
  }
  out << "</svg>\n";
}

}  // namespace newsgraph::exporter
