#include "app/report_job.hpp"

#include "app/content_import.hpp"
#include "base/file.hpp"
#include "report/build_report.hpp"

namespace kybersaa::app {

base::Result<report::MonthlyReport> load_monthly_report(store::Store& store, model::YearMonth month,
                                                        const assess::RuleSet& rules) {
  report::ReportInputs inputs;
  inputs.month = month;
  inputs.rules = rules;
  auto counts = store.count_incidents(report::first_month_needed(month), month);
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
  // Report content: analyst-written items, top-5, developments, how to report.
  if (auto status = load_report_content(store, month, inputs); !status) {
    return tl::unexpected(status.error());
  }
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
