#include "store/sqlite/sqlite_store.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string_view>

#include "model/incident_enums.hpp"
#include "store/migrations.hpp"
#include "store/sqlite/sqlite_content_store.hpp"
#include "store/sqlite/sqlite_db.hpp"
#include "store/sqlite/sqlite_ddos_store.hpp"
#include "store/sqlite/sqlite_feed_store.hpp"
#include "store/sqlite/sqlite_report_store.hpp"
#include "store/sqlite/sqlite_warning_store.hpp"

namespace kybersaa::store::sqlite {
namespace {

using base::ErrorCode;
using base::fail;

constexpr std::string_view kIncidentColumns =
    "i.id, i.reference, i.title, i.summary, i.field, i.rsit_taxonomy, i.rsit_type, i.org_name, "
    "i.org_sector, i.reported_at, i.detected_at, i.started_at, i.affected_people, "
    "i.affected_devices, i.personal_data, i.status, i.tlp, i.severity, i.sources, "
    "c.name, c.email, c.phone, i.has_ddos, i.ddos_peak_gbps, i.ddos_duration_minutes";

std::string join_personal_data(const std::vector<model::PersonalData>& kinds) {
  std::string joined;
  for (auto kind : kinds) {
    if (!joined.empty()) joined += ',';
    joined += model::personal_data_name(kind);
  }
  return joined;
}

std::string sources_json(const std::vector<std::string>& sources) {
  return nlohmann::json(sources).dump();
}

// Reads the incident at the statement's current row (columns kIncidentColumns).
base::Result<model::Incident> read_incident(const Statement& row, const std::string& db_path) {
  model::Incident incident;
  incident.id = row.column_text(0);
  auto corrupt = [&](std::string_view what) {
    return fail(ErrorCode::kInternal, db_path + ": incident " + incident.id + ": stored " +
                                          std::string(what) + " is not valid");
  };
  incident.reference = row.column_text(1);
  incident.title = row.column_text(2);
  incident.summary = row.column_text(3);
  const auto field = model::parse_field(row.column_text(4));
  if (!field) return corrupt("field");
  incident.field = *field;
  incident.rsit = {row.column_text(5), row.column_text(6)};
  incident.organization.name = row.column_text(7);
  const auto sector = model::parse_sector(row.column_text(8));
  if (!sector) return corrupt("sector");
  incident.organization.sector = *sector;
  incident.reported_at = row.column_int(9);
  incident.detected_at = row.column_optional_int(10);
  incident.started_at = row.column_optional_int(11);
  incident.affected_people = row.column_optional_int(12);
  incident.affected_devices = row.column_optional_int(13);
  const std::string personal = row.column_text(14);
  std::size_t start = 0;
  while (start < personal.size()) {
    const std::size_t end = std::min(personal.find(',', start), personal.size());
    const auto kind =
        model::parse_personal_data(std::string_view(personal).substr(start, end - start));
    if (!kind) return corrupt("personal data");
    incident.personal_data.push_back(*kind);
    start = end + 1;
  }
  const auto status = model::parse_status(row.column_text(15));
  const auto tlp = model::parse_tlp(row.column_text(16));
  const auto severity = row.column_int(17);
  if (!status) return corrupt("status");
  if (!tlp) return corrupt("tlp");
  if (severity < 0 || severity > static_cast<int>(model::Severity::kCritical)) {
    return corrupt("severity");
  }
  incident.status = *status;
  incident.tlp = *tlp;
  incident.severity = static_cast<model::Severity>(severity);
  const auto sources = nlohmann::json::parse(row.column_text(18), nullptr, false);
  if (!sources.is_array()) return corrupt("sources");
  for (const auto& source : sources) {
    if (!source.is_string()) return corrupt("sources");
    incident.sources.push_back(source.get<std::string>());
  }
  if (!row.column_is_null(19)) {
    incident.contact =
        model::Contact{row.column_text(19), row.column_text(20), row.column_text(21)};
  }
  if (row.column_int(22) != 0) {
    incident.ddos =
        model::DdosMeasurement{row.column_optional_double(23), row.column_optional_int(24)};
  }
  return incident;
}

// Binds `incident` to ?1..?24 of an insert or update of the incidents table
// (in kInsertIncident's column order), the file it came from as ?21.
void bind_incident(Statement& s, const model::Incident& incident, const std::string& source_file) {
  s.bind(1, incident.id);
  s.bind(2, std::int64_t{model::incident_month(incident).as_int()});
  s.bind(3, model::field_id(incident.field));
  s.bind(4, static_cast<std::int64_t>(incident.severity));
  s.bind(5, incident.reference);
  s.bind(6, incident.title);
  s.bind(7, incident.summary);
  s.bind(8, incident.rsit.taxonomy);
  s.bind(9, incident.rsit.type);
  s.bind(10, incident.organization.name);
  s.bind(11, model::sector_name(incident.organization.sector));
  s.bind(12, incident.reported_at);
  s.bind(13, incident.detected_at);
  s.bind(14, incident.started_at);
  s.bind(15, incident.affected_people);
  s.bind(16, incident.affected_devices);
  s.bind(17, join_personal_data(incident.personal_data));
  s.bind(18, model::status_name(incident.status));
  s.bind(19, model::tlp_name(incident.tlp));
  s.bind(20, sources_json(incident.sources));
  s.bind(21, source_file);
  s.bind(22, std::int64_t{incident.ddos ? 1 : 0});
  s.bind(23, incident.ddos ? incident.ddos->peak_gbps : std::optional<double>());
  s.bind(24, incident.ddos ? incident.ddos->duration_minutes : std::optional<std::int64_t>());
}

constexpr std::string_view kInsertIncident =
    "INSERT INTO incidents(id, month, field, severity, reference, title, summary, "
    "rsit_taxonomy, rsit_type, org_name, org_sector, reported_at, detected_at, started_at, "
    "affected_people, affected_devices, personal_data, status, tlp, sources, source_file, "
    "has_ddos, ddos_peak_gbps, ddos_duration_minutes) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
    "?19, ?20, ?21, ?22, ?23, ?24) ON CONFLICT(id) DO NOTHING";

// Records a source file; incidents and documents refer to it.
base::Status put_source_file(Database& db, const SourceFile& source, std::int64_t records) {
  auto put_file = db.prepare(
      "INSERT INTO source_files(digest, name, bytes, records) VALUES (?1, ?2, ?3, ?4) "
      "ON CONFLICT(digest) DO NOTHING");
  if (!put_file) return tl::unexpected(put_file.error());
  put_file->bind(1, source.digest);
  put_file->bind(2, source.name);
  put_file->bind(3, source.bytes);
  put_file->bind(4, records);
  return put_file->run();
}

std::string changes_json(std::span<const FactChange> changes) {
  auto array = nlohmann::json::array();
  for (const auto& change : changes) {
    array.push_back({{"fact", change.fact}, {"before", change.before}, {"after", change.after}});
  }
  return array.dump();
}

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(Database db) : db_(std::move(db)) {}

