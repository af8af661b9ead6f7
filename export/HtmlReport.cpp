#include "newsgraph/export/HtmlReport.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "ExportView.h"
#include "ReportAssets.h"
#include "newsgraph/core/Version.h"
#include "newsgraph/export/Escape.h"
#include "newsgraph/export/Timeline.h"

namespace newsgraph::exporter {

namespace {

std::string html(std::string_view text) { return xml_escape(text); }
std::string attr(std::string_view text) { return xml_attr_escape(text); }

// Fixed decimals, the same bytes on every platform (to_chars ignores the locale).
std::string fixed(double value, int decimals) {
  char buffer[64];
  const auto r =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  return std::string(buffer, r.ptr);
}

std::string iso(const std::optional<Date>& d) { return d ? d->to_iso() : std::string(); }

std::string span(const std::optional<Date>& first, const std::optional<Date>& last) {
  if (!first) return "undated";
  if (!last || *last == *first) return first->to_iso();
  return first->to_iso() + " to " + last->to_iso();
}

std::string swatch(const std::string& colour) {
  return "<span class=\"swatch\" style=\"background:" + attr(colour) + "\"></span>";
}

std::string node_label(const graph::CorpusGraph& graph, std::string_view key) {
  const auto v = graph.find(key);
  return v ? graph.graph()[*v].label : std::string(key);
}

// The documents cited by the evidence shown, numbered in order of first citation; the
// page lists them at the end, so evidence without a URL still links somewhere.
class CitedDocuments {
 public:
  std::size_t number(std::string_view id) {
    const auto [it, added] = numbers_.try_emplace(std::string(id), order_.size() + 1);
    if (added) order_.push_back(std::string(id));
    return it->second;
  }
  const std::vector<std::string>& order() const { return order_; }

