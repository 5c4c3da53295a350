#pragma once
// The error vocabulary of Kybersää. Anything that can fail on input returns
// Result<T>; the error carries a small closed code and a message that names
// the file, line or field at fault. Codes map to CLI exit codes in
// cli/exit_code.cpp and (later) to HTTP statuses in one place in server/.

#include <string>
#include <string_view>
#include <tl/expected.hpp>
#include <utility>

namespace kybersaa::base {

enum class ErrorCode {
  kInvalidInput,  // the caller's data is wrong: a malformed file, a bad argument
  kNotFound,      // a named thing does not exist
  kConflict,      // the request contradicts stored state (e.g. schema too new)
  kUnauthorized,  // the caller may not do this
  kUnavailable,   // a resource could not be reached or opened (disk, database)
  kInternal,      // a bug or an invariant broken inside Kybersää
};

// Returns the stable lower-case name of `code` ("invalid-input", ...).
std::string_view error_code_name(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
};

template <class T>
using Result = tl::expected<T, Error>;

// Status is a Result with no value: success or an Error.
using Status = tl::expected<void, Error>;

// Builds the unexpected side of a Result: `return fail(ErrorCode::kNotFound, "...")`.
inline tl::unexpected<Error> fail(ErrorCode code, std::string message) {
  return tl::unexpected<Error>(Error{code, std::move(message)});
}

// Returns `error` with `context` prepended ("context: message"), keeping its code.
inline tl::unexpected<Error> with_context(const Error& error, std::string_view context) {
  return fail(error.code, std::string(context) + ": " + error.message);
}

}  // namespace kybersaa::base
