#pragma once
// The Store: where incidents live. Callers see only this interface; the
// embedded SQLite implementation (sqlite/) is the default and a server
// implementation slots in behind the same interface.
//
// Public functions are non-virtual and call private virtual Do* hooks, so that
// argument checks (and later audit and metrics) live in one place.
//
// Thread safety: a Store is used from one thread at a time.

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "model/content.hpp"
#include "model/feed_count.hpp"
#include "model/field.hpp"
#include "model/incident.hpp"
#include "model/report_state.hpp"
#include "model/warning.hpp"
#include "model/year_month.hpp"

namespace kybersaa::store {

// A file as it arrived: its name as given and a digest of its bytes.
struct SourceFile {
  std::string name;
  std::string digest;  // base::content_digest of the bytes
  std::int64_t bytes = 0;
};

// What an ingest changed.
struct IngestReceipt {
  std::int64_t records = 0;     // incidents in the batch
  std::int64_t inserted = 0;    // new incidents stored
  std::int64_t duplicates = 0;  // incidents already stored (same content id)
};

// Which incidents to list. Unset members do not filter. Drafts (incidents
// drafted from documents, not yet reviewed) are left out unless asked for, so
// that nothing reads them as reviewed incidents by mistake.
struct IncidentQuery {
  std::optional<model::YearMonth> month;
  std::optional<model::Field> field;
  std::optional<std::int64_t> limit;
  bool with_drafts = false;
  bool drafts_only = false;  // only document-drafted incidents (with_drafts ignored)
};

// Incidents of one field reported in one Helsinki month.
struct MonthFieldCount {
  model::YearMonth month;
  model::Field field = model::Field::kNetwork;
  model::Severity severity = model::Severity::kLow;
  std::int64_t count = 0;
  friend bool operator==(const MonthFieldCount&, const MonthFieldCount&) = default;
};

// A schema migration the store has applied.
struct AppliedMigration {
  int version = 0;
  std::string name;
};

// The months the store holds incidents for; both unset when it holds none.
struct Coverage {
  std::optional<model::YearMonth> first;
  std::optional<model::YearMonth> last;
};

// A document as it arrived: the file, the text read from it, and when.
struct DocumentSource {
  SourceFile file;
  std::string text;              // the decoded UTF-8 text the facts were read from
  std::string language;          // "fi", "sv" or "en"
  std::int64_t ingested_at = 0;  // Unix seconds
};

// One fact of an incident as a later document changed it, e.g.
// {"affected_people", "20000", "50000"}. Values are as the CLI prints them.
struct FactChange {
  std::string fact;    // affected_people, affected_devices, detected, started, personal_data, ...
  std::string before;  // "" when the fact was not known before
  std::string after;
  friend bool operator==(const FactChange&, const FactChange&) = default;
};

// One version of an incident drafted from documents: the document that made
// it and what that document changed.
struct IncidentVersion {
  int number = 0;  // 1 for the document that drafted the incident
  std::string document_digest;
  std::string document_name;
  std::int64_t ingested_at = 0;
  std::vector<FactChange> changes;  // empty for version 1
  friend bool operator==(const IncidentVersion&, const IncidentVersion&) = default;
};

// Where a document is stored: the incident and the version it is.
struct DocumentPlacement {
  std::string incident_id;
  int version = 0;
  bool already_stored = false;  // the document was stored before: nothing changed
};

// Incidents drafted from documents that a new document about `organization`
// at about the same time may update: reported between `from` and `to`
// (Unix seconds, inclusive).
struct LinkCandidateQuery {
  std::string organization;
  std::int64_t from = 0;
  std::int64_t to = 0;
};

// How a feed file is imported.
struct FeedImportOptions {
  std::int64_t imported_at = 0;  // Unix seconds, recorded with the file
  // Raw events are kept when set: those whose time.source is at or after
  // this instant (Unix seconds); older raw events are deleted. Unset: no raw
  // events are kept (the default).
  std::optional<std::int64_t> keep_raw_since;
};

// A raw event, parallel to a sighting: kept when the sighting is new.
struct RawFeedEvent {
  std::string_view json;  // the IntelMQ event as one JSON object
};

// What a feed import changed.
struct FeedImportReceipt {
  std::int64_t sightings = 0;    // constituency events put
  std::int64_t counted = 0;      // events new to the store, now counted
  std::int64_t duplicates = 0;   // events counted before (same identity)
  std::int64_t new_hosts = 0;    // hosts new to their count
  std::int64_t raw_stored = 0;   // raw events kept
  std::int64_t raw_expired = 0;  // raw events deleted as older than retention
};

// What pruning old feed months removed.
struct FeedPruneReceipt {
  std::int64_t identities = 0;     // event identities dropped
  std::int64_t hosts = 0;          // (count, host) pairs dropped
  model::YearMonth closed_before;  // the months before this one are closed
};

// A feed file the store has imported.
struct FeedFileRecord {
  std::string name;
  std::string digest;
  std::int64_t bytes = 0;
  std::int64_t sightings = 0;
  std::int64_t counted = 0;
  std::int64_t imported_at = 0;
};

// --- Warnings, the KEV catalog and status overrides (migrations/0004_warnings.sql) ---

// Which warnings to list. Unset: all of them.
struct WarningQuery {
  std::optional<model::YearMonth> in_force_in;  // only those in force in this month
};

// One entry of the CISA Known Exploited Vulnerabilities catalog as stored.
struct KevRecord {
  std::string cve_id;
  std::string vendor_project;
  std::string product;
  std::string vulnerability_name;
  std::string date_added;  // YYYY-MM-DD
  bool known_ransomware = false;
  friend bool operator==(const KevRecord&, const KevRecord&) = default;
};

// The catalog a set of KEV records comes from.
struct KevCatalogInfo {
  std::string version;   // catalogVersion
  std::string released;  // dateReleased, ISO 8601; orders catalogs
};

// What storing a KEV catalog changed.
struct KevImportReceipt {
  std::int64_t entries = 0;    // records given
  std::int64_t added = 0;      // CVEs new to the store
  std::int64_t updated = 0;    // CVEs whose stored record changed
  std::int64_t unchanged = 0;  // CVEs stored already as given, or from a newer catalog
};

// An analyst's status for a field in a month, replacing the rules' status.
struct StatusOverride {
  model::YearMonth month;
  model::Field field = model::Field::kNetwork;
  std::string status;       // "calm", "worrying" or "serious"
  std::string reason;       // never empty
  std::int64_t set_at = 0;  // Unix seconds
  friend bool operator==(const StatusOverride&, const StatusOverride&) = default;
};

// One feed file being imported: batches of sightings counted inside one
// transaction, kept by commit() or, if the session is destroyed first, not
// at all. While it is open, the Store is used only through it.
class FeedImportSession {
 public:
  virtual ~FeedImportSession() = default;
  FeedImportSession(const FeedImportSession&) = delete;
  FeedImportSession& operator=(const FeedImportSession&) = delete;

