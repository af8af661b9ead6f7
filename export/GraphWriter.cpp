#include "newsgraph/export/GraphWriter.h"

#include "CsvWriter.h"
#include "DotWriter.h"
#include "GexfWriter.h"
#include "GraphmlWriter.h"
#include "JsonLdWriter.h"
#include "NTriplesWriter.h"
#include "VocabWriter.h"

namespace newsgraph::exporter {

namespace {

// RDF stores drop triples with relative IRIs or IRIs holding spaces without a word, so the
// base is checked once here rather than trusted.
Status check_base_iri(const std::string& base) {
  if (base.rfind("http://", 0) != 0 && base.rfind("https://", 0) != 0) {
    return make_error(ErrorCode::kUsage, "--base", "base IRI must be absolute http(s): " + base);
  }
  for (char c : base) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || std::string_view("<>\"{}|\\^`").find(c) != std::string_view::npos) {
      return make_error(ErrorCode::kUsage, "--base",
                        "base IRI holds a character IRIs may not contain (space, <>\"{}|\\^` or "
                        "a control): " +
                            base);
    }
  }
  return Status::success();
}

}  // namespace

std::vector<std::string> GraphWriter::file_names() const {
  return {"graph." + std::string(extension())};
}

void GraphWriter::write_file(const graph::CorpusGraph& graph, std::string_view /*file_name*/,
                             std::ostream& out) const {
  write(graph, out);
}

const std::vector<std::string>& writer_formats() {
  static const std::vector<std::string> kFormats = {"graphml", "gexf", "jsonld", "ntriples",
                                                    "dot",     "csv",  "vocab"};
  return kFormats;
}

Result<std::unique_ptr<GraphWriter>> make_writer(std::string_view format,
                                                 const ExportOptions& options,
                                                 const std::string& schemas_dir) {
  using Ptr = std::unique_ptr<GraphWriter>;
  if (format == "graphml") return Ptr(std::make_unique<GraphmlWriter>(options));
  if (format == "gexf") {
    if (options.gexf_version != "1.3" && options.gexf_version != "1.2draft") {
      return make_error(
          ErrorCode::kUsage, "--gexf-version",
          "unknown GEXF version '" + options.gexf_version + "' (known: 1.3, 1.2draft)");
    }
    return Ptr(std::make_unique<GexfWriter>(options));
  }
  if (format == "jsonld" || format == "ntriples") {
    if (auto s = check_base_iri(options.base_iri); !s) return s.error();
    if (format == "jsonld") return JsonLdWriter::create(options, schemas_dir);
    return Ptr(std::make_unique<NTriplesWriter>(options));
  }
  if (format == "dot") return Ptr(std::make_unique<DotWriter>(options));
  if (format == "csv") return Ptr(std::make_unique<CsvWriter>(options));
  if (format == "vocab") return Ptr(std::make_unique<VocabWriter>());
  std::string known;
  for (const auto& f : writer_formats()) known += (known.empty() ? "" : ", ") + f;
  return make_error(ErrorCode::kUsage, "--format",
                    "unknown format '" + std::string(format) + "' (known: " + known + ")");
}

}  // namespace newsgraph::exporter