 private:
  std::map<std::string, std::size_t> numbers_;
  std::vector<std::string> order_;
};

void write_summary(const graph::CorpusGraph& graph, std::ostream& out) {
  const auto& g = graph.graph();
  const auto& onto = graph.ontology();
  std::vector<std::size_t> by_type(onto.node_types().size()), by_rel(onto.relations().size());
  for (auto v : boost::make_iterator_range(boost::vertices(g))) ++by_type[g[v].type];
  std::size_t statements = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    ++by_rel[g[e].relation];
    statements += g[e].evidence.size();
  }
  std::optional<Date> first, last;
  std::set<std::string> outlets;
  for (const auto& d : graph.documents()) {
    if (d.date) {
      if (!first || *d.date < *first) first = d.date;
      if (!last || *d.date > *last) last = d.date;
    }
    outlets.insert(d.outlets.begin(), d.outlets.end());
  }
  out << "<section id=\"summary\"><h2>Corpus</h2>\n<div class=\"cards\">"
      << "<div class=\"card\"><strong>" << graph.documents().size() << "</strong>documents</div>"
      << "<div class=\"card\"><strong>" << outlets.size() << "</strong>outlets</div>"
      << "<div class=\"card\"><strong>" << graph.node_count() << "</strong>entities</div>"
      << "<div class=\"card\"><strong>" << graph.edge_count() << "</strong>relations</div>"
      << "<div class=\"card\"><strong>" << statements << "</strong>statements (evidence)</div>"
      << "</div>\n<p>"
      << (first ? "Published " + html(span(first, last)) : std::string("No publication dates"))
      << ".</p>\n"
      << "<h3>Entities by type</h3><ul class=\"counts\">";
  for (std::size_t t = 0; t < by_type.size(); ++t) {
    if (by_type[t] == 0) continue;
    const auto& type = onto.type(static_cast<graph::TypeId>(t));
    out << "<li>" << swatch(type.colour) << html(type.label) << ": " << by_type[t] << "</li>";
  }
  out << "</ul>\n<h3>Relations by kind</h3><ul class=\"counts\">";
  for (std::size_t r = 0; r < by_rel.size(); ++r) {
    if (by_rel[r] == 0) continue;
    const auto& rel = onto.relation(static_cast<graph::RelationId>(r));
    out << "<li>" << swatch(rel.colour) << html(rel.label) << ": " << by_rel[r] << "</li>";
  }
  out << "</ul></section>\n";
}

void write_diagram(const HtmlReportOptions& options, std::ostream& out) {
  out << "<section><h2>Diagram</h2>\n<figure id=\"diagram\">";
  if (options.diagram_svg.empty()) {
    out << "<p class=\"muted\">No diagram.</p>";
  } else {
    out << "<div class=\"frame\">" << options.diagram_svg << "</div>";
  }
  if (!options.diagram_caption.empty())
    out << "<figcaption>" << html(options.diagram_caption) << "</figcaption>";
  out << "</figure></section>\n";
}

struct Column {
  std::string title, metric;  // a metric column the graph carries (pagerank...)
  int decimals = 0;
};

void write_actors(const graph::CorpusGraph& graph, const HtmlReportOptions& options,
                  std::ostream& out) {
  const auto& g = graph.graph();
  const auto& onto = graph.ontology();
  const auto& metrics = graph.metrics();
  const auto pagerank = metrics.find("pagerank");
  const std::vector<double> weighted = weighted_degree(graph);
  const std::vector<double>& score = pagerank != metrics.end() ? pagerank->second : weighted;
  std::vector<graph::Vertex> order(graph.node_count());
  std::iota(order.begin(), order.end(), graph::Vertex{0});
  // Highest score first; vertex (key) order breaks ties, so the table is stable.
  std::stable_sort(order.begin(), order.end(),
                   [&](graph::Vertex a, graph::Vertex b) { return score[a] > score[b]; });
  order.resize(std::min(order.size(), options.actors));

  std::vector<Column> columns;
  for (const auto& [name, title, decimals] :
       {std::tuple{"pagerank", "PageRank", 4}, std::tuple{"betweenness", "Betweenness", 4},
        std::tuple{"degree", "Degree", 0}, std::tuple{"community", "Community", 0}}) {
    if (metrics.count(name)) columns.push_back({title, name, decimals});
  }
  out << "<section><h2>Top actors</h2>\n<p class=\"muted\">The " << order.size()
      << " entities with the highest "
      << (pagerank != metrics.end() ? "PageRank" : "weighted degree")
      << ". Click a column header to sort.</p>\n"
      << "<div class=\"table-frame\"><table id=\"actors\" class=\"sortable\"><thead><tr>"
      << "<th class=\"num\" data-type=\"number\">#</th><th data-type=\"text\">Name</th>"
      << "<th data-type=\"text\">Type</th>";
  for (const auto& c : columns)
    out << "<th class=\"num\" data-type=\"number\">" << c.title << "</th>";
  out << "<th class=\"num\" data-type=\"number\">Weighted degree</th>"
      << "<th class=\"num\" data-type=\"number\">Documents</th>"
      << "<th data-type=\"text\">First seen</th><th data-type=\"text\">Last "
         "seen</th></tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < order.size(); ++i) {
    const graph::Node& n = g[order[i]];
    const auto& type = onto.type(n.type);
    out << "<tr data-index=\"" << i << "\"><td class=\"num\" data-sort=\"" << i + 1 << "\">"
        << i + 1 << "</td><td data-sort=\"" << attr(n.label) << "\" title=\"" << attr(n.key)
        << "\"><bdi>" << html(n.label) << "</bdi></td><td class=\"nowrap\" data-sort=\""
        << attr(type.label) << "\">" << swatch(type.colour) << html(type.label) << "</td>";
    for (const auto& c : columns) {
      const double value = metrics.at(c.metric)[order[i]];
      out << "<td class=\"num\" data-sort=\"" << format_double(value) << "\">"
          << fixed(value, c.decimals) << "</td>";
    }
    out << "<td class=\"num\" data-sort=\"" << format_double(weighted[order[i]]) << "\">"
        << format_double(weighted[order[i]]) << "</td><td class=\"num\" data-sort=\"" << n.documents
        << "\">" << n.documents << "</td><td class=\"nowrap\" data-sort=\"" << iso(n.first_seen)
        << "\">" << iso(n.first_seen) << "</td><td class=\"nowrap\" data-sort=\""
        << iso(n.last_seen) << "\">" << iso(n.last_seen) << "</td></tr>\n";
  }
  out << "</tbody></table></div></section>\n";
}

void write_timeline(const graph::CorpusGraph& graph, std::ostream& out) {
  const Timeline t = monthly_timeline(graph);
  out << "<section><h2>Timeline</h2>\n<figure id=\"timeline\">";
  write_timeline_svg(graph, t, out);
  out << "<figcaption>Statements per month, by relation (the sentence's date, else its "
         "document's)";
  if (t.undated) out << "; " << t.undated << " without a month are not shown";
  out << ".</figcaption></figure></section>\n";
}

