#include "cli/command.hpp"

namespace kybersaa::cli {

// The one place error codes become exit codes; docs/cli.md lists them.
int exit_code_for(base::ErrorCode code) {
  switch (code) {
    case base::ErrorCode::kInvalidInput:
      return 3;
    case base::ErrorCode::kNotFound:
      return 4;
    case base::ErrorCode::kConflict:
      return 5;
    case base::ErrorCode::kUnauthorized:
      return 6;
    case base::ErrorCode::kUnavailable:
      return 7;
    case base::ErrorCode::kInternal:
      return 70;
  }
  return 70;
}

}  // namespace kybersaa::cli
