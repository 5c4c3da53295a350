#pragma once
// The demo's machine feeds: generated Shadowserver, Feodo Tracker, URLhaus,
// ThreatFox and IntelMQ JSON Lines files for each sample month, imported for
// the demo constituency through the same path as `kybersaa feed import`, so
// the demo report's fields carry feed-based counts. Needs no downloaded schema or feed.

#include <cstdint>
#include <filesystem>
#include <vector>

#include "base/result.hpp"
#include "model/year_month.hpp"
#include "store/store.hpp"

namespace kybersaa::app {

struct DemoFeeds {
  std::vector<std::filesystem::path> files;  // the feed files, the constituency and the schema
  std::int64_t counted = 0;                  // constituency events counted
  std::int64_t rejected = 0;                 // rows the parsers rejected (none expected)
};

// Writes the demo constituency, schema and feed files of the `months` months
// from `first` into `dir` and imports the feed files into `store`.
// Deterministic for a seed; `now` (Unix seconds) is recorded as import time.
[[nodiscard]] base::Result<DemoFeeds> import_demo_feeds(store::Store& store,
                                                        const std::filesystem::path& dir,
                                                        model::YearMonth first, int months,
                                                        std::uint64_t seed, std::int64_t now);

}  // namespace kybersaa::app
