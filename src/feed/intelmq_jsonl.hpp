#pragma once
// IntelMQ events as JSON Lines, read back: one JSON object per line with
// IntelMQ's flat dotted keys, as IntelMQ's file output and `kybersaa feed
// parse` write them. Each value is checked and brought to canonical form by
// its field's type in IntelMQ's harmonization (intelmq_event.hpp); keys under
// `extra.` keep their JSON values (a nested object under `extra` is
// flattened into dotted keys); `__type` must be "Event" if present; null
// values are left out.
//
// A line that is not a JSON object, has a key that is no harmonised field,
// or a value its field does not accept is rejected with
// `FILE:LINE: key: reason` and the stream goes on. A line longer than
// `kMaxJsonlLineBytes` stops the parse (a 2 GB line is refused after its
// first MiB). Memory stays constant: two batches of lines per thread, and at most
// kMaxJsonlKeys distinct keys per file (they are interned for the events).

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "base/result.hpp"
#include "feed/byte_source.hpp"
#include "feed/feed_sink.hpp"

namespace kybersaa::feed {

// The longest line accepted: 1 MiB.
inline constexpr std::size_t kMaxJsonlLineBytes = std::size_t{1} << 20;
// The most distinct keys one file may use.
inline constexpr std::size_t kMaxJsonlKeys = 4096;

// Parses `source` (named `file_name` in errors). Returns the counts (`type`
// "intelmq-jsonl"), or the error that stopped it: an overlong line, more
// than `max_errors` rejected lines, or a sink's error. Lines are mapped on
// `threads` threads (0: one per core); events and rejections still reach the
// sinks in file order, on the calling thread, exactly as with one.
[[nodiscard]] base::Result<FeedSummary> parse_intelmq_jsonl(const std::string& file_name,
                                                            std::unique_ptr<ByteSource> source,
                                                            std::optional<std::uint64_t> max_errors,
                                                            const EventSink& on_event,
                                                            const RejectionSink& on_rejection,
                                                            std::size_t threads = 1);

}  // namespace kybersaa::feed
