// for_each_chunk(): runs body(chunk) for every chunk in [0, chunks) on up to `threads`
// threads, the caller's included. Callers fix the chunks from the input alone, never from
// the thread count, and combine per-chunk results in chunk order, so results are
// byte-identical for any thread count. Internal to graph/.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <system_error>
#include <thread>
#include <vector>

namespace newsgraph::graph::analysis {

template <typename Body>
void for_each_chunk(std::size_t chunks, unsigned threads, const Body& body) {
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t c = next++; c < chunks; c = next++) body(c);
  };
  std::vector<std::jthread> helpers;
  const std::size_t extra = std::min<std::size_t>(threads > 1 ? threads - 1 : 0, chunks);
  try {
    for (std::size_t i = 1; i < extra + 1 && chunks > 1; ++i) helpers.emplace_back(work);
  } catch (const std::system_error&) {
    // No more threads to be had: the threads already running and the caller finish the work.
  }
  work();
}

}  // namespace newsgraph::graph::analysis
