#pragma once
// The message catalog: every fixed string the report shows, in fi, sv and en.
// Renderers never spell out a word themselves; they ask the catalog, so a
// translation is an edit to one table in catalog.cpp. Strings with
// placeholders use fmt's positional syntax ({0}, {1}) so a translation may
// reorder them; fill them with format_text().

#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "assess/field_assessment.hpp"
#include "model/incident_enums.hpp"
#include "model/language.hpp"

namespace kybersaa::report {

// The fixed phrases of the report. Order matches the table in catalog.cpp.
enum class Text {
  kTitle,       // "Cyber weather"
  kWeatherMap,  // section heading
  kField,       // column headings of the weather map and figures
  kStatus,
  kThisMonth,
  kPreviousMonth,
  kYearAgo,
  kBaseline,
  kTrend,
  kRule,
  kTotal,
  kChartTitle,  // {0} field name, {1} first month, {2} last month
  kChartData,   // summary of the chart's table fallback
  kMonth,
  kCount,
  kIncidents,  // heading of a field's incident list
  kNoIncidents,
  kDate,
  kIncidentTitle,
  kSector,
  kRsit,
  kSeverity,
  kAffectedPeople,
  kWithheldOne,  // {0} the number of incidents not listed
  kWithheldMany,
  kMethod,       // section heading
  kMethodTrend,  // {0} alpha of the trend test
  kMethodBaseline,
  kMethodRules,
  kMethodRulesSource,         // {0} where the rules came from
  kRulesBuiltIn,              // the source of the shipped rules
  kRuleWhen,                  // {0} status word, {1} its conditions
  kRuleFields,                // {0} a rule's description, {1} the fields it applies to
  kConditionAnd,              // joins the last two conditions
  kConditionCriticalAtLeast,  // {0} critical incidents
  kConditionHighAtLeast,      // {0} high-severity incidents
  kConditionHighAboveUsual,   // {0} alpha
  kConditionCountAtLeast,     // {0} incidents
  kConditionAboveBaseline,    // {0} alpha
  kConditionYellowWarning,
  kConditionRedWarning,
  kRuleCalm,
  kMethodListing,
  kMethodCoverage,  // {0} first month, {1} last month
  kMethodNoCoverage,
  // Key figures and feed figures.
  kKeyFigures,             // section heading
  kKeyFigureNoData,        // {0} the figure's label, {1} its period
  kKeyFigureNoComparison,  // stands for {change} when there is no comparison figure
  kKeyFigurePeriod,        // "period" in a figure's note
  kKeyFigureSource,        // "source" in a figure's note
  kNoKeyFigures,           // when the declarations list none
  kMethodKeyFigures,       // {0} where the declarations came from
  kKeyFiguresBuiltIn,      // the source of the shipped declarations
  kFeedFigures,            // heading of a field's feed counts
  kFeed,                   // column headings of the feed counts
  kFeedEvents,
  kFeedHosts,
  kNoFeedFigures,               // when no feed counted anything for the field
  kMethodFeeds,                 // intro of the feed coverage list
  kMethodFeedCoverage,          // {0} feed, {1} first month, {2} last month, {3} months
  kMethodNoFeeds,               // when no feed data was imported
  kConditionFeedAboveBaseline,  // {0} alpha
  kConditionFeedHostsAtLeast,   // {0} hosts
};

// Returns the phrase `id` in `language`. Never empty; views static storage.
std::string_view catalog_text(Text id, model::Language language);

// Returns the phrase `id` in `language` with its placeholders filled from
// `args`. The catalog's patterns are constants checked by the tests, so a
// mismatch is a programmer error.
template <class... Args>
std::string format_text(Text id, model::Language language, const Args&... args) {
  return fmt::format(fmt::runtime(catalog_text(id, language)), args...);
}

// Returns the name of month 1..12 as it stands alone in a title: "lokakuu",
// "oktober", "October". An empty view for a month outside 1..12.
std::string_view month_name(int month, model::Language language);
// Returns the short name of month 1..12 for chart axes: "loka", "okt", "Oct".
std::string_view month_abbreviation(int month, model::Language language);

// Returns the status word: "rauhallinen" / "lugnt" / "calm", ...
std::string_view status_label(assess::WeatherStatus status, model::Language language);
// Returns the weather symbol of a status, readable without colour: ☀ calm,
// ☁ worrying, ⚡ serious (each followed by the text-presentation selector);
// all three are in DejaVu Sans, so they print on a server without emoji fonts.
std::string_view status_symbol(assess::WeatherStatus status);

// Returns the trend word: "noussut" / "ökat" / "raised", ...
std::string_view trend_label(assess::Trend trend, model::Language language);
// Returns the trend arrow: ↑ raised, ↓ lowered, → unchanged.
std::string_view trend_symbol(assess::Trend trend);

// Returns the severity word: "korkea" / "hög" / "high", ...
std::string_view severity_label(model::Severity severity, model::Language language);
// Returns the sector's name: "Terveydenhuolto" / "Hälso- och sjukvård" / "Health", ...
std::string_view sector_label(model::Sector sector, model::Language language);

}  // namespace kybersaa::report
