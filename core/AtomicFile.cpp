#include "newsgraph/core/AtomicFile.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <system_error>

namespace newsgraph {

namespace fs = std::filesystem;

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  const fs::path target(path_);
  temp_ = (target.parent_path() / ("." + target.filename().string() + ".tmp-" +
                                   std::to_string(::getpid())))
              .string();
  out_.open(temp_, std::ios::binary | std::ios::trunc);
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    if (out_.is_open()) out_.close();
    std::error_code ec;
    fs::remove(temp_, ec);
  }
}

Status AtomicFile::commit() {
  if (!out_.is_open()) return make_error(ErrorCode::kIo, path_, "cannot create file");
  out_.flush();
  const bool good = out_.good();
  out_.close();
  if (!good) return make_error(ErrorCode::kIo, path_, "write failed (disk full?)");
  std::error_code ec;
  fs::rename(temp_, path_, ec);
  if (ec) return make_error(ErrorCode::kIo, path_, "cannot replace file: " + ec.message());
  committed_ = true;
  return Status::success();
}

}  // namespace newsgraph