  // Applies pending migrations (kCreateOrMigrate) or checks there are none.
  base::Status prepare_schema(OpenMode mode);

 private:
  base::Result<std::unique_ptr<IngestSession>> do_begin_ingest(const SourceFile& source) override;
  base::Result<std::optional<model::Incident>> do_get_incident(const std::string& id) override;
  base::Result<std::vector<model::Incident>> do_find_incidents(const IncidentQuery& query) override;
  base::Result<std::vector<MonthFieldCount>> do_count_incidents(model::YearMonth first,
                                                                model::YearMonth last) override;
  base::Result<Coverage> do_coverage() override;
  base::Result<std::vector<AppliedMigration>> do_applied_migrations() override;
  base::Result<std::unique_ptr<FeedImportSession>> do_begin_feed_import(
      const SourceFile& source, const FeedImportOptions& options) override {
    return begin_sqlite_feed_import(db_, source, options);
  }
  base::Result<std::optional<FeedFileRecord>> do_find_feed_file(
      const std::string& digest) override {
    return find_sqlite_feed_file(db_, digest);
  }
  base::Result<std::vector<model::FeedCount>> do_count_feed_events(model::YearMonth first,
                                                                   model::YearMonth last) override {
    return count_sqlite_feed_events(db_, first, last);
  }
  base::Result<std::int64_t> do_count_raw_feed_events() override {
    return count_sqlite_raw_feed_events(db_);
  }
  base::Result<FeedPruneReceipt> do_prune_feed_months(model::YearMonth before) override {
    return prune_sqlite_feed_months(db_, before);
  }
  base::Result<std::optional<model::YearMonth>> do_feed_closed_before() override {
    return sqlite_feed_closed_before(db_);
  }
  // DDoS measurements (key figures): sqlite_ddos_store.cpp.
  base::Result<std::vector<DdosRecord>> do_find_ddos_measurements(model::YearMonth first,
                                                                  model::YearMonth last) override {
    return find_sqlite_ddos_measurements(db_, first, last);
  }
  base::Result<DocumentPlacement> do_put_document(const DocumentSource& document,
                                                  const model::Incident& incident,
                                                  std::span<const FactChange> changes) override;
  base::Result<std::optional<DocumentPlacement>> do_find_document(
      const std::string& digest) override;
  base::Result<std::optional<std::string>> do_document_text(const std::string& digest) override;
  base::Result<std::vector<IncidentVersion>> do_incident_timeline(const std::string& id) override;
  base::Result<std::vector<model::Incident>> do_find_link_candidates(
      const LinkCandidateQuery& query) override;
  // Report lifecycle (sqlite_report_store.cpp).
  base::Result<ReportRelease> do_report_release(model::YearMonth month) override {
    return read_sqlite_report_release(db_, month);
  }
  base::Result<ReportRelease> do_review_report(model::YearMonth month, model::Tlp tlp,
                                               std::int64_t at) override {
    return review_sqlite_report(db_, month, tlp, at);
  }
  base::Result<ReportRelease> do_publish_report(model::YearMonth month, model::Tlp tlp,
                                                std::int64_t at,
                                                std::span<const ReportFile> files) override {
    return publish_sqlite_report(db_, month, tlp, at, files);
  }
  base::Result<std::optional<std::string>> do_published_report_file(
      model::YearMonth month, std::string_view language, std::string_view format) override {
    return read_sqlite_report_file(db_, month, language, format);
  }

