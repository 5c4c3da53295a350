#pragma once
// Key figures of the month: declared in a TOML file (config/key-figures.toml
// holds the shipped defaults, embedded in the binary; docs/key-figures.md
// documents every key), computed by a pure function over values the app reads
// from the store. A figure whose period has no data has no value: the report
// says so instead of printing 0 as a fact.

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "model/feed_count.hpp"
#include "model/field.hpp"
#include "model/incident.hpp"
#include "model/language.hpp"
#include "model/rsit.hpp"
#include "model/year_month.hpp"

namespace kybersaa::assess {

// What a figure measures.
enum class FigureMetric {
  kNotifications,   // incidents notified (drafts not counted)
  kDdosPeakMax,     // the largest DDoS peak, Gbit/s
  kDdosShortShare,  // % of DDoS attacks with a known duration shorter than N minutes
  kFeedHosts,       // distinct hosts in feed counts (summed over buckets and months)
  kFeedEvents,      // feed events
};

// The unit a metric's value is in.
enum class FigureUnit { kCount, kGbps, kPercent };

// The period a figure covers, ending with the report month.
enum class FigurePeriod { kMonth, kQuarter, kYear };

// What a figure is compared with, as a % change.
enum class FigureComparison { kNone, kSamePeriodLastYear, kPreviousPeriod };

// Stable ids, as in the TOML file: "notifications", "ddos-peak-max",
// "ddos-short-share", "feed-hosts", "feed-events"; "month", "quarter",
// "year"; "none", "same-period-last-year", "previous-period".
std::string_view metric_id(FigureMetric metric);
std::string_view period_id(FigurePeriod period);
std::string_view comparison_id(FigureComparison comparison);
FigureUnit metric_unit(FigureMetric metric);

// A text in each report language.
struct LocalizedText {
  std::string fi;
  std::string sv;
  std::string en;
  const std::string& in(model::Language language) const;
  friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

// Which values a figure counts. Empty lists do not filter.
struct FigureFilters {
  std::vector<model::Field> fields;
  std::optional<model::Severity> severity_at_least;  // notifications only
  std::vector<model::RsitClass> rsit;                // feed metrics only
  std::vector<std::string> feeds;                    // feed metrics only: feed names
  friend bool operator==(const FigureFilters&, const FigureFilters&) = default;
};

struct KeyFigure {
  std::string id;
  FigureMetric metric = FigureMetric::kNotifications;
  FigureFilters filters;
  std::int64_t shorter_than_minutes = 0;  // kDdosShortShare only
  FigurePeriod period = FigurePeriod::kMonth;
  FigureComparison comparison = FigureComparison::kNone;
  LocalizedText label;     // a short name, used when there is no data
  LocalizedText source;    // where the data comes from
  LocalizedText sentence;  // with {value}, {period}, and {change}, {previous} if compared
  friend bool operator==(const KeyFigure&, const KeyFigure&) = default;
};

struct KeyFigureSet {
  std::string source;  // a file name or "built-in defaults"
  std::vector<KeyFigure> figures;
  friend bool operator==(const KeyFigureSet&, const KeyFigureSet&) = default;
};

// The text of config/key-figures.toml, embedded at build time.
std::string_view default_key_figures_toml();

// The shipped defaults, parsed once.
const KeyFigureSet& default_key_figure_set();

// Parses a key figures file's text; `source` names it in errors and in the
// result. Fails with kInvalidInput, "SOURCE:LINE:COLUMN: what is wrong".
[[nodiscard]] base::Result<KeyFigureSet> parse_key_figure_set(std::string_view toml,
                                                              std::string_view source);

// Reads and parses the key figures file at `path`.
[[nodiscard]] base::Result<KeyFigureSet> load_key_figure_set(const std::string& path);

// --- computation ---------------------------------------------------------------------------

// Months of data the figures of a month may need: a year and the year before.
inline constexpr int kKeyFigureMonths = 24;

// Returns the first month whose values KeyFigureData needs for `month`.
model::YearMonth key_figure_first_month(model::YearMonth month);

// Returns the first month the figures of `set` read for `month`: the
// earliest month of their periods and comparison periods (never before
// key_figure_first_month). With the defaults a year before `month`.
model::YearMonth figures_first_month(const KeyFigureSet& set, model::YearMonth month);

// Incidents of one month, field and severity (as the store counts them).
struct IncidentMonthCount {
  model::YearMonth month;
  model::Field field = model::Field::kNetwork;
  model::Severity severity = model::Severity::kLow;
  std::int64_t count = 0;
};

// One incident's DDoS measurements with its month and field.
struct DdosPoint {
  model::YearMonth month;
  model::Field field = model::Field::kNetwork;
  model::DdosMeasurement ddos;
};

// What the figures of `month` are computed from; rows outside
// key_figure_first_month(month)..month are ignored.
struct KeyFigureData {
  model::YearMonth month;
  std::vector<IncidentMonthCount> incidents;
  // The months the store holds incidents for; unset when it holds none.
  std::optional<model::YearMonth> incidents_first;
  std::optional<model::YearMonth> incidents_last;
  std::vector<DdosPoint> ddos;
  std::vector<model::FeedCount> feeds;  // a month with no row has no feed data
};

struct MonthRange {
  model::YearMonth first;
  model::YearMonth last;
  friend bool operator==(const MonthRange&, const MonthRange&) = default;
};

// Returns the months of `period` ending with `month`.
MonthRange period_range(FigurePeriod period, model::YearMonth month);

// Returns the range `comparison` compares `range` with; nullopt for kNone.
std::optional<MonthRange> comparison_range(FigureComparison comparison, MonthRange range);

// One computed figure.
struct KeyFigureValue {
  KeyFigure figure;
  MonthRange period;
  std::optional<double> value;  // nullopt: no data for the period
  std::optional<MonthRange> compared_period;
  std::optional<double> compared;  // the comparison period's value, when it has data
  std::optional<double>
      change_percent;  // (value − compared) / compared × 100, when both and compared ≠ 0
  std::int64_t basis =
      0;  // how many values the figure rests on (incidents, measurements, feed rows)
};

// Computes every figure of `set` for `data.month`, in the set's order.
std::vector<KeyFigureValue> compute_key_figures(const KeyFigureSet& set, const KeyFigureData& data);

}  // namespace kybersaa::assess
