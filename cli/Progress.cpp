#include "Progress.h"

#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <ostream>
#include <string_view>

namespace newsgraph::cli {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kBarWidth = 24;
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);

// One spelling per file, so the reader's "dir//a.txt" and our "dir/a.txt" meet.
std::string normal_path(const std::string& path) {
  return fs::path(path).lexically_normal().string();
}

// "dump.jsonl:17" -> "dump.jsonl" (a JSON Lines document names its line).
std::string file_of_source(const std::string& source) {
  const auto colon = source.rfind(':');
  if (colon == std::string::npos || colon + 1 == source.size()) return source;
  const bool digits = std::all_of(source.begin() + static_cast<std::ptrdiff_t>(colon) + 1,
                                  source.end(), [](char c) { return c >= '0' && c <= '9'; });
  return digits ? source.substr(0, colon) : source;
}

std::string format_duration(double seconds) {
  const auto s = static_cast<long long>(std::llround(std::max(0.0, seconds)));
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

std::string format_size(std::uint64_t bytes) {
  if (bytes < 1000) return fmt::format("{} B", bytes);
  if (bytes < 1000 * 1000) return fmt::format("{:.1f} kB", static_cast<double>(bytes) / 1e3);
  return fmt::format("{:.1f} MB", static_cast<double>(bytes) / 1e6);
}

// An id or path as one printable line: a hostile name cannot move the terminal's cursor.
std::string printable(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  }
  return out;
}

}  // namespace

ProgressMode choose_progress_mode(bool quiet, bool verbose, bool stderr_is_tty) {
  if (quiet) return ProgressMode::kOff;
  if (verbose) return ProgressMode::kLines;
  return stderr_is_tty ? ProgressMode::kBar : ProgressMode::kOff;
}

ProgressMode choose_progress_mode(bool quiet, bool verbose) {
  return choose_progress_mode(quiet, verbose, isatty(STDERR_FILENO) == 1);
}

Progress::Progress(ProgressMode mode, const std::vector<std::string>& inputs, std::ostream& err)
    : mode_(mode), err_(err), start_(Clock::now()) {
  if (mode_ == ProgressMode::kOff) return;  // no need to walk folders
  for (const auto& input : inputs) {
    std::error_code ec;
    if (input == "-") {
      total_known_ = false;
    } else if (fs::is_directory(input, ec)) {
      for (fs::recursive_directory_iterator it(input, ec), end; !ec && it != end;
           it.increment(ec)) {
        if (it->is_regular_file(ec)) {
          file_sizes_[normal_path(it->path().string())] = it->file_size(ec);
        }
      }
    } else if (const auto size = fs::file_size(input, ec); !ec) {
      file_sizes_[normal_path(input)] = size;
    }
  }
  for (const auto& [path, size] : file_sizes_) total_ += size;
}

void Progress::document(const graph::DocumentInfo& doc) {
  if (mode_ == ProgressMode::kOff) return;
  ++documents_;
  text_bytes_ += doc.bytes;
  const std::string file = normal_path(file_of_source(doc.source));
  if (file != current_file_) {
    if (auto it = file_sizes_.find(current_file_); it != file_sizes_.end()) {
      finished_files_bytes_ += it->second;
    }
    current_file_ = file;
    current_bytes_ = 0;
  }
  current_bytes_ += doc.bytes;
  if (mode_ == ProgressMode::kLines) {
    err_ << fmt::format("newsgraph: [{}] {} ({}, {})\n", documents_, printable(doc.id),
                        printable(doc.source), format_size(doc.bytes));
  }
}

void Progress::update(const extract::BatchProgress&) {
  // The counts come from document(), which sees every delivered document first.
  if (mode_ == ProgressMode::kBar) draw(false);
}

void Progress::finish() {
  if (mode_ != ProgressMode::kBar || !drawn_) return;
  if (auto it = file_sizes_.find(current_file_); it != file_sizes_.end()) {
    finished_files_bytes_ += it->second;  // the last file is done
    current_file_.clear();
    current_bytes_ = 0;
  }
  draw(true);
  err_ << "\n";
  err_.flush();
}

double Progress::done_bytes() const {
  std::uint64_t current = current_bytes_;
  if (auto it = file_sizes_.find(current_file_); it != file_sizes_.end()) {
    current = std::min(current, it->second);
  }
  return static_cast<double>(finished_files_bytes_ + current);
}

void Progress::draw(bool force) {
  const auto now = Clock::now();
  if (!force && last_draw_ && now - *last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(text_bytes_) / elapsed : 0.0;
  const bool known = total_known_ && total_ > 0;
  const double fraction = known ? std::min(1.0, done_bytes() / static_cast<double>(total_)) : 0.0;
  std::optional<double> eta;
  if (known && fraction > 0 && elapsed > 0) eta = elapsed * (1 - fraction) / fraction;
  // "\r" returns to the start of the line and "\x1b[K" clears what a longer line left.
  err_ << "\r" << render_bar(documents_, fraction, rate, eta, known) << "\x1b[K";
  err_.flush();
  drawn_ = true;
}

std::string Progress::render_bar(std::size_t documents, double fraction, double bytes_per_second,
                                 std::optional<double> eta_seconds, bool total_known) {
  const auto filled = static_cast<std::size_t>(std::floor(fraction * kBarWidth));
  std::string bar = "[";
  for (std::size_t i = 0; i < kBarWidth; ++i) {
    bar += !total_known ? '?' : i < filled ? '#' : '.';
  }
  bar += "]";
  std::string line = fmt::format("{} {} documents", bar, documents);
  if (total_known) line += fmt::format("  {:3.0f}%", fraction * 100);
  line += fmt::format("  {:.1f} MB/s", bytes_per_second / 1e6);
  line += "  ETA " + (eta_seconds ? format_duration(*eta_seconds) : std::string("--:--"));
  return line;
}

}  // namespace newsgraph::cli
