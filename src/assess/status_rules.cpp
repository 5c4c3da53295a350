// Status rules from TOML: parsing with located errors, and applying them.

#include "assess/status_rules.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <array>

#include "base/file.hpp"
#include "base/toml_source.hpp"

namespace kybersaa::assess {
namespace {

// The largest rules file read: a rules file is a page of text.
constexpr std::size_t kMaxRulesBytes = std::size_t{1} << 20;
constexpr std::int64_t kSupportedFormat = 1;

struct ConditionSpec {
  ConditionKind kind;
  std::string_view key;
  enum class Value { kCount, kAlpha, kWarning } value;
};

constexpr std::array<ConditionSpec, 8> kConditions = {{
    {ConditionKind::kCriticalAtLeast, "critical_at_least", ConditionSpec::Value::kCount},
    {ConditionKind::kHighAtLeast, "high_at_least", ConditionSpec::Value::kCount},
    {ConditionKind::kHighAboveUsual, "high_above_usual_alpha", ConditionSpec::Value::kAlpha},
    {ConditionKind::kCountAtLeast, "count_at_least", ConditionSpec::Value::kCount},
    {ConditionKind::kAboveBaseline, "above_baseline_alpha", ConditionSpec::Value::kAlpha},
    {ConditionKind::kWarningAtLeast, "warning_at_least", ConditionSpec::Value::kWarning},
    {ConditionKind::kFeedAboveBaseline, "feed_above_baseline_alpha", ConditionSpec::Value::kAlpha},
    {ConditionKind::kFeedHostsAtLeast, "feed_hosts_at_least", ConditionSpec::Value::kCount},
}};

const ConditionSpec* find_condition(std::string_view key) {
  const auto* found = std::find_if(kConditions.begin(), kConditions.end(),
                                   [key](const ConditionSpec& spec) { return spec.key == key; });
  return found == kConditions.end() ? nullptr : found;
}

// Builds the located errors of one rules file.
class Reader {
 public:
  explicit Reader(std::string_view source) : source_(source) {}

  tl::unexpected<base::Error> fail_at(const toml::node& node, std::string_view what) const {
    return base::toml_error_at(source_, node.source(), what);
  }

  base::Result<double> alpha(const toml::node& node, std::string_view key) const {
    const std::optional<double> value = node.value<double>();
    if (!value || !(*value > 0.0 && *value < 1.0)) {
      return fail_at(node, fmt::format("{}: expected a significance level between 0 and 1, "
                                       "e.g. 0.01",
                                       key));
    }
    return *value;
  }

  base::Result<double> count(const toml::node& node, std::string_view key) const {
    const auto* integer = node.as_integer();
    if (integer == nullptr || integer->get() < 0) {
      return fail_at(node, fmt::format("{}: expected a whole number, 0 or more", key));
    }
    return static_cast<double>(integer->get());
  }

  base::Result<double> warning(const toml::node& node, std::string_view key) const {
    const std::optional<std::string_view> text = node.value<std::string_view>();
    if (text == "yellow") return static_cast<double>(WarningLevel::kYellow);
    if (text == "red") return static_cast<double>(WarningLevel::kRed);
    return fail_at(node, fmt::format("{}: expected \"yellow\" or \"red\"", key));
  }

