#pragma once
// The SQLite side of the report lifecycle (migrations/0005_report_releases.sql):
// a month's report state and TLP, and a published report's files. SqliteStore's
// lifecycle methods call these.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "store/sqlite/sqlite_db.hpp"
#include "store/store.hpp"

namespace kybersaa::store::sqlite {

[[nodiscard]] base::Result<ReportRelease> read_sqlite_report_release(Database& db,
                                                                     model::YearMonth month);

[[nodiscard]] base::Result<ReportRelease> review_sqlite_report(Database& db, model::YearMonth month,
                                                               model::Tlp tlp, std::int64_t at);

[[nodiscard]] base::Result<ReportRelease> publish_sqlite_report(Database& db,
                                                                model::YearMonth month,
                                                                model::Tlp tlp, std::int64_t at,
                                                                std::span<const ReportFile> files);

[[nodiscard]] base::Result<std::optional<std::string>> read_sqlite_report_file(
    Database& db, model::YearMonth month, std::string_view language, std::string_view format);

}  // namespace kybersaa::store::sqlite