  // Warnings, the KEV catalog and status overrides: sqlite_warning_store.cpp.
  base::Result<model::WarningNumber> do_add_warning(const model::Warning& warning) override {
    return add_sqlite_warning(db_, warning);
  }
  base::Result<std::optional<model::Warning>> do_get_warning(model::WarningNumber number) override {
    return get_sqlite_warning(db_, number);
  }
  base::Result<std::vector<model::Warning>> do_find_warnings(const WarningQuery& query) override {
    return find_sqlite_warnings(db_, query);
  }
  base::Status do_retire_warning(model::WarningNumber number, model::CalendarDate on) override {
    return retire_sqlite_warning(db_, number, on);
  }
  base::Status do_set_warning_level(model::WarningNumber number,
                                    model::WarningLevel level) override {
    return set_sqlite_warning_level(db_, number, level);
  }
  base::Result<KevImportReceipt> do_put_kev_records(const KevCatalogInfo& catalog,
                                                    std::span<const KevRecord> records) override {
    return put_sqlite_kev_records(db_, catalog, records);
  }
  base::Result<std::vector<KevRecord>> do_find_kev_records(
      std::span<const std::string> cve_ids) override {
    return find_sqlite_kev_records(db_, cve_ids);
  }
  base::Status do_put_status_override(const StatusOverride& status_override) override {
    return put_sqlite_status_override(db_, status_override);
  }
  base::Status do_clear_status_override(model::YearMonth month, model::Field field) override {
    return clear_sqlite_status_override(db_, month, field);
  }
  base::Result<std::vector<StatusOverride>> do_find_status_overrides(
      model::YearMonth month) override {
    return find_sqlite_status_overrides(db_, month);
  }

  // Report content: sqlite_content_store.cpp.
  base::Result<ContentReceipt> do_put_month_content(const model::MonthContent& content) override {
    return put_sqlite_month_content(db_, content);
  }
  base::Status do_put_content_item(const model::ContentItem& item) override {
    return put_sqlite_content_item(db_, item);
  }
  base::Result<std::optional<model::ContentItem>> do_get_content_item(
      const std::string& id) override {
    return get_sqlite_content_item(db_, id);
  }
  base::Result<model::MonthContent> do_month_content(model::YearMonth month) override {
    return sqlite_month_content(db_, month);
  }

  base::Result<std::vector<model::Incident>> read_incidents(Statement& select);
  base::Result<std::vector<int>> recorded_migrations();

