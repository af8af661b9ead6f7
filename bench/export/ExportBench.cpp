// export_bench: times the GraphML, GEXF and JSON-LD writers on an edge-list TSV (what
// ../shared/peers/gen-edges.py writes and graph-networkx.py / jsonld-rdflib.py read),
// loaded as a CorpusGraph through the normal path: records -> GraphBuilder -> freeze.
// Prints one JSON object shaped like the peers' ("seconds" per op, "file_bytes").
//
//   export_bench --ontology bench/analysis/ontology.json --schema schemas/ontology.schema.json
//                --schemas schemas --formats graphml,gexf,jsonld --outdir /tmp/x edges.tsv
//   -> {"tool":"newsgraph","nodes":100000,"edges":1000000,"seconds":{"load":9.1,"graphml":2.3,...},...}
//
// Each writer writes graph.<ext> into --outdir through a 1 MiB stream buffer, as
// `newsgraph export` does; the time includes writing the file. The rows are read as
// bench/common/EdgeList.h says (weight w: w pieces of evidence, as in analysis_bench).
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "EdgeList.h"
#include "newsgraph/export/GraphWriter.h"
#include "newsgraph/graph/GraphBuilder.h"

namespace {

using namespace newsgraph;
using namespace newsgraph::graph;

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t begin = 0;
  for (std::size_t at; (at = s.find(sep, begin)) != std::string::npos; begin = at + 1) {
    out.push_back(s.substr(begin, at - begin));
  }
  out.push_back(s.substr(begin));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string ontology_path, schema_path, schemas_dir = "schemas", edges_path, outdir = ".";
  std::string formats = "graphml,gexf,jsonld";
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--ontology") ontology_path = value();
    else if (a == "--schema") schema_path = value();
    else if (a == "--schemas") schemas_dir = value();
    else if (a == "--formats") formats = value();
    else if (a == "--outdir") outdir = value();
    else edges_path = a;
  }
  if (ontology_path.empty() || schema_path.empty() || edges_path.empty()) {
    std::cerr << "usage: export_bench --ontology F --schema F [--schemas DIR] [--formats a,b] "
                 "[--outdir D] EDGES.tsv\n";
    return 2;
  }
  auto onto = Ontology::load_files(ontology_path, schema_path);
  if (!onto) {
    std::cerr << "export_bench: " << onto.error().describe() << "\n";
    return 2;
  }

  const auto load_start = std::chrono::steady_clock::now();
  GraphBuilder builder;
  if (auto rows = bench::read_edge_list(edges_path, builder); !rows) {
    std::cerr << "export_bench: " << rows.error().describe() << "\n";
    return 2;
  }
  Diagnostics diagnostics;
  const CorpusGraph graph = std::move(builder).freeze(*onto, diagnostics);
  const double load = seconds_since(load_start);

  std::filesystem::create_directories(outdir);
  exporter::ExportOptions options;
  std::map<std::string, double> seconds;
  std::map<std::string, std::uintmax_t> bytes;
  for (const auto& format : split(formats, ',')) {
    if (format.empty()) continue;
    auto writer = exporter::make_writer(format, options, schemas_dir);
    if (!writer) {
      std::cerr << "export_bench: " << writer.error().describe() << "\n";
      return 2;
    }
    const std::string path = outdir + "/graph." + std::string((*writer)->extension());
    const auto start = std::chrono::steady_clock::now();
    {
      std::vector<char> buffer(1 << 20);
      std::ofstream out;
      out.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      out.open(path, std::ios::binary);
      (*writer)->write(graph, out);
      out.flush();
      if (!out) {
        std::cerr << "export_bench: cannot write " << path << "\n";
        return 3;
      }
    }
    seconds[format] = seconds_since(start);
    bytes[format] = std::filesystem::file_size(path);
  }
  std::cout << "{\"tool\":\"newsgraph\",\"nodes\":" << graph.node_count() << ",\"edges\":" << graph.edge_count()
            << ",\"seconds\":{\"load\":" << load;
  for (const auto& [op, s] : seconds) std::cout << ",\"" << op << "\":" << s;
  std::cout << "},\"file_bytes\":{";
  const char* sep = "";
  for (const auto& [op, b] : bytes) {
    std::cout << sep << "\"" << op << "\":" << b;
    sep = ",";
  }
  std::cout << "}}\n";
  return 0;
}
