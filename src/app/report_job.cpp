#include "app/report_job.hpp"

#include <algorithm>

#include "app/content_import.hpp"
#include "base/file.hpp"
#include "report/build_report.hpp"

namespace kybersaa::app {
namespace {

// --- Warnings, their KEV entries and status overrides ---

// Reads the warnings in force in `inputs.month`, the KEV entries of their
// CVEs and the month's status overrides into `inputs`.
base::Status load_warnings_and_overrides(store::Store& store, report::ReportInputs& inputs) {
  auto warnings = store.find_warnings({inputs.month});
  if (!warnings) return tl::unexpected(warnings.error());
  std::vector<std::string> cves;
  for (const model::Warning& warning : *warnings) {
    cves.insert(cves.end(), warning.cves.begin(), warning.cves.end());
  }
  inputs.warnings = std::move(*warnings);
  auto kev = store.find_kev_records(cves);
  if (!kev) return tl::unexpected(kev.error());
  for (const store::KevRecord& record : *kev) {
    const auto added = model::parse_calendar_date(record.date_added);
    if (!added) {
      return base::fail(base::ErrorCode::kInternal,
                        "stored KEV entry " + record.cve_id + " has no valid date added");
    }
    inputs.kev.push_back({record.cve_id, *added, record.known_ransomware});
  }
  auto overrides = store.find_status_overrides(inputs.month);
  if (!overrides) return tl::unexpected(overrides.error());
  for (const store::StatusOverride& entry : *overrides) {
    std::optional<assess::WeatherStatus> status;
    for (const auto candidate : {assess::WeatherStatus::kCalm, assess::WeatherStatus::kWorrying,
                                 assess::WeatherStatus::kSerious}) {
      if (assess::status_id(candidate) == entry.status) status = candidate;
    }
    if (!status) {
      return base::fail(base::ErrorCode::kInternal,
                        "stored status override has an unknown status '" + entry.status + "'");
    }
    inputs.overrides.push_back({entry.field, *status, entry.reason, entry.set_at});
  }
  return {};
}

}  // namespace

base::Result<report::MonthlyReport> load_monthly_report(store::Store& store, model::YearMonth month,
                                                        const assess::RuleSet& rules,
                                                        const assess::KeyFigureSet& figures) {
  report::ReportInputs inputs;
  inputs.month = month;
  inputs.rules = rules;
  // The counts of the 13 months the assessment needs, and of the months the
  // declared key figures read (a year with the defaults, at most 24).
  const model::YearMonth figures_first = assess::figures_first_month(figures, month);
  const model::YearMonth first = std::min(report::first_month_needed(month), figures_first);
  auto counts = store.count_incidents(first, month);
  if (!counts) return tl::unexpected(counts.error());
  inputs.counts.reserve(counts->size());
  for (const auto& row : *counts) {
    inputs.counts.push_back({row.month, row.field, row.severity, row.count});
  }
  store::IncidentQuery query;
  query.month = month;
  auto incidents = store.find_incidents(query);
  if (!incidents) return tl::unexpected(incidents.error());
  inputs.incidents = std::move(*incidents);
  auto coverage = store.coverage();
  if (!coverage) return tl::unexpected(coverage.error());
  inputs.data_first = coverage->first;
  inputs.data_last = coverage->last;
  if (auto status = load_warnings_and_overrides(store, inputs); !status) {
    return tl::unexpected(status.error());
  }
  // Report content: analyst-written items, top-5, developments, how to report.
  if (auto status = load_report_content(store, month, inputs); !status) {
    return tl::unexpected(status.error());
  }
  // Key figures and feed figures.
  inputs.key_figures = figures;
  auto ddos = store.find_ddos_measurements(figures_first, month);
  if (!ddos) return tl::unexpected(ddos.error());
  for (const store::DdosRecord& record : *ddos) {
    inputs.ddos.push_back({record.month, record.field, record.ddos});
  }
  // Feed counts of all 24 months: the method notes' feed coverage spans them.
  auto feeds = store.count_feed_events(assess::key_figure_first_month(month), month);
  if (!feeds) return tl::unexpected(feeds.error());
  inputs.feeds = std::move(*feeds);
  auto built = report::build_monthly_report(inputs);
  // Report lifecycle: the report shows where it is and its TLP.
  auto release = store.report_release(month);
  if (!release) return tl::unexpected(release.error());
  built.state = release->state;
  built.tlp = release->tlp;
  return built;
}

base::Result<std::string> render_report_file(const report::MonthlyReport& report,
                                             model::Language language, report::Format format,
                                             const PdfPrinter* pdf_printer) {
  if (format != report::Format::kPdf) return report::render_report(report, language, format);
  if (pdf_printer == nullptr) {
    return base::fail(base::ErrorCode::kUnavailable, std::string(kChromiumMissing));
  }
  return pdf_printer->print(report::render_report(report, language, format), report.month);
}

base::Status write_report(const report::MonthlyReport& report, model::Language language,
                          report::Format format, const std::filesystem::path& out,
                          const PdfPrinter* pdf_printer) {
  auto bytes = render_report_file(report, language, format, pdf_printer);
  if (!bytes) return tl::unexpected(bytes.error());
  return base::write_file_atomically(out, *bytes);
}

std::string report_file_name(model::YearMonth month, model::Language language,
                             report::Format format) {
  return "kybersaa-" + month.to_string() + "." + std::string(model::language_code(language)) + "." +
         std::string(report::format_extension(format));
}

}  // namespace kybersaa::app