  Database db_;
};

base::Result<std::vector<int>> SqliteStore::recorded_migrations() {
  auto exists = db_.prepare(
      "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
  if (!exists) return tl::unexpected(exists.error());
  auto row = exists->step();
  if (!row) return tl::unexpected(row.error());
  std::vector<int> versions;
  if (exists->column_int(0) == 0) return versions;
  auto select = db_.prepare("SELECT version FROM schema_migrations ORDER BY version");
  if (!select) return tl::unexpected(select.error());
  while (true) {
    auto next = select->step();
    if (!next) return tl::unexpected(next.error());
    if (!*next) break;
    versions.push_back(static_cast<int>(select->column_int(0)));
  }
  return versions;
}

base::Status SqliteStore::prepare_schema(OpenMode mode) {
  // WAL lets reports read while an ingest writes; NORMAL sync is durable at
  // checkpoints and safe against corruption. 64 KiB pages (taking effect
  // only when the file is new, so before WAL is switched on) halve the cost
  // of a bulk ingest against the default 4 KiB: fewer, larger writes and a
  // shallower id index.
  if (auto status = db_.execute(
          "PRAGMA page_size = 65536; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
          "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -131072;");
      !status) {
    if (status.error().code == ErrorCode::kInvalidInput) {
      return fail(ErrorCode::kInvalidInput, db_.path() + ": not a Kybersää store (not SQLite)");
    }
    return status;
  }
  // Pending migrations are those not recorded, not those above the highest
  // recorded: migrations written side by side may land with numbers out of
  // order (0003 before 0002), and a store must still get every one.
  auto recorded = recorded_migrations();
  if (!recorded) return tl::unexpected(recorded.error());
  const auto migrations = schema_migrations();
  const int latest = migrations.empty() ? 0 : migrations.back().version;
  const int newest_recorded = recorded->empty() ? 0 : recorded->back();
  auto is_recorded = [&](int version) {
    return std::binary_search(recorded->begin(), recorded->end(), version);
  };
  const bool pending = std::any_of(migrations.begin(), migrations.end(),
                                   [&](const Migration& m) { return !is_recorded(m.version); });
  if (newest_recorded > latest) {
    return fail(ErrorCode::kConflict, db_.path() + ": store schema version " +
                                          std::to_string(newest_recorded) +
                                          " is newer than this kybersaa knows (" +
                                          std::to_string(latest) + "): upgrade kybersaa");
  }
  if (!pending) return {};
  if (mode == OpenMode::kExisting) {
    return fail(ErrorCode::kConflict,
                db_.path() + ": store schema version " + std::to_string(newest_recorded) +
                    ", this kybersaa needs " + std::to_string(latest) +
                    ": run `kybersaa init --db " + db_.path() + "` to migrate");
  }
  if (auto status = db_.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                "version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
      !status) {
    return status;
  }
  for (const Migration& migration : migrations) {
    if (is_recorded(migration.version)) continue;
    auto transaction = Transaction::begin(db_);
    if (!transaction) return tl::unexpected(transaction.error());
    if (auto status = db_.execute(migration.sql); !status) {
      return base::with_context(status.error(), "migration " + std::to_string(migration.version));
    }
    auto record = db_.prepare("INSERT INTO schema_migrations(version, name) VALUES (?1, ?2)");
    if (!record) return tl::unexpected(record.error());
    record->bind(1, std::int64_t{migration.version});
    record->bind(2, migration.name);
    if (auto status = record->run(); !status) return status;
    if (auto status = transaction->commit(); !status) return status;
  }
  return {};
}

// The SQLite ingest session: one write transaction and the two prepared
// inserts, reused for every batch.
class SqliteIngestSession final : public IngestSession {
 public:
  static base::Result<std::unique_ptr<IngestSession>> begin(Database& db, const SourceFile& source);

 private:
  SqliteIngestSession(Database& db, std::string source_digest, Transaction transaction,
                      Statement put_incident, Statement put_contact)
      : db_(db),
        source_digest_(std::move(source_digest)),
        transaction_(std::move(transaction)),
        put_incident_(std::move(put_incident)),
        put_contact_(std::move(put_contact)) {}

  base::Status do_put(std::span<const model::Incident> incidents) override;
  base::Result<IngestReceipt> do_commit() override;

  Database& db_;
  std::string source_digest_;
  Transaction transaction_;
  Statement put_incident_;
  Statement put_contact_;
  IngestReceipt receipt_;
};

base::Result<std::unique_ptr<IngestSession>> SqliteIngestSession::begin(Database& db,
                                                                        const SourceFile& source) {
  auto transaction = Transaction::begin(db);
  if (!transaction) return tl::unexpected(transaction.error());
  // The file is recorded first: incidents refer to it. Its record count is
  // set at commit.
  if (auto status = put_source_file(db, source, 0); !status) {
    return tl::unexpected(status.error());
  }
  auto put_incident = db.prepare(kInsertIncident);
  if (!put_incident) return tl::unexpected(put_incident.error());
  auto put_contact =
      db.prepare("INSERT INTO contacts(incident_id, name, email, phone) VALUES (?1, ?2, ?3, ?4)");
  if (!put_contact) return tl::unexpected(put_contact.error());
  return std::unique_ptr<IngestSession>(
      new SqliteIngestSession(db, source.digest, std::move(*transaction), std::move(*put_incident),
                              std::move(*put_contact)));
}

base::Status SqliteIngestSession::do_put(std::span<const model::Incident> incidents) {
  for (const model::Incident& incident : incidents) {
    ++receipt_.records;
    bind_incident(put_incident_, incident, source_digest_);
    if (auto status = put_incident_.run(); !status) return status;
    if (db_.changes() == 0) {
      ++receipt_.duplicates;
      continue;
    }
    ++receipt_.inserted;
    if (incident.contact) {
      auto& c = put_contact_;
      c.bind(1, incident.id);
      c.bind(2, incident.contact->name);
      c.bind(3, incident.contact->email);
      c.bind(4, incident.contact->phone);
      if (auto status = c.run(); !status) return status;
    }
  }
  return {};
}

base::Result<IngestReceipt> SqliteIngestSession::do_commit() {
  auto count = db_.prepare("UPDATE source_files SET records = ?2 WHERE digest = ?1");
  if (!count) return tl::unexpected(count.error());
  count->bind(1, source_digest_);
  count->bind(2, receipt_.records);
  if (auto status = count->run(); !status) return tl::unexpected(status.error());
  if (auto status = transaction_.commit(); !status) return tl::unexpected(status.error());
  return receipt_;
}

base::Result<std::unique_ptr<IngestSession>> SqliteStore::do_begin_ingest(
    const SourceFile& source) {
  return SqliteIngestSession::begin(db_, source);
}

base::Result<std::optional<model::Incident>> SqliteStore::do_get_incident(const std::string& id) {
  auto select = db_.prepare(std::string("SELECT ") + std::string(kIncidentColumns) +
                            " FROM incidents i LEFT JOIN contacts c ON c.incident_id = i.id "
                            "WHERE i.id = ?1");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, id);
  auto row = select->step();
  if (!row) return tl::unexpected(row.error());
  if (!*row) return std::optional<model::Incident>();
  auto incident = read_incident(*select, db_.path());
  if (!incident) return tl::unexpected(incident.error());
  return std::optional<model::Incident>(std::move(*incident));
}

base::Result<std::vector<model::Incident>> SqliteStore::do_find_incidents(
    const IncidentQuery& query) {
  // The SQL text is assembled from fixed fragments only; values are bound.
  std::string sql = std::string("SELECT ") + std::string(kIncidentColumns) +
                    " FROM incidents i LEFT JOIN contacts c ON c.incident_id = i.id WHERE 1";
  if (query.month) sql += " AND i.month = ?1";
  if (query.field) sql += " AND i.field = ?2";
  if (query.drafts_only) {
    sql += " AND i.status = 'draft'";
  } else if (!query.with_drafts) {
    sql += " AND i.status <> 'draft'";
  }
  sql += " ORDER BY i.month, i.field, i.severity DESC, i.reported_at, i.id";
  if (query.limit) sql += " LIMIT ?3";
  auto select = db_.prepare(sql);
  if (!select) return tl::unexpected(select.error());
  if (query.month) select->bind(1, std::int64_t{query.month->as_int()});
  if (query.field) select->bind(2, model::field_id(*query.field));
  if (query.limit) select->bind(3, *query.limit);
  return read_incidents(*select);
}

base::Result<std::vector<model::Incident>> SqliteStore::read_incidents(Statement& select) {
  std::vector<model::Incident> incidents;
  while (true) {
    auto row = select.step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    auto incident = read_incident(select, db_.path());
    if (!incident) return tl::unexpected(incident.error());
    incidents.push_back(std::move(*incident));
  }
  return incidents;
}

base::Result<std::vector<MonthFieldCount>> SqliteStore::do_count_incidents(model::YearMonth first,
                                                                           model::YearMonth last) {
  auto select = db_.prepare(
      "SELECT month, field, severity, count(*) FROM incidents WHERE month BETWEEN ?1 AND ?2 "
      "AND status <> 'draft' GROUP BY month, field, severity ORDER BY month, field, severity");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, std::int64_t{first.as_int()});
  select->bind(2, std::int64_t{last.as_int()});
  std::vector<MonthFieldCount> counts;
  while (true) {
    auto row = select->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    const auto field = model::parse_field(select->column_text(1));
    const auto severity = select->column_int(2);
    if (!field || severity < 0 || severity > static_cast<int>(model::Severity::kCritical)) {
      return fail(ErrorCode::kInternal, db_.path() + ": stored counts are not valid");
    }
    counts.push_back({model::YearMonth::from_int(static_cast<int>(select->column_int(0))), *field,
                      static_cast<model::Severity>(severity), select->column_int(3)});
  }
  return counts;
}

