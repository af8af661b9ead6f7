// What the fuzz targets share: the source tree's data directory and a scratch file for the
// loaders, which read paths (that is what users give them), not buffers.
//
//   const std::string path = fuzz::scratch_file(data, size, "json");   // same path each call
//   auto lex = Lexicon::load_file(path, fuzz::schemas_dir() + "/lexicon.schema.json", onto);
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

// libFuzzer's entry point; the replay driver (ReplayMain.cpp) calls the same function.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace newsgraph::fuzz {

inline std::string schemas_dir() { return NEWSGRAPH_FUZZ_SCHEMAS; }

// One file per process (libFuzzer -jobs runs several processes), rewritten on each input
// and removed when the process exits normally.
inline std::string scratch_file(const std::uint8_t* data, std::size_t size, const char* ext) {
  struct Scratch {
    std::string path;
    ~Scratch() {
      std::error_code ec;
      std::filesystem::remove(path, ec);
    }
  };
  static const Scratch scratch{(std::filesystem::temp_directory_path() /
                                ("newsgraph-fuzz-" + std::to_string(::getpid()) + "." + ext))
                                   .string()};
  std::ofstream out(scratch.path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  return scratch.path;
}

inline std::string as_string(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

}  // namespace newsgraph::fuzz