  base::Result<StatusRule> rule(const toml::table& table) const {
    StatusRule rule;
    bool has_status = false;
    for (const auto& [key, node] : table) {
      const std::string_view name = key.str();
      if (name == "id") {
        const std::optional<std::string_view> id = node.value<std::string_view>();
        if (!id || id->empty() || !std::all_of(id->begin(), id->end(), [](char c) {
              return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            })) {
          return fail_at(node, "id: expected a non-empty id of a-z, 0-9 and '-'");
        }
        rule.id = std::string(*id);
      } else if (name == "status") {
        const std::optional<std::string_view> status = node.value<std::string_view>();
        const auto parsed = status ? parse_status(*status) : std::nullopt;
        if (!parsed) return fail_at(node, "status: expected \"calm\", \"worrying\" or \"serious\"");
        rule.status = *parsed;
        has_status = true;
      } else if (name == "fields") {
        const auto* array = node.as_array();
        if (array == nullptr || array->empty()) {
          return fail_at(node, "fields: expected a non-empty list of field ids");
        }
        for (const toml::node& item : *array) {
          const std::optional<std::string_view> id = item.value<std::string_view>();
          const auto field = id ? model::parse_field(*id) : std::nullopt;
          if (!field) {
            return fail_at(item,
                           "fields: unknown field id (the six ids are in docs/assessment.md)");
          }
          rule.fields.push_back(*field);
        }
      } else if (const ConditionSpec* spec = find_condition(name)) {
        base::Result<double> value = spec->value == ConditionSpec::Value::kAlpha ? alpha(node, name)
                                     : spec->value == ConditionSpec::Value::kCount
                                         ? count(node, name)
                                         : warning(node, name);
        if (!value) return tl::unexpected(value.error());
        rule.conditions.push_back({spec->kind, *value});
      } else {
        return fail_at(node, fmt::format("unknown key \"{}\" in a rule", name));
      }
    }
    // TOML tables are unordered: conditions are kept in ConditionKind order,
    // so a rule reads and prints the same whatever order its keys were written.
    std::sort(rule.conditions.begin(), rule.conditions.end(),
              [](const Condition& a, const Condition& b) { return a.kind < b.kind; });
    if (rule.id.empty()) return fail_at(table, "a rule without an id");
    if (!has_status) return fail_at(table, fmt::format("rule \"{}\" has no status", rule.id));
    if (rule.conditions.empty()) {
      return fail_at(table, fmt::format("rule \"{}\" has no conditions (a field no rule "
                                        "matches is calm already)",
                                        rule.id));
    }
    return rule;
  }

  base::Result<RuleSet> rule_set(const toml::table& root) const {
    RuleSet result;
    result.source = std::string(source_);
    bool has_format = false;
    for (const auto& [key, node] : root) {
      const std::string_view name = key.str();
      if (name == "format") {
        if (node.value<std::int64_t>() != kSupportedFormat) {
          return fail_at(node,
                         fmt::format("format: this version reads format {}", kSupportedFormat));
        }
        has_format = true;
      } else if (name == "trend") {
        const auto* trend = node.as_table();
        if (trend == nullptr) return fail_at(node, "trend: expected a table with alpha");
        for (const auto& [trend_key, trend_node] : *trend) {
          if (trend_key.str() != "alpha") {
            return fail_at(trend_node,
                           fmt::format("unknown key \"{}\" in [trend]", trend_key.str()));
          }
          auto value = alpha(trend_node, "alpha");
          if (!value) return tl::unexpected(value.error());
          result.trend_alpha = *value;
        }
      } else if (name == "rules") {
        const auto* rules = node.as_array();
        if (rules == nullptr) return fail_at(node, "rules: expected [[rules]] tables");
        for (const toml::node& item : *rules) {
          const auto* table = item.as_table();
          if (table == nullptr) return fail_at(item, "rules: expected [[rules]] tables");
          auto parsed = rule(*table);
          if (!parsed) return tl::unexpected(parsed.error());
          const bool duplicate =
              std::any_of(result.rules.begin(), result.rules.end(),
                          [&](const StatusRule& other) { return other.id == parsed->id; });
          if (duplicate || parsed->id == "calm") {
            return fail_at(item, fmt::format("rule id \"{}\" is used twice (\"calm\" is taken "
                                             "by the fallback)",
                                             parsed->id));
          }
          result.rules.push_back(std::move(*parsed));
        }
      } else {
        return fail_at(node, fmt::format("unknown key \"{}\"", name));
      }
    }
    if (!has_format) {
      return base::fail(base::ErrorCode::kInvalidInput,
                        fmt::format("{}: no \"format = {}\" line", source_, kSupportedFormat));
    }
    return result;
  }

