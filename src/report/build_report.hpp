#pragma once
// Building the report model from values read out of the store. Pure: no I/O,
// the same inputs always give the same report.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "assess/field_assessment.hpp"
#include "assess/key_figures.hpp"
#include "model/content.hpp"
#include "model/feed_count.hpp"
#include "model/incident.hpp"
#include "model/warning.hpp"
#include "report/monthly_report.hpp"

namespace kybersaa::report {

// Per-month counts as the store reports them (see store::MonthFieldCount),
// restated here so that report does not depend on store.
struct CountRow {
  model::YearMonth month;
  model::Field field = model::Field::kNetwork;
  model::Severity severity = model::Severity::kLow;
  std::int64_t count = 0;
};

// --- Warnings and status overrides, restated so that report does not depend on store ---

// A KEV catalog entry (store::KevRecord): a CVE known to be exploited.
struct KevMark {
  std::string cve_id;
  model::CalendarDate date_added;
  bool known_ransomware = false;
};

// An analyst's status for a field in the report month (store::StatusOverride).
struct OverrideInput {
  model::Field field = model::Field::kNetwork;
  assess::WeatherStatus status = assess::WeatherStatus::kCalm;
  std::string reason;
  std::int64_t set_at = 0;
};

struct ReportInputs {
  model::YearMonth month;
  // Counts for month − 12 .. month (rows outside that range are ignored).
  std::vector<CountRow> counts;
  // The incidents of the month (any order; the report orders them).
  std::vector<model::Incident> incidents;
  assess::RuleSet rules = assess::default_rule_set();
  std::optional<model::YearMonth> data_first;
  std::optional<model::YearMonth> data_last;
  // Warnings (those not in force in the month are ignored), the KEV entries
  // of their CVEs, and the month's status overrides (the last of a field wins).
  std::vector<model::Warning> warnings;
  std::vector<KevMark> kev;
  std::vector<OverrideInput> overrides;
  // Report content: the month's stored content, the previous month's top-5
  // (unset when it had none), the how-to-report shown when the month has
  // none of its own, and the month's document-drafted incidents (drafts), of
  // which those the content does not already write up become draft items.
  model::MonthContent content;
  std::optional<std::vector<model::Threat>> previous_threats;
  model::HowToReport default_how_to_report;
  std::vector<model::Incident> draft_incidents;
  // Key figures and feed figures: rows of the months
  // assess::key_figure_first_month(month)..month (others are ignored). The
  // counts above may cover the same months.
  std::vector<assess::DdosPoint> ddos;
  std::vector<model::FeedCount> feeds;
  assess::KeyFigureSet key_figures = assess::default_key_figure_set();
};

// Returns the month's report: assessments, charts and incident lists. A
// field's warning level for the rules is the highest level of the warnings
// in force in the month that concern it; overrides replace the status the
// rules gave, which the section keeps in status_override.
MonthlyReport build_monthly_report(const ReportInputs& inputs);

// Returns the first month whose counts ReportInputs needs for `month`.
model::YearMonth first_month_needed(model::YearMonth month);

}  // namespace kybersaa::report
