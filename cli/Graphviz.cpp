#include "Graphviz.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <sstream>
#include <vector>

extern char** environ;  // NOLINT: POSIX declares it nowhere else

namespace newsgraph::cli {

namespace {

// Owns a file descriptor: closed once, whatever path the function leaves by.
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  int get() const { return fd_; }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_ = -1;
};

// Feeds `input` to the child's stdin while collecting its stdout and stderr, with one
// poll() loop, so neither side can block the other on a full pipe.
void exchange(const std::string& input, Fd& in, const Fd& out, const Fd& err, std::string& result,
              std::string& errors) {
  ::fcntl(in.get(), F_SETFL, O_NONBLOCK);
  std::size_t written = 0;
  if (input.empty()) in.reset();
  bool out_open = true, err_open = true;
  std::array<char, 65536> buffer{};
  while (out_open || err_open) {
    std::array<pollfd, 3> fds{};
    nfds_t n = 0;
    const auto add = [&](int fd, short events) {
      fds[n].fd = fd;
      fds[n].events = events;
      ++n;
    };
    if (out_open) add(out.get(), POLLIN);
    if (err_open) add(err.get(), POLLIN);
    if (in.get() >= 0) add(in.get(), POLLOUT);
    if (::poll(fds.data(), n, -1) < 0) {
      if (errno == EINTR) continue;
      return;
    }
    for (nfds_t i = 0; i < n; ++i) {
      if (fds[i].revents == 0) continue;
      const int fd = fds[i].fd;
      if (fd == in.get()) {
        const ssize_t w = ::send(fd, input.data() + written, input.size() - written, MSG_NOSIGNAL);
        if (w > 0) written += static_cast<std::size_t>(w);
        // Done, or the child stopped reading (its stderr says why): either way, close.
        if (written == input.size() || (w < 0 && errno != EAGAIN && errno != EINTR)) in.reset();
        continue;
      }
      const ssize_t r = ::read(fd, buffer.data(), buffer.size());
      if (r > 0) {
        (fd == out.get() ? result : errors).append(buffer.data(), static_cast<std::size_t>(r));
      } else if (r == 0 || (errno != EINTR && errno != EAGAIN)) {
        (fd == out.get() ? out_open : err_open) = false;
      }
    }
  }
}

}  // namespace

Result<std::string> dot_text(const graph::CorpusGraph& graph,
                             const exporter::ExportOptions& options,
                             const std::string& schemas_dir) {
  auto writer = exporter::make_writer("dot", options, schemas_dir);
  if (!writer) return writer.error();
  std::ostringstream out;
  (*writer)->write(graph, out);
  return out.str();
}

Result<std::string> run_graphviz(const std::string& dot, const GraphvizOptions& options) {
  int in_fds[2] = {-1, -1}, out_fds[2] = {-1, -1}, err_fds[2] = {-1, -1};
  // A socket pair rather than a pipe for stdin: writing after the child died then fails
  // with EPIPE (MSG_NOSIGNAL) instead of raising SIGPIPE, which would kill the tool, and
  // ignoring SIGPIPE process-wide would be global state.
  const bool made = ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in_fds) == 0 &&
                    ::pipe2(out_fds, O_CLOEXEC) == 0 && ::pipe2(err_fds, O_CLOEXEC) == 0;
  const int made_errno = errno;
  Fd in_ours(in_fds[0]), in_child(in_fds[1]);
  Fd out_ours(out_fds[0]), out_child(out_fds[1]);
  Fd err_ours(err_fds[0]), err_child(err_fds[1]);
  if (!made) {
    return make_error(ErrorCode::kIo, options.program,
                      std::string("cannot create pipes: ") + std::strerror(made_errno));
  }

  std::vector<std::string> args = {options.program, "-T" + options.format};
  if (!options.engine.empty()) args.push_back("-K" + options.engine);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_child.get(), STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out_child.get(), STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_child.get(), STDERR_FILENO);
  pid_t pid = 0;
  const int spawned =
      ::posix_spawnp(&pid, options.program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    return make_error(ErrorCode::kUnsupported, options.program,
                      std::string("cannot run it: ") + std::strerror(spawned) +
                          "; install Graphviz (Debian: apt-get install graphviz)");
  }
  // The child has its copies; ours must go, or reads would never see end of file.
  in_child.reset();
  out_child.reset();
  err_child.reset();

  std::string result, errors;
  exchange(dot, in_ours, out_ours, err_ours, result, errors);
  // Closed before waiting: a child still writing then gets EPIPE instead of blocking.
  in_ours.reset();
  out_ours.reset();
  err_ours.reset();
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    while (!errors.empty() && (errors.back() == '\n' || errors.back() == '\r')) errors.pop_back();
    const std::string how = WIFEXITED(status)
                                ? "exited with status " + std::to_string(WEXITSTATUS(status))
                                : "was killed by signal " + std::to_string(WTERMSIG(status));
    return make_error(ErrorCode::kIo, options.program,
                      how + (errors.empty() ? std::string() : ": " + errors));
  }
  return result;
}

std::string svg_element(const std::string& svg) {
  const auto start = svg.find("<svg");
  return start == std::string::npos ? std::string() : svg.substr(start);
}

}  // namespace newsgraph::cli
