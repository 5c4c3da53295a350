// Warnings, KEV records and status overrides in SQLite. Dates are stored as
// ISO text (YYYY-MM-DD), which orders as the dates do, so "in force in a
// month" is a range condition on text. A warning's number comes from
// warning_numbers, bumped in the same transaction that stores the warning.

#include "store/sqlite/sqlite_warning_store.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string_view>

namespace kybersaa::store::sqlite {
namespace {

using base::ErrorCode;
using base::fail;

constexpr std::string_view kWarningColumns =
    "year, number, level, fields, title_fi, title_sv, title_en, issued, active_since, retired, "
    "cves";

std::string join_fields(const std::vector<model::Field>& fields) {
  std::string joined;
  for (const model::Field field : model::kAllFields) {
    if (std::find(fields.begin(), fields.end(), field) == fields.end()) continue;
    if (!joined.empty()) joined += ',';
    joined += model::field_id(field);
  }
  return joined;
}

// Reads the warning at the statement's current row (columns kWarningColumns).
base::Result<model::Warning> read_warning(const Statement& row, const std::string& db_path) {
  model::Warning warning;
  warning.number = {static_cast<int>(row.column_int(1)), static_cast<int>(row.column_int(0))};
  auto corrupt = [&](std::string_view what) {
    return fail(ErrorCode::kInternal, db_path + ": warning " + warning.number.to_string() +
                                          ": stored " + std::string(what) + " is not valid");
  };
  const auto level = model::parse_warning_level(row.column_text(2));
  if (!level) return corrupt("level");
  warning.level = *level;
  const std::string fields = row.column_text(3);
  std::size_t start = 0;
  while (start < fields.size()) {
    const std::size_t end = std::min(fields.find(',', start), fields.size());
    const auto field = model::parse_field(std::string_view(fields).substr(start, end - start));
    if (!field) return corrupt("field");
    warning.fields.push_back(*field);
    start = end + 1;
  }
  for (std::size_t i = 0; i < warning.titles.size(); ++i) {
    warning.titles[i] = row.column_text(4 + static_cast<int>(i));
  }
  const auto issued = model::parse_calendar_date(row.column_text(7));
  const auto active_since = model::parse_calendar_date(row.column_text(8));
  if (!issued || !active_since) return corrupt("date");
  warning.issued = *issued;
  warning.active_since = *active_since;
  if (!row.column_is_null(9)) {
    const auto retired = model::parse_calendar_date(row.column_text(9));
    if (!retired) return corrupt("retirement date");
    warning.retired = *retired;
  }
  const auto cves = nlohmann::json::parse(row.column_text(10), nullptr, false);
  if (!cves.is_array()) return corrupt("CVE list");
  for (const auto& cve : cves) {
    if (!cve.is_string()) return corrupt("CVE list");
    warning.cves.push_back(cve.get<std::string>());
  }
  return warning;
}

base::Result<std::vector<model::Warning>> read_warnings(Statement& select,
                                                        const std::string& db_path) {
  std::vector<model::Warning> warnings;
  while (true) {
    auto row = select.step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    auto warning = read_warning(select, db_path);
    if (!warning) return tl::unexpected(warning.error());
    warnings.push_back(std::move(*warning));
  }
  return warnings;
}

// Runs `update` (bound, keyed by year ?1 and number ?2) and fails with
// kNotFound when it changed no row.
base::Status update_warning(Database& db, Statement& update, model::WarningNumber number) {
  if (auto status = update.run(); !status) return status;
  if (db.changes() == 0) return fail(ErrorCode::kNotFound, "no warning " + number.to_string());
  return {};
}

}  // namespace

base::Result<model::WarningNumber> add_sqlite_warning(Database& db, const model::Warning& warning) {
  auto transaction = Transaction::begin(db);
  if (!transaction) return tl::unexpected(transaction.error());
  const int year = warning.issued.year;
  auto bump = db.prepare(
      "INSERT INTO warning_numbers(year, last) VALUES (?1, 1) "
      "ON CONFLICT(year) DO UPDATE SET last = last + 1");
  if (!bump) return tl::unexpected(bump.error());
  bump->bind(1, std::int64_t{year});
  if (auto status = bump->run(); !status) return tl::unexpected(status.error());
  auto last = db.prepare("SELECT last FROM warning_numbers WHERE year = ?1");
  if (!last) return tl::unexpected(last.error());
  last->bind(1, std::int64_t{year});
  auto row = last->step();
  if (!row) return tl::unexpected(row.error());
  if (!*row) return fail(ErrorCode::kInternal, db.path() + ": warning number vanished");
  const model::WarningNumber number{static_cast<int>(last->column_int(0)), year};

  auto insert = db.prepare(
      "INSERT INTO warnings(year, number, level, fields, title_fi, title_sv, title_en, issued, "
      "active_since, retired, cves) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, NULL, ?10)");
  if (!insert) return tl::unexpected(insert.error());
  insert->bind(1, std::int64_t{number.year});
  insert->bind(2, std::int64_t{number.number});
  insert->bind(3, model::warning_level_name(warning.level));
  insert->bind(4, join_fields(warning.fields));
  for (std::size_t i = 0; i < warning.titles.size(); ++i) {
    insert->bind(5 + static_cast<int>(i), warning.titles[i]);
  }
  insert->bind(8, warning.issued.to_string());
  insert->bind(9, warning.active_since.to_string());
  insert->bind(10, nlohmann::json(warning.cves).dump());
  if (auto status = insert->run(); !status) return tl::unexpected(status.error());
  if (auto status = transaction->commit(); !status) return tl::unexpected(status.error());
  return number;
}

base::Result<std::optional<model::Warning>> get_sqlite_warning(Database& db,
                                                               model::WarningNumber number) {
  auto select = db.prepare("SELECT " + std::string(kWarningColumns) +
                           " FROM warnings WHERE year = ?1 AND number = ?2");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, std::int64_t{number.year});
  select->bind(2, std::int64_t{number.number});
  auto warnings = read_warnings(*select, db.path());
  if (!warnings) return tl::unexpected(warnings.error());
  if (warnings->empty()) return std::optional<model::Warning>();
  return std::optional<model::Warning>(std::move(warnings->front()));
}

