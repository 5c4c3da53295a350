#include "store/store.hpp"

namespace kybersaa::store {

using base::ErrorCode;
using base::fail;

base::Status IngestSession::put(std::span<const model::Incident> incidents) {
  if (failed_) {
    return fail(ErrorCode::kInternal, "put on an ingest session that already failed");
  }
  for (const auto& incident : incidents) {
    if (incident.id.empty()) {
      failed_ = true;
      return fail(ErrorCode::kInternal,
                  "put_incidents: incident '" + incident.title + "' has no content id");
    }
  }
  auto status = do_put(incidents);
  if (!status) failed_ = true;
  return status;
}

base::Result<IngestReceipt> IngestSession::commit() {
  if (failed_) {
    return fail(ErrorCode::kInternal, "commit of an ingest session that already failed");
  }
  failed_ = true;  // a session commits once
  return do_commit();
}

base::Result<std::unique_ptr<IngestSession>> Store::begin_ingest(const SourceFile& source) {
  if (source.digest.empty()) {
    return fail(ErrorCode::kInternal,
                "begin_ingest: source file '" + source.name + "' has no digest");
  }
  return do_begin_ingest(source);
}

base::Result<IngestReceipt> Store::put_incidents(const SourceFile& source,
                                                 std::span<const model::Incident> incidents) {
  auto session = begin_ingest(source);
  if (!session) return tl::unexpected(session.error());
  if (auto status = (*session)->put(incidents); !status) return tl::unexpected(status.error());
  return (*session)->commit();
}

base::Result<model::Incident> Store::get_incident(const std::string& id) {
  auto found = do_get_incident(id);
  if (!found) return tl::unexpected(found.error());
  if (!*found) return fail(ErrorCode::kNotFound, "no incident with id " + id);
  return std::move(**found);
}

base::Result<std::vector<model::Incident>> Store::find_incidents(const IncidentQuery& query) {
  if (query.limit && *query.limit < 0) {
    return fail(ErrorCode::kInvalidInput, "limit must not be negative");
  }
  return do_find_incidents(query);
}

base::Result<std::vector<MonthFieldCount>> Store::count_incidents(model::YearMonth first,
                                                                  model::YearMonth last) {
  if (last < first) {
    return fail(ErrorCode::kInvalidInput,
                "count_incidents: " + last.to_string() + " is before " + first.to_string());
  }
  return do_count_incidents(first, last);
}

base::Result<Coverage> Store::coverage() { return do_coverage(); }

base::Result<std::vector<AppliedMigration>> Store::applied_migrations() {
  return do_applied_migrations();
}

base::Status FeedImportSession::put(std::span<const model::FeedBucket> buckets,
                                    std::span<const model::FeedSighting> sightings,
                                    std::span<const RawFeedEvent> raw) {
  if (failed_) {
    return fail(ErrorCode::kInternal, "put on a feed import session that already failed");
  }
  if (!raw.empty() && raw.size() != sightings.size()) {
    failed_ = true;
    return fail(ErrorCode::kInternal, "feed import: raw events do not match the sightings");
  }
  for (const auto& sighting : sightings) {
    if (sighting.bucket >= buckets.size()) {
      failed_ = true;
      return fail(ErrorCode::kInternal, "feed import: a sighting refers to an unknown bucket");
    }
  }
  auto status = do_put(buckets, sightings, raw);
  if (!status) failed_ = true;
  return status;
}

base::Result<FeedImportReceipt> FeedImportSession::commit() {
  if (failed_) {
    return fail(ErrorCode::kInternal, "commit of a feed import session that already failed");
  }
  failed_ = true;  // a session commits once
  return do_commit();
}

base::Result<std::unique_ptr<FeedImportSession>> Store::begin_feed_import(
    const SourceFile& source, const FeedImportOptions& options) {
  if (source.digest.empty()) {
    return fail(ErrorCode::kInternal,
                "begin_feed_import: source file '" + source.name + "' has no digest");
  }
  return do_begin_feed_import(source, options);
}

base::Result<std::optional<FeedFileRecord>> Store::find_feed_file(const std::string& digest) {
  return do_find_feed_file(digest);
}

base::Result<std::vector<model::FeedCount>> Store::count_feed_events(model::YearMonth first,
                                                                     model::YearMonth last) {
  if (last < first) {
    return fail(ErrorCode::kInvalidInput,
                "count_feed_events: " + last.to_string() + " is before " + first.to_string());
  }
  return do_count_feed_events(first, last);
}

base::Result<std::int64_t> Store::count_raw_feed_events() { return do_count_raw_feed_events(); }
base::Result<FeedPruneReceipt> Store::prune_feed_months(model::YearMonth before) {
  return do_prune_feed_months(before);
}
base::Result<std::optional<model::YearMonth>> Store::feed_closed_before() {
  return do_feed_closed_before();
}

base::Result<DocumentPlacement> Store::put_document(const DocumentSource& document,
                                                    const model::Incident& incident,
                                                    std::span<const FactChange> changes) {
  if (document.file.digest.empty()) {
    return fail(ErrorCode::kInternal,
                "put_document: document '" + document.file.name + "' has no digest");
  }
  if (incident.id.empty()) {
    return fail(ErrorCode::kInternal,
                "put_document: incident '" + incident.title + "' has no content id");
  }
  return do_put_document(document, incident, changes);
}

base::Result<std::optional<DocumentPlacement>> Store::find_document(const std::string& digest) {
  return do_find_document(digest);
}

base::Result<std::string> Store::document_text(const std::string& digest) {
  auto found = do_document_text(digest);
  if (!found) return tl::unexpected(found.error());
  if (!*found) return fail(ErrorCode::kNotFound, "no document with digest " + digest);
  return std::move(**found);
}

base::Result<std::vector<IncidentVersion>> Store::incident_timeline(const std::string& id) {
  return do_incident_timeline(id);
}

base::Result<std::vector<model::Incident>> Store::find_link_candidates(
    const LinkCandidateQuery& query) {
  if (query.to < query.from) {
    return fail(ErrorCode::kInvalidInput, "find_link_candidates: the window ends before it begins");
  }
  return do_find_link_candidates(query);
}

// Report lifecycle.

base::Result<ReportRelease> Store::report_release(model::YearMonth month) {
  return do_report_release(month);
}

base::Result<ReportRelease> Store::review_report(model::YearMonth month, model::Tlp tlp,
                                                 std::int64_t at) {
  return do_review_report(month, tlp, at);
}

base::Result<ReportRelease> Store::publish_report(model::YearMonth month, model::Tlp tlp,
                                                  std::int64_t at,
                                                  std::span<const ReportFile> files) {
  if (files.empty()) {
    return fail(ErrorCode::kInvalidInput,
                "publish_report " + month.to_string() + ": a published report needs its files");
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (files[i].language.empty() || files[i].format.empty()) {
      return fail(ErrorCode::kInvalidInput,
                  "publish_report " + month.to_string() + ": a file without language or format");
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (files[j].language == files[i].language && files[j].format == files[i].format) {
        return fail(ErrorCode::kInvalidInput, "publish_report " + month.to_string() + ": " +
                                                  files[i].language + "/" + files[i].format +
                                                  " given twice");
      }
    }
  }
  return do_publish_report(month, tlp, at, files);
}

base::Result<std::optional<std::string>> Store::published_report_file(model::YearMonth month,
                                                                      std::string_view language,
                                                                      std::string_view format) {
  return do_published_report_file(month, language, format);
}

}  // namespace kybersaa::store

