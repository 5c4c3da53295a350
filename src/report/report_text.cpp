#include "report/report_text.hpp"

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

MethodNotes method_notes(const MonthlyReport& report, model::Language language) {
  const assess::StatusRules& rules = report.rules;
  const auto alpha = [language](double value) {
    return format_decimal(value, kAlphaDecimals, language);
  };
  const auto integer = [language](std::int64_t value) { return format_integer(value, language); };

  MethodNotes notes;
  notes.trend = format_text(Text::kMethodTrend, language, alpha(rules.trend_alpha));
  notes.baseline = std::string(catalog_text(Text::kMethodBaseline, language));
  notes.rules_intro = std::string(catalog_text(Text::kMethodRules, language));
  // The ids and the order are assess::assess_field's (docs/assessment.md).
  notes.rules = {
      {"critical-incident",
       format_text(Text::kRuleCriticalIncident, language, integer(rules.serious_critical))},
      {"surge",
       format_text(Text::kRuleSurge, language, integer(rules.min_count), alpha(rules.surge_alpha))},
      {"high-severity", format_text(Text::kRuleHighSeverity, language, integer(rules.worrying_high),
                                    alpha(rules.elevated_alpha))},
      {"elevated", format_text(Text::kRuleElevated, language, integer(rules.min_count),
                               alpha(rules.elevated_alpha))},
      {"calm", std::string(catalog_text(Text::kRuleCalm, language))},
  };
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