  // Counts `sightings`, whose bucket members index `buckets`. `buckets` may
  // grow between calls but its earlier entries must not change. A sighting
  // whose identity is already stored (before or earlier in this session)
  // is a duplicate and changes nothing. `raw` is empty or holds the raw
  // event of each sighting, kept for new events when the options say so.
  // After an error the session can only be abandoned.
  [[nodiscard]] base::Status put(std::span<const model::FeedBucket> buckets,
                                 std::span<const model::FeedSighting> sightings,
                                 std::span<const RawFeedEvent> raw = {});

  // Makes everything put so far durable, records the file, and returns what
  // changed.
  [[nodiscard]] base::Result<FeedImportReceipt> commit();

 protected:
  FeedImportSession() = default;

 private:
  virtual base::Status do_put(std::span<const model::FeedBucket> buckets,
                              std::span<const model::FeedSighting> sightings,
                              std::span<const RawFeedEvent> raw) = 0;
  virtual base::Result<FeedImportReceipt> do_commit() = 0;
  bool failed_ = false;
};

// One source file being stored: batches of incidents written inside one
// transaction, all kept by commit() or, if the session is destroyed first,
// none. Lets a large file be stored batch by batch while the next batch is
// parsed. A session must not outlive the Store that began it; while it is
// open, the Store is used only through it.
class IngestSession {
 public:
  virtual ~IngestSession() = default;
  IngestSession(const IngestSession&) = delete;
  IngestSession& operator=(const IngestSession&) = delete;

