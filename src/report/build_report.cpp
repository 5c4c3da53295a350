#include "report/build_report.hpp"

#include <algorithm>
#include <tuple>

#include "model/calendar.hpp"
#include "report/content.hpp"

namespace kybersaa::report {
namespace {

// Incidents are listed most severe first, then newest first, then by id, so
// the order never depends on the order the store returned them in.
bool listed_before(const ListedIncident& a, const ListedIncident& b) {
  return std::tuple(b.severity, b.reported_at, a.id) < std::tuple(a.severity, a.reported_at, b.id);
}

ListedIncident to_listed(const model::Incident& incident) {
  ListedIncident listed;
  listed.id = incident.id;
  listed.title = incident.title;
  listed.reported_at = incident.reported_at;
  listed.severity = incident.severity;
  listed.status = incident.status;
  listed.sector = incident.organization.sector;
  listed.rsit = incident.rsit;
  listed.affected_people = incident.affected_people;
  listed.affected_devices = incident.affected_devices;
  listed.tlp = incident.tlp;
  return listed;
}

}  // namespace

model::YearMonth first_month_needed(model::YearMonth month) {
  return month.plus_months(-assess::kHistoryMonths);
}

MonthlyReport build_monthly_report(const ReportInputs& inputs) {
  MonthlyReport report;
  report.month = inputs.month;
  report.rules = inputs.rules;
  report.data_first = inputs.data_first;
  report.data_last = inputs.data_last;

  const model::YearMonth first = first_month_needed(inputs.month);
  std::array<assess::FieldHistory, model::kAllFields.size()> histories{};
  for (model::Field field : model::kAllFields) histories[model::field_index(field)].field = field;
  for (const CountRow& row : inputs.counts) {
    const int offset = row.month.months_since(first);
    if (offset < 0 || offset > assess::kHistoryMonths) continue;
    auto& history = histories[model::field_index(row.field)];
    history.counts[static_cast<std::size_t>(offset)] += row.count;
    if (row.severity == model::Severity::kHigh) {
      history.high_counts[static_cast<std::size_t>(offset)] += row.count;
    }
    if (offset == assess::kHistoryMonths && row.severity == model::Severity::kCritical) {
      history.critical += row.count;
    }
  }

  for (model::Field field : model::kAllFields) {
    const auto& history = histories[model::field_index(field)];
    FieldSection section;
    section.field = field;
    section.assessment = assess::assess_field(history, inputs.rules);
    for (int i = 0; i < kChartMonths; ++i) {
      const int offset = assess::kHistoryMonths + 1 - kChartMonths + i;
      section.series.push_back(
          {first.plus_months(offset), history.counts[static_cast<std::size_t>(offset)]});
    }
    report.totals.count += section.assessment.count;
    report.totals.previous += section.assessment.previous;
    report.totals.year_ago += section.assessment.year_ago;
    report.fields.push_back(std::move(section));
  }

  for (const model::Incident& incident : inputs.incidents) {
    if (model::incident_month(incident) != inputs.month) continue;
    auto& section = report.fields[model::field_index(incident.field)];
    if (model::tlp_allows_publication(incident.tlp)) {
      section.incidents.push_back(to_listed(incident));
    } else {
      ++section.withheld;
    }
  }
  for (auto& section : report.fields) {
    std::sort(section.incidents.begin(), section.incidents.end(), listed_before);
  }
  add_report_content(report, inputs);  // report content: report/content.hpp
  return report;
}

}  // namespace kybersaa::report