 private:
  static std::optional<WeatherStatus> parse_status(std::string_view id) {
    for (const WeatherStatus status :
         {WeatherStatus::kCalm, WeatherStatus::kWorrying, WeatherStatus::kSerious}) {
      if (status_id(status) == id) return status;
    }
    return std::nullopt;
  }

  std::string_view source_;
};

}  // namespace

FeedBaseline feed_baseline(const FieldHistory& history) {
  FeedBaseline result;
  result.events = history.feed_events[kHistoryMonths];
  std::int64_t total = 0;
  for (int i = 0; i < kHistoryMonths; ++i)
    total += history.feed_events[static_cast<std::size_t>(i)];
  result.mean = static_cast<double>(total) / kHistoryMonths;
  result.p_value = poisson_upper_tail(result.events, result.mean);
  return result;
}

namespace {

bool condition_holds(const Condition& condition, const FieldHistory& history,
                     const FieldAssessment& assessment) {
  switch (condition.kind) {
    case ConditionKind::kCriticalAtLeast:
      return static_cast<double>(history.critical) >= condition.value;
    case ConditionKind::kHighAtLeast:
      return static_cast<double>(assessment.high) >= condition.value;
    case ConditionKind::kHighAboveUsual:
      return static_cast<double>(assessment.high) > assessment.high_baseline &&
             assessment.high_p_value < condition.value;
    case ConditionKind::kCountAtLeast:
      return static_cast<double>(assessment.count) >= condition.value;
    case ConditionKind::kAboveBaseline:
      return static_cast<double>(assessment.count) > assessment.baseline &&
             assessment.baseline_p_value < condition.value;
    case ConditionKind::kWarningAtLeast:
      return static_cast<double>(history.warning) >= condition.value;
    case ConditionKind::kFeedAboveBaseline: {
      const FeedBaseline feed = feed_baseline(history);
      return static_cast<double>(feed.events) > feed.mean && feed.p_value < condition.value;
    }
    case ConditionKind::kFeedHostsAtLeast:
      return static_cast<double>(history.feed_hosts[kHistoryMonths]) >= condition.value;
  }
  return false;
}

}  // namespace

std::string_view condition_key(ConditionKind kind) {
  for (const ConditionSpec& spec : kConditions) {
    if (spec.kind == kind) return spec.key;
  }
  return "";
}

const RuleSet& default_rule_set() {
  static const RuleSet rules = [] {
    auto parsed = parse_rule_set(default_rules_toml(), "built-in defaults");
    // The defaults are tested; failing here means the build embedded a bad file.
    if (!parsed) throw std::logic_error(parsed.error().message);
    return *std::move(parsed);
  }();
  return rules;
}

base::Result<RuleSet> parse_rule_set(std::string_view toml, std::string_view source) {
  auto root = base::parse_toml(toml, source);
  if (!root) return tl::unexpected(root.error());
  return Reader(source).rule_set(*root);
}

base::Result<RuleSet> load_rule_set(const std::string& path) {
  auto text = base::read_file(path, kMaxRulesBytes);
  if (!text) return tl::unexpected(text.error());
  return parse_rule_set(*text, path);
}

bool rule_matches(const StatusRule& rule, const FieldHistory& history,
                  const FieldAssessment& assessment) {
  if (!rule.fields.empty() &&
      std::find(rule.fields.begin(), rule.fields.end(), history.field) == rule.fields.end()) {
    return false;
  }
  return std::all_of(
      rule.conditions.begin(), rule.conditions.end(),
      [&](const Condition& condition) { return condition_holds(condition, history, assessment); });
}

FieldAssessment assess_field(const FieldHistory& history, const RuleSet& rules) {
  FieldAssessment result = measure_field(history, rules.trend_alpha);
  for (const StatusRule& rule : rules.rules) {
    if (rule_matches(rule, history, result)) {
      result.status = rule.status;
      result.rule = rule.id;
      break;
    }
  }
  return result;
}

}  // namespace kybersaa::assess
