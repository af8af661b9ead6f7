// Result<T>: a value or an Error, for operations on files, configuration and flags.
//
//   Result<Ontology> r = Ontology::load("schemas/ontology.json");
//   if (!r) std::cerr << r.error().describe();   // "schemas/ontology.json:/relations/0/id: ..."
//
// The libraries throw nothing of their own; exceptions from std or Boost are caught at the
// adapter that calls them and turned into an Error here (g++ 12 has no std::expected).
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace newsgraph {

enum class ErrorCode {
  kIo,          // a file could not be opened, read or written
  kParse,       // bytes that are not the format they claim to be
  kSchema,      // valid syntax, invalid content (JSON Schema or semantic check)
  kUsage,       // a flag or argument is wrong
  kUnsupported, // a format or feature this build does not have
  kInternal,
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::string where;  // "file", "file:line" or "file:/json/pointer"; may be empty

  // "where: message", the form every user-facing message takes.
  std::string describe() const { return where.empty() ? message : where + ": " + message; }
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT

  explicit operator bool() const { return std::holds_alternative<T>(state_); }
  bool ok() const { return static_cast<bool>(*this); }

  T& value() & { assert(ok()); return std::get<T>(state_); }
  const T& value() const& { assert(ok()); return std::get<T>(state_); }
  T&& value() && { assert(ok()); return std::get<T>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { assert(!ok()); return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

// Status: Result without a value.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT
  static Status success() { return Status(); }

  explicit operator bool() const { return ok_; }
  bool ok() const { return ok_; }
  const Error& error() const { assert(!ok_); return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

inline Error make_error(ErrorCode code, std::string where, std::string message) {
  return Error{code, std::move(message), std::move(where)};
}

}  // namespace newsgraph
