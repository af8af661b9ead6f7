#include "newsgraph/export/Explain.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "ExportView.h"
#include "newsgraph/export/Escape.h"

namespace newsgraph::exporter {

namespace {

// One printable line: clean_text() drops what terminals would act on, and line breaks and
// tabs become spaces so one value stays on one line.
std::string line_text(std::string_view text) {
  std::string s = clean_text(text);
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return s;
}

std::string span(const std::optional<Date>& first, const std::optional<Date>& last) {
  if (!first) return "undated";
  if (!last || *last == *first) return first->to_iso();
  return first->to_iso() + ".." + last->to_iso();
}

// "Vladimir Putin spoke with Joe Biden  (weight 3; 2021-06-16..2021-06-17; 2 documents)"
std::string edge_line(const graph::CorpusGraph& graph, graph::EdgeDesc e) {
  const auto& g = graph.graph();
  const graph::Edge& ed = g[e];
  return line_text(g[boost::source(e, g)].label) + " " +
         line_text(graph.ontology().relation(ed.relation).label) + " " +
         line_text(g[boost::target(e, g)].label) + "  (weight " + std::to_string(ed.weight) + "; " +
         span(ed.first, ed.last) + "; " + std::to_string(ed.documents) +
         (ed.documents == 1 ? " document)" : " documents)");
}

std::optional<Date> evidence_date(const graph::CorpusGraph& graph, const graph::EvidenceRef& ev) {
  if (ev.date) return ev.date;
  const auto* doc = graph.find_document(ev.doc);
  return doc ? doc->date : std::nullopt;
}

// "  2021-06-16  geneva-summit-2021  Reuters  https://..." then the quoted sentence.
void write_evidence(const graph::CorpusGraph& graph, const graph::EvidenceRef& ev,
                    const std::string& indent, const std::string& prefix, std::ostream& out) {
  const auto date = evidence_date(graph, ev);
  std::string head = indent + (date ? date->to_iso() : std::string("undated")) + "  " + prefix +
                     line_text(graph.text(ev.doc));
  if (const auto* doc = graph.find_document(ev.doc)) {
    std::vector<std::string> outlets;
    for (const auto& key : doc->outlets) {
      const auto v = graph.find(key);
      outlets.push_back(line_text(v ? graph.graph()[*v].label : key));
    }
    if (!outlets.empty()) head += "  " + join(outlets, ", ");
    if (!doc->url.empty()) head += "  " + line_text(doc->url);
  }
  out << head << "\n" << indent << "  \"" << line_text(ev.sentence) << "\"\n";
}

std::vector<graph::EdgeDesc> incident_edges(const graph::Adjacency& g, graph::Vertex v) {
  std::vector<graph::EdgeDesc> edges;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) edges.push_back(e);
  for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) edges.push_back(e);
  return edges;
}

// Canonical order of edges, so output does not depend on adjacency storage: by source,
// relation, target.
auto edge_key(const graph::Adjacency& g, graph::EdgeDesc e) {
  return std::make_tuple(boost::source(e, g), g[e].relation, boost::target(e, g));
}

}  // namespace

