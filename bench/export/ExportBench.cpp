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
// `newsgraph export` does; the time includes writing the file. Rows are "source, target,
// relation, weight": weight w becomes w pieces of evidence (as in analysis_bench), so the
// frozen edge has weight w; relation names have '_' turned to '-' (ontology ids).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

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
  std::ifstream in(edges_path);
  if (!in) {
    std::cerr << "export_bench: cannot read " << edges_path << "\n";
    return 2;
  }
  GraphBuilder builder;
  std::unordered_set<std::string> seen;
  DocumentInfo doc;
  doc.id = "edges";
  builder.add_document(std::move(doc));
  const auto node = [&](const std::string& name) {
    const std::string type = name.substr(0, name.find('_'));
    if (seen.insert(name).second) {
      Mention m;
      m.doc = "edges";
      m.text = name;
      m.type = type;
      m.canonical = true;
      builder.add_node({type + "/" + name, "", {m}, {}});
    }
    return type + "/" + name;
  };
  std::string line;
  std::size_t row = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("source\t", 0) == 0) continue;
    auto f = split(line, '\t');
    if (f.size() != 4) {
      std::cerr << "export_bench: " << edges_path << ": bad row " << row + 1 << "\n";
      return 2;
    }
    std::replace(f[2].begin(), f[2].end(), '_', '-');
    EdgeRecord e{node(f[0]), f[2], node(f[1]), {}};
    const auto weight = static_cast<std::uint32_t>(std::lround(std::stod(f[3])));
    for (std::uint32_t k = 0; k < weight; ++k) {
      Evidence ev;
      ev.doc = "edges";
      ev.begin = static_cast<std::uint32_t>(row * 64 + k);
      ev.end = ev.begin + 1;
      e.evidence.push_back(std::move(ev));
    }
    builder.add_edge(std::move(e));
    ++row;
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
