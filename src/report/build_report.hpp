#pragma once
// Building the report model from values read out of the store. Pure: no I/O,
// the same inputs always give the same report.

#include <optional>
#include <span>
#include <vector>

#include "assess/field_assessment.hpp"
#include "model/content.hpp"
#include "model/incident.hpp"
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

struct ReportInputs {
  model::YearMonth month;
  // Counts for month − 12 .. month (rows outside that range are ignored).
  std::vector<CountRow> counts;
  // The incidents of the month (any order; the report orders them).
  std::vector<model::Incident> incidents;
  assess::RuleSet rules = assess::default_rule_set();
  std::optional<model::YearMonth> data_first;
  std::optional<model::YearMonth> data_last;
  // Report content: the month's stored content, the previous month's top-5
  // (unset when it had none), the how-to-report shown when the month has
  // none of its own, and the month's document-drafted incidents (drafts), of
  // which those the content does not already write up become draft items.
  model::MonthContent content;
  std::optional<std::vector<model::Threat>> previous_threats;
  model::HowToReport default_how_to_report;
  std::vector<model::Incident> draft_incidents;
};

// Returns the month's report: assessments, charts and incident lists.
MonthlyReport build_monthly_report(const ReportInputs& inputs);

// Returns the first month whose counts ReportInputs needs for `month`.
model::YearMonth first_month_needed(model::YearMonth month);

}  // namespace kybersaa::report
