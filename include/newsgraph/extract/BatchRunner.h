// BatchRunner: reads inputs and runs an Extractor over every document on N threads,
// handing the per-document graphs to `consume` in input order.
//
//   BatchRunner runner(reader, extractor, /*threads=*/2);
//   BatchReport r = runner.run({"articles/"}, [&](graph::DocGraph&& g) { builder.add(std::move(g)); });
//
// Reading happens on the calling thread, extraction on the workers; `consume` is called
// on one thread at a time, in input order, so output streams are byte-identical for any
// thread count. Memory stays bounded: at most a small window of documents is in flight.
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "newsgraph/extract/Extractor.h"
#include "newsgraph/extract/InputReader.h"

namespace newsgraph::extract {

struct BatchReport {
  std::vector<DocumentStatus> statuses;  // every input document, in input order
  Diagnostics diagnostics;               // reader's and extractor's, in input order
  std::size_t inputs_missing = 0;
  std::size_t documents = 0;             // documents extracted
  std::uint64_t bytes = 0;               // article text bytes extracted
};

struct BatchProgress {
  std::size_t documents = 0;
  std::uint64_t bytes = 0;
};

class BatchRunner {
 public:
  using Consumer = std::function<void(graph::DocGraph&&)>;
  using ProgressCallback = std::function<void(const BatchProgress&)>;

  BatchRunner(const InputReader& reader, const Extractor& extractor, unsigned threads)
      : reader_(reader), extractor_(extractor), threads_(threads == 0 ? 1 : threads) {}

  // `progress` (optional) is called from the consuming thread after each document.
  // `stop` (optional) is polled; when it becomes true, no further documents are started.
  BatchReport run(const std::vector<std::string>& inputs, const Consumer& consume,
                  const ProgressCallback& progress = {},
                  const std::atomic<bool>* stop = nullptr) const;

 private:
  const InputReader& reader_;
  const Extractor& extractor_;
  unsigned threads_;
};

}  // namespace newsgraph::extract
