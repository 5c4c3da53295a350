#include "base/clock.hpp"

#include <chrono>

namespace kybersaa::base {

std::int64_t SystemClock::now_unix_seconds() const {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace kybersaa::base