// --- Warnings, the KEV catalog and status overrides ---

namespace kybersaa::store {

base::Result<model::WarningNumber> Store::add_warning(const model::Warning& warning) {
  if (auto status = model::validate_warning(warning); !status) {
    return tl::unexpected(status.error());
  }
  if (warning.retired) {
    return fail(ErrorCode::kInvalidInput, "a new warning cannot be retired already");
  }
  return do_add_warning(warning);
}

base::Result<model::Warning> Store::get_warning(model::WarningNumber number) {
  auto found = do_get_warning(number);
  if (!found) return tl::unexpected(found.error());
  if (!*found) return fail(ErrorCode::kNotFound, "no warning " + number.to_string());
  return std::move(**found);
}

base::Result<std::vector<model::Warning>> Store::find_warnings(const WarningQuery& query) {
  return do_find_warnings(query);
}

base::Status Store::retire_warning(model::WarningNumber number, model::CalendarDate on) {
  auto warning = get_warning(number);
  if (!warning) return tl::unexpected(warning.error());
  if (warning->retired) {
    return fail(ErrorCode::kConflict, "warning " + number.to_string() + " was retired on " +
                                          warning->retired->to_string() + " already");
  }
  if (on < warning->issued) {
    return fail(ErrorCode::kInvalidInput,
                "warning " + number.to_string() + " cannot be retired on " + on.to_string() +
                    ", before its issue date " + warning->issued.to_string());
  }
  return do_retire_warning(number, on);
}

base::Status Store::set_warning_level(model::WarningNumber number, model::WarningLevel level) {
  auto warning = get_warning(number);
  if (!warning) return tl::unexpected(warning.error());
  if (warning->retired) {
    return fail(ErrorCode::kConflict,
                "warning " + number.to_string() + " is retired: its level can no longer change");
  }
  return do_set_warning_level(number, level);
}

base::Result<KevImportReceipt> Store::put_kev_records(const KevCatalogInfo& catalog,
                                                      std::span<const KevRecord> records) {
  for (const KevRecord& record : records) {
    if (!model::is_cve_id(record.cve_id)) {
      return fail(ErrorCode::kInvalidInput,
                  "put_kev_records: '" + record.cve_id + "' is not a CVE id");
    }
    if (!model::parse_calendar_date(record.date_added)) {
      return fail(ErrorCode::kInvalidInput, "put_kev_records: " + record.cve_id + ": date added '" +
                                                record.date_added + "' is not a date");
    }
  }
  return do_put_kev_records(catalog, records);
}

base::Result<std::vector<KevRecord>> Store::find_kev_records(std::span<const std::string> cve_ids) {
  return do_find_kev_records(cve_ids);
}

base::Status Store::put_status_override(const StatusOverride& status_override) {
  const std::string& status = status_override.status;
  if (status != "calm" && status != "worrying" && status != "serious") {
    return fail(ErrorCode::kInvalidInput,
                "'" + status + "' is not a status (calm, worrying or serious)");
  }
  if (status_override.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
    return fail(ErrorCode::kInvalidInput, "an override needs a reason");
  }
  return do_put_status_override(status_override);
}

base::Status Store::clear_status_override(model::YearMonth month, model::Field field) {
  return do_clear_status_override(month, field);
}

base::Result<std::vector<StatusOverride>> Store::find_status_overrides(model::YearMonth month) {
  return do_find_status_overrides(month);
}

// Report content.

namespace {

// Checks what the store keeps of an item: an id, a month, 1..5 bullets and a
// title in each language it is written in.
base::Status check_content_item(const model::ContentItem& item) {
  if (item.id.empty()) return fail(ErrorCode::kInvalidInput, "content item without an id");
  bool any_text = false;
  for (const model::Language language : model::kAllLanguages) {
    const auto& text = model::in_language(item.texts, language);
    if (!text) continue;
    any_text = true;
    const std::string where =
        "content item " + item.id + " (" + std::string(model::language_code(language)) + ")";
    if (text->title.empty()) return fail(ErrorCode::kInvalidInput, where + ": no title");
    if (text->bullets.size() < model::kMinBullets || text->bullets.size() > model::kMaxBullets) {
      return fail(ErrorCode::kInvalidInput, where + ": " + std::to_string(text->bullets.size()) +
                                                " bullets; an item has 1 to 5");
    }
  }
  if (!any_text) {
    return fail(ErrorCode::kInvalidInput, "content item " + item.id + ": no text in any language");
  }
  return {};
}

}  // namespace

base::Result<ContentReceipt> Store::put_month_content(const model::MonthContent& content) {
  for (const model::ContentItem& item : content.items) {
    if (auto status = check_content_item(item); !status) return tl::unexpected(status.error());
    if (item.month != content.month) {
      return fail(ErrorCode::kInvalidInput, "content item " + item.id + " is of " +
                                                item.month.to_string() + ", not of " +
                                                content.month.to_string());
    }
  }
  if (content.threats) {
    if (content.threats->size() > static_cast<std::size_t>(model::kTopThreats)) {
      return fail(ErrorCode::kInvalidInput, "more than 5 threats in the top-5 list");
    }
    for (std::size_t i = 0; i < content.threats->size(); ++i) {
      if ((*content.threats)[i].rank != static_cast<int>(i) + 1) {
        return fail(ErrorCode::kInvalidInput,
                    "the top-5 threats must be ranked 1, 2, ... in order");
      }
    }
  }
  return do_put_month_content(content);
}

base::Status Store::put_content_item(const model::ContentItem& item) {
  if (auto status = check_content_item(item); !status) return status;
  return do_put_content_item(item);
}

base::Result<model::ContentItem> Store::get_content_item(const std::string& id) {
  auto found = do_get_content_item(id);
  if (!found) return tl::unexpected(found.error());
  if (!*found) return fail(ErrorCode::kNotFound, "no content item with id " + id);
  return std::move(**found);
}

base::Result<model::MonthContent> Store::month_content(model::YearMonth month) {
  return do_month_content(month);
}

// DDoS measurements (key figures).
base::Result<std::vector<DdosRecord>> Store::find_ddos_measurements(model::YearMonth first,
                                                                    model::YearMonth last) {
  if (last < first) {
    return fail(ErrorCode::kInvalidInput,
                "find_ddos_measurements: " + last.to_string() + " is before " + first.to_string());
  }
  return do_find_ddos_measurements(first, last);
}

}  // namespace kybersaa::store
