#pragma once
// The feed formats Kybersää reads, how a file's format is recognised, and the
// one entry point that parses a file of any of them into IntelMQ events:
//
//   auto input = open_feed_file(path);                       // peeks the first bytes
//   auto format = detect_feed_format(input->file_name, input->head);
//   auto summary = parse_feed(*format, std::move(*input), options, on_event, on_rejection);
//
// Every parser streams: it reads its source in chunks, holds one record at a
// time and hands each event to the sink as it is made, so memory stays
// constant whatever the file size. A record that cannot be converted is
// passed to the rejection sink as `FILE:LINE: field: reason` and the stream
// goes on (until `max_errors`); a file whose structure is broken fails as a
// whole with a located error.
//
// Adding a format: an enumerator, a row in the table in feed_format.cpp (name,
// description, detection rule), and a case in parse_feed().

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "feed/byte_source.hpp"
#include "feed/feed_sink.hpp"

namespace kybersaa::feed {

class ShadowserverSchema;

enum class FeedFormat {
  kShadowserver,   // Shadowserver report CSV (needs the schema)
  kFeodoJson,      // abuse.ch Feodo Tracker, JSON
  kFeodoCsv,       // abuse.ch Feodo Tracker, CSV
  kUrlhausCsv,     // abuse.ch URLhaus, CSV
  kThreatfoxJson,  // abuse.ch ThreatFox, JSON export
  kIntelmqJsonl,   // IntelMQ events as JSON Lines
};

struct FeedFormatInfo {
  FeedFormat format;
  std::string_view name;         // as on the command line: "shadowserver"
  std::string_view description;  // one line, for help and errors
};

// Every format, in a stable order.
std::span<const FeedFormatInfo> feed_formats();
// The command-line name of `format`.
std::string_view feed_format_name(FeedFormat format);
// The format named `name`, or nullopt.
std::optional<FeedFormat> find_feed_format(std::string_view name);
// "shadowserver, ..." — the names, comma-separated, for help and errors.
std::string feed_format_names();

// How many leading bytes detection looks at (a whole header, a first object).
inline constexpr std::size_t kDetectionBytes = std::size_t{64} << 10;

// A feed file whose first bytes have been read for detection.
struct FeedInput {
  std::string file_name;  // names the input in errors; a hint for detection
  std::string head;       // the first kDetectionBytes bytes (fewer if the input is shorter)
  std::unique_ptr<ByteSource> source;  // yields the whole input, head included
};

// Reads the head of `source` and returns the input. Fails with kUnavailable
// when the source cannot be read.
[[nodiscard]] base::Result<FeedInput> open_feed_input(std::string file_name,
                                                      std::unique_ptr<ByteSource> source);
// The same for the file at `path` (errors as open_file_source()).
[[nodiscard]] base::Result<FeedInput> open_feed_file(const std::filesystem::path& path);

// Recognises the format from `head`, the first bytes of the input; the file
// name only breaks ties (an empty file, an empty JSON array). Fails with
// kInvalidInput, naming the file and listing the formats, when nothing fits.
[[nodiscard]] base::Result<FeedFormat> detect_feed_format(std::string_view file_name,
                                                          std::string_view head);

struct FeedOptions {
  // Stop with an error once more records than this are rejected; unset: never.
  std::optional<std::uint64_t> max_errors;
  // Shadowserver's report schema; required for FeedFormat::kShadowserver,
  // must outlive the parse.
  const ShadowserverSchema* shadowserver_schema = nullptr;
  // The Shadowserver report type; empty: recognised from file name or header.
  std::string report_type;
  // The events are only counted (feed/aggregator.hpp): a parser may leave
  // out every field but those is_counted_field() names. Rejections stay the
  // same.
  bool counted_fields_only = false;
  // Threads that map JSON feed records (0: one per core, at most 4). Events and
  // rejections reach the sinks in file order, on the calling thread,
  // whatever the number.
  std::size_t threads = 0;
};

// Parses `input` as `format`, passing events and rejections on as they come.
// Returns the counts, or the error that stopped the parse (broken structure,
// too many rejections, a sink's error). Events of records before the error
// have already been passed on.
[[nodiscard]] base::Result<FeedSummary> parse_feed(FeedFormat format, FeedInput input,
                                                   const FeedOptions& options,
                                                   const EventSink& on_event,
                                                   const RejectionSink& on_rejection);

}  // namespace kybersaa::feed
