#pragma once
// Deterministic sample data: invented but plausible incident notifications
// (docs/formats/notification.md) from Finnish organisations, month by month,
// for demos, tests and benchmarks. The same options and month always give the
// same bytes, on every platform: the generator uses its own PRNG and sampling,
// never the standard library's distributions.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/field.hpp"
#include "model/year_month.hpp"

namespace kybersaa::sample {

// What to generate. `first` and `months` describe the window a caller
// generates (e.g. for `kybersaa sample`); a single month can be generated on
// its own with the same options.
struct GeneratorOptions {
  std::uint64_t seed = 2026;
  model::YearMonth first{2025, 1};
  int months = 24;
  // Mean notifications per month in 2022 at an average season. Each month's
  // mean is this × a seasonal factor (July low, autumn high) × a growth of 3 %
  // a year from 2022 (so a 10-year window averages close to this); the count
  // itself is Poisson-distributed around that mean.
  double mean_per_month = 350;
  // Months in which one field runs a campaign whatever the dice say: its share
  // of the month's notifications is raised by the campaign factor (the same
  // factor the random campaigns use). The demo uses this so that its latest
  // month shows what a storm looks like.
  std::vector<std::pair<model::YearMonth, model::Field>> campaigns;
};

// Returns the JSON Lines text of all notifications reported in Helsinki month
// `month`, one object per line, each line terminated by '\n', sorted by
// `reported`. Every line is valid per docs/formats/notification.md.
//
// The notifications' content depends only on (options.seed, month,
// options.mean_per_month), not on which other months are generated, so a month
// can be regenerated alone. The one exception is `status`: it is drawn as if
// the report were made at the end of the window (options.first +
// options.months - 1), so older months are mostly resolved or closed and the
// latest ones mostly open or under investigation.
//
// Thread-safe: concurrent calls share only immutable tables.
std::string generate_month(const GeneratorOptions& options, model::YearMonth month);

// As generate_month, but hands each line to `on_line` as it is made, without
// its '\n', so that large benchmark runs need not hold a month in memory. The
// view is valid only during the call.
void generate_month_lines(const GeneratorOptions& options, model::YearMonth month,
                          const std::function<void(std::string_view)>& on_line);

}  // namespace kybersaa::sample
