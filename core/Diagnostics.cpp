#include "newsgraph/core/Diagnostics.h"

#include <algorithm>
#include <iterator>

namespace newsgraph {

namespace {
const char* severity_name(Severity s) {
  switch (s) {
    case Severity::kNote: return "note";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "error";
}
}  // namespace

std::string Diagnostic::describe() const {
  std::string out;
  if (!where.empty()) out += where + ": ";
  out += severity_name(severity);
  out += ": " + message;
  if (!code.empty()) out += " [" + code + "]";
  return out;
}

void Diagnostics::append(Diagnostics&& other) {
  items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                std::make_move_iterator(other.items_.end()));
  other.items_.clear();
}

std::size_t Diagnostics::count(Severity severity) const {
  return static_cast<std::size_t>(std::count_if(
      items_.begin(), items_.end(), [&](const Diagnostic& d) { return d.severity == severity; }));
}

}  // namespace newsgraph
