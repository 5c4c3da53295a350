#pragma once
// Hand-made MonthlyReport values for the renderer tests (render_test.cpp and
// golden_test.cpp). Built by hand, not by build_monthly_report() or from a
// store, so a renderer test fails only when a renderer changes. The numbers
// are plausible, not computed: the renderers must print what they are given.

#include <array>
#include <cstdint>
#include <string>
#include <utility>

#include "model/calendar.hpp"
#include "report/monthly_report.hpp"

namespace kybersaa::report::test_data {

// Returns the instant of an ISO 8601 text the tests spell correctly.
inline std::int64_t instant(const char* iso) { return model::parse_iso_instant(iso).value(); }

// Returns a 13-point series ending at `month`, oldest first.
inline std::vector<MonthCount> series_ending(model::YearMonth month,
                                             const std::array<std::int64_t, kChartMonths>& counts) {
  std::vector<MonthCount> out;
  for (int i = 0; i < kChartMonths; ++i) {
    out.push_back({month.plus_months(i - (kChartMonths - 1)), counts[static_cast<std::size_t>(i)]});
  }
  return out;
}

inline FieldSection field_section(model::Field field, model::YearMonth month,
                                  const std::array<std::int64_t, kChartMonths>& counts,
                                  double baseline, assess::Trend trend, double p_value,
                                  assess::WeatherStatus status, std::string rule) {
  FieldSection section;
  section.field = field;
  section.series = series_ending(month, counts);
  assess::FieldAssessment& a = section.assessment;
  a.field = field;
  a.count = counts[kChartMonths - 1];
  a.previous = counts[kChartMonths - 2];
  a.year_ago = counts[0];
  a.baseline = baseline;
  a.trend = {trend, p_value};
  a.status = status;
  a.rule = std::move(rule);
  a.baseline_p_value = 0.5;
  return section;
}

// Key figures and feed figures of the typical report: every unit, a rise, a
// fall, a missing comparison, a figure with no data, and a feed name with
// markup.
inline void add_typical_feed_figures(MonthlyReport& report) {
  const assess::KeyFigureSet& defaults = assess::default_key_figure_set();
  report.key_figures_source = defaults.source;
  const model::YearMonth month = report.month;
  auto value = [&](std::size_t index, std::optional<double> v, std::optional<double> compared) {
    assess::KeyFigureValue figure;
    figure.figure = defaults.figures.at(index);
    figure.period = assess::period_range(figure.figure.period, month);
    figure.compared_period = assess::comparison_range(figure.figure.comparison, figure.period);
    figure.value = v;
    figure.compared = compared;
    if (v && compared && *compared != 0.0)
      figure.change_percent = (*v - *compared) / *compared * 100;
    figure.basis = 3;
    return figure;
  };
  report.key_figures = {value(0, 21480.0, 18000.0), value(1, 59.5, std::nullopt),
                        value(2, 100.0 * 2 / 3, std::nullopt), value(3, 310.0, 320.0)};
  assess::KeyFigureValue missing = value(3, std::nullopt, 320.0);
  missing.figure.id = "missing";
  report.key_figures.push_back(missing);
  auto& vulnerable = report.fields[model::field_index(model::Field::kMalwareVulnerabilities)];
  vulnerable.feeds = {{"<b>Feed</b> & co", {"malicious-code", "infected-system"}, 12000, 0, 9, 0},
                      {"Open-IPP", {"vulnerable", "vulnerable-system"}, 412, 310, 398, 320}};
  report.feed_coverage = {{"<b>Feed</b> & co", {2026, 10}, {2026, 10}, 1},
                          {"Open-IPP", {2024, 11}, {2026, 10}, 24}};
}

// October 2026: every status and trend, incidents with markup in their
// titles, a Helsinki date that differs from the UTC date, withheld incidents
// (one and many) and a five-digit count of affected people.
inline MonthlyReport typical_report() {
  using assess::Trend;
  using assess::WeatherStatus;
  using model::Field;
  const model::YearMonth month{2026, 10};
  MonthlyReport report;
  report.month = month;
  report.rules = assess::default_rule_set();
  report.data_first = model::YearMonth{2019, 1};
  report.data_last = month;

  report.fields.push_back(
      field_section(Field::kNetwork, month, {30, 33, 29, 35, 31, 40, 36, 34, 37, 39, 33, 38, 41},
                    35.416666666666664, Trend::kUnchanged, 0.8171, WeatherStatus::kCalm, "calm"));
  report.fields.push_back(
      field_section(Field::kEspionage, month, {2, 1, 0, 1, 2, 1, 1, 3, 0, 2, 1, 1, 3}, 1.25,
                    Trend::kUnchanged, 0.625, WeatherStatus::kWorrying, "high-severity"));
  report.fields.push_back(field_section(
      Field::kMalwareVulnerabilities, month, {44, 38, 41, 36, 39, 42, 40, 37, 35, 43, 44, 30, 60},
      39.083333333333336, Trend::kRaised, 0.0020593, WeatherStatus::kSerious, "surge"));
  report.fields.push_back(field_section(
      Field::kBreachesLeaks, month, {9, 7, 8, 6, 10, 9, 7, 8, 9, 6, 8, 14, 12}, 8.4166666666666661,
      Trend::kUnchanged, 0.6783, WeatherStatus::kSerious, "critical-incident"));
  report.fields.push_back(
      field_section(Field::kScamsPhishing, month,
                    {150, 162, 171, 158, 149, 166, 172, 180, 175, 169, 181, 180, 120}, 167.75,
                    Trend::kLowered, 1.234e-05, WeatherStatus::kCalm, "calm"));
  report.fields.push_back(field_section(Field::kAutomationIot, month,
                                        {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 0.0,
                                        Trend::kUnchanged, 1.0, WeatherStatus::kCalm, "calm"));

  FieldSection& breaches = report.fields[model::field_index(Field::kBreachesLeaks)];
  ListedIncident mdm;
  mdm.id = "inc-mdm-2026-10";
  mdm.title =
      "Mobiililaitteiden hallintapalveluun murtauduttiin <nollapäivä> & \"kolmannen "
      "osapuolen\" tuote";
  mdm.reported_at = instant("2026-10-01T00:30:00+03:00");  // 30 Sep in UTC
  mdm.severity = model::Severity::kCritical;
  mdm.status = model::IncidentStatus::kInvestigating;
  mdm.sector = model::Sector::kPublicAdministration;
  mdm.rsit = {"intrusions", "system-compromise"};
  mdm.affected_people = 50000;
  mdm.affected_devices = 1234;
  mdm.tlp = model::Tlp::kClear;
  breaches.incidents.push_back(mdm);
  ListedIncident clinic;
  clinic.id = "inc-clinic-2026-10";
  clinic.title = "Psykoterapiakeskuksen asiakasrekisteri vuoti | ilmoitus asiakkaille";
  clinic.reported_at = instant("2026-10-25T00:30:00Z");  // the night summer time ends
  clinic.severity = model::Severity::kHigh;
  clinic.status = model::IncidentStatus::kOpen;
  clinic.sector = model::Sector::kHealth;
  clinic.rsit = {"information-content-security", "unauthorised-information-access"};
  clinic.tlp = model::Tlp::kGreen;
  breaches.incidents.push_back(clinic);
  breaches.withheld = 3;

  FieldSection& scams = report.fields[model::field_index(Field::kScamsPhishing)];
  ListedIncident phishing;
  phishing.id = "inc-phish-2026-10";
  phishing.title = "Bank's *fake* login page [phishing] targets <customers> & 'partners'";
  phishing.reported_at = instant("2026-10-14T09:15:00+03:00");
  phishing.severity = model::Severity::kMedium;
  phishing.status = model::IncidentStatus::kResolved;
  phishing.sector = model::Sector::kBanking;
  phishing.rsit = {"fraud", "phishing"};
  phishing.affected_people = 1200;
  phishing.tlp = model::Tlp::kClear;
  scams.incidents.push_back(phishing);
  scams.withheld = 1;

  // Warnings and an override: a red warning in force with a known-exploited
  // CVE, a yellow one retired during the month (grey) whose title exists
  // only in English, and an analyst's status for espionage.
  ReportWarning red;
  red.number = {7, 2026};
  red.level = model::WarningLevel::kRed;
  red.titles = {"Kriittinen haavoittuvuus <VPN>-yhdyskäytävässä & hallintaliittymässä",
                "Kritisk sårbarhet i <VPN>-gateway", "Critical flaw in <VPN> gateway"};
  red.issued = {2026, 10, 6};
  red.active_since = {2026, 9, 28};
  red.fields = {Field::kMalwareVulnerabilities, Field::kAutomationIot};
  red.cves = {{"CVE-2026-10001", model::CalendarDate{2026, 10, 3}, true},
              {"CVE-2026-20002", std::nullopt, false}};
  report.warnings.push_back(red);
  ReportWarning grey;
  grey.number = {5, 2026};
  grey.level = model::WarningLevel::kYellow;
  grey.grey = true;
  grey.titles = {"", "", "Phishing *campaign* in the name of [tax] authority"};
  grey.issued = {2026, 8, 20};
  grey.active_since = {2026, 8, 18};
  grey.retired = model::CalendarDate{2026, 10, 15};
  grey.fields = {Field::kScamsPhishing};
  report.warnings.insert(report.warnings.begin(), grey);
  FieldSection& espionage = report.fields[model::field_index(Field::kEspionage)];
  espionage.status_override =
      AppliedOverride{WeatherStatus::kWorrying,
                      "Valtiollinen <toimija> kohdisti kampanjan kuntiin & ministeriöihin",
                      instant("2026-11-02T10:00:00+02:00")};
  espionage.assessment.status = WeatherStatus::kSerious;

  for (const FieldSection& section : report.fields) {
    report.totals.count += section.assessment.count;
    report.totals.previous += section.assessment.previous;
    report.totals.year_ago += section.assessment.year_ago;
  }
  add_typical_feed_figures(report);
  return report;
}

// January 2027 in an empty store: no counts, no incidents, no coverage, and
// non-default rule parameters. The chart crosses a year boundary.
inline MonthlyReport quiet_report() {
  const model::YearMonth month{2027, 1};
  MonthlyReport report;
  report.month = month;
  report.rules.source = "rules/strict.toml";
  report.rules.trend_alpha = 0.01;
  report.rules.rules = {
      {"two-critical",
       assess::WeatherStatus::kSerious,
       {},
       {{assess::ConditionKind::kCriticalAtLeast, 2}}},
      {"red-warning",
       assess::WeatherStatus::kSerious,
       {},
       {{assess::ConditionKind::kWarningAtLeast, 2}}},
      {"phishing-surge",
       assess::WeatherStatus::kSerious,
       {model::Field::kScamsPhishing, model::Field::kNetwork},
       {{assess::ConditionKind::kCountAtLeast, 1000},
        {assess::ConditionKind::kAboveBaseline, 0.0001}}},
      {"high-severity",
       assess::WeatherStatus::kWorrying,
       {},
       {{assess::ConditionKind::kHighAtLeast, 10},
        {assess::ConditionKind::kHighAboveUsual, 0.005},
        {assess::ConditionKind::kWarningAtLeast, 1}}},
  };
  for (model::Field field : model::kAllFields) {
    report.fields.push_back(field_section(field, month, {}, 0.0, assess::Trend::kUnchanged, 1.0,
                                          assess::WeatherStatus::kCalm, "calm"));
  }
  // Key figures: declared, but nothing to compute them from.
  report.key_figures_source = "figures/quiet.toml";
  for (const assess::KeyFigure& figure : assess::default_key_figure_set().figures) {
    assess::KeyFigureValue value;
    value.figure = figure;
    value.period = assess::period_range(figure.period, month);
    value.compared_period = assess::comparison_range(figure.comparison, value.period);
    report.key_figures.push_back(value);
  }
  return report;
}

}  // namespace kybersaa::report::test_data