void write_evidence(const graph::CorpusGraph& graph, const HtmlReportOptions& options,
                    CitedDocuments& cited, std::ostream& out) {
  const auto& g = graph.graph();
  const auto& onto = graph.ontology();
  std::vector<graph::EdgeDesc> edges;
  for (auto e : boost::make_iterator_range(boost::edges(g))) edges.push_back(e);
  // Heaviest first; canonical edge order (by source, relation, target) breaks ties.
  std::stable_sort(edges.begin(), edges.end(),
                   [&](graph::EdgeDesc a, graph::EdgeDesc b) { return g[a].weight > g[b].weight; });
  edges.resize(std::min(edges.size(), options.edges));
  out << "<section id=\"evidence\"><h2>Evidence for the strongest relations</h2>\n";
  if (edges.empty()) out << "<p class=\"muted\">No relations.</p>\n";
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const auto e = edges[i];
    const graph::Edge& ed = g[e];
    const auto& rel = onto.relation(ed.relation);
    out << "<article class=\"edge\" id=\"edge-" << i + 1
        << "\" style=\"border-color:" << attr(rel.colour) << "\"><h3><bdi>"
        << html(g[boost::source(e, g)].label) << "</bdi> <span class=\"muted\">" << html(rel.label)
        << "</span> <bdi>" << html(g[boost::target(e, g)].label)
        << "</bdi></h3>\n<p class=\"muted\">weight " << ed.weight << " · "
        << html(span(ed.first, ed.last)) << " · " << ed.documents
        << (ed.documents == 1 ? " document" : " documents");
    if (!ed.outlets.empty()) {
      std::vector<std::string> names;
      for (const auto& key : ed.outlets) names.push_back(node_label(graph, key));
      out << " · " << html(join(names, ", "));
    }
    out << "</p>\n<ol>\n";
    const std::size_t shown = std::min(options.evidence, ed.evidence.size());
    for (std::size_t k = 0; k < shown; ++k) {
      const graph::EvidenceRef& ev = ed.evidence[k];
      const auto* doc = graph.find_document(ev.doc);
      const std::optional<Date> date = ev.date ? ev.date : doc ? doc->date : std::nullopt;
      const std::size_t number = cited.number(graph.text(ev.doc));
      const std::string url = doc ? url_to_iri(doc->url) : std::string();
      const std::string name =
          doc && !doc->title.empty() ? doc->title : std::string(graph.text(ev.doc));
      out << "<li><blockquote>" << html(ev.sentence) << "</blockquote><cite>"
          << html(date ? date->to_iso() : "undated") << " · ";
      if (!url.empty()) {
        out << "<a href=\"" << attr(url) << "\" rel=\"noopener noreferrer\">" << html(name)
            << "</a>";
      } else {
        out << html(name);
      }
      if (doc && !doc->outlets.empty()) {
        std::vector<std::string> names;
        for (const auto& key : doc->outlets) names.push_back(node_label(graph, key));
        out << " · " << html(join(names, ", "));
      }
      out << " · <a href=\"#doc-" << number << "\">[" << number << "]</a></cite></li>\n";
    }
    out << "</ol>";
    if (shown < ed.evidence.size()) {
      out << "<p class=\"muted\">and " << ed.evidence.size() - shown
          << " more (newsgraph explain shows all)</p>";
    }
    out << "</article>\n";
  }
  out << "</section>\n";
}

void write_documents(const graph::CorpusGraph& graph, const CitedDocuments& cited,
                     std::ostream& out) {
  out << "<section id=\"documents\"><h2>Documents cited</h2>\n<ol>\n";
  for (std::size_t i = 0; i < cited.order().size(); ++i) {
    const std::string& id = cited.order()[i];
    const auto* doc = graph.find_document(id);
    out << "<li id=\"doc-" << i + 1 << "\">";
    if (!doc) {
      out << html(id) << " <span class=\"muted\">(not described in the graph)</span></li>\n";
      continue;
    }
    const std::string url = url_to_iri(doc->url);
    const std::string name = doc->title.empty() ? doc->id : doc->title;
    if (!url.empty()) {
      out << "<a href=\"" << attr(url) << "\" rel=\"noopener noreferrer\">" << html(name) << "</a>";
    } else {
      out << html(name);
    }
    out << " <span class=\"muted\">" << html(doc->id);
    if (doc->date) out << " · " << doc->date->to_iso();
    for (const auto& key : doc->outlets) out << " · " << html(node_label(graph, key));
    if (!doc->source.empty()) out << " · " << html(doc->source);
    out << "</span></li>\n";
  }
  out << "</ol></section>\n";
}

}  // namespace

void write_html_report(const graph::CorpusGraph& graph, const HtmlReportOptions& options,
                       std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      // Nothing may be loaded from anywhere: the page is complete as it is.
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"newsgraph " << kVersion << "\">\n"
      << "<title>" << html(options.title) << "</title>\n<style>" << report_css()
      << "</style>\n</head>\n<body>\n"
      << "<header><h1>" << html(options.title)
      << "</h1><p class=\"muted\">A knowledge graph of the news: "
      << "who spoke with, criticised or proposed what, and the sentences that say "
         "so.</p></header>\n<main>\n";
  write_summary(graph, out);
  write_diagram(options, out);
  write_actors(graph, options, out);
  write_timeline(graph, out);
  CitedDocuments cited;
  write_evidence(graph, options, cited, out);
  write_documents(graph, cited, out);
  out << "</main>\n<footer>Made by newsgraph " << kVersion << ".</footer>\n<script>"
      << report_script() << "</script>\n</body>\n</html>\n";
}

}  // namespace newsgraph::exporter
