#pragma once
// The SQLite side of machine feeds (migrations/0002_feeds.sql, with files
// numbered by 0008_feed_file_ids.sql): importing a feed file's sightings, and
// reading counts. SqliteStore's feed methods call these; they are apart so
// that the incident and feed tables can be read without the other.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "store/sqlite/sqlite_db.hpp"
#include "store/store.hpp"

namespace kybersaa::store::sqlite {

// Begins a feed import in `db` (which must outlive the session); kConflict
// when `source` was imported before.
[[nodiscard]] base::Result<std::unique_ptr<FeedImportSession>> begin_sqlite_feed_import(
    Database& db, const SourceFile& source, const FeedImportOptions& options);

[[nodiscard]] base::Result<std::optional<FeedFileRecord>> find_sqlite_feed_file(
    Database& db, const std::string& digest);

[[nodiscard]] base::Result<std::vector<model::FeedCount>> count_sqlite_feed_events(
    Database& db, model::YearMonth first, model::YearMonth last);

[[nodiscard]] base::Result<std::int64_t> count_sqlite_raw_feed_events(Database& db);

[[nodiscard]] base::Result<FeedPruneReceipt> prune_sqlite_feed_months(Database& db,
                                                                      model::YearMonth before);
[[nodiscard]] base::Result<std::optional<model::YearMonth>> sqlite_feed_closed_before(Database& db);

}  // namespace kybersaa::store::sqlite
