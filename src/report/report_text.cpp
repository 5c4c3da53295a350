#include "report/report_text.hpp"

#include <filesystem>

#include "report/catalog.hpp"
#include "report/locale_format.hpp"

namespace kybersaa::report::detail {
namespace {

// Alphas are printed with up to this many decimals (0.001 needs three).
constexpr int kAlphaDecimals = 6;

}  // namespace

std::string document_title(const MonthlyReport& report, model::Language language) {
  return fmt::format("{} – {}", catalog_text(Text::kTitle, language),
                     format_month_title(report.month, language));
}

std::string status_text(assess::WeatherStatus status, model::Language language) {
  return fmt::format("{} {}", status_symbol(status), status_label(status, language));
}

std::string trend_text(assess::Trend trend, model::Language language) {
  return fmt::format("{} {}", trend_symbol(trend), trend_label(trend, language));
}

std::string withheld_note(std::int64_t withheld, model::Language language) {
  return format_text(withheld == 1 ? Text::kWithheldOne : Text::kWithheldMany, language,
                     format_integer(withheld, language));
}

std::string chart_title(const FieldSection& section, model::Language language) {
  const std::string_view name = model::field_name(section.field, language);
  if (section.series.empty()) return std::string(name);
  return format_text(Text::kChartTitle, language, name,
                     format_month_short(section.series.front().month, language),
                     format_month_short(section.series.back().month, language));
}

std::string rsit_text(const model::RsitClass& rsit) {
  if (rsit.taxonomy.empty()) return rsit.type;
  if (rsit.type.empty()) return rsit.taxonomy;
  return rsit.taxonomy + " / " + rsit.type;
}

namespace {

std::string condition_text(const assess::Condition& condition, model::Language language) {
  const auto alpha = format_decimal(condition.value, kAlphaDecimals, language);
  const auto count = format_integer(static_cast<std::int64_t>(condition.value), language);
  switch (condition.kind) {
    case assess::ConditionKind::kCriticalAtLeast:
      return format_text(Text::kConditionCriticalAtLeast, language, count);
    case assess::ConditionKind::kHighAtLeast:
      return format_text(Text::kConditionHighAtLeast, language, count);
    case assess::ConditionKind::kHighAboveUsual:
      return format_text(Text::kConditionHighAboveUsual, language, alpha);
    case assess::ConditionKind::kCountAtLeast:
      return format_text(Text::kConditionCountAtLeast, language, count);
    case assess::ConditionKind::kAboveBaseline:
      return format_text(Text::kConditionAboveBaseline, language, alpha);
    case assess::ConditionKind::kWarningAtLeast:
      return std::string(
          catalog_text(condition.value >= static_cast<double>(assess::WarningLevel::kRed)
                           ? Text::kConditionRedWarning
                           : Text::kConditionYellowWarning,
                       language));
    case assess::ConditionKind::kFeedAboveBaseline:
      return format_text(Text::kConditionFeedAboveBaseline, language, alpha);
    case assess::ConditionKind::kFeedHostsAtLeast:
      return format_text(Text::kConditionFeedHostsAtLeast, language, count);
  }
  return {};
}

// "a, b and c" in `language`.
std::string join_conditions(const std::vector<std::string>& parts, model::Language language) {
  std::string joined;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) {
      joined += i + 1 == parts.size()
                    ? fmt::format(" {} ", catalog_text(Text::kConditionAnd, language))
                    : std::string(", ");
    }
    joined += parts[i];
  }
  return joined;
}

std::string rule_description(const assess::StatusRule& rule, model::Language language) {
  std::vector<std::string> conditions;
  for (const assess::Condition& condition : rule.conditions) {
    conditions.push_back(condition_text(condition, language));
  }
  std::string text = format_text(Text::kRuleWhen, language, status_label(rule.status, language),
                                 join_conditions(conditions, language));
  if (rule.fields.empty()) return text;
  std::string fields;
  for (const model::Field field : rule.fields) {
    if (!fields.empty()) fields += ", ";
    fields += model::field_name(field, language);
  }
  return format_text(Text::kRuleFields, language, text, fields);
}

}  // namespace

MethodNotes method_notes(const MonthlyReport& report, model::Language language) {
  const assess::RuleSet& rules = report.rules;
  MethodNotes notes;
  notes.trend = format_text(Text::kMethodTrend, language,
                            format_decimal(rules.trend_alpha, kAlphaDecimals, language));
  notes.baseline = std::string(catalog_text(Text::kMethodBaseline, language));
  notes.rules_intro = std::string(catalog_text(Text::kMethodRules, language));
  for (const assess::StatusRule& rule : rules.rules) {
    notes.rules.push_back({rule.id, rule_description(rule, language)});
  }
  notes.rules.push_back({"calm", std::string(catalog_text(Text::kRuleCalm, language))});
  notes.rules_source = format_text(Text::kMethodRulesSource, language,
                                   rules.source == assess::default_rule_set().source
                                       ? std::string(catalog_text(Text::kRulesBuiltIn, language))
                                       : std::filesystem::path(rules.source).filename().string());
  notes.listing = std::string(catalog_text(Text::kMethodListing, language));
  if (report.data_first && report.data_last) {
    notes.coverage = format_text(Text::kMethodCoverage, language,
                                 format_month_short(*report.data_first, language),
                                 format_month_short(*report.data_last, language));
  } else {
    notes.coverage = std::string(catalog_text(Text::kMethodNoCoverage, language));
  }
  return notes;
}

}  // namespace kybersaa::report::detail