base::Result<std::vector<model::Warning>> find_sqlite_warnings(Database& db,
                                                               const WarningQuery& query) {
  std::string sql = "SELECT " + std::string(kWarningColumns) + " FROM warnings";
  if (query.in_force_in) {
    sql += " WHERE issued <= ?1 AND (retired IS NULL OR retired > ?2)";
  }
  sql += " ORDER BY year, number";
  auto select = db.prepare(sql);
  if (!select) return tl::unexpected(select.error());
  if (query.in_force_in) {
    select->bind(1, model::last_day(*query.in_force_in).to_string());
    select->bind(2, model::first_day(*query.in_force_in).to_string());
  }
  return read_warnings(*select, db.path());
}

base::Status retire_sqlite_warning(Database& db, model::WarningNumber number,
                                   model::CalendarDate on) {
  auto update = db.prepare(
      "UPDATE warnings SET retired = ?3 WHERE year = ?1 AND number = ?2 AND retired IS NULL");
  if (!update) return tl::unexpected(update.error());
  update->bind(1, std::int64_t{number.year});
  update->bind(2, std::int64_t{number.number});
  update->bind(3, on.to_string());
  if (auto status = update->run(); !status) return status;
  if (db.changes() == 0) {
    return fail(ErrorCode::kConflict,
                "warning " + number.to_string() + " does not exist or is retired already");
  }
  return {};
}

base::Status set_sqlite_warning_level(Database& db, model::WarningNumber number,
                                      model::WarningLevel level) {
  auto update = db.prepare("UPDATE warnings SET level = ?3 WHERE year = ?1 AND number = ?2");
  if (!update) return tl::unexpected(update.error());
  update->bind(1, std::int64_t{number.year});
  update->bind(2, std::int64_t{number.number});
  update->bind(3, model::warning_level_name(level));
  return update_warning(db, *update, number);
}