void explain_entity(const graph::CorpusGraph& graph, graph::Vertex v, const ExplainOptions& options,
                    std::ostream& out) {
  const auto& g = graph.graph();
  const graph::Node& n = g[v];
  out << line_text(n.label) << "  [" << graph.ontology().type(n.type).id << "]  "
      << line_text(n.key) << "\n";
  std::vector<std::string> aliases;
  for (const auto& a : n.aliases) {
    if (a != n.label) aliases.push_back(line_text(a));
  }
  out << "aliases: " << (aliases.empty() ? "(none)" : join(aliases, ", ")) << "\n";
  std::vector<std::string> roles;
  for (const auto& r : n.roles) {
    roles.push_back(line_text(r.role) + (r.first ? " (" + span(r.first, r.last) + ")" : ""));
  }
  out << "roles: " << (roles.empty() ? "(none)" : join(roles, ", ")) << "\n";
  out << "seen: " << span(n.first_seen, n.last_seen) << " in " << n.documents
      << (n.documents == 1 ? " document" : " documents") << " (" << n.mention_count
      << (n.mention_count == 1 ? " mention)" : " mentions)") << "\n";
  for (const auto& [name, values] : graph.metrics()) {
    if (name == "pagerank" || name == "degree" || name == "community") {
      out << name << ": " << format_double(values[v]) << "\n";
    }
  }

  auto edges = incident_edges(g, v);
  // Strongest first; the canonical edge order breaks ties so the listing is stable.
  std::sort(edges.begin(), edges.end(), [&](graph::EdgeDesc a, graph::EdgeDesc b) {
    if (g[a].weight != g[b].weight) return g[a].weight > g[b].weight;
    return edge_key(g, a) < edge_key(g, b);
  });
  const std::size_t shown =
      options.relations == 0 ? edges.size() : std::min(options.relations, edges.size());
  out << "\nrelations: " << edges.size();
  if (shown < edges.size()) out << " (the " << shown << " strongest shown; --relations 0 for all)";
  out << "\n";
  for (std::size_t i = 0; i < shown; ++i) {
    const graph::Edge& ed = g[edges[i]];
    out << "\n" << edge_line(graph, edges[i]) << "\n";
    const std::size_t evidence =
        options.evidence == 0 ? ed.evidence.size() : std::min(options.evidence, ed.evidence.size());
    for (std::size_t k = 0; k < evidence; ++k) write_evidence(graph, ed.evidence[k], "  ", "", out);
    if (evidence < ed.evidence.size()) {
      out << "  ... and " << (ed.evidence.size() - evidence) << " more (--evidence 0 for all)\n";
    }
  }
}

std::size_t explain_pair(const graph::CorpusGraph& graph, graph::Vertex a, graph::Vertex b,
                         std::ostream& out) {
  const auto& g = graph.graph();
  std::vector<graph::EdgeDesc> edges;
  for (auto e : incident_edges(g, a)) {
    const auto other = boost::source(e, g) == a ? boost::target(e, g) : boost::source(e, g);
    if (other == b) edges.push_back(e);
  }
  std::sort(edges.begin(), edges.end(),
            [&](graph::EdgeDesc x, graph::EdgeDesc y) { return edge_key(g, x) < edge_key(g, y); });
  out << line_text(g[a].label) << "  [" << graph.ontology().type(g[a].type).id << "]  "
      << line_text(g[a].key) << "\n"
      << line_text(g[b].label) << "  [" << graph.ontology().type(g[b].type).id << "]  "
      << line_text(g[b].key) << "\n\n";
  if (edges.empty()) {
    out << "no relation between them in this graph\n";
    return 0;
  }
  out << "relations: " << edges.size() << "\n";
  for (auto e : edges) out << "  " << edge_line(graph, e) << "\n";

  // All the evidence in date order (undated last), each line naming its relation.
  struct Item {
    std::optional<Date> date;
    graph::EdgeDesc edge;
    const graph::EvidenceRef* evidence;
  };
  std::vector<Item> items;
  for (auto e : edges) {
    for (const auto& ev : g[e].evidence) items.push_back({evidence_date(graph, ev), e, &ev});
  }
  std::stable_sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
    if (x.date.has_value() != y.date.has_value()) return x.date.has_value();
    return x.date && *x.date < *y.date;
  });
  out << "\nevidence in date order: " << items.size() << "\n";
  for (const auto& item : items) {
    const std::string relation = line_text(g[boost::source(item.edge, g)].label) + " " +
                                 line_text(graph.ontology().relation(g[item.edge].relation).label) +
                                 " " + line_text(g[boost::target(item.edge, g)].label);
    out << "\n";
    write_evidence(graph, *item.evidence, "  ", "[" + relation + "]  ", out);
  }
  return edges.size();
}

}  // namespace newsgraph::exporter
