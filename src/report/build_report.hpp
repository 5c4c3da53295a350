#pragma once
// Building the report model from values read out of the store. Pure: no I/O,
// the same inputs always give the same report.

#include <optional>
#include <span>
#include <vector>

#include "assess/field_assessment.hpp"
#include "assess/key_figures.hpp"
#include "model/feed_count.hpp"
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
  // Key figures and feed figures: rows of the months
  // assess::key_figure_first_month(month)..month (others are ignored). The
  // counts above may cover the same months.
  std::vector<assess::DdosPoint> ddos;
  std::vector<model::FeedCount> feeds;
  assess::KeyFigureSet key_figures = assess::default_key_figure_set();
};

// Returns the month's report: assessments, charts and incident lists.
MonthlyReport build_monthly_report(const ReportInputs& inputs);

// Returns the first month whose counts ReportInputs needs for `month`.
model::YearMonth first_month_needed(model::YearMonth month);

}  // namespace kybersaa::report
