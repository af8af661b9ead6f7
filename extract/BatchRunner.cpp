#include "newsgraph/extract/BatchRunner.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace newsgraph::extract {

namespace {

struct Done {
  graph::DocGraph graph;
  Diagnostics diagnostics;
  std::uint64_t bytes = 0;
};

}  // namespace

BatchReport BatchRunner::run(const std::vector<std::string>& inputs, const Consumer& consume,
                             const ProgressCallback& progress, const std::atomic<bool>* stop) const {
  BatchReport report;
  ReadReport read;
  BatchProgress done_so_far;
  const auto stopped = [&] { return stop != nullptr && stop->load(); };

  const auto deliver = [&](Done&& d) {
    report.diagnostics.append(std::move(d.diagnostics));
    ++report.documents;
    report.bytes += d.bytes;
    consume(std::move(d.graph));
    done_so_far.documents = report.documents;
    done_so_far.bytes = report.bytes;
    if (progress) progress(done_so_far);
  };

  if (threads_ == 1) {
    reader_.read(inputs, [&](Document&& doc) {
      if (stopped()) return;
      Done d;
      d.bytes = doc.text.size();
      d.graph = extractor_.extract(doc, d.diagnostics);
      deliver(std::move(d));
    }, read, stop);
  } else {
    // Work queue (bounded) -> workers -> reorder buffer -> consume in input order.
    const std::size_t window = 8 * threads_;
    std::mutex mu;
    std::condition_variable work_ready, space_ready;
    std::deque<std::pair<std::size_t, Document>> queue;
    std::map<std::size_t, Done> finished;
    std::size_t next_to_deliver = 0, next_seq = 0;
    bool reading_done = false;

    const auto worker = [&] {
      for (;;) {
        std::pair<std::size_t, Document> item;
        {
          std::unique_lock lock(mu);
          work_ready.wait(lock, [&] { return !queue.empty() || reading_done; });
          if (queue.empty()) return;
          item = std::move(queue.front());
          queue.pop_front();
          space_ready.notify_all();
        }
        Done d;
        d.bytes = item.second.text.size();
        d.graph = extractor_.extract(item.second, d.diagnostics);
        std::unique_lock lock(mu);
        finished.emplace(item.first, std::move(d));
        // Whoever completes the next document in order delivers every ready one.
        while (!finished.empty() && finished.begin()->first == next_to_deliver) {
          Done ready = std::move(finished.begin()->second);
          finished.erase(finished.begin());
          deliver(std::move(ready));
          ++next_to_deliver;
        }
        space_ready.notify_all();
      }
    };
    std::vector<std::thread> pool;
    pool.reserve(threads_);
    for (unsigned i = 0; i < threads_; ++i) pool.emplace_back(worker);
    reader_.read(inputs, [&](Document&& doc) {
      std::unique_lock lock(mu);
      if (stopped()) return;
      // Bound both the queue and the reorder window, so memory does not grow with input.
      space_ready.wait(lock, [&] { return next_seq - next_to_deliver < window; });
      queue.emplace_back(next_seq++, std::move(doc));
      work_ready.notify_one();
    }, read, stop);
    {
      std::lock_guard lock(mu);
      reading_done = true;
    }
    work_ready.notify_all();
    for (auto& t : pool) t.join();
  }

  // Reader messages first (they are about inputs), then extraction messages.
  Diagnostics all = std::move(read.diagnostics);
  all.append(std::move(report.diagnostics));
  report.diagnostics = std::move(all);
  report.statuses = std::move(read.statuses);
  report.inputs_missing = read.inputs_missing;
  if (stopped()) {
    report.diagnostics.warn("interrupted", "", "stopped before all documents were read");
  }
  return report;
}

}  // namespace newsgraph::extract
