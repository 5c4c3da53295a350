#pragma once
// The status rules as data: an ordered list of rules, each a status and the
// conditions that must all hold for it, read from a TOML file
// (config/status-rules.toml holds the shipped defaults, embedded in the
// binary; docs/assessment.md documents every key). Rules are reviewable by an
// analyst and changeable without a rebuild.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "assess/field_assessment.hpp"
#include "base/result.hpp"
#include "model/field.hpp"

namespace kybersaa::assess {

// What a rule condition tests. Every kind reads one number from the rule. A
// rule's conditions are kept in this order.
enum class ConditionKind {
  kCriticalAtLeast,  // critical incidents in the month >= value
  kHighAtLeast,      // high-severity incidents in the month >= value
  kHighAboveUsual,   // P(Y >= high) < value, Y ~ Poisson(12-month high mean)
  kCountAtLeast,     // incidents in the month >= value
  kAboveBaseline,    // count > baseline and P(X >= count) < value, X ~ Poisson(baseline)
  kWarningAtLeast,   // a warning of at least this level in force (1 yellow, 2 red)
  // Feed figures.
  kFeedAboveBaseline,  // feed events > their 12-month mean and P(F >= events) < value, F ~
                       // Poisson(mean)
  kFeedHostsAtLeast,   // distinct feed hosts in the month >= value
};

// The TOML key of each kind: "critical_at_least", "high_above_usual_alpha", ...
std::string_view condition_key(ConditionKind kind);

struct Condition {
  ConditionKind kind = ConditionKind::kCountAtLeast;
  double value = 0;  // a count, an alpha or a WarningLevel as a number
  friend bool operator==(const Condition&, const Condition&) = default;
};

struct StatusRule {
  std::string id;
  WeatherStatus status = WeatherStatus::kWorrying;
  std::vector<model::Field> fields;   // the fields it applies to; empty: all
  std::vector<Condition> conditions;  // all must hold; never empty; in ConditionKind order
  friend bool operator==(const StatusRule&, const StatusRule&) = default;
};

struct RuleSet {
  std::string source;         // where the rules came from: a file name or "built-in defaults"
  double trend_alpha = 0.05;  // significance of the trend marker test
  std::vector<StatusRule> rules;
  friend bool operator==(const RuleSet&, const RuleSet&) = default;
};

// The text of config/status-rules.toml, embedded at build time.
std::string_view default_rules_toml();

// The shipped defaults, parsed once.
const RuleSet& default_rule_set();

// Parses a rules file's text; `source` names it in errors and in the result.
// Fails with kInvalidInput, "SOURCE:LINE:COLUMN: what is wrong", on a TOML
// syntax error, an unknown key, a value out of range, a duplicate rule id, an
// unknown field or status, or a rule without conditions.
[[nodiscard]] base::Result<RuleSet> parse_rule_set(std::string_view toml, std::string_view source);

// Reads and parses the rules file at `path`.
[[nodiscard]] base::Result<RuleSet> load_rule_set(const std::string& path);

// Assesses one field: computes its numbers and trend, then applies `rules`
// in order and records the first that matched, or "calm" when none did.
FieldAssessment assess_field(const FieldHistory& history, const RuleSet& rules);

// Feed figures: the month's feed events against the mean of the 12 months
// before, as the feed_above_baseline_alpha condition tests them.
struct FeedBaseline {
  std::int64_t events = 0;
  double mean = 0.0;
  double p_value = 1.0;  // P(F >= events) for F ~ Poisson(mean)
};
FeedBaseline feed_baseline(const FieldHistory& history);

// Whether `rule` holds for `assessment`'s numbers and `history`.
bool rule_matches(const StatusRule& rule, const FieldHistory& history,
                  const FieldAssessment& assessment);

}  // namespace kybersaa::assess
