#include "assess/field_assessment.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "assess/status_rules.hpp"
#include "assess/test_history.hpp"

namespace kybersaa::assess {
namespace {

TEST(CompareCounts, SmallDifferencesAreUnchanged) {
  const auto test = compare_counts(41, 38, 0.05);
  EXPECT_EQ(test.trend, Trend::kUnchanged);
  EXPECT_GT(test.p_value, 0.5);
}

TEST(CompareCounts, DoublingIsRaisedAndHalvingLowered) {
  const auto up = compare_counts(60, 30, 0.05);
  EXPECT_EQ(up.trend, Trend::kRaised);
  // Exact two-sided binomial p-value for 60 of 90 at 1/2 is 0.00206.
  EXPECT_NEAR(up.p_value, 0.0020603, 1e-6);
  EXPECT_EQ(compare_counts(30, 60, 0.05).trend, Trend::kLowered);
  EXPECT_DOUBLE_EQ(compare_counts(30, 60, 0.05).p_value, up.p_value);
}

TEST(CompareCounts, KnownSmallCaseAndZeros) {
  // 5 vs 0: p = 2 * (1/2)^5 = 0.0625: not significant at 0.05.
  const auto five = compare_counts(5, 0, 0.05);
  EXPECT_NEAR(five.p_value, 0.0625, 1e-12);
  EXPECT_EQ(five.trend, Trend::kUnchanged);
  EXPECT_EQ(compare_counts(6, 0, 0.05).trend, Trend::kRaised);
  EXPECT_EQ(compare_counts(0, 0, 0.05).trend, Trend::kUnchanged);
  EXPECT_DOUBLE_EQ(compare_counts(0, 0, 0.05).p_value, 1.0);
}

TEST(CompareCounts, LargeCountsStayFinite) {
  const auto test = compare_counts(5200, 4800, 0.05);
  EXPECT_TRUE(std::isfinite(test.p_value));
  EXPECT_EQ(test.trend, Trend::kRaised);
  EXPECT_EQ(compare_counts(5010, 4990, 0.05).trend, Trend::kUnchanged);
}

TEST(PoissonUpperTail, MatchesClosedForms) {
  // P(X >= 1) = 1 - e^-mean.
  EXPECT_NEAR(poisson_upper_tail(1, 2.0), 1.0 - std::exp(-2.0), 1e-12);
  EXPECT_DOUBLE_EQ(poisson_upper_tail(0, 3.0), 1.0);
  EXPECT_DOUBLE_EQ(poisson_upper_tail(3, 0.0), 0.0);
  // P(X >= 3 | 1) = 1 - e^-1 (1 + 1 + 1/2).
  EXPECT_NEAR(poisson_upper_tail(3, 1.0), 1.0 - std::exp(-1.0) * 2.5, 1e-12);
  EXPECT_LT(poisson_upper_tail(200, 100.0), 1e-15);
  EXPECT_GT(poisson_upper_tail(200, 100.0), 0.0);
}

TEST(AssessField, CountsComeFromTheRightMonths) {
  FieldHistory history = flat_history(10, 12);
  history.counts[0] = 7;                    // same month a year earlier
  history.counts[kHistoryMonths - 1] = 11;  // previous month
  const auto result = assess_field(history, default_rule_set());
  EXPECT_EQ(result.count, 12);
  EXPECT_EQ(result.previous, 11);
  EXPECT_EQ(result.year_ago, 7);
  EXPECT_NEAR(result.baseline, (7.0 + 10 * 10 + 11) / 12.0, 1e-12);
}

TEST(AssessField, CriticalIncidentMakesSerious) {
  FieldHistory history = flat_history(10, 10);
  history.critical = 1;
  const auto result = assess_field(history, default_rule_set());
  EXPECT_EQ(result.status, WeatherStatus::kSerious);
  EXPECT_EQ(result.rule, "critical-incident");
}

TEST(AssessField, SurgeOverBaselineIsSeriousAndMildRiseWorrying) {
  const auto surge = assess_field(flat_history(20, 45), default_rule_set());
  EXPECT_EQ(surge.status, WeatherStatus::kSerious);
  EXPECT_EQ(surge.rule, "surge");
  // P(X >= 32 | 20) is 0.0081: between the two thresholds.
  const auto elevated = assess_field(flat_history(20, 32), default_rule_set());
  EXPECT_EQ(elevated.status, WeatherStatus::kWorrying);
  EXPECT_EQ(elevated.rule, "elevated");
}

TEST(AssessField, UnusuallyManyHighSeverityIncidentsMakeWorrying) {
  FieldHistory history = flat_history(10, 10);
  history.high_counts.fill(0);
  history.high_counts[kHistoryMonths] = 3;  // none in a year, then three
  EXPECT_EQ(assess_field(history, default_rule_set()).rule, "high-severity");
  history.high_counts[kHistoryMonths] = 2;  // fewer than worrying_high
  EXPECT_EQ(assess_field(history, default_rule_set()).status, WeatherStatus::kCalm);
}

TEST(AssessField, UsualNumberOfHighSeverityIncidentsIsCalm) {
  FieldHistory history = flat_history(40, 40);
  history.high_counts.fill(6);  // six a month is this field's normal
  history.high_counts[kHistoryMonths] = 7;
  const auto result = assess_field(history, default_rule_set());
  EXPECT_EQ(result.status, WeatherStatus::kCalm);
  history.high_counts[kHistoryMonths] = 16;  // P(X >= 16 | 6) is about 0.0005
  EXPECT_EQ(assess_field(history, default_rule_set()).rule, "high-severity");
}

TEST(AssessField, FewIncidentsOverEmptyBaselineStayCalm) {
  const auto result = assess_field(flat_history(0, 4), default_rule_set());
  EXPECT_EQ(result.status, WeatherStatus::kCalm);
  EXPECT_EQ(result.rule, "calm");
}

TEST(AssessField, NormalMonthIsCalm) {
  const auto result = assess_field(flat_history(30, 33), default_rule_set());
  EXPECT_EQ(result.status, WeatherStatus::kCalm);
  EXPECT_EQ(result.trend.trend, Trend::kUnchanged);
}

}  // namespace
}  // namespace kybersaa::assess