base::Result<Coverage> SqliteStore::do_coverage() {
  // Separate subqueries let SQLite answer min and max from the month index
  // in O(log n); one SELECT of both would scan the table.
  auto select =
      db_.prepare("SELECT (SELECT min(month) FROM incidents), (SELECT max(month) FROM incidents)");
  if (!select) return tl::unexpected(select.error());
  if (auto row = select->step(); !row) return tl::unexpected(row.error());
  Coverage coverage;
  if (!select->column_is_null(0)) {
    coverage.first = model::YearMonth::from_int(static_cast<int>(select->column_int(0)));
    coverage.last = model::YearMonth::from_int(static_cast<int>(select->column_int(1)));
  }
  return coverage;
}

base::Result<std::vector<AppliedMigration>> SqliteStore::do_applied_migrations() {
  auto select = db_.prepare("SELECT version, name FROM schema_migrations ORDER BY version");
  if (!select) return tl::unexpected(select.error());
  std::vector<AppliedMigration> applied;
  while (true) {
    auto row = select->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    applied.push_back({static_cast<int>(select->column_int(0)), select->column_text(1)});
  }
  return applied;
}

base::Result<DocumentPlacement> SqliteStore::do_put_document(const DocumentSource& document,
                                                             const model::Incident& incident,
                                                             std::span<const FactChange> changes) {
  auto transaction = Transaction::begin(db_);
  if (!transaction) return tl::unexpected(transaction.error());
  // Looked up inside the transaction, so that the answer still holds when
  // the writes below commit.
  auto stored = do_find_document(document.file.digest);
  if (!stored) return tl::unexpected(stored.error());
  if (*stored) return **stored;
  if (auto status = put_source_file(db_, document.file, 1); !status) {
    return tl::unexpected(status.error());
  }
  auto next = db_.prepare(
      "SELECT coalesce(max(version), 0) + 1, "
      "(SELECT count(*) FROM incidents WHERE id = ?1) FROM documents WHERE incident_id = ?1");
  if (!next) return tl::unexpected(next.error());
  next->bind(1, incident.id);
  if (auto row = next->step(); !row) return tl::unexpected(row.error());
  const int version = static_cast<int>(next->column_int(0));
  const bool incident_stored = next->column_int(1) > 0;
  next->reset();
  if (!incident_stored && !changes.empty()) {
    return fail(ErrorCode::kInternal, "put_document: a new incident cannot have changes");
  }
  // A replaced incident keeps its id and row; it now refers to the file its
  // latest facts came from.
  auto write = db_.prepare(
      incident_stored
          ? "UPDATE incidents SET month = ?2, field = ?3, severity = ?4, reference = ?5, "
            "title = ?6, summary = ?7, rsit_taxonomy = ?8, rsit_type = ?9, org_name = ?10, "
            "org_sector = ?11, reported_at = ?12, detected_at = ?13, started_at = ?14, "
            "affected_people = ?15, affected_devices = ?16, personal_data = ?17, status = ?18, "
            "tlp = ?19, sources = ?20, source_file = ?21, has_ddos = ?22, ddos_peak_gbps = ?23, "
            "ddos_duration_minutes = ?24 WHERE id = ?1"
          : kInsertIncident);
  if (!write) return tl::unexpected(write.error());
  bind_incident(*write, incident, document.file.digest);
  if (auto status = write->run(); !status) return tl::unexpected(status.error());
  auto put = db_.prepare(
      "INSERT INTO documents(digest, name, text, language, ingested_at, incident_id, version, "
      "changes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  if (!put) return tl::unexpected(put.error());
  put->bind(1, document.file.digest);
  put->bind(2, document.file.name);
  put->bind(3, document.text);
  put->bind(4, document.language);
  put->bind(5, document.ingested_at);
  put->bind(6, incident.id);
  put->bind(7, std::int64_t{version});
  put->bind(8, changes_json(changes));
  if (auto status = put->run(); !status) return tl::unexpected(status.error());
  if (auto status = transaction->commit(); !status) return tl::unexpected(status.error());
  return DocumentPlacement{incident.id, version, false};
}

base::Result<std::optional<DocumentPlacement>> SqliteStore::do_find_document(
    const std::string& digest) {
  auto select = db_.prepare("SELECT incident_id, version FROM documents WHERE digest = ?1");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, digest);
  auto row = select->step();
  if (!row) return tl::unexpected(row.error());
  if (!*row) return std::optional<DocumentPlacement>();
  return std::optional<DocumentPlacement>(
      DocumentPlacement{select->column_text(0), static_cast<int>(select->column_int(1)), true});
}

