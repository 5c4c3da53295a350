#include "report/build_report.hpp"

#include <gtest/gtest.h>

#include "model/calendar.hpp"

namespace kybersaa::report {
namespace {

using model::Field;
using model::Severity;
using model::YearMonth;

constexpr YearMonth kMonth{2026, 10};

model::Incident incident(std::string id, Field field, Severity severity, model::Tlp tlp,
                         const char* reported) {
  model::Incident result;
  result.id = std::move(id);
  result.title = "Incident " + result.id;
  result.field = field;
  result.severity = severity;
  result.tlp = tlp;
  result.reported_at = *model::parse_iso_instant(reported);
  return result;
}

TEST(BuildReport, HistoryMapsToCountsPreviousAndYearAgo) {
  ReportInputs inputs;
  inputs.month = kMonth;
  inputs.counts = {
      {{2026, 10}, Field::kNetwork, Severity::kLow, 8},
      {{2026, 10}, Field::kNetwork, Severity::kHigh, 2},
      {{2026, 9}, Field::kNetwork, Severity::kMedium, 4},
      {{2025, 10}, Field::kNetwork, Severity::kLow, 3},
      {{2025, 9}, Field::kNetwork, Severity::kLow, 100},  // outside the window: ignored
      {{2026, 10}, Field::kEspionage, Severity::kCritical, 1},
  };
  const MonthlyReport report = build_monthly_report(inputs);
  ASSERT_EQ(report.fields.size(), 6U);
  const auto& network = report.fields[model::field_index(Field::kNetwork)];
  EXPECT_EQ(network.assessment.count, 10);
  EXPECT_EQ(network.assessment.previous, 4);
  EXPECT_EQ(network.assessment.year_ago, 3);
  EXPECT_NEAR(network.assessment.baseline, 7.0 / 12.0, 1e-12);
  ASSERT_EQ(network.series.size(), static_cast<std::size_t>(kChartMonths));
  EXPECT_EQ(network.series.front().month, (YearMonth{2025, 10}));
  EXPECT_EQ(network.series.front().count, 3);
  EXPECT_EQ(network.series.back().month, kMonth);
  EXPECT_EQ(network.series.back().count, 10);
  const auto& espionage = report.fields[model::field_index(Field::kEspionage)];
  EXPECT_EQ(espionage.assessment.status, assess::WeatherStatus::kSerious);
  EXPECT_EQ(report.totals.count, 11);
  EXPECT_EQ(report.totals.previous, 4);
  EXPECT_EQ(report.totals.year_ago, 3);
}

TEST(BuildReport, ListsOnlyPublishableIncidentsOfTheMonthInStableOrder) {
  ReportInputs inputs;
  inputs.month = kMonth;
  inputs.incidents = {
      incident("b", Field::kScamsPhishing, Severity::kLow, model::Tlp::kClear,
               "2026-10-03T10:00:00+03:00"),
      incident("a", Field::kScamsPhishing, Severity::kHigh, model::Tlp::kGreen,
               "2026-10-02T10:00:00+03:00"),
      incident("c", Field::kScamsPhishing, Severity::kLow, model::Tlp::kClear,
               "2026-10-20T10:00:00+03:00"),
      incident("d", Field::kScamsPhishing, Severity::kHigh, model::Tlp::kRed,
               "2026-10-04T10:00:00+03:00"),
      incident("e", Field::kScamsPhishing, Severity::kHigh, model::Tlp::kAmber,
               "2026-10-04T10:00:00+03:00"),
      incident("f", Field::kScamsPhishing, Severity::kHigh, model::Tlp::kClear,
               "2026-09-30T10:00:00+03:00"),  // September: not listed
  };
  const MonthlyReport report = build_monthly_report(inputs);
  const auto& scams = report.fields[model::field_index(Field::kScamsPhishing)];
  ASSERT_EQ(scams.incidents.size(), 3U);
  EXPECT_EQ(scams.incidents[0].id, "a");  // high first
  EXPECT_EQ(scams.incidents[1].id, "c");  // then newest
  EXPECT_EQ(scams.incidents[2].id, "b");
  EXPECT_EQ(scams.withheld, 2);

  std::reverse(inputs.incidents.begin(), inputs.incidents.end());
  const MonthlyReport reversed = build_monthly_report(inputs);
  const auto& again = reversed.fields[model::field_index(Field::kScamsPhishing)];
  ASSERT_EQ(again.incidents.size(), 3U);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(again.incidents[i].id, scams.incidents[i].id);
}

TEST(BuildReport, FirstMonthNeededIsAYearBefore) {
  EXPECT_EQ(first_month_needed(kMonth), (YearMonth{2025, 10}));
}

// --- Warnings and status overrides ---

model::Warning warning(model::WarningLevel level, Field field, const char* issued,
                       std::optional<const char*> retired = std::nullopt) {
  model::Warning result;
  result.number = {1, 2026};
  result.level = level;
  result.fields = {field};
  result.titles[0] = "Varoitus";
  result.issued = *model::parse_calendar_date(issued);
  result.active_since = result.issued;
  if (retired) result.retired = model::parse_calendar_date(*retired);
  return result;
}

TEST(BuildReport, ARedWarningInForceMakesItsFieldSeriousByTheDefaultRules) {
  ReportInputs inputs;
  inputs.month = kMonth;
  inputs.warnings = {warning(model::WarningLevel::kRed, Field::kAutomationIot, "2026-09-20"),
                     warning(model::WarningLevel::kYellow, Field::kNetwork, "2026-10-31")};
  const MonthlyReport report = build_monthly_report(inputs);
  const auto& iot = report.fields[model::field_index(Field::kAutomationIot)];
  EXPECT_EQ(iot.assessment.status, assess::WeatherStatus::kSerious);
  EXPECT_EQ(iot.assessment.rule, "red-warning");
  const auto& network = report.fields[model::field_index(Field::kNetwork)];
  EXPECT_EQ(network.assessment.status, assess::WeatherStatus::kWorrying);
  EXPECT_EQ(network.assessment.rule, "yellow-warning");
  EXPECT_EQ(report.fields[model::field_index(Field::kEspionage)].assessment.rule, "calm");
  ASSERT_EQ(report.warnings.size(), 2U);
  EXPECT_FALSE(report.warnings[0].grey);
}

TEST(BuildReport, ARetiredOrFutureWarningDoesNotCount) {
  ReportInputs inputs;
  inputs.month = kMonth;
  inputs.warnings = {
      // Retired on the first day of the month: in force on no day of it.
      warning(model::WarningLevel::kRed, Field::kAutomationIot, "2026-09-01", "2026-10-01"),
      // Issued after the month.
      warning(model::WarningLevel::kRed, Field::kNetwork, "2026-11-01"),
  };
  const MonthlyReport report = build_monthly_report(inputs);
  EXPECT_EQ(report.fields[model::field_index(Field::kAutomationIot)].assessment.rule, "calm");
  EXPECT_EQ(report.fields[model::field_index(Field::kNetwork)].assessment.rule, "calm");
  EXPECT_TRUE(report.warnings.empty());
}

TEST(BuildReport, AWarningRetiredDuringTheMonthCountsAndShowsGrey) {
  ReportInputs inputs;
  inputs.month = kMonth;
  inputs.warnings = {
      warning(model::WarningLevel::kRed, Field::kAutomationIot, "2026-09-01", "2026-10-02")};
  inputs.warnings[0].cves = {"CVE-2026-0001", "CVE-2026-0002"};
  inputs.kev = {{"CVE-2026-0002", {2026, 9, 30}, true}};
  const MonthlyReport report = build_monthly_report(inputs);
  EXPECT_EQ(report.fields[model::field_index(Field::kAutomationIot)].assessment.rule,
            "red-warning");
  ASSERT_EQ(report.warnings.size(), 1U);
  const ReportWarning& shown = report.warnings[0];
  EXPECT_TRUE(shown.grey);
  ASSERT_EQ(shown.cves.size(), 2U);
  EXPECT_EQ(shown.cves[0], (WarningCve{"CVE-2026-0001", std::nullopt, false}));
  EXPECT_EQ(shown.cves[1], (WarningCve{"CVE-2026-0002", model::CalendarDate{2026, 9, 30}, true}));
}

TEST(BuildReport, AnOverrideReplacesTheStatusAndKeepsWhatTheRulesGave) {
  ReportInputs inputs;
  inputs.month = kMonth;
  inputs.counts = {{{2026, 10}, Field::kEspionage, Severity::kCritical, 1}};
  inputs.overrides = {
      {Field::kEspionage, assess::WeatherStatus::kWorrying, "Harjoitus, ei todellinen", 100},
      {Field::kNetwork, assess::WeatherStatus::kSerious, "DDoS-aalto", 200},
  };
  const MonthlyReport report = build_monthly_report(inputs);
  const auto& espionage = report.fields[model::field_index(Field::kEspionage)];
  EXPECT_EQ(espionage.assessment.status, assess::WeatherStatus::kWorrying);
  EXPECT_EQ(espionage.assessment.rule, "critical-incident");
  ASSERT_TRUE(espionage.status_override);
  EXPECT_EQ(espionage.status_override->rules_status, assess::WeatherStatus::kSerious);
  EXPECT_EQ(espionage.status_override->reason, "Harjoitus, ei todellinen");
  const auto& network = report.fields[model::field_index(Field::kNetwork)];
  EXPECT_EQ(network.assessment.status, assess::WeatherStatus::kSerious);
  EXPECT_EQ(network.status_override->rules_status, assess::WeatherStatus::kCalm);
  EXPECT_FALSE(report.fields[model::field_index(Field::kMalwareVulnerabilities)].status_override);
}

}  // namespace
}  // namespace kybersaa::report
