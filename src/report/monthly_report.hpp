#pragma once
// The report model: what the monthly report says, independent of how it
// looks. Renderers (html, markdown, json) turn one MonthlyReport into bytes
// for one language; new formats and languages are new renderers, never a new
// model. Plain values, built by build_monthly_report() from store values.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "assess/field_assessment.hpp"
#include "assess/key_figures.hpp"
#include "assess/status_rules.hpp"
#include "model/field.hpp"
#include "model/incident.hpp"
#include "model/year_month.hpp"

namespace kybersaa::report {

// Version of the report JSON schema (docs/formats/report.schema.json).
inline constexpr std::string_view kReportSchemaVersion = "3";

// Number of months in each field's chart: the month and the 12 before it.
inline constexpr int kChartMonths = 13;

// One point of a field's chart.
struct MonthCount {
  model::YearMonth month;
  std::int64_t count = 0;
  friend bool operator==(const MonthCount&, const MonthCount&) = default;
};

// An incident as the report lists it. Only incidents whose TLP allows
// publication are listed; the reporter's name and contact never appear.
struct ListedIncident {
  std::string id;
  std::string title;
  std::int64_t reported_at = 0;  // Unix seconds; shown as a Helsinki date
  model::Severity severity = model::Severity::kMedium;
  model::IncidentStatus status = model::IncidentStatus::kOpen;
  model::Sector sector = model::Sector::kOther;
  model::RsitClass rsit;
  std::optional<std::int64_t> affected_people;
  std::optional<std::int64_t> affected_devices;
  model::Tlp tlp = model::Tlp::kClear;
};

// Feed figures: what one feed counted for a field in the month, per RSIT
// class, with the previous month for comparison (constituency events only).
struct FeedLine {
  std::string feed;  // the feed or report type, e.g. "Open-IPP"
  model::RsitClass rsit;
  std::int64_t events = 0;
  std::int64_t hosts = 0;  // distinct hosts
  std::int64_t previous_events = 0;
  std::int64_t previous_hosts = 0;
  friend bool operator==(const FeedLine&, const FeedLine&) = default;
};

// Feed figures: the months a feed has counts for, within the months the
// report reads (key figures: 24 months up to the report month).
struct FeedCoverage {
  std::string feed;
  model::YearMonth first;
  model::YearMonth last;
  int months = 0;  // months with counts between first and last
  friend bool operator==(const FeedCoverage&, const FeedCoverage&) = default;
};

// One field of the weather map with everything the report shows for it.
struct FieldSection {
  model::Field field = model::Field::kNetwork;
  assess::FieldAssessment assessment;
  std::vector<MonthCount> series;         // kChartMonths points, oldest first
  std::vector<ListedIncident> incidents;  // publishable incidents of the month
  std::int64_t withheld = 0;              // incidents not listed because of their TLP
  // Feed figures: the feeds' counts for the field, ordered by feed and RSIT class.
  std::vector<FeedLine> feeds;
};

struct Totals {
  std::int64_t count = 0;
  std::int64_t previous = 0;
  std::int64_t year_ago = 0;
};

struct MonthlyReport {
  model::YearMonth month;
  std::vector<FieldSection> fields;  // the six fields in model::kAllFields order
  Totals totals;
  assess::RuleSet rules;                       // the rules that produced the statuses
  std::optional<model::YearMonth> data_first;  // the store's coverage
  std::optional<model::YearMonth> data_last;
  // Key figures of the month, in the order declared, and where the
  // declarations came from (a file name or "built-in defaults").
  std::vector<assess::KeyFigureValue> key_figures;
  std::string key_figures_source;
  // Feed figures: which feeds the report's counts rest on, ordered by feed.
  std::vector<FeedCoverage> feed_coverage;
};

}  // namespace kybersaa::report
