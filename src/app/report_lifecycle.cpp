#include "app/report_lifecycle.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <vector>

#include "app/report_job.hpp"

namespace kybersaa::app {

using base::ErrorCode;
using base::fail;

base::Result<store::ReportRelease> review_report(store::Store& store, model::YearMonth month,
                                                 std::optional<model::Tlp> tlp,
                                                 const base::Clock& clock) {
  auto current = store.report_release(month);
  if (!current) return tl::unexpected(current.error());
  return store.review_report(month, tlp.value_or(current->tlp), clock.now_unix_seconds());
}

namespace {

// A published report carries no draft: each item drafted from a document
// must be approved (or rewritten and approved) first.
base::Status check_no_draft_items(const report::MonthlyReport& report) {
  std::vector<std::string> drafts;
  for (const report::FieldSection& section : report.fields) {
    for (const model::ContentItem& item : section.items) {
      if (item.status == model::ItemStatus::kDraft) drafts.push_back(item.id);
    }
  }
  if (drafts.empty()) return {};
  const std::string list = fmt::format("{}", fmt::join(drafts, ", "));
  return fail(ErrorCode::kConflict,
              "the report for " + report.month.to_string() + " has " +
                  std::to_string(drafts.size()) +
                  (drafts.size() == 1 ? " draft item" : " draft items") + " (" + list +
                  "); approve each (kybersaa item approve ID) before publishing");
}

}  // namespace

base::Result<store::ReportRelease> publish_report(store::Store& store, model::YearMonth month,
                                                  std::optional<model::Tlp> tlp,
                                                  const assess::RuleSet& rules,
                                                  const assess::KeyFigureSet& figures,
                                                  const PdfPrinter& pdf_printer,
                                                  const base::Clock& clock) {
  // Refuse early: printing twelve files for a report that cannot be
  // published would only waste the time. The store checks again as it writes.
  auto current = store.report_release(month);
  if (!current) return tl::unexpected(current.error());
  if (current->state != model::ReportState::kReviewed) {
    return fail(ErrorCode::kConflict, "the report for " + month.to_string() + " is " +
                                          std::string(model::report_state_name(current->state)) +
                                          "; only a reviewed report can be published" +
                                          (current->state == model::ReportState::kDraft
                                               ? " (review it first: kybersaa report review)"
                                               : ""));
  }
  auto report = load_monthly_report(store, month, rules, figures);
  if (!report) return tl::unexpected(report.error());
  if (auto status = check_no_draft_items(*report); !status) return tl::unexpected(status.error());
  report->state = model::ReportState::kPublished;
  report->tlp = tlp.value_or(current->tlp);

  std::vector<store::ReportFile> files;
  for (model::Language language : model::kAllLanguages) {
    for (report::Format format : kPublishedFormats) {
      auto bytes = render_report_file(*report, language, format, &pdf_printer);
      if (!bytes) return tl::unexpected(bytes.error());
      files.push_back({std::string(model::language_code(language)),
                       std::string(report::format_id(format)), std::move(*bytes)});
    }
  }
  return store.publish_report(month, report->tlp, clock.now_unix_seconds(), files);
}

base::Result<ReportOutput> produce_report_file(store::Store& store, model::YearMonth month,
                                               model::Language language, report::Format format,
                                               const assess::RuleSet& rules,
                                               const assess::KeyFigureSet& figures,
                                               const PdfPrinter* pdf_printer) {
  auto release = store.report_release(month);
  if (!release) return tl::unexpected(release.error());
  if (release->state == model::ReportState::kPublished) {
    auto stored = store.published_report_file(month, model::language_code(language),
                                              report::format_id(format));
    if (!stored) return tl::unexpected(stored.error());
    if (!*stored) {
      return fail(ErrorCode::kNotFound, "the published report for " + month.to_string() +
                                            " has no " + std::string(report::format_id(format)) +
                                            " file in " +
                                            std::string(model::language_code(language)));
    }
    return ReportOutput{std::move(**stored), release->published_at};
  }
  auto report = load_monthly_report(store, month, rules, figures);
  if (!report) return tl::unexpected(report.error());
  auto bytes = render_report_file(*report, language, format, pdf_printer);
  if (!bytes) return tl::unexpected(bytes.error());
  return ReportOutput{std::move(*bytes), std::nullopt};
}

}  // namespace kybersaa::app