  // Stores `incidents`; those whose id is already stored (before or earlier
  // in this session) count as duplicates. Every incident must carry its
  // content id. After an error the session can only be abandoned.
  [[nodiscard]] base::Status put(std::span<const model::Incident> incidents);

  // Makes everything put so far durable and returns what it changed.
  [[nodiscard]] base::Result<IngestReceipt> commit();

 protected:
  IngestSession() = default;

 private:
  virtual base::Status do_put(std::span<const model::Incident> incidents) = 0;
  virtual base::Result<IngestReceipt> do_commit() = 0;
  bool failed_ = false;
};

// Report lifecycle (migrations/0005_report_releases.sql): a month's report
// state and TLP, and the files of a published report.

// A file of a published report, as stored.
struct ReportFile {
  std::string language;  // "fi", "sv", "en"
  std::string format;    // "html", "json", "md", "pdf"
  std::string bytes;
};

// What the store holds of a published report's file, without its bytes.
struct ReportFileInfo {
  std::string language;
  std::string format;
  std::int64_t size = 0;
  std::string digest;  // base::content_digest of the bytes
  friend bool operator==(const ReportFileInfo&, const ReportFileInfo&) = default;
};

// Where a month's report is in its lifecycle.
struct ReportRelease {
  model::YearMonth month;
  model::ReportState state = model::ReportState::kDraft;
  model::Tlp tlp = model::kDefaultReportTlp;
  std::optional<std::int64_t> reviewed_at;   // Unix seconds
  std::optional<std::int64_t> published_at;  // Unix seconds
  std::vector<ReportFileInfo> files;         // published only; by language, then format
};

// Report content (migrations/0006_report_content.sql): what storing a
// month's content changed. Items are counted one by one; the month's top-5,
// developments and how-to-report are counted as sections.
struct ContentReceipt {
  std::int64_t items_inserted = 0;
  std::int64_t items_updated = 0;
  std::int64_t items_unchanged = 0;
  std::int64_t sections_replaced = 0;
  std::int64_t sections_unchanged = 0;
  friend bool operator==(const ContentReceipt&, const ContentReceipt&) = default;
};

// DDoS measurements (key figures): one incident's measurements with the
// month and field it counts in.
struct DdosRecord {
  model::YearMonth month;
  model::Field field = model::Field::kNetwork;
  model::DdosMeasurement ddos;
  friend bool operator==(const DdosRecord&, const DdosRecord&) = default;
};

class Store {
 public:
  virtual ~Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Stores `incidents` that arrived in `source`, all or nothing, in one
  // transaction. Incidents whose id is already stored are counted as
  // duplicates and left unchanged. Every incident must carry its content id.
  [[nodiscard]] base::Result<IngestReceipt> put_incidents(
      const SourceFile& source, std::span<const model::Incident> incidents);

  // Begins storing the incidents of `source` in batches; see IngestSession.
  [[nodiscard]] base::Result<std::unique_ptr<IngestSession>> begin_ingest(const SourceFile& source);

  // Returns the incident with `id`, or kNotFound.
  [[nodiscard]] base::Result<model::Incident> get_incident(const std::string& id);

  // Returns the incidents matching `query`, ordered by month, field, severity
  // (most severe first), report time and id: a stable order.
  [[nodiscard]] base::Result<std::vector<model::Incident>> find_incidents(
      const IncidentQuery& query);

  // Returns incident counts per month, field and severity for the months
  // `first`..`last` inclusive; combinations with no incidents are absent.
  // Drafts are not counted: the counts are what the report assesses.
  [[nodiscard]] base::Result<std::vector<MonthFieldCount>> count_incidents(model::YearMonth first,
                                                                           model::YearMonth last);

  // Returns the first and last month holding incidents. Cost independent of
  // the number of incidents stored.
  [[nodiscard]] base::Result<Coverage> coverage();

