// AtomicFile: write a file so that readers see the old version or the complete new one,
// never half of it: the data goes to a temporary file beside the target, renamed over it
// by commit(). If commit() is not reached (error, exception, Ctrl-C), the temporary file
// is removed and the target is untouched.
//
//   AtomicFile f("out/graph.graphml");
//   writer.write(graph, f.stream());
//   if (auto s = f.commit(); !s) report(s.error());
#pragma once

#include <fstream>
#include <string>

#include "newsgraph/core/Result.h"

namespace newsgraph {

class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  bool is_open() const { return out_.is_open(); }
  std::ostream& stream() { return out_; }
  const std::string& path() const { return path_; }
  Status commit();

 private:
  std::string path_, temp_;
  std::ofstream out_;
  bool committed_ = false;
};

}  // namespace newsgraph
