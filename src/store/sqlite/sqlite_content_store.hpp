#pragma once
// The SQLite side of analyst-written report content
// (migrations/0006_report_content.sql). SqliteStore's content methods call
// these. Per-language texts are stored as one JSON object per row.

#include <optional>
#include <string>

#include "base/result.hpp"
#include "model/content.hpp"
#include "store/sqlite/sqlite_db.hpp"
#include "store/store.hpp"

namespace kybersaa::store::sqlite {

[[nodiscard]] base::Result<ContentReceipt> put_sqlite_month_content(
    Database& db, const model::MonthContent& content);

[[nodiscard]] base::Status put_sqlite_content_item(Database& db, const model::ContentItem& item);

[[nodiscard]] base::Result<std::optional<model::ContentItem>> get_sqlite_content_item(
    Database& db, const std::string& id);

[[nodiscard]] base::Result<model::MonthContent> sqlite_month_content(Database& db,
                                                                     model::YearMonth month);

}  // namespace kybersaa::store::sqlite
