#pragma once
// Importing machine-feed files into a store: recognise the format, parse,
// filter to the constituency, classify, de-duplicate and count, one file at
// a time, each file one transaction (all of it or, on any error, none of
// it). Re-importing a file (same bytes) changes nothing.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "base/result.hpp"
#include "feed/aggregator.hpp"
#include "feed/constituency.hpp"
#include "feed/feed_sink.hpp"
#include "store/store.hpp"

namespace kybersaa::feed {
class ShadowserverSchema;
}

namespace kybersaa::app {

struct FeedImportSettings {
  // Events count only when their source is in it; null: every event counts.
  const feed::Constituency* constituency = nullptr;
  // The format's name (`feed parse --format`); empty: recognised from content.
  std::string format;
  // Shadowserver's report schema, needed for Shadowserver reports.
  const feed::ShadowserverSchema* shadowserver_schema = nullptr;
  // Fail the file once more records than this are rejected; unset: never.
  std::optional<std::uint64_t> max_errors;
  // Threads that map JSON feed records (feed::FeedOptions::threads; 0: one
  // per core, at most 4).
  std::size_t threads = 0;
  // Keep raw events this many days (counted back from `now` against
  // time.source); unset: keep none.
  std::optional<int> raw_retention_days;
  std::int64_t now = 0;  // Unix seconds, from the Clock
};

// What importing one file did.
struct FeedFileImport {
  std::string file;               // the path as given
  std::string format;             // the format it was read as
  std::string type;               // the report type or format the parser names
  bool already_imported = false;  // the same bytes were imported before: nothing done
  std::uint64_t bytes = 0;
  feed::FeedSummary parsed;
  feed::AggregateSummary aggregated;
  store::FeedImportReceipt stored;
};

// How far an import is.
struct ImportProgressInfo {
  std::uint64_t bytes_read = 0;
  std::uint64_t total_bytes = 0;
  std::uint64_t events = 0;  // events parsed so far
};
// Receives the progress often (after each chunk the parser reads).
using ImportProgress = std::function<void(const ImportProgressInfo&)>;

// Imports the feed file at `path` into `store`. Rejected records go to
// `on_rejection` as `FILE:LINE: field: reason` and the import goes on,
// unless settings.max_errors is exceeded; any error leaves the store as it
// was. Errors name the file.
[[nodiscard]] base::Result<FeedFileImport> import_feed_file(store::Store& store,
                                                            const std::filesystem::path& path,
                                                            const FeedImportSettings& settings,
                                                            const feed::RejectionSink& on_rejection,
                                                            const ImportProgress& progress = {});

}  // namespace kybersaa::app
