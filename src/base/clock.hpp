#pragma once
// Time comes from a Clock so that anything depending on "now" (the demo's
// latest month, retention, audit stamps) is deterministic in tests.

#include <cstdint>

namespace kybersaa::base {

// A source of the current time. Implementations are thread-safe.
class Clock {
 public:
  virtual ~Clock() = default;
  // Returns seconds since the Unix epoch, UTC.
  virtual std::int64_t now_unix_seconds() const = 0;
};

// The operating system's wall clock.
class SystemClock final : public Clock {
 public:
  std::int64_t now_unix_seconds() const override;
};

// A clock that always answers the instant it was built with.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(std::int64_t unix_seconds) : now_(unix_seconds) {}
  std::int64_t now_unix_seconds() const override { return now_; }

 private:
  std::int64_t now_;
};

}  // namespace kybersaa::base
