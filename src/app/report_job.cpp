#include "app/report_job.hpp"

#include <algorithm>

#include "base/file.hpp"
#include "report/build_report.hpp"

namespace kybersaa::app {

base::Result<report::MonthlyReport> load_monthly_report(store::Store& store, model::YearMonth month,
                                                        const assess::RuleSet& rules,
                                                        const assess::KeyFigureSet& figures) {
  report::ReportInputs inputs;
  inputs.month = month;
  inputs.rules = rules;
  // Key figures compare a year with the year before: the counts of 24
  // months, which cover the 13 the assessment needs.
  const model::YearMonth first =
      std::min(report::first_month_needed(month), assess::key_figure_first_month(month));
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
  // Key figures and feed figures.
  inputs.key_figures = figures;
  auto ddos = store.find_ddos_measurements(first, month);
  if (!ddos) return tl::unexpected(ddos.error());
  for (const store::DdosRecord& record : *ddos) {
    inputs.ddos.push_back({record.month, record.field, record.ddos});
  }
  auto feeds = store.count_feed_events(first, month);
  if (!feeds) return tl::unexpected(feeds.error());
  inputs.feeds = std::move(*feeds);
  return report::build_monthly_report(inputs);
}

base::Status write_report(const report::MonthlyReport& report, model::Language language,
                          report::Format format, const std::filesystem::path& out) {
  return base::write_file_atomically(out, report::render_report(report, language, format));
}

std::string report_file_name(model::YearMonth month, model::Language language,
                             report::Format format) {
  return "kybersaa-" + month.to_string() + "." + std::string(model::language_code(language)) + "." +
         std::string(report::format_extension(format));
}

}  // namespace kybersaa::app
