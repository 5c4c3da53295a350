#pragma once
// What every feed parser hands its results to: each event as it is made, each
// rejected record as a located error (`FILE:LINE: field: reason`), and at the
// end a summary of the counts. `RejectionCounter` is the one place that
// counts rejections and stops a parse after `--max-errors`.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "feed/intelmq_event.hpp"

namespace kybersaa::feed {

// Receives each event; the event is only valid during the call. An error
// stops the parse and is returned by it.
using EventSink = std::function<base::Status(const IntelmqEvent&)>;
// Receives each rejected record's error (`FILE:LINE: field: reason`).
using RejectionSink = std::function<void(const base::Error&)>;

// The counts of one parsed file.
struct FeedSummary {
  // What was parsed: the Shadowserver report type (`scan_http`) or the
  // format's name (`feodo-json`).
  std::string type;
  std::uint64_t records = 0;  // rows, objects or lines read (events + rejected)
  std::uint64_t events = 0;
  std::uint64_t rejected = 0;
};

// Passes rejections on to a sink and counts them. Not thread-safe.
class RejectionCounter {
 public:
  // `sink` must outlive the counter. `max_errors` unset: never stop.
  RejectionCounter(const RejectionSink& sink, std::optional<std::uint64_t> max_errors)
      : sink_(sink), max_errors_(max_errors) {}

  // Passes `error` on and counts it. Fails, `WHERE: stopped after N rejected
  // records (--max-errors M)`, once more than the maximum have been rejected;
  // `where` is `FILE:LINE` of the record.
  [[nodiscard]] base::Status reject(const base::Error& error, std::string_view where) {
    ++count_;
    sink_(error);
    if (max_errors_ && count_ > *max_errors_) {
      return base::fail(base::ErrorCode::kInvalidInput, std::string(where) + ": stopped after " +
                                                            std::to_string(count_) +
                                                            " rejected records (--max-errors " +
                                                            std::to_string(*max_errors_) + ")");
    }
    return {};
  }
  std::uint64_t count() const { return count_; }

 private:
  const RejectionSink& sink_;
  std::optional<std::uint64_t> max_errors_;
  std::uint64_t count_ = 0;
};

// Counts the records of one file and passes each one's event or rejection
// on: the bookkeeping every parser shares. Not thread-safe.
class RecordTally {
 public:
  // `file_name`, the sinks and `type` (FeedSummary::type) must outlive it.
  RecordTally(const std::string& file_name, std::optional<std::uint64_t> max_errors,
              const EventSink& on_event, const RejectionSink& on_rejection, std::string_view type)
      : file_name_(file_name), on_event_(on_event), rejections_(on_rejection, max_errors) {
    summary_.type = type;
  }

  // A record that made `event`: passes it on (a sink's error is returned).
  [[nodiscard]] base::Status accept(const IntelmqEvent& event) {
    ++summary_.records;
    ++summary_.events;
    return on_event_(event);
  }
  // A record at `line` that was rejected for `reason` ("field: why"): passes
  // `FILE:LINE: reason` on; fails once there are too many.
  [[nodiscard]] base::Status reject(std::uint64_t line, std::string_view reason) {
    ++summary_.records;
    std::string where = file_name_ + ":" + std::to_string(line);
    return rejections_.reject(
        base::Error{base::ErrorCode::kInvalidInput, where + ": " + std::string(reason)}, where);
  }
  // The counts so far.
  FeedSummary summary() const {
    FeedSummary summary = summary_;
    summary.rejected = rejections_.count();
    return summary;
  }

 private:
  const std::string& file_name_;
  const EventSink& on_event_;
  RejectionCounter rejections_;
  FeedSummary summary_;
};

}  // namespace kybersaa::feed
