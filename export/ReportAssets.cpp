#include "ReportAssets.h"

namespace newsgraph::exporter {

std::string_view report_css() {
  return R"css(
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5a5a5a; --line: #d8d8d8; --band: #f5f5f3; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 "Helvetica Neue", Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 1240px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 20px 0 6px; }
.muted, figcaption, cite { color: var(--muted); font-size: 13px; font-style: normal; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; }
.card { background: var(--band); border-radius: 6px; padding: 10px 14px; min-width: 130px; }
.card strong { display: block; font-size: 22px; }
.counts { display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0; list-style: none; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; border: 1px solid rgba(0,0,0,.25); }
figure { margin: 0; }
#diagram .frame { border: 1px solid var(--line); border-radius: 6px; overflow: auto; background: #fff; }
.table-frame { overflow-x: auto; }
#diagram svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { padding: 5px 6px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
td.nowrap { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.sortable th { cursor: pointer; user-select: none; white-space: nowrap; background: var(--band); }
table.sortable th:hover { background: #ebebe7; }
table.sortable th[aria-sort="ascending"]::after { content: " \25B2"; font-size: 10px; }
table.sortable th[aria-sort="descending"]::after { content: " \25BC"; font-size: 10px; }
.timeline { max-width: 100%; height: auto; }
article.edge { border-left: 4px solid var(--line); padding: 2px 0 2px 14px; margin: 18px 0; }
article.edge ol { padding-left: 18px; }
article.edge li { margin: 8px 0; }
blockquote { margin: 0 0 2px; }
a { color: #1a5fb4; }
footer { margin: 40px auto 24px; color: var(--muted); font-size: 12px; }
)css";
}

std::string_view report_script() {
  return R"js(
(function () {
  'use strict';
  function sortBy(table, th, column) {
    var numeric = th.getAttribute('data-type') === 'number';
    var current = th.getAttribute('aria-sort');
    var ascending = current ? current === 'descending' : !numeric;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].getAttribute('data-sort');
      var y = b.cells[column].getAttribute('data-sort');
      var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
      if (!ascending) c = -c;
      return c || (a.getAttribute('data-index') - b.getAttribute('data-index'));
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      cell.removeAttribute('aria-sort');
    });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      th.tabIndex = 0;
      th.addEventListener('click', function () { sortBy(table, th, column); });
      th.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          sortBy(table, th, column);
        }
      });
    });
  });
})();
)js";
}

}  // namespace newsgraph::exporter
