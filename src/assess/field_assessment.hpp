#pragma once
// Assessing a field of the weather map for a month: its counts against the
// previous month, the same month a year earlier and its own baseline, and the
// trend marker. The status comes from the rules of status_rules.hpp. Pure
// functions over values.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "model/field.hpp"

namespace kybersaa::assess {

enum class Trend { kRaised, kLowered, kUnchanged };
enum class WeatherStatus { kCalm, kWorrying, kSerious };

// Stable ids: "raised"/"lowered"/"unchanged", "calm"/"worrying"/"serious".
std::string_view trend_id(Trend trend);
std::string_view status_id(WeatherStatus status);

// The highest level of warning in force for a field in a month: a yellow
// warning is about a serious threat, a red one about a critical threat.
enum class WarningLevel { kNone = 0, kYellow = 1, kRed = 2 };

// Stable ids: "none", "yellow", "red".
std::string_view warning_level_id(WarningLevel level);

// Number of months of history an assessment needs before the month itself.
inline constexpr int kHistoryMonths = 12;

// What the assessment of one field for one month looks at.
struct FieldHistory {
  model::Field field = model::Field::kNetwork;
  // Incident counts for the month and the 12 months before it, oldest first:
  // counts[12] is the month itself, counts[11] the previous month, counts[0]
  // the same month a year earlier.
  std::array<std::int64_t, kHistoryMonths + 1> counts{};
  // High-severity incidents in the same 13 months, indexed like `counts`.
  std::array<std::int64_t, kHistoryMonths + 1> high_counts{};
  // Critical incidents of the month itself.
  std::int64_t critical = 0;
  // The highest warning in force for the field in the month.
  WarningLevel warning = WarningLevel::kNone;
  // Feed figures: the feeds' constituency events and distinct hosts for the
  // field (summed over feeds and RSIT classes), indexed like `counts`.
  std::array<std::int64_t, kHistoryMonths + 1> feed_events{};
  std::array<std::int64_t, kHistoryMonths + 1> feed_hosts{};
};

// The result of the trend test: this month against the previous one.
struct TrendTest {
  Trend trend = Trend::kUnchanged;
  double p_value = 1.0;  // two-sided exact conditional binomial test
};

struct FieldAssessment {
  model::Field field = model::Field::kNetwork;
  std::int64_t count = 0;     // this month
  std::int64_t previous = 0;  // the month before
  std::int64_t year_ago = 0;  // the same month a year earlier
  double baseline = 0.0;      // mean of the 12 months before this one
  TrendTest trend;
  WeatherStatus status = WeatherStatus::kCalm;
  std::string rule;               // the id of the rule that decided the status
  double baseline_p_value = 1.0;  // P(X >= count) for X ~ Poisson(baseline)
  std::int64_t high = 0;          // high-severity incidents this month
  double high_baseline = 0.0;     // mean of high-severity incidents in the 12 months before
  double high_p_value = 1.0;      // P(Y >= high) for Y ~ Poisson(high_baseline)
};

// Compares `current` with `previous` under the null hypothesis of equal
// Poisson rates: given n = current + previous, current ~ Binomial(n, 1/2).
// Raised or lowered when the two-sided p-value is below `alpha`.
TrendTest compare_counts(std::int64_t current, std::int64_t previous, double alpha);

// Returns P(X >= k) for X ~ Poisson(mean). Exact to double precision.
double poisson_upper_tail(std::int64_t k, double mean);

// Computes a field's numbers and its trend marker (at significance
// `trend_alpha`); the status is left calm for the rules to decide.
FieldAssessment measure_field(const FieldHistory& history, double trend_alpha);

}  // namespace kybersaa::assess
