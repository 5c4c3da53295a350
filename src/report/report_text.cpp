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
  notes.warnings = std::string(catalog_text(Text::kMethodWarnings, language));
  notes.kev = std::string(catalog_text(Text::kMethodKev, language));
  for (const FieldSection& section : report.fields) {
    if (section.status_override) notes.overrides.push_back(override_note(section, language));
  }
  notes.overrides_intro = std::string(catalog_text(
      notes.overrides.empty() ? Text::kMethodNoOverrides : Text::kMethodOverrides, language));
  return notes;
}

// --- Warnings of the month and status overrides ---

std::string warning_level_text(const ReportWarning& warning, model::Language language) {
  return fmt::format("{} {}", warning_level_symbol(warning.level, warning.grey),
                     warning_level_label(warning.level, warning.grey, language));
}

WarningText warning_text(const ReportWarning& warning, model::Language language) {
  const auto date = [&](const model::CalendarDate& d) {
    return format_date(d.year, d.month, d.day, language);
  };
  WarningText text;
  text.heading = format_text(Text::kWarningNumber, language, warning.number.to_string());
  text.level = warning_level_text(warning, language);
  text.title = warning.titles[static_cast<std::size_t>(language)];
  if (text.title.empty()) {
    // The title in the first other language that has one, marked as such.
    for (const model::Language other : model::kAllLanguages) {
      const std::string& title = warning.titles[static_cast<std::size_t>(other)];
      if (title.empty()) continue;
      text.title = title;
      text.title_marker = format_text(Text::kTitleOnlyIn, language, model::language_code(other));
      break;
    }
  }
  text.issued = date(warning.issued);
  text.active_since = date(warning.active_since);
  if (warning.retired) text.retired = date(*warning.retired);
  for (const model::Field field : warning.fields) {
    if (!text.fields.empty()) text.fields += ", ";
    text.fields += model::field_name(field, language);
  }
  for (const WarningCve& cve : warning.cves) {
    std::string line = cve.id;
    if (cve.kev_date_added) {
      line += ": " + format_text(Text::kKevExploited, language, date(*cve.kev_date_added));
      if (cve.known_ransomware) {
        line += fmt::format(", {}", catalog_text(Text::kKevRansomware, language));
      }
    }
    text.cves.push_back(std::move(line));
  }
  return text;
}

std::string override_note(const FieldSection& section, model::Language language) {
  if (!section.status_override) return {};
  const AppliedOverride& applied = *section.status_override;
  return format_text(Text::kOverrideNote, language, model::field_name(section.field, language),
                     status_text(applied.rules_status, language), section.assessment.rule,
                     status_text(section.assessment.status, language), applied.reason);
}

}  // namespace kybersaa::report::detail
