// Diagnostics: what a stage noticed about odd input, without stopping.
//
// Odd input text is never an error: a reader or extractor adds a warning naming where it
// was ("articles/a.txt:12", or a document id and byte span) and goes on. One Diagnostics
// per document or per task, so no locking is needed; the caller gathers them.
#pragma once

#include <string>
#include <vector>

namespace newsgraph {

enum class Severity { kNote, kWarning, kError };

struct Diagnostic {
  Severity severity = Severity::kWarning;
  std::string code;     // short stable tag, e.g. "invalid-utf8", "bad-json-line"
  std::string where;    // file, file:line, or document id
  std::string message;

  std::string describe() const;  // "where: warning: message [code]"
};

class Diagnostics {
 public:
  void note(std::string code, std::string where, std::string message) {
    add(Severity::kNote, std::move(code), std::move(where), std::move(message));
  }
  void warn(std::string code, std::string where, std::string message) {
    add(Severity::kWarning, std::move(code), std::move(where), std::move(message));
  }
  void error(std::string code, std::string where, std::string message) {
    add(Severity::kError, std::move(code), std::move(where), std::move(message));
  }
  void add(Severity severity, std::string code, std::string where, std::string message) {
    items_.push_back({severity, std::move(code), std::move(where), std::move(message)});
  }
  void append(Diagnostics&& other);

  const std::vector<Diagnostic>& items() const { return items_; }
  bool empty() const { return items_.empty(); }
  std::size_t count(Severity severity) const;
  void clear() { items_.clear(); }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace newsgraph
