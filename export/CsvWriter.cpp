#include "CsvWriter.h"

#include "ExportView.h"
#include "newsgraph/export/Escape.h"

namespace newsgraph::exporter {

namespace {

class Row {
 public:
  explicit Row(std::string& out) : out_(out) { out_.clear(); }
  Row& operator<<(std::string_view field) {
    if (!first_) out_ += ',';
    first_ = false;
    out_ += csv_field(field);
    return *this;
  }
  void end() { out_ += "\r\n"; }

 private:
  std::string& out_;
  bool first_ = true;
};

std::string date_or_empty(const std::optional<Date>& d) { return d ? d->to_iso() : std::string(); }

}  // namespace

void CsvWriter::write_file(const graph::CorpusGraph& graph, std::string_view file_name,
                           std::ostream& out) const {
  if (file_name == "graph.edges.csv")
    write_edges(graph, out);
  else
    write_nodes(graph, out);
}

void CsvWriter::write(const graph::CorpusGraph& graph, std::ostream& out) const {
  write_nodes(graph, out);
}

void CsvWriter::write_nodes(const graph::CorpusGraph& graph, std::ostream& out) const {
  const auto& g = graph.graph();
  const auto& onto = graph.ontology();
  const std::vector<std::string> attrs = attribute_names(graph);
  std::string buf;
  const std::vector<std::string> fixed = {"Id",        "Label",     "type",
                                          "aliases",   "roles",     "first_seen",
                                          "last_seen", "documents", "mentions"};
  ColumnNames names(fixed);
  Row header(buf);
  for (const auto& f : fixed) header << f;
  for (const auto& [name, values] : graph.metrics()) header << names.unique(name);
  for (const auto& a : attrs) header << names.unique(a);
  header.end();
  out << buf;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const graph::Node& n = g[v];
    Row row(buf);
    row << n.key << n.label << onto.type(n.type).id << join(n.aliases, "|") << describe_roles(n)
        << date_or_empty(n.first_seen) << date_or_empty(n.last_seen) << std::to_string(n.documents)
        << std::to_string(n.mention_count);
    for (const auto& [name, values] : graph.metrics()) row << format_double(values[v]);
    for (const auto& a : attrs) {
      auto it = n.attributes.find(a);
      row << (it == n.attributes.end() ? std::string_view() : std::string_view(it->second));
    }
    row.end();
    out << buf;
  }
}

void CsvWriter::write_edges(const graph::CorpusGraph& graph, std::ostream& out) const {
  const auto& g = graph.graph();
  const auto& onto = graph.ontology();
  std::string buf;
  Row header(buf);
  header << "Source"
         << "Target"
         << "Type"
         << "Kind"
         << "Id"
         << "Label"
         << "Weight"
         << "relation"
         << "symmetric"
         << "first_date"
         << "last_date"
         << "documents"
         << "outlets"
         << "evidence_count"
         << "evidence";
  header.end();
  out << buf;
  std::size_t index = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const graph::Edge& ed = g[e];
    const auto& rel = onto.relation(ed.relation);
    Row row(buf);
    row << g[boost::source(e, g)].key << g[boost::target(e, g)].key
        << (rel.symmetric ? "Undirected" : "Directed") << rel.id << "e" + std::to_string(index++)
        << rel.label << std::to_string(ed.weight) << rel.id << (rel.symmetric ? "true" : "false")
        << date_or_empty(ed.first) << date_or_empty(ed.last) << std::to_string(ed.documents)
        << join(ed.outlets, "|") << std::to_string(ed.evidence.size())
        << join(evidence_lines(graph, ed, options_.max_evidence), "\n");
    row.end();
    out << buf;
  }
}

}  // namespace newsgraph::exporter
