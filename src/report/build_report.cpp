#include "report/build_report.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
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

// --- Warnings and status overrides ---

// Raises each field's warning level to the highest warning in force.
void add_warning_levels(const ReportInputs& inputs,
                        std::array<assess::FieldHistory, model::kAllFields.size()>& histories) {
  for (const model::Warning& warning : inputs.warnings) {
    if (!model::warning_in_force(warning, inputs.month)) continue;
    const auto level = static_cast<assess::WarningLevel>(warning.level);
    for (const model::Field field : warning.fields) {
      auto& history = histories[model::field_index(field)];
      history.warning = std::max(history.warning, level);
    }
  }
}

std::vector<ReportWarning> report_warnings(const ReportInputs& inputs) {
  std::vector<ReportWarning> warnings;
  for (const model::Warning& warning : inputs.warnings) {
    if (!model::warning_in_force(warning, inputs.month)) continue;
    ReportWarning shown;
    shown.number = warning.number;
    shown.level = warning.level;
    shown.grey = model::warning_retired_by_end_of(warning, inputs.month);
    shown.titles = warning.titles;
    shown.issued = warning.issued;
    shown.active_since = warning.active_since;
    shown.retired = warning.retired;
    shown.fields = warning.fields;
    for (const std::string& cve : warning.cves) {
      WarningCve joined{cve, std::nullopt, false};
      const auto kev = std::find_if(inputs.kev.begin(), inputs.kev.end(),
                                    [&](const KevMark& mark) { return mark.cve_id == cve; });
      if (kev != inputs.kev.end()) {
        joined.kev_date_added = kev->date_added;
        joined.known_ransomware = kev->known_ransomware;
      }
      shown.cves.push_back(std::move(joined));
    }
    warnings.push_back(std::move(shown));
  }
  std::sort(warnings.begin(), warnings.end(), [](const ReportWarning& a, const ReportWarning& b) {
    return std::tuple(a.number.year, a.number.number) < std::tuple(b.number.year, b.number.number);
  });
  return warnings;
}

void apply_overrides(const ReportInputs& inputs, MonthlyReport& report) {
  for (const OverrideInput& entry : inputs.overrides) {
    FieldSection& section = report.fields[model::field_index(entry.field)];
    const assess::WeatherStatus rules_status =
        section.status_override ? section.status_override->rules_status : section.assessment.status;
    section.status_override = AppliedOverride{rules_status, entry.reason, entry.set_at};
    section.assessment.status = entry.status;
  }
}

// Key figures: computed by assess from the counts, measurements and feed
// counts of the inputs.
void add_key_figures(const ReportInputs& inputs, MonthlyReport& report) {
  assess::KeyFigureData data;
  data.month = inputs.month;
  data.incidents_first = inputs.data_first;
  data.incidents_last = inputs.data_last;
  const model::YearMonth first = assess::key_figure_first_month(inputs.month);
  for (const CountRow& row : inputs.counts) {
    if (row.month < first || inputs.month < row.month) continue;
    data.incidents.push_back({row.month, row.field, row.severity, row.count});
  }
  data.ddos = inputs.ddos;
  data.feeds = inputs.feeds;
  report.key_figures = assess::compute_key_figures(inputs.key_figures, data);
  report.key_figures_source = inputs.key_figures.source;
}

// Feed figures: each field's feed counts of the month and the month before,
// and which feeds have counts in which months.
void add_feed_figures(const ReportInputs& inputs, MonthlyReport& report) {
  const model::YearMonth first = assess::key_figure_first_month(inputs.month);
  const model::YearMonth previous = inputs.month.plus_months(-1);
  std::map<std::string, std::set<model::YearMonth>> months_by_feed;
  for (const model::FeedCount& count : inputs.feeds) {
    const model::FeedBucket& bucket = count.bucket;
    if (bucket.month < first || inputs.month < bucket.month) continue;
    months_by_feed[bucket.feed].insert(bucket.month);
    if (bucket.month != inputs.month && bucket.month != previous) continue;
    auto& lines = report.fields[model::field_index(bucket.field)].feeds;
    auto line = std::find_if(lines.begin(), lines.end(), [&](const FeedLine& existing) {
      return existing.feed == bucket.feed && existing.rsit == bucket.rsit;
    });
    if (line == lines.end()) {
      lines.push_back({bucket.feed, bucket.rsit});
      line = std::prev(lines.end());
    }
    if (bucket.month == inputs.month) {
      line->events += count.events;
      line->hosts += count.hosts;
    } else {
      line->previous_events += count.events;
      line->previous_hosts += count.hosts;
    }
  }
  for (auto& section : report.fields) {
    std::sort(section.feeds.begin(), section.feeds.end(), [](const FeedLine& a, const FeedLine& b) {
      return std::tie(a.feed, a.rsit.taxonomy, a.rsit.type) <
             std::tie(b.feed, b.rsit.taxonomy, b.rsit.type);
    });
  }
  for (const auto& [feed, months] : months_by_feed) {
    report.feed_coverage.push_back(
        {feed, *months.begin(), *months.rbegin(), static_cast<int>(months.size())});
  }
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

  add_warning_levels(inputs, histories);
  // Feed figures as an input of the status rules.
  for (const model::FeedCount& row : inputs.feeds) {
    const int offset = row.bucket.month.months_since(first);
    if (offset < 0 || offset > assess::kHistoryMonths) continue;
    auto& history = histories[model::field_index(row.bucket.field)];
    history.feed_events[static_cast<std::size_t>(offset)] += row.events;
    history.feed_hosts[static_cast<std::size_t>(offset)] += row.hosts;
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
  apply_overrides(inputs, report);
  report.warnings = report_warnings(inputs);
  add_report_content(report, inputs);  // report content: report/content.hpp
  add_key_figures(inputs, report);
  add_feed_figures(inputs, report);
  return report;
}

}  // namespace kybersaa::report
