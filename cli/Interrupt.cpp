#include "Interrupt.h"

#include <csignal>

namespace newsgraph::cli {

namespace {

// The only mutable globals of the tool, and why they must be globals: a POSIX signal
// handler takes no user argument, so the state it writes has to be reachable statically.
// It is the minimum a handler may touch: a lock-free atomic flag (async-signal-safe
// because it is always lock-free, checked below) and the signal number as sig_atomic_t.
// Everything else (the batch, the outputs) reads the flag through InterruptScope::flag().
std::atomic<bool> g_stop{false};
volatile std::sig_atomic_t g_signal = 0;
static_assert(std::atomic<bool>::is_always_lock_free, "the flag must be usable in a signal handler");

extern "C" void on_signal(int sig) {
  if (g_stop.exchange(true)) {
    // Second signal: the user insists; let the default action (termination) happen.
    std::signal(sig, SIG_DFL);
    std::raise(sig);
    return;
  }
  g_signal = sig;
}

}  // namespace

InterruptScope::InterruptScope() {
  g_stop.store(false);
  g_signal = 0;
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;  // reads and writes in flight complete; the flag is polled
  sigaction(SIGINT, &action, &previous_int_);
  sigaction(SIGTERM, &action, &previous_term_);
}

InterruptScope::~InterruptScope() {
  sigaction(SIGINT, &previous_int_, nullptr);
  sigaction(SIGTERM, &previous_term_, nullptr);
}

const std::atomic<bool>& InterruptScope::flag() const { return g_stop; }

int InterruptScope::signal_number() const { return g_signal; }

}  // namespace newsgraph::cli