  // Returns the schema migrations applied, in order.
  [[nodiscard]] base::Result<std::vector<AppliedMigration>> applied_migrations();

  // Begins importing feed file `source`; see FeedImportSession. Fails with
  // kConflict when a file with the same digest was imported before.
  [[nodiscard]] base::Result<std::unique_ptr<FeedImportSession>> begin_feed_import(
      const SourceFile& source, const FeedImportOptions& options);

  // Returns the imported feed file with `digest`, or nullopt.
  [[nodiscard]] base::Result<std::optional<FeedFileRecord>> find_feed_file(
      const std::string& digest);

  // Returns the feed counts of the months `first`..`last` inclusive, ordered
  // by month, field, RSIT taxonomy and type, and feed.
  [[nodiscard]] base::Result<std::vector<model::FeedCount>> count_feed_events(
      model::YearMonth first, model::YearMonth last);

  // Returns how many raw feed events the store keeps.
  [[nodiscard]] base::Result<std::int64_t> count_raw_feed_events();

  // Drops the identities and hosts behind the feed counts of the months
  // before `before` (the counts stay) and closes those months: later imports
  // count none of their events, which could no longer be told from events
  // counted before. Never reopens a month: the closed range only grows. One
  // transaction.
  [[nodiscard]] base::Result<FeedPruneReceipt> prune_feed_months(model::YearMonth before);
  // The month before which feed months are closed, or nullopt when none is.
  [[nodiscard]] base::Result<std::optional<model::YearMonth>> feed_closed_before();

  // Stores `document` and its incident in one transaction, all or nothing.
  // When no incident with `incident.id` is stored, `incident` is stored as
  // drafted by the document (version 1, `changes` must be empty); otherwise
  // the stored incident is replaced by `incident` (its id unchanged) and the
  // document becomes its next version, recording `changes`. A document whose
  // digest is already stored changes nothing: its placement is returned with
  // already_stored set. `incident` must carry an id.
  [[nodiscard]] base::Result<DocumentPlacement> put_document(const DocumentSource& document,
                                                             const model::Incident& incident,
                                                             std::span<const FactChange> changes);

  // Returns where the document with `digest` is stored, or nullopt.
  [[nodiscard]] base::Result<std::optional<DocumentPlacement>> find_document(
      const std::string& digest);

  // Returns the text of the document with `digest`, or kNotFound.
  [[nodiscard]] base::Result<std::string> document_text(const std::string& digest);

  // Returns the versions of incident `id`, oldest first; empty for an
  // incident not drafted from documents (or not stored).
  [[nodiscard]] base::Result<std::vector<IncidentVersion>> incident_timeline(const std::string& id);

  // Returns the incidents drafted from documents that match `query`, ordered
  // by report time and id. Answered from an index on organisation and time.
  [[nodiscard]] base::Result<std::vector<model::Incident>> find_link_candidates(
      const LinkCandidateQuery& query);

  // --- Warnings, the KEV catalog and status overrides ---

  // Stores `warning` (which must pass model::validate_warning and not be
  // retired) under the next number of its issue date's year, and returns
  // that number. Numbers are never given twice. `warning.number` is ignored.
  [[nodiscard]] base::Result<model::WarningNumber> add_warning(const model::Warning& warning);

  // Returns the warning numbered `number`, or kNotFound.
  [[nodiscard]] base::Result<model::Warning> get_warning(model::WarningNumber number);

  // Returns the warnings matching `query`, by year and number.
  [[nodiscard]] base::Result<std::vector<model::Warning>> find_warnings(const WarningQuery& query);

  // Retires warning `number` on `on`: kNotFound when there is no such
  // warning, kConflict when it is retired already, kInvalidInput when `on`
  // is before its issue date.
  [[nodiscard]] base::Status retire_warning(model::WarningNumber number, model::CalendarDate on);

  // Sets the level of warning `number` (kNotFound when there is none,
  // kConflict when it is retired: a retired warning is history).
  [[nodiscard]] base::Status set_warning_level(model::WarningNumber number,
                                               model::WarningLevel level);

