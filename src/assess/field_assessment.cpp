// Field assessment: counts, trend test and status rules.
//
// Incident counts are treated as Poisson counts. Two tests are used, both
// exact (no normal approximation, so they behave at the small counts of the
// rarer fields):
//
// * Trend marker: is this month's rate different from last month's? Given
//   n = current + previous, under equal rates current ~ Binomial(n, 1/2)
//   (the conditional test for two Poisson rates). Two-sided p-value; the
//   marker is "raised" or "lowered" only when p < alpha, so 41 vs 38 stays
//   "unchanged" while 60 vs 30 is "raised".
//   Worked example: 60 vs 30, n = 90: P(X >= 60) ≈ 0.00103, p ≈ 0.00206 < 0.05.
//
// * Baseline rules: is this month far above the field's own normal level?
//   The baseline is the mean of the 12 previous months; the month is tested
//   with P(X >= count) for X ~ Poisson(baseline).
//
// High-severity incidents are tested the same way against the field's own
// 12-month mean of high-severity incidents.
//
// The status rules (status_rules.cpp) are applied in order and the first that
// matches decides; docs/assessment.md has the table.

#include "assess/field_assessment.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kybersaa::assess {
namespace {

// log of the Binomial(n, 1/2) probability of k.
double log_binomial_half(std::int64_t n, std::int64_t k) {
  const auto nd = static_cast<double>(n);
  const auto kd = static_cast<double>(k);
  return std::lgamma(nd + 1) - std::lgamma(kd + 1) - std::lgamma(nd - kd + 1) - nd * std::log(2.0);
}

// P(X >= k) for X ~ Binomial(n, 1/2), summed from the tail inwards.
double binomial_half_upper_tail(std::int64_t n, std::int64_t k) {
  double sum = 0.0;
  for (std::int64_t i = n; i >= k; --i) {
    const double term = std::exp(log_binomial_half(n, i));
    sum += term;
    if (i < n / 2 && term < sum * 1e-17) break;
  }
  return std::min(sum, 1.0);
}

double log_poisson(std::int64_t k, double mean) {
  const auto kd = static_cast<double>(k);
  return kd * std::log(mean) - mean - std::lgamma(kd + 1);
}

}  // namespace

std::string_view trend_id(Trend trend) {
  switch (trend) {
    case Trend::kRaised:
      return "raised";
    case Trend::kLowered:
      return "lowered";
    case Trend::kUnchanged:
      return "unchanged";
  }
  return "unchanged";
}

std::string_view status_id(WeatherStatus status) {
  switch (status) {
    case WeatherStatus::kCalm:
      return "calm";
    case WeatherStatus::kWorrying:
      return "worrying";
    case WeatherStatus::kSerious:
      return "serious";
  }
  return "calm";
}

TrendTest compare_counts(std::int64_t current, std::int64_t previous, double alpha) {
  const std::int64_t n = current + previous;
  if (n == 0) return {Trend::kUnchanged, 1.0};
  // By symmetry of Binomial(n, 1/2) the two-sided p-value is twice the tail
  // of the larger count.
  const std::int64_t larger = std::max(current, previous);
  const double p = std::min(1.0, 2.0 * binomial_half_upper_tail(n, larger));
  if (p >= alpha || current == previous) return {Trend::kUnchanged, p};
  return {current > previous ? Trend::kRaised : Trend::kLowered, p};
}

double poisson_upper_tail(std::int64_t k, double mean) {
  if (k <= 0) return 1.0;
  if (mean <= 0.0) return 0.0;
  if (static_cast<double>(k) <= mean) {
    // The tail is large: 1 − P(X <= k − 1).
    double lower = 0.0;
    for (std::int64_t i = 0; i < k; ++i) lower += std::exp(log_poisson(i, mean));
    return std::clamp(1.0 - lower, 0.0, 1.0);
  }
  // Terms fall from k upwards: sum until they no longer matter.
  double sum = 0.0;
  for (std::int64_t i = k;; ++i) {
    const double term = std::exp(log_poisson(i, mean));
    sum += term;
    if (term <= sum * 1e-17 || term == 0.0) break;
  }
  return std::min(sum, 1.0);
}

std::string_view warning_level_id(WarningLevel level) {
  switch (level) {
    case WarningLevel::kNone:
      return "none";
    case WarningLevel::kYellow:
      return "yellow";
    case WarningLevel::kRed:
      return "red";
  }
  return "none";
}

FieldAssessment measure_field(const FieldHistory& history, double trend_alpha) {
  FieldAssessment result;
  result.field = history.field;
  result.count = history.counts[kHistoryMonths];
  result.previous = history.counts[kHistoryMonths - 1];
  result.year_ago = history.counts[0];
  const std::int64_t history_sum =
      std::accumulate(history.counts.begin(), history.counts.end() - 1, std::int64_t{0});
  result.baseline = static_cast<double>(history_sum) / kHistoryMonths;
  result.trend = compare_counts(result.count, result.previous, trend_alpha);
  result.baseline_p_value = poisson_upper_tail(result.count, result.baseline);
  // High-severity incidents are judged against the field's own normal level
  // of them, like the total: a field that always has a few is not worrying
  // for having them again.
  result.high = history.high_counts[kHistoryMonths];
  result.high_baseline =
      static_cast<double>(std::accumulate(history.high_counts.begin(),
                                          history.high_counts.end() - 1, std::int64_t{0})) /
      kHistoryMonths;
  result.high_p_value = poisson_upper_tail(result.high, result.high_baseline);
  result.status = WeatherStatus::kCalm;
  result.rule = "calm";
  return result;
}

}  // namespace kybersaa::assess