base::Result<KevImportReceipt> put_sqlite_kev_records(Database& db, const KevCatalogInfo& catalog,
                                                      std::span<const KevRecord> records) {
  auto transaction = Transaction::begin(db);
  if (!transaction) return tl::unexpected(transaction.error());
  auto find = db.prepare(
      "SELECT vendor_project, product, vulnerability_name, date_added, known_ransomware, "
      "catalog_released FROM kev_entries WHERE cve_id = ?1");
  auto put = db.prepare(
      "INSERT INTO kev_entries(cve_id, vendor_project, product, vulnerability_name, date_added, "
      "known_ransomware, catalog_released) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
      "ON CONFLICT(cve_id) DO UPDATE SET vendor_project = excluded.vendor_project, "
      "product = excluded.product, vulnerability_name = excluded.vulnerability_name, "
      "date_added = excluded.date_added, known_ransomware = excluded.known_ransomware, "
      "catalog_released = excluded.catalog_released");
  if (!find) return tl::unexpected(find.error());
  if (!put) return tl::unexpected(put.error());
  KevImportReceipt receipt;
  for (const KevRecord& record : records) {
    ++receipt.entries;
    find->bind(1, record.cve_id);
    auto row = find->step();
    if (!row) return tl::unexpected(row.error());
    bool stored = false;
    if (*row) {
      stored = true;
      const KevRecord before{record.cve_id,        find->column_text(0), find->column_text(1),
                             find->column_text(2), find->column_text(3), find->column_int(4) != 0};
      // A record from a newer catalog is kept; an equal one needs no write.
      if (find->column_text(5) > catalog.released || before == record) {
        find->reset();
        ++receipt.unchanged;
        continue;
      }
    }
    find->reset();
    put->bind(1, record.cve_id);
    put->bind(2, record.vendor_project);
    put->bind(3, record.product);
    put->bind(4, record.vulnerability_name);
    put->bind(5, record.date_added);
    put->bind(6, std::int64_t{record.known_ransomware ? 1 : 0});
    put->bind(7, catalog.released);
    if (auto status = put->run(); !status) return tl::unexpected(status.error());
    ++(stored ? receipt.updated : receipt.added);
  }
  if (auto status = transaction->commit(); !status) return tl::unexpected(status.error());
  return receipt;
}

base::Result<std::vector<KevRecord>> find_sqlite_kev_records(Database& db,
                                                             std::span<const std::string> cve_ids) {
  auto select = db.prepare(
      "SELECT cve_id, vendor_project, product, vulnerability_name, date_added, known_ransomware "
      "FROM kev_entries WHERE cve_id = ?1");
  if (!select) return tl::unexpected(select.error());
  std::vector<std::string> ids(cve_ids.begin(), cve_ids.end());
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::vector<KevRecord> records;
  for (const std::string& id : ids) {
    select->bind(1, id);
    auto row = select->step();
    if (!row) return tl::unexpected(row.error());
    if (*row) {
      records.push_back({select->column_text(0), select->column_text(1), select->column_text(2),
                         select->column_text(3), select->column_text(4),
                         select->column_int(5) != 0});
    }
    select->reset();
  }
  return records;
}

base::Status put_sqlite_status_override(Database& db, const StatusOverride& status_override) {
  auto put = db.prepare(
      "INSERT INTO status_overrides(month, field, status, reason, set_at) "
      "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(month, field) DO UPDATE SET "
      "status = excluded.status, reason = excluded.reason, set_at = excluded.set_at");
  if (!put) return tl::unexpected(put.error());
  put->bind(1, std::int64_t{status_override.month.as_int()});
  put->bind(2, model::field_id(status_override.field));
  put->bind(3, status_override.status);
  put->bind(4, status_override.reason);
  put->bind(5, status_override.set_at);
  return put->run();
}

base::Status clear_sqlite_status_override(Database& db, model::YearMonth month,
                                          model::Field field) {
  auto remove = db.prepare("DELETE FROM status_overrides WHERE month = ?1 AND field = ?2");
  if (!remove) return tl::unexpected(remove.error());
  remove->bind(1, std::int64_t{month.as_int()});
  remove->bind(2, model::field_id(field));
  if (auto status = remove->run(); !status) return status;
  if (db.changes() == 0) {
    return fail(ErrorCode::kNotFound, "no override of " + std::string(model::field_id(field)) +
                                          " in " + month.to_string());
  }
  return {};
}

base::Result<std::vector<StatusOverride>> find_sqlite_status_overrides(Database& db,
                                                                       model::YearMonth month) {
  auto select =
      db.prepare("SELECT field, status, reason, set_at FROM status_overrides WHERE month = ?1");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, std::int64_t{month.as_int()});
  std::vector<StatusOverride> overrides;
  while (true) {
    auto row = select->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    const auto field = model::parse_field(select->column_text(0));
    if (!field) {
      return fail(ErrorCode::kInternal, db.path() + ": stored status override is not valid");
    }
    overrides.push_back(
        {month, *field, select->column_text(1), select->column_text(2), select->column_int(3)});
  }
  std::sort(overrides.begin(), overrides.end(), [](const auto& a, const auto& b) {
    return model::field_index(a.field) < model::field_index(b.field);
  });
  return overrides;
}

}  // namespace kybersaa::store::sqlite