  // Stores the KEV `records` of `catalog` in one transaction. A CVE stored
  // from a catalog released later is left as it is; otherwise its record is
  // replaced. Storing the same catalog again changes nothing. Every record
  // must carry a CVE id and a real date added (kInvalidInput otherwise).
  [[nodiscard]] base::Result<KevImportReceipt> put_kev_records(const KevCatalogInfo& catalog,
                                                               std::span<const KevRecord> records);

  // Returns the stored KEV records of those of `cve_ids` the catalog lists,
  // ordered by CVE id.
  [[nodiscard]] base::Result<std::vector<KevRecord>> find_kev_records(
      std::span<const std::string> cve_ids);

  // Sets the status of `status_override.field` in its month, replacing an
  // earlier override of the same month and field (the latest wins). The
  // status must be calm, worrying or serious and the reason not blank.
  [[nodiscard]] base::Status put_status_override(const StatusOverride& status_override);

  // Removes the override of `field` in `month`; kNotFound when there is none.
  [[nodiscard]] base::Status clear_status_override(model::YearMonth month, model::Field field);

  // Returns the overrides of `month`, in kAllFields order.
  [[nodiscard]] base::Result<std::vector<StatusOverride>> find_status_overrides(
      model::YearMonth month);

  // Report lifecycle. Each transition is checked and written in one
  // transaction; only forward transitions succeed.

  // Returns the lifecycle of `month`'s report: a draft with the default TLP
  // when nothing is stored for it.
  [[nodiscard]] base::Result<ReportRelease> report_release(model::YearMonth month);

  // Marks `month`'s report reviewed, labelled `tlp`, at `at` (Unix seconds).
  // kConflict unless it is a draft.
  [[nodiscard]] base::Result<ReportRelease> review_report(model::YearMonth month, model::Tlp tlp,
                                                          std::int64_t at);

  // Publishes `month`'s report labelled `tlp` at `at`, storing `files`, which
  // are from then on the report. kConflict unless it is reviewed;
  // kInvalidInput when `files` is empty or names one language and format
  // twice.
  [[nodiscard]] base::Result<ReportRelease> publish_report(model::YearMonth month, model::Tlp tlp,
                                                           std::int64_t at,
                                                           std::span<const ReportFile> files);

  // Returns the bytes of a published report's file, or nullopt when `month`
  // is not published or has no such file.
  [[nodiscard]] base::Result<std::optional<std::string>> published_report_file(
      model::YearMonth month, std::string_view language, std::string_view format);

  // Report content (analyst-written items, top-5 threats, developments, how
  // to report); see model/content.hpp.

  // Stores `content` in one transaction, all or nothing: each item is
  // inserted or replaced by id (it may move to this month); each section the
  // content holds replaces the month's stored one. Storing the same content
  // again changes nothing. Items must belong to `content.month`.
  [[nodiscard]] base::Result<ContentReceipt> put_month_content(const model::MonthContent& content);

  // Inserts or replaces one item by id.
  [[nodiscard]] base::Status put_content_item(const model::ContentItem& item);

  // Returns the item with `id`, or kNotFound.
  [[nodiscard]] base::Result<model::ContentItem> get_content_item(const std::string& id);

  // Returns the stored content of `month`: its items ordered by field (in
  // model::kAllFields order), order and id; its sections, unset when none
  // is stored.
  [[nodiscard]] base::Result<model::MonthContent> month_content(model::YearMonth month);

  // DDoS measurements (key figures): returns the measurements of the
  // incidents (not drafts) of the months `first`..`last` inclusive that carry
  // any, ordered by month, field and incident id.
  [[nodiscard]] base::Result<std::vector<DdosRecord>> find_ddos_measurements(model::YearMonth first,
                                                                             model::YearMonth last);

 protected:
  Store() = default;

