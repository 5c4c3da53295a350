// Key figures and feed figures in the report: the sentences, their number
// formats per language, the sections of each format, and build_monthly_report
// filling them from values.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report/build_report.hpp"
#include "report/key_figure_text.hpp"
#include "report/locale_format.hpp"
#include "report/render.hpp"
#include "report/test_reports.hpp"

namespace kybersaa::report {
namespace {

using model::Field;
using model::Language;
using model::YearMonth;

const std::string kNbsp(kNoBreakSpace);

TEST(KeyFigureText, PeriodsValuesAndChangesPerLanguage) {
  EXPECT_EQ(detail::period_text({{2026, 10}, {2026, 10}}, Language::kFi), "lokakuu 2026");
  EXPECT_EQ(detail::period_text({{2026, 8}, {2026, 10}}, Language::kFi), "8/2026–10/2026");
  EXPECT_EQ(detail::period_text({{2026, 8}, {2026, 10}}, Language::kEn), "Aug 2026 – Oct 2026");
  EXPECT_EQ(detail::figure_value_text(20000, assess::FigureUnit::kCount, Language::kFi),
            "20" + kNbsp + "000");
  EXPECT_EQ(detail::figure_value_text(20000, assess::FigureUnit::kCount, Language::kEn), "20,000");
  EXPECT_EQ(detail::figure_value_text(59.54, assess::FigureUnit::kGbps, Language::kSv), "59,5");
  EXPECT_EQ(detail::figure_value_text(2.5, assess::FigureUnit::kPercent, Language::kFi),
            "2,5" + kNbsp + "%");
  EXPECT_EQ(detail::figure_value_text(2.5, assess::FigureUnit::kPercent, Language::kEn), "2.5%");
  EXPECT_EQ(detail::figure_value_text(66.67, assess::FigureUnit::kPercent, Language::kEn), "67%");
  EXPECT_EQ(detail::change_text(19.3, Language::kEn), "+19%");
  EXPECT_EQ(detail::change_text(-3.125, Language::kFi), "\u22123,1" + kNbsp + "%");
  EXPECT_EQ(detail::change_text(0.01, Language::kEn), "0.0%");
}

TEST(KeyFigureText, FillsTheTemplateOrSaysThereIsNoData) {
  const MonthlyReport report = test_data::typical_report();
  const auto& notifications = report.key_figures.at(0);
  EXPECT_EQ(detail::key_figure_text(notifications, Language::kEn).sentence,
            "21,480 cyber security incidents were notified (October 2026), +19% on the same "
            "month a year earlier.");
  EXPECT_EQ(detail::key_figure_text(notifications, Language::kFi).sentence,
            "Kyberturvallisuusilmoituksia tehtiin 21" + kNbsp +
                "480 (lokakuu 2026), muutos vuoden takaiseen +19" + kNbsp + "%.");
  const detail::KeyFigureText ddos =
      detail::key_figure_text(report.key_figures.at(1), Language::kEn);
  EXPECT_EQ(ddos.sentence,
            "The largest DDoS attack notified in the quarter peaked at 59.5 Gbit/s (Aug 2026 – "
            "Oct 2026).");
  EXPECT_EQ(ddos.source, "peak traffic of notified DDoS attacks");
  EXPECT_EQ(detail::key_figure_text(report.key_figures.at(4), Language::kEn).sentence,
            "Vulnerable printers: no data for October 2026.");
  EXPECT_EQ(detail::key_figure_text(report.key_figures.at(4), Language::kSv).sentence,
            "Sårbara skrivare: inga uppgifter för oktober 2026.");

  // A compared figure without a comparison value says so where the change goes.
  assess::KeyFigureValue uncompared = notifications;
  uncompared.compared.reset();
  uncompared.change_percent.reset();
  EXPECT_NE(
      detail::key_figure_text(uncompared, Language::kEn).sentence.find("no comparison figure"),
      std::string::npos);
}

TEST(KeyFigureText, LinkedMetricsNameTheirKeyFigure) {
  const MonthlyReport report = test_data::typical_report();
  EXPECT_EQ(detail::linked_metric_text(report, "notifications-year-on-year", Language::kEn),
            "Notifications: 21,480 (October 2026)");
  EXPECT_EQ(detail::linked_metric_text(report, "largest-ddos-quarter", Language::kFi),
            "Suurin palvelunestohyökkäys: 59,5 Gbit/s (8/2026–10/2026)");
  EXPECT_EQ(detail::linked_metric_text(report, "missing", Language::kEn),
            "Vulnerable printers: no data for October 2026.");
  // A name that is no key figure of the report is shown as the analyst wrote it.
  EXPECT_EQ(detail::linked_metric_text(report, "phishing-sites", Language::kSv), "phishing-sites");
  EXPECT_EQ(detail::linked_metrics_text(report, {"phishing-sites", "notifications-year-on-year"},
                                        Language::kEn),
            "phishing-sites; Notifications: 21,480 (October 2026)");
  EXPECT_EQ(detail::linked_metrics_text(report, {}, Language::kEn), "");
}

TEST(KeyFiguresRender, HtmlHasTheSectionFeedTablesAndCoverageEscaped) {
  const MonthlyReport report = test_data::typical_report();
  const std::string fi = render_html(report, Language::kFi);
  EXPECT_NE(fi.find("<section id=\"key-figures\">\n<h2>Kuukauden tunnuslukuja</h2>"),
            std::string::npos);
  EXPECT_LT(fi.find("id=\"weather-map\""), fi.find("id=\"key-figures\""));
  EXPECT_NE(fi.find("<h3>Syötteiden havainnot</h3>"), std::string::npos);
  EXPECT_NE(fi.find("<th scope=\"row\">&lt;b&gt;Feed&lt;/b&gt; &amp; co</th>"), std::string::npos);
  EXPECT_EQ(fi.find("<b>Feed</b>"), std::string::npos);
  EXPECT_NE(fi.find("<td class=\"num\">12" + kNbsp + "000</td>"), std::string::npos);
  EXPECT_NE(fi.find("Open-IPP: 11/2024–10/2026, kuukausia 24"), std::string::npos);
  EXPECT_NE(fi.find("class=\"no-data\""), std::string::npos);
  const std::string en = render_html(report, Language::kEn);
  EXPECT_NE(en.find("<h2>Key figures of the month</h2>"), std::string::npos);
  EXPECT_NE(en.find("Period: Aug 2026 – Oct 2026 · Source: peak traffic of notified DDoS attacks"),
            std::string::npos);
  EXPECT_NE(en.find("Key figures: Kybersää&#39;s default key figures."), std::string::npos);
}

TEST(KeyFiguresRender, MarkdownAndJsonCarryTheFigures) {
  const MonthlyReport report = test_data::typical_report();
  const std::string md = render_markdown(report, Language::kSv);
  EXPECT_NE(md.find("## Månadens nyckeltal"), std::string::npos);
  EXPECT_NE(md.find("### Flödenas observationer"), std::string::npos);
  const auto json = nlohmann::json::parse(render_json(report, Language::kEn));
  EXPECT_EQ(json["schema_version"], kReportSchemaVersion);
  ASSERT_EQ(json["key_figures"].size(), 5U);
  const auto& first = json["key_figures"][0];
  EXPECT_EQ(first["id"], "notifications-year-on-year");
  EXPECT_EQ(first["metric"], "notifications");
  EXPECT_EQ(first["unit"], "count");
  EXPECT_EQ(first["months"]["first"], "2026-10");
  EXPECT_EQ(first["compared_months"]["first"], "2025-10");
  EXPECT_EQ(first["value"], 21480.0);
  EXPECT_EQ(first["compared_value"], 18000.0);
  EXPECT_TRUE(json["key_figures"][4]["value"].is_null());
  EXPECT_EQ(json["key_figures"][1]["unit"], "gbit/s");
  const auto& malware = json["fields"][2];
  EXPECT_EQ(malware["id"], "malware-vulnerabilities");
  ASSERT_EQ(malware["feeds"].size(), 2U);
  EXPECT_EQ(malware["feeds"][1]["feed"], "Open-IPP");
  EXPECT_EQ(malware["feeds"][1]["events"], 412);
  EXPECT_EQ(malware["feeds"][1]["hosts"], 310);
  EXPECT_EQ(malware["feeds"][1]["previous_hosts"], 320);
  EXPECT_EQ(json["method"]["key_figures_source"], "built-in");
  EXPECT_EQ(json["method"]["feeds"][1]["months"], 24);
}

TEST(BuildReport, FillsFeedLinesCoverageAndKeyFigures) {
  ReportInputs inputs;
  inputs.month = {2026, 10};
  inputs.data_first = YearMonth{2024, 1};
  inputs.data_last = YearMonth{2026, 10};
  inputs.counts = {{{2026, 10}, Field::kNetwork, model::Severity::kLow, 12},
                   {{2025, 10}, Field::kNetwork, model::Severity::kLow, 10}};
  inputs.ddos = {{{2026, 9}, Field::kNetwork, {40.0, 10}},
                 {{2026, 10}, Field::kNetwork, {7.0, 30}}};
  const model::RsitClass vulnerable{"vulnerable", "vulnerable-system"};
  inputs.feeds = {
      {{{2026, 9}, Field::kMalwareVulnerabilities, vulnerable, "Open-IPP"}, 50, 40},
      {{{2026, 10}, Field::kMalwareVulnerabilities, vulnerable, "Open-IPP"}, 60, 55},
      {{{2026, 10}, Field::kMalwareVulnerabilities, {"malicious-code", "infected-system"}, "Feodo"},
       3,
       2},
      {{{2024, 10}, Field::kMalwareVulnerabilities, vulnerable, "Open-IPP"}, 1, 1},  // too old
  };
  const MonthlyReport report = build_monthly_report(inputs);
  const auto& feeds = report.fields[model::field_index(Field::kMalwareVulnerabilities)].feeds;
  ASSERT_EQ(feeds.size(), 2U);
  EXPECT_EQ(feeds[0], (FeedLine{"Feodo", {"malicious-code", "infected-system"}, 3, 2, 0, 0}));
  EXPECT_EQ(feeds[1], (FeedLine{"Open-IPP", vulnerable, 60, 55, 50, 40}));
  EXPECT_TRUE(report.fields[model::field_index(Field::kNetwork)].feeds.empty());
  ASSERT_EQ(report.feed_coverage.size(), 2U);
  EXPECT_EQ(report.feed_coverage[1], (FeedCoverage{"Open-IPP", {2026, 9}, {2026, 10}, 2}));

  ASSERT_EQ(report.key_figures.size(), 4U);
  EXPECT_EQ(report.key_figures_source, "built-in defaults");
  EXPECT_EQ(report.key_figures[0].value, 12.0);
  EXPECT_EQ(report.key_figures[0].compared, 10.0);
  EXPECT_EQ(report.key_figures[1].value, 40.0);
  EXPECT_EQ(report.key_figures[2].value, 50.0);
  EXPECT_EQ(report.key_figures[3].value, 55.0);
  EXPECT_EQ(report.key_figures[3].change_percent, 37.5);
}

}  // namespace
}  // namespace kybersaa::report
