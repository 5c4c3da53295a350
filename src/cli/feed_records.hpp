#pragma once
// `kybersaa feed parse` for the feed formats whose records are not IntelMQ
// events (feed/record_format.hpp): CVE JSON 5 records, the CISA KEV catalog
// and VERIS incidents, written to standard output as JSON Lines.

#include <cstdint>
#include <optional>
#include <string>

#include "cli/command.hpp"
#include "feed/record_format.hpp"

namespace kybersaa::cli {

struct RecordFeedOptions {
  std::string path;  // a file, or for cve5 and veris a directory
  std::string kev;   // a KEV catalog to join into CVE records; empty: none
  std::optional<std::uint64_t> max_errors;
};

// Streams the records of `options.path` as `format` to `context.out`, one
// JSON object per line (docs/formats/feeds.md); rejected files or entries go
// to `context.err` as they come, then a one-line summary.
[[nodiscard]] base::Status run_record_feed_parse(feed::RecordFormat format,
                                                 const RecordFeedOptions& options,
                                                 CommandContext& context);

}  // namespace kybersaa::cli