base::Result<std::optional<std::string>> SqliteStore::do_document_text(const std::string& digest) {
  auto select = db_.prepare("SELECT text FROM documents WHERE digest = ?1");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, digest);
  auto row = select->step();
  if (!row) return tl::unexpected(row.error());
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>(select->column_text(0));
}

base::Result<std::vector<IncidentVersion>> SqliteStore::do_incident_timeline(
    const std::string& id) {
  auto select = db_.prepare(
      "SELECT version, digest, name, ingested_at, changes FROM documents WHERE incident_id = ?1 "
      "ORDER BY version");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, id);
  std::vector<IncidentVersion> versions;
  while (true) {
    auto row = select->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    IncidentVersion version{static_cast<int>(select->column_int(0)),
                            select->column_text(1),
                            select->column_text(2),
                            select->column_int(3),
                            {}};
    const auto changes = nlohmann::json::parse(select->column_text(4), nullptr, false);
    if (!changes.is_array()) {
      return fail(ErrorCode::kInternal, db_.path() + ": incident " + id + " version " +
                                            std::to_string(version.number) +
                                            ": stored changes are not valid");
    }
    for (const auto& change : changes) {
      version.changes.push_back(
          {change.value("fact", ""), change.value("before", ""), change.value("after", "")});
    }
    versions.push_back(std::move(version));
  }
  return versions;
}

