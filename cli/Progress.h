// Progress: what a long build or extract shows on stderr while it runs.
//
//   on a terminal:  [##########..............] 120 documents   45%  2.4 MB/s  ETA 0:42
//   --verbose:      newsgraph: [120] geneva-summit-2021 (examples/articles/geneva.txt, 5.2 kB)
//   in a pipe, or with --quiet: nothing
//
// The fraction done is an estimate in input bytes: files fully read count their size, the
// file being read counts the article text delivered from it so far (capped at its size),
// so HTML and JSON Lines inputs advance too. Standard input has no known size: no ETA.
// Called from BatchRunner's consuming thread only (one thread at a time), so no locking.
#pragma once

#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "newsgraph/extract/BatchRunner.h"
#include "newsgraph/graph/Records.h"

namespace newsgraph::cli {

enum class ProgressMode { kOff, kBar, kLines };

// --quiet wins; --verbose prints a line per document even in a pipe; else a bar on a TTY.
ProgressMode choose_progress_mode(bool quiet, bool verbose, bool stderr_is_tty);
// The same, asking the terminal about stderr.
ProgressMode choose_progress_mode(bool quiet, bool verbose);

class Progress {
 public:
  using Clock = std::chrono::steady_clock;

  // `inputs` as given on the command line: their sizes (folders walked) make the total.
  Progress(ProgressMode mode, const std::vector<std::string>& inputs, std::ostream& err);

  // Call for every document before it is consumed (the per-document line, the byte count).
  void document(const graph::DocumentInfo& doc);
  // BatchRunner's ProgressCallback: redraws the bar, at most ten times a second.
  void update(const extract::BatchProgress& progress);
  // Draws the final state and ends the line, so later messages start on their own line.
  void finish();

  // The bar for a state, without timing effects (for tests and the redraw).
  static std::string render_bar(std::size_t documents, double fraction, double bytes_per_second,
                                std::optional<double> eta_seconds, bool total_known);

 private:
  void draw(bool force);
  double done_bytes() const;

  ProgressMode mode_;
  std::ostream& err_;
  std::map<std::string, std::uint64_t> file_sizes_;  // input files by path
  std::uint64_t total_ = 0;
  bool total_known_ = true;  // false when reading stdin
  std::uint64_t finished_files_bytes_ = 0;
  std::string current_file_;
  std::uint64_t current_bytes_ = 0;  // article text delivered from current_file_
  std::size_t documents_ = 0;
  std::uint64_t text_bytes_ = 0;
  Clock::time_point start_;
  std::optional<Clock::time_point> last_draw_;
  bool drawn_ = false;
};

}  // namespace newsgraph::cli
