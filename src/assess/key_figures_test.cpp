#include "assess/key_figures.hpp"

#include <gtest/gtest.h>

#include <string>

namespace kybersaa::assess {
namespace {

using model::Field;
using model::YearMonth;

constexpr std::string_view kTexts = R"(
[figures.label]
fi = "L"
sv = "L"
en = "L"
[figures.source]
fi = "S"
sv = "S"
en = "S"
)";

// A one-figure file: `keys` are the figure's keys, `sentence` its fi/sv/en text.
std::string one_figure(std::string_view keys, std::string_view sentence = "{value} {period}") {
  return "format = 1\n[[figures]]\nid = \"f\"\n" + std::string(keys) + "\n" + std::string(kTexts) +
         "[figures.sentence]\nfi = \"" + std::string(sentence) + "\"\nsv = \"" +
         std::string(sentence) + "\"\nen = \"" + std::string(sentence) + "\"\n";
}

TEST(KeyFigures, DefaultsParseAndHoldTheFourFigures) {
  const KeyFigureSet& set = default_key_figure_set();
  EXPECT_EQ(set.source, "built-in defaults");
  ASSERT_EQ(set.figures.size(), 4U);
  EXPECT_EQ(set.figures[0].metric, FigureMetric::kNotifications);
  EXPECT_EQ(set.figures[0].comparison, FigureComparison::kSamePeriodLastYear);
  EXPECT_EQ(set.figures[1].metric, FigureMetric::kDdosPeakMax);
  EXPECT_EQ(set.figures[1].period, FigurePeriod::kQuarter);
  EXPECT_EQ(set.figures[1].filters.fields, std::vector<Field>{Field::kNetwork});
  EXPECT_EQ(set.figures[2].metric, FigureMetric::kDdosShortShare);
  EXPECT_EQ(set.figures[2].shorter_than_minutes, 15);
  EXPECT_EQ(set.figures[3].metric, FigureMetric::kFeedHosts);
  EXPECT_EQ(set.figures[3].filters.feeds, std::vector<std::string>{"Open-IPP"});
  EXPECT_EQ(set.figures[3].filters.rsit,
            (std::vector<model::RsitClass>{{"vulnerable", "vulnerable-system"}}));
  for (const KeyFigure& figure : set.figures) {
    for (auto language : model::kAllLanguages) {
      EXPECT_NE(figure.sentence.in(language).find("{value}"), std::string::npos) << figure.id;
    }
  }
}

TEST(KeyFigures, ParsesAFigureWhateverTheKeyOrder) {
  auto set = parse_key_figure_set(
      one_figure("period = \"year\"\ncomparison = \"previous-period\"\nmetric = \"feed-events\"\n"
                 "filters = { fields = [\"network\"], rsit = [\"vulnerable/vulnerable-system\"] }",
                 "{value} {change} {previous} {period}"),
      "f.toml");
  ASSERT_TRUE(set) << set.error().message;
  ASSERT_EQ(set->figures.size(), 1U);
  const KeyFigure& figure = set->figures[0];
  EXPECT_EQ(figure.id, "f");
  EXPECT_EQ(figure.metric, FigureMetric::kFeedEvents);
  EXPECT_EQ(figure.period, FigurePeriod::kYear);
  EXPECT_EQ(figure.comparison, FigureComparison::kPreviousPeriod);
  EXPECT_EQ(figure.label.sv, "L");
  EXPECT_EQ(set->source, "f.toml");
}

TEST(KeyFigures, ErrorsNameFileLineAndWhatIsWrong) {
  struct Case {
    std::string toml;
    std::string_view message;
  };
  const Case cases[] = {
      {"# nothing\n", "x.toml: no \"format = 1\" line"},
      {"format = 2\n", "x.toml:1:10: format: this version reads format 1"},
      {"format = 1\ncolour = 1\n", "x.toml:2:10: unknown key \"colour\""},
      {"format = 1\n[[figures]\n", "x.toml:2:"},
      {one_figure("metric = \"visitors\"\nperiod = \"month\""),
       "x.toml:4:10: metric: expected one of"},
      {one_figure("metric = \"notifications\"\nperiod = \"week\""),
       "x.toml:5:10: period: expected one of \"month\", \"quarter\", \"year\""},
      {one_figure("metric = \"notifications\"\nperiod = \"month\"\ncomparison = \"yesterday\""),
       "x.toml:6:14: comparison: expected one of"},
      {one_figure("metric = \"notifications\""), "figure \"f\" has no period"},
      {one_figure("metric = \"ddos-short-share\"\nperiod = \"month\""),
       "figure \"f\" has no shorter_than_minutes"},
      {one_figure("metric = \"notifications\"\nperiod = \"month\"\nshorter_than_minutes = 15"),
       "x.toml:6:24: shorter_than_minutes: only for metric \"ddos-short-share\""},
      {one_figure("metric = \"notifications\"\nperiod = \"month\"", "{value} {change}"),
       "sentence.en: {change} needs a comparison other than \"none\""},
      {one_figure("metric = \"notifications\"\nperiod = \"month\"", "{value} {amount}"),
       "sentence.en: unknown placeholder {amount}"},
      {one_figure("metric = \"notifications\"\nperiod = \"month\"", "{value"),
       "sentence.en: '{' without '}'"},
      {one_figure("metric = \"notifications\"\nperiod = \"month\"\nfilters = { feeds = [\"x\"] }"),
       "filters.feeds: only for the feed metrics"},
      {one_figure("metric = \"feed-hosts\"\nperiod = \"month\"\nfilters = { rsit = [\"vuln\"] }"),
       "filters.rsit: 'vuln' is not an RSIT"},
      {one_figure(
           "metric = \"notifications\"\nperiod = \"month\"\nfilters = { fields = [\"sea\"] }"),
       "filters.fields: unknown field id"},
      {one_figure("metric = \"notifications\"\nperiod = \"month\"\nfilters = { colour = 1 }"),
       "unknown key \"colour\" in filters"},
      {"format = 1\n[[figures]]\nid = \"f\"\nmetric = \"notifications\"\nperiod = \"month\"\n"
       "[figures.label]\nfi = \"L\"\nsv = \"L\"\n",
       "x.toml:6:1: label: missing the en text"},
      {one_figure("metric = \"notifications\"\nperiod = \"month\"") +
           one_figure("metric = \"notifications\"\nperiod = \"month\"").substr(11),
       "figure id \"f\" is used twice"},
  };
  for (const Case& c : cases) {
    auto parsed = parse_key_figure_set(c.toml, "x.toml");
    ASSERT_FALSE(parsed) << c.toml;
    EXPECT_EQ(parsed.error().code, base::ErrorCode::kInvalidInput);
    EXPECT_NE(parsed.error().message.find(c.message), std::string::npos)
        << parsed.error().message << "\nexpected: " << c.message;
    EXPECT_TRUE(parsed.error().message.starts_with("x.toml:")) << parsed.error().message;
  }
}

TEST(KeyFigures, PeriodsEndWithTheReportMonth) {
  const YearMonth month{2026, 2};
  EXPECT_EQ(period_range(FigurePeriod::kMonth, month), (MonthRange{{2026, 2}, {2026, 2}}));
  EXPECT_EQ(period_range(FigurePeriod::kQuarter, month), (MonthRange{{2025, 12}, {2026, 2}}));
  EXPECT_EQ(period_range(FigurePeriod::kYear, month), (MonthRange{{2025, 3}, {2026, 2}}));
  const MonthRange quarter = period_range(FigurePeriod::kQuarter, month);
  EXPECT_EQ(comparison_range(FigureComparison::kPreviousPeriod, quarter),
            (MonthRange{{2025, 9}, {2025, 11}}));
  EXPECT_EQ(comparison_range(FigureComparison::kSamePeriodLastYear, quarter),
            (MonthRange{{2024, 12}, {2025, 2}}));
  EXPECT_EQ(comparison_range(FigureComparison::kNone, quarter), std::nullopt);
  EXPECT_EQ(key_figure_first_month(month), (YearMonth{2024, 3}));
}

KeyFigure figure_of(FigureMetric metric, FigurePeriod period, FigureComparison comparison) {
  KeyFigure figure;
  figure.id = "f";
  figure.metric = metric;
  figure.period = period;
  figure.comparison = comparison;
  return figure;
}

KeyFigureValue compute_one(const KeyFigure& figure, const KeyFigureData& data) {
  const std::vector<KeyFigureValue> values = compute_key_figures({"t", {figure}}, data);
  EXPECT_EQ(values.size(), 1U);
  return values.front();
}

TEST(KeyFigures, FirstMonthReadIsTheEarliestPeriodOrComparison) {
  const YearMonth month{2026, 2};
  EXPECT_EQ(figures_first_month(default_key_figure_set(), month), (YearMonth{2025, 2}));
  const KeyFigureSet quarter{
      "t",
      {figure_of(FigureMetric::kDdosPeakMax, FigurePeriod::kQuarter, FigureComparison::kNone)}};
  EXPECT_EQ(figures_first_month(quarter, month), (YearMonth{2025, 12}));
  const KeyFigureSet year{"t",
                          {figure_of(FigureMetric::kNotifications, FigurePeriod::kYear,
                                     FigureComparison::kSamePeriodLastYear)}};
  EXPECT_EQ(figures_first_month(year, month), key_figure_first_month(month));
  EXPECT_EQ(figures_first_month({"t", {}}, month), month);
}

TEST(KeyFigures, NotificationsAgainstTheSameMonthLastYear) {
  KeyFigureData data;
  data.month = {2026, 10};
  data.incidents_first = YearMonth{2024, 1};
  data.incidents_last = YearMonth{2026, 10};
  data.incidents = {
      {{2026, 10}, Field::kNetwork, model::Severity::kLow, 30},
      {{2026, 10}, Field::kEspionage, model::Severity::kHigh, 6},
      {{2026, 9}, Field::kNetwork, model::Severity::kLow, 100},  // another month
      {{2025, 10}, Field::kNetwork, model::Severity::kLow, 24},
  };
  KeyFigure figure = figure_of(FigureMetric::kNotifications, FigurePeriod::kMonth,
                               FigureComparison::kSamePeriodLastYear);
  KeyFigureValue value = compute_one(figure, data);
  EXPECT_EQ(value.value, 36.0);
  EXPECT_EQ(value.compared, 24.0);
  ASSERT_TRUE(value.change_percent);
  EXPECT_DOUBLE_EQ(*value.change_percent, 50.0);
  EXPECT_EQ(value.compared_period, (MonthRange{{2025, 10}, {2025, 10}}));

  figure.filters.severity_at_least = model::Severity::kHigh;
  value = compute_one(figure, data);
  EXPECT_EQ(value.value, 6.0);
  EXPECT_EQ(value.compared, 0.0);      // covered, and none: a true zero
  EXPECT_FALSE(value.change_percent);  // no % change from zero
}

TEST(KeyFigures, NoDataIsNotZero) {
  KeyFigureData data;
  data.month = {2026, 10};
  // The store covers only the last three months: a year-ago comparison has no data.
  data.incidents_first = YearMonth{2026, 8};
  data.incidents_last = YearMonth{2026, 10};
  data.incidents = {{{2026, 10}, Field::kNetwork, model::Severity::kLow, 5}};
  KeyFigureValue value = compute_one(figure_of(FigureMetric::kNotifications, FigurePeriod::kMonth,
                                               FigureComparison::kSamePeriodLastYear),
                                     data);
  EXPECT_EQ(value.value, 5.0);
  EXPECT_FALSE(value.compared);
  EXPECT_FALSE(value.change_percent);
  // A year needs twelve covered months.
  value = compute_one(
      figure_of(FigureMetric::kNotifications, FigurePeriod::kYear, FigureComparison::kNone), data);
  EXPECT_FALSE(value.value);

  // No DDoS measurements, no feed data: no value.
  for (FigureMetric metric : {FigureMetric::kDdosPeakMax, FigureMetric::kFeedHosts}) {
    value = compute_one(figure_of(metric, FigurePeriod::kQuarter, FigureComparison::kNone), data);
    EXPECT_FALSE(value.value) << metric_id(metric);
  }
}

TEST(KeyFigures, LargestDdosAndShareOfShortAttacksInTheQuarter) {
  KeyFigureData data;
  data.month = {2026, 10};
  data.ddos = {
      {{2026, 7}, Field::kNetwork, {900.0, 5}},  // before the quarter
      {{2026, 8}, Field::kNetwork, {59.5, 12}},
      {{2026, 9}, Field::kNetwork, {std::nullopt, 14}},
      {{2026, 10}, Field::kNetwork, {120.0, std::nullopt}},
      {{2026, 10}, Field::kNetwork, {3.0, 15}},     // 15 is not shorter than 15
      {{2026, 10}, Field::kEspionage, {500.0, 1}},  // filtered out by field
  };
  KeyFigure peak =
      figure_of(FigureMetric::kDdosPeakMax, FigurePeriod::kQuarter, FigureComparison::kNone);
  peak.filters.fields = {Field::kNetwork};
  KeyFigureValue value = compute_one(peak, data);
  EXPECT_EQ(value.value, 120.0);
  EXPECT_EQ(value.basis, 3);
  EXPECT_EQ(value.period, (MonthRange{{2026, 8}, {2026, 10}}));

  KeyFigure share =
      figure_of(FigureMetric::kDdosShortShare, FigurePeriod::kQuarter, FigureComparison::kNone);
  share.filters.fields = {Field::kNetwork};
  share.shorter_than_minutes = 15;
  value = compute_one(share, data);
  ASSERT_TRUE(value.value);
  EXPECT_DOUBLE_EQ(*value.value, 100.0 * 2.0 / 3.0);  // 12 and 14 of 12, 14, 15
  EXPECT_EQ(value.basis, 3);
}

TEST(KeyFigures, FeedHostsOfAKindAgainstThePreviousMonth) {
  KeyFigureData data;
  data.month = {2026, 10};
  const model::RsitClass vulnerable{"vulnerable", "vulnerable-system"};
  data.feeds = {
      {{{2026, 9}, Field::kMalwareVulnerabilities, vulnerable, "Open-IPP"}, 90, 80},
      {{{2026, 10}, Field::kMalwareVulnerabilities, vulnerable, "Open-IPP"}, 130, 100},
      {{{2026, 10}, Field::kMalwareVulnerabilities, vulnerable, "Accessible-RDP"}, 40, 40},
      {{{2026, 10},
        Field::kMalwareVulnerabilities,
        {"malicious-code", "infected-system"},
        "Open-IPP"},
       7,
       7},
  };
  KeyFigure figure =
      figure_of(FigureMetric::kFeedHosts, FigurePeriod::kMonth, FigureComparison::kPreviousPeriod);
  figure.filters.rsit = {vulnerable};
  figure.filters.feeds = {"Open-IPP"};
  KeyFigureValue value = compute_one(figure, data);
  EXPECT_EQ(value.value, 100.0);
  EXPECT_EQ(value.compared, 80.0);
  ASSERT_TRUE(value.change_percent);
  EXPECT_DOUBLE_EQ(*value.change_percent, 25.0);

  // Feed data for the month, but nothing of this kind: a true zero.
  figure.filters.feeds = {"Open-Elasticsearch"};
  value = compute_one(figure, data);
  EXPECT_EQ(value.value, 0.0);

  figure.metric = FigureMetric::kFeedEvents;
  figure.filters.feeds = {};
  value = compute_one(figure, data);
  EXPECT_EQ(value.value, 170.0);
}

}  // namespace
}  // namespace kybersaa::assess