 private:
  virtual base::Result<std::unique_ptr<IngestSession>> do_begin_ingest(
      const SourceFile& source) = 0;
  virtual base::Result<std::optional<model::Incident>> do_get_incident(const std::string& id) = 0;
  virtual base::Result<std::vector<model::Incident>> do_find_incidents(
      const IncidentQuery& query) = 0;
  virtual base::Result<std::vector<MonthFieldCount>> do_count_incidents(model::YearMonth first,
                                                                        model::YearMonth last) = 0;
  virtual base::Result<Coverage> do_coverage() = 0;
  virtual base::Result<std::vector<AppliedMigration>> do_applied_migrations() = 0;
  virtual base::Result<std::unique_ptr<FeedImportSession>> do_begin_feed_import(
      const SourceFile& source, const FeedImportOptions& options) = 0;
  virtual base::Result<std::optional<FeedFileRecord>> do_find_feed_file(
      const std::string& digest) = 0;
  virtual base::Result<std::vector<model::FeedCount>> do_count_feed_events(
      model::YearMonth first, model::YearMonth last) = 0;
  virtual base::Result<std::int64_t> do_count_raw_feed_events() = 0;
  virtual base::Result<FeedPruneReceipt> do_prune_feed_months(model::YearMonth before) = 0;
  virtual base::Result<std::optional<model::YearMonth>> do_feed_closed_before() = 0;
  virtual base::Result<DocumentPlacement> do_put_document(const DocumentSource& document,
                                                          const model::Incident& incident,
                                                          std::span<const FactChange> changes) = 0;
  virtual base::Result<std::optional<DocumentPlacement>> do_find_document(
      const std::string& digest) = 0;
  virtual base::Result<std::optional<std::string>> do_document_text(const std::string& digest) = 0;
  virtual base::Result<std::vector<IncidentVersion>> do_incident_timeline(
      const std::string& id) = 0;
  virtual base::Result<std::vector<model::Incident>> do_find_link_candidates(
      const LinkCandidateQuery& query) = 0;

  // Warnings, the KEV catalog and status overrides.
  virtual base::Result<model::WarningNumber> do_add_warning(const model::Warning& warning) = 0;
  virtual base::Result<std::optional<model::Warning>> do_get_warning(
      model::WarningNumber number) = 0;
  virtual base::Result<std::vector<model::Warning>> do_find_warnings(const WarningQuery& query) = 0;
  virtual base::Status do_retire_warning(model::WarningNumber number, model::CalendarDate on) = 0;
  virtual base::Status do_set_warning_level(model::WarningNumber number,
                                            model::WarningLevel level) = 0;
  virtual base::Result<KevImportReceipt> do_put_kev_records(const KevCatalogInfo& catalog,
                                                            std::span<const KevRecord> records) = 0;
  virtual base::Result<std::vector<KevRecord>> do_find_kev_records(
      std::span<const std::string> cve_ids) = 0;
  virtual base::Status do_put_status_override(const StatusOverride& status_override) = 0;
  virtual base::Status do_clear_status_override(model::YearMonth month, model::Field field) = 0;
  virtual base::Result<std::vector<StatusOverride>> do_find_status_overrides(
      model::YearMonth month) = 0;
  // Report lifecycle.
  virtual base::Result<ReportRelease> do_report_release(model::YearMonth month) = 0;
  virtual base::Result<ReportRelease> do_review_report(model::YearMonth month, model::Tlp tlp,
                                                       std::int64_t at) = 0;
  virtual base::Result<ReportRelease> do_publish_report(model::YearMonth month, model::Tlp tlp,
                                                        std::int64_t at,
                                                        std::span<const ReportFile> files) = 0;
  virtual base::Result<std::optional<std::string>> do_published_report_file(
      model::YearMonth month, std::string_view language, std::string_view format) = 0;

  // Report content.
  virtual base::Result<ContentReceipt> do_put_month_content(const model::MonthContent& content) = 0;
  virtual base::Status do_put_content_item(const model::ContentItem& item) = 0;
  virtual base::Result<std::optional<model::ContentItem>> do_get_content_item(
      const std::string& id) = 0;
  virtual base::Result<model::MonthContent> do_month_content(model::YearMonth month) = 0;
  // DDoS measurements (key figures).
  virtual base::Result<std::vector<DdosRecord>> do_find_ddos_measurements(
      model::YearMonth first, model::YearMonth last) = 0;
};

}  // namespace kybersaa::store
