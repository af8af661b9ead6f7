// Fuzz target: a JSON Lines dump (any line may be broken, huge, or not an object), with a
// small size limit so the too-large path is exercised too. Invariant: the batch goes on
// to the end and every non-blank line is accounted for by at least one status.
#include <cstdlib>
#include <sstream>

#include "FuzzSupport.h"
#include "newsgraph/extract/InputReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsgraph::extract;
  const std::string bytes = newsgraph::fuzz::as_string(data, size);
  for (const std::uint64_t limit : {std::uint64_t{0}, std::uint64_t{64}}) {
    const InputReader reader(ReaderOptions{limit});
    ReadReport report;
    std::istringstream in(bytes);
    std::size_t documents = 0;
    reader.read_jsonl(in, "fuzz.jsonl", "fuzz", [&](Document&&) { ++documents; }, report);
    if (documents > report.statuses.size()) std::abort();
  }
  return 0;
}
