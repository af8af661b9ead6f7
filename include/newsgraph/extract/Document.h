// Document: one article as read from its source, before any analysis.
//
//   Document{info: {id "seeds/000", source "seeds/000.txt", date nullopt}, text "A Trump..."}
//
// `text` is the article text in UTF-8 (invalid sequences already replaced, HTML already
// reduced to its main text); evidence offsets refer to it. Metadata known from the
// container (JSONL fields, HTML <meta>) is already in `info`; the extractor fills in what
// the text itself says (dates, bylines, "Source: ...").
#pragma once

#include <string>
#include <vector>

#include "newsgraph/graph/Records.h"

namespace newsgraph::extract {

enum class DocumentFormat { kText, kHtml };

struct Document {
  graph::DocumentInfo info;
  std::string text;
  std::vector<std::string> outlet_names;  // from the container (JSONL "outlet", og:site_name)
  DocumentFormat format = DocumentFormat::kText;
};

// What happened to one input document; the run report lists one per document.
enum class DocumentState { kOk, kPartial, kSkipped, kFailed };

struct DocumentStatus {
  std::string id;
  std::string source;
  DocumentState state = DocumentState::kOk;
  std::string reason;  // why skipped/failed/partial; empty when ok
};

const char* state_name(DocumentState state);

}  // namespace newsgraph::extract