base::Result<std::vector<model::Incident>> SqliteStore::do_find_link_candidates(
    const LinkCandidateQuery& query) {
  auto select = db_.prepare(std::string("SELECT ") + std::string(kIncidentColumns) +
                            " FROM incidents i LEFT JOIN contacts c ON c.incident_id = i.id "
                            "WHERE i.org_name = ?1 AND i.reported_at BETWEEN ?2 AND ?3 "
                            "AND EXISTS (SELECT 1 FROM documents d WHERE d.incident_id = i.id) "
                            "ORDER BY i.reported_at, i.id");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, query.organization);
  select->bind(2, query.from);
  select->bind(3, query.to);
  return read_incidents(*select);
}

}  // namespace

base::Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path, OpenMode mode) {
  auto db = Database::open(path, mode == OpenMode::kCreateOrMigrate);
  if (!db) {
    if (db.error().code == ErrorCode::kNotFound) {
      return fail(ErrorCode::kNotFound,
                  "no store at " + path + ": create one with `kybersaa init --db " + path + "`");
    }
    return tl::unexpected(db.error());
  }
  auto store = std::make_unique<SqliteStore>(std::move(*db));
  if (auto status = store->prepare_schema(mode); !status) return tl::unexpected(status.error());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace kybersaa::store::sqlite
