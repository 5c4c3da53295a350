#pragma once
// The SQLite side of warnings, the KEV catalog and analysts' status
// overrides (migrations/0004_warnings.sql). SqliteStore's methods for them
// call these; Store has checked the arguments already.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "store/sqlite/sqlite_db.hpp"
#include "store/store.hpp"

namespace kybersaa::store::sqlite {

// Stores `warning` under the next number of its issue year, in one transaction.
[[nodiscard]] base::Result<model::WarningNumber> add_sqlite_warning(Database& db,
                                                                    const model::Warning& warning);

[[nodiscard]] base::Result<std::optional<model::Warning>> get_sqlite_warning(
    Database& db, model::WarningNumber number);

[[nodiscard]] base::Result<std::vector<model::Warning>> find_sqlite_warnings(
    Database& db, const WarningQuery& query);

// Retires the warning; kConflict when it is retired already.
[[nodiscard]] base::Status retire_sqlite_warning(Database& db, model::WarningNumber number,
                                                 model::CalendarDate on);

[[nodiscard]] base::Status set_sqlite_warning_level(Database& db, model::WarningNumber number,
                                                    model::WarningLevel level);

[[nodiscard]] base::Result<KevImportReceipt> put_sqlite_kev_records(
    Database& db, const KevCatalogInfo& catalog, std::span<const KevRecord> records);

[[nodiscard]] base::Result<std::vector<KevRecord>> find_sqlite_kev_records(
    Database& db, std::span<const std::string> cve_ids);

[[nodiscard]] base::Status put_sqlite_status_override(Database& db,
                                                      const StatusOverride& status_override);

// kNotFound when there is no override of `field` in `month`.
[[nodiscard]] base::Status clear_sqlite_status_override(Database& db, model::YearMonth month,
                                                        model::Field field);

[[nodiscard]] base::Result<std::vector<StatusOverride>> find_sqlite_status_overrides(
    Database& db, model::YearMonth month);

}  // namespace kybersaa::store::sqlite
