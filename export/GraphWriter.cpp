#include "newsgraph/export/GraphWriter.h"

#include "DotWriter.h"
#include "GraphmlWriter.h"
#include "JsonLdWriter.h"

namespace newsgraph::exporter {

const std::vector<std::string>& writer_formats() {
  static const std::vector<std::string> kFormats = {"graphml", "jsonld", "dot"};
  return kFormats;
}

Result<std::unique_ptr<GraphWriter>> make_writer(std::string_view format,
                                                 const ExportOptions& options,
                                                 const std::string& schemas_dir) {
  if (format == "graphml") return std::unique_ptr<GraphWriter>(std::make_unique<GraphmlWriter>(options));
  if (format == "jsonld") return JsonLdWriter::create(options, schemas_dir);
  if (format == "dot") return std::unique_ptr<GraphWriter>(std::make_unique<DotWriter>(options));
  std::string known;
  for (const auto& f : writer_formats()) known += (known.empty() ? "" : ", ") + f;
  return make_error(ErrorCode::kUsage, "--format",
                    "unknown format '" + std::string(format) + "' (known: " + known + ")");
}

}  // namespace newsgraph::exporter
