#pragma once
// The report model: what the monthly report says, independent of how it
// looks. Renderers (html, markdown, json) turn one MonthlyReport into bytes
// for one language; new formats and languages are new renderers, never a new
// model. Plain values, built by build_monthly_report() from store values.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "assess/field_assessment.hpp"
#include "assess/key_figures.hpp"
#include "assess/status_rules.hpp"
#include "model/content.hpp"
#include "model/field.hpp"
#include "model/incident.hpp"
#include "model/report_state.hpp"
#include "model/warning.hpp"
#include "model/year_month.hpp"

namespace kybersaa::report {

// Version of the report JSON schema (docs/formats/report.schema.json).
inline constexpr std::string_view kReportSchemaVersion = "5";

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

// --- Warnings of the month and analysts' status overrides ---

// A CVE a warning names, joined with the CISA KEV catalog.
struct WarningCve {
  std::string id;
  std::optional<model::CalendarDate> kev_date_added;  // set when KEV lists it: known exploited
  bool known_ransomware = false;                      // KEV: used in ransomware campaigns
  friend bool operator==(const WarningCve&, const WarningCve&) = default;
};

// A warning in force in the report month.
struct ReportWarning {
  model::WarningNumber number;
  model::WarningLevel level = model::WarningLevel::kYellow;
  bool grey = false;                  // retired by the end of the month: no longer in force
  std::array<std::string, 3> titles;  // indexed by model::Language; empty where absent
  model::CalendarDate issued;
  model::CalendarDate active_since;
  std::optional<model::CalendarDate> retired;
  std::vector<model::Field> fields;
  std::vector<WarningCve> cves;
  friend bool operator==(const ReportWarning&, const ReportWarning&) = default;
};

// An analyst's status for a field, applied after the rules.
struct AppliedOverride {
  assess::WeatherStatus rules_status = assess::WeatherStatus::kCalm;  // what the rules gave
  std::string reason;
  std::int64_t set_at = 0;  // Unix seconds
  friend bool operator==(const AppliedOverride&, const AppliedOverride&) = default;
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
// Report content: one headline bullet of a field on the weather map, in
// every language it is written in (generated bullets are in all three).
struct Headline {
  std::string source;  // "item:ID" for an analyst's headline, "generated:KIND" otherwise
  model::PerLanguage<std::string> text;
  friend bool operator==(const Headline&, const Headline&) = default;
};

// Report content: a threat of the month's top-5 and how it moved since the
// previous report's list.
struct ThreatEntry {
  model::Threat threat;
  std::optional<int> previous_rank;                 // unset: new on the list
  assess::Trend trend = assess::Trend::kUnchanged;  // raised = a higher place (smaller rank)
  bool updated = false;  // its texts or linked metrics changed since the previous list
  bool is_new() const { return !previous_rank; }
  friend bool operator==(const ThreatEntry&, const ThreatEntry&) = default;
};

struct FieldSection {
  model::Field field = model::Field::kNetwork;
  assess::FieldAssessment assessment;
  std::vector<MonthCount> series;         // kChartMonths points, oldest first
  std::vector<ListedIncident> incidents;  // publishable incidents of the month
  std::int64_t withheld = 0;              // incidents not listed because of their TLP
  // Set when an analyst overrode the status: assessment.status is then the
  // analyst's, assessment.rule still the rule that decided the rules' status.
  std::optional<AppliedOverride> status_override;
  // Report content: the section's items (analysts' items, then drafts made
  // from document-drafted incidents) and the weather map's 2-4 headlines.
  std::vector<model::ContentItem> items;
  std::vector<Headline> headlines;
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
  // Warnings in force in the month, by year and number.
  std::vector<ReportWarning> warnings;
  // Report lifecycle: where the report is (a draft until an analyst reviews
  // it) and its TLP. Filled by app from the store; report/ only shows them.
  model::ReportState state = model::ReportState::kDraft;
  model::Tlp tlp = model::kDefaultReportTlp;
  // Report content (analyst-written): the top-5 with trends against the
  // previous month's list, field developments and how to report.
  std::vector<ThreatEntry> threats;
  std::optional<model::YearMonth> threats_compared_with;  // set when that month had a list
  std::vector<model::Development> developments;
  model::HowToReport how_to_report;
  bool how_to_report_is_default = true;  // the shipped text, not the month's own
  // Key figures of the month, in the order declared, and where the
  // declarations came from (a file name or "built-in defaults").
  std::vector<assess::KeyFigureValue> key_figures;
  std::string key_figures_source;
  // Feed figures: which feeds the report's counts rest on, ordered by feed.
  std::vector<FeedCoverage> feed_coverage;
};

}  // namespace kybersaa::report
