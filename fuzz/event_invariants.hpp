#pragma once
// What every event feed parser must hold on any bytes, checked by the
// shadowserver and abusech fuzz targets: each event writes one JSON object
// line, each rejection names the file, and the summary's counts are the
// events and rejections the sinks saw.

#include <cstdint>
#include <string>

#include "base/result.hpp"
#include "feed/feed_sink.hpp"
#include "feed/intelmq_event.hpp"

namespace kybersaa::fuzz {

class EventStreamCheck {
 public:
  explicit EventStreamCheck(std::string file_name) : file_name_(std::move(file_name)) {}

  feed::EventSink on_event() {
    return [this](const feed::IntelmqEvent& event) -> base::Status {
      line_.clear();
      event.append_json_line(line_);
      if (line_.size() < 3 || line_.front() != '{' || line_.substr(line_.size() - 2) != "}\n") {
        __builtin_trap();
      }
      ++events_;
      return {};
    };
  }

  feed::RejectionSink on_rejection() {
    return [this](const base::Error& error) {
      if (error.message.rfind(file_name_ + ":", 0) != 0) __builtin_trap();  // located
      ++rejected_;
    };
  }

  void check(const base::Result<feed::FeedSummary>& summary) const {
    if (summary) {
      if (summary->events != events_ || summary->rejected != rejected_ ||
          summary->records != events_ + rejected_) {
        __builtin_trap();
      }
    } else if (summary.error().message.empty()) {
      __builtin_trap();
    }
  }

 private:
  std::string file_name_;
  std::string line_;
  std::uint64_t events_ = 0;
  std::uint64_t rejected_ = 0;
};

}  // namespace kybersaa::fuzz
