#pragma once
// What a feed parse passed to its sinks, for the parsers' tests.

#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "feed/feed_sink.hpp"

namespace kybersaa::feed::test {

struct Outcome {
  base::Result<FeedSummary> summary;
  std::vector<std::string> events;  // JSON lines
  std::vector<std::string> rejections;
};

// A sink that writes each event into `outcome.events` as a JSON line, and
// fails at event number `failing_event` (1-based; 0: never).
inline EventSink collect_events(Outcome& outcome, std::size_t failing_event = 0) {
  return [&outcome, failing_event](const IntelmqEvent& event) -> base::Status {
    if (outcome.events.size() + 1 == failing_event) {
      return base::fail(base::ErrorCode::kUnavailable, "sink full");
    }
    std::string line;
    event.append_json_line(line);
    outcome.events.push_back(line);
    return {};
  };
}

// Expects the same counts or error, events and rejections.
inline void expect_same_outcome(const Outcome& one, const Outcome& other, const std::string& what) {
  ASSERT_EQ(one.summary.has_value(), other.summary.has_value()) << what;
  if (one.summary) {
    EXPECT_EQ(one.summary->records, other.summary->records) << what;
    EXPECT_EQ(one.summary->events, other.summary->events) << what;
    EXPECT_EQ(one.summary->rejected, other.summary->rejected) << what;
  } else {
    EXPECT_EQ(one.summary.error().message, other.summary.error().message) << what;
  }
  EXPECT_EQ(one.events, other.events) << what;
  EXPECT_EQ(one.rejections, other.rejections) << what;
}

}  // namespace kybersaa::feed::test
