// CSV tables for Gephi's spreadsheet import (Data Laboratory > Import Spreadsheet) and for
// pandas: graph.nodes.csv and graph.edges.csv, RFC 4180 (comma, CRLF, quoted when needed),
// UTF-8 without BOM, lists joined by '|', missing values empty.
//
//   graph.nodes.csv:
//   Id,Label,type,aliases,roles,first_seen,last_seen,documents,mentions,<metrics>,<attributes>
//                    person/vladimir-putin,Vladimir Putin,leader,Putin,,2021-06-16,...
//   graph.edges.csv: Source,Target,Type,Kind,Id,Label,Weight,relation,symmetric,first_date,...
//                    person/joe-biden,person/vladimir-putin,Undirected,spoke-with,e0,spoke
//                    with,2,...
//
// Ids are the node keys, so the tables join to every other export. Gephi reads Id, Label,
// Source, Target, Type (directed or undirected), Kind (keeps relations of one pair apart)
// and Weight specially; the other columns become attributes.
#pragma once

#include "newsgraph/export/GraphWriter.h"

namespace newsgraph::exporter {

class CsvWriter final : public GraphWriter {
 public:
  explicit CsvWriter(ExportOptions options) : options_(std::move(options)) {}
  std::string_view format() const override { return "csv"; }
  std::string_view extension() const override { return "csv"; }
  std::vector<std::string> file_names() const override {
    return {"graph.nodes.csv", "graph.edges.csv"};
  }
  void write_file(const graph::CorpusGraph& graph, std::string_view file_name,
                  std::ostream& out) const override;
  // The nodes table (the first file).
  void write(const graph::CorpusGraph& graph, std::ostream& out) const override;

  void write_nodes(const graph::CorpusGraph& graph, std::ostream& out) const;
  void write_edges(const graph::CorpusGraph& graph, std::ostream& out) const;

 private:
  ExportOptions options_;
};

}  // namespace newsgraph::exporter
