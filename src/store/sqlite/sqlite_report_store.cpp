#include "store/sqlite/sqlite_report_store.hpp"

#include "base/digest.hpp"

namespace kybersaa::store::sqlite {
namespace {

using base::ErrorCode;
using base::fail;

std::int64_t month_key(model::YearMonth month) { return month.as_int(); }

// Fails with kConflict unless `release` is in `expected`, saying what the
// transition `verb` needs.
base::Status require_state(const ReportRelease& release, model::ReportState expected,
                           std::string_view verb) {
  if (release.state == expected) return {};
  return fail(ErrorCode::kConflict, "the report for " + release.month.to_string() + " is " +
                                        std::string(model::report_state_name(release.state)) +
                                        "; only a " +
                                        std::string(model::report_state_name(expected)) +
                                        " report can be " + std::string(verb));
}

}  // namespace

base::Result<ReportRelease> read_sqlite_report_release(Database& db, model::YearMonth month) {
  ReportRelease release;
  release.month = month;
  auto select = db.prepare(
      "SELECT state, tlp, reviewed_at, published_at FROM report_releases WHERE month = ?1");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, month_key(month));
  auto row = select->step();
  if (!row) return tl::unexpected(row.error());
  if (!*row) return release;
  const auto state = model::parse_report_state(select->column_text(0));
  const auto tlp = model::parse_tlp(select->column_text(1));
  if (!state || !tlp) {
    return fail(ErrorCode::kInternal,
                db.path() + ": report " + month.to_string() + ": stored state or TLP is not valid");
  }
  release.state = *state;
  release.tlp = *tlp;
  release.reviewed_at = select->column_optional_int(2);
  release.published_at = select->column_optional_int(3);

  auto files = db.prepare(
      "SELECT language, format, length(bytes), digest FROM report_files WHERE month = ?1 "
      "ORDER BY language, format");
  if (!files) return tl::unexpected(files.error());
  files->bind(1, month_key(month));
  while (true) {
    auto next = files->step();
    if (!next) return tl::unexpected(next.error());
    if (!*next) break;
    release.files.push_back({files->column_text(0), files->column_text(1), files->column_int(2),
                             files->column_text(3)});
  }
  return release;
}

base::Result<ReportRelease> review_sqlite_report(Database& db, model::YearMonth month,
                                                 model::Tlp tlp, std::int64_t at) {
  auto transaction = Transaction::begin(db);
  if (!transaction) return tl::unexpected(transaction.error());
  auto current = read_sqlite_report_release(db, month);
  if (!current) return tl::unexpected(current.error());
  if (auto allowed = require_state(*current, model::ReportState::kDraft, "reviewed"); !allowed) {
    return tl::unexpected(allowed.error());
  }
  auto insert = db.prepare(
      "INSERT INTO report_releases(month, state, tlp, reviewed_at) VALUES (?1, 'reviewed', ?2, "
      "?3)");
  if (!insert) return tl::unexpected(insert.error());
  insert->bind(1, month_key(month));
  insert->bind(2, model::tlp_name(tlp));
  insert->bind(3, at);
  if (auto status = insert->run(); !status) return tl::unexpected(status.error());
  if (auto status = transaction->commit(); !status) return tl::unexpected(status.error());
  return read_sqlite_report_release(db, month);
}

base::Result<ReportRelease> publish_sqlite_report(Database& db, model::YearMonth month,
                                                  model::Tlp tlp, std::int64_t at,
                                                  std::span<const ReportFile> files) {
  auto transaction = Transaction::begin(db);
  if (!transaction) return tl::unexpected(transaction.error());
  auto current = read_sqlite_report_release(db, month);
  if (!current) return tl::unexpected(current.error());
  if (auto allowed = require_state(*current, model::ReportState::kReviewed, "published");
      !allowed) {
    return tl::unexpected(allowed.error());
  }
  auto update = db.prepare(
      "UPDATE report_releases SET state = 'published', tlp = ?2, published_at = ?3 "
      "WHERE month = ?1 AND state = 'reviewed'");
  if (!update) return tl::unexpected(update.error());
  update->bind(1, month_key(month));
  update->bind(2, model::tlp_name(tlp));
  update->bind(3, at);
  if (auto status = update->run(); !status) return tl::unexpected(status.error());
  auto insert = db.prepare(
      "INSERT INTO report_files(month, language, format, bytes, digest) "
      "VALUES (?1, ?2, ?3, ?4, ?5)");
  if (!insert) return tl::unexpected(insert.error());
  for (const ReportFile& file : files) {
    insert->bind(1, month_key(month));
    insert->bind(2, file.language);
    insert->bind(3, file.format);
    insert->bind_blob(4, file.bytes);
    insert->bind(5, base::content_digest(file.bytes));
    if (auto status = insert->run(); !status) return tl::unexpected(status.error());
  }
  if (auto status = transaction->commit(); !status) return tl::unexpected(status.error());
  return read_sqlite_report_release(db, month);
}

base::Result<std::optional<std::string>> read_sqlite_report_file(Database& db,
                                                                 model::YearMonth month,
                                                                 std::string_view language,
                                                                 std::string_view format) {
  auto select = db.prepare(
      "SELECT f.bytes FROM report_files f JOIN report_releases r ON r.month = f.month "
      "WHERE f.month = ?1 AND f.language = ?2 AND f.format = ?3 AND r.state = 'published'");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, month_key(month));
  select->bind(2, language);
  select->bind(3, format);
  auto row = select->step();
  if (!row) return tl::unexpected(row.error());
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>(select->column_blob(0));
}

}  // namespace kybersaa::store::sqlite
