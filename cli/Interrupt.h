// Interrupt: turns Ctrl-C (SIGINT) and SIGTERM into a stop request that long work polls.
//
//   InterruptScope interrupt;                       // handlers installed for this run
//   runner.run(inputs, consume, {}, &interrupt.flag());
//   if (interrupt.requested()) return kExitInterrupted;   // write nothing, keep old outputs
//
// The first signal only sets the flag: the batch stops taking documents, nothing replaces
// the previous outputs, temporary files are removed, exit code 130. A second signal
// restores the default action and re-raises it, so a stuck run can still be killed.
#pragma once

#include <signal.h>

#include <atomic>

namespace newsgraph::cli {

class InterruptScope {
 public:
  InterruptScope();   // installs the SIGINT and SIGTERM handlers
  ~InterruptScope();  // restores the previous ones
  InterruptScope(const InterruptScope&) = delete;
  InterruptScope& operator=(const InterruptScope&) = delete;

  const std::atomic<bool>& flag() const;
  bool requested() const { return flag().load(); }
  // The signal that was received (SIGINT or SIGTERM), 0 when none.
  int signal_number() const;

 private:
  struct sigaction previous_int_ {};  // restored on destruction
  struct sigaction previous_term_ {};
};

}  // namespace newsgraph::cli
