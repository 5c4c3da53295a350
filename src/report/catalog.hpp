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
#include "model/content.hpp"
#include "model/incident_enums.hpp"
#include "model/language.hpp"
#include "model/warning.hpp"

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
  // Warnings of the month and analysts' status overrides.
  kWarnings,       // section heading
  kNoWarnings,     // a month without warnings in force
  kWarningNumber,  // {0} "3/2026"
  kWarningNumberHeading,
  kWarningLevel,  // column headings of the warnings table
  kWarningTitle,
  kWarningActiveSince,
  kWarningIssued,
  kWarningRetired,
  kWarningFields,
  kWarningCves,
  kTitleOnlyIn,       // {0} the language code the title exists in
  kKevExploited,      // {0} the date KEV added the CVE
  kKevRansomware,     // appended to kKevExploited
  kMethodWarnings,    // what "in force in the month" means
  kMethodKev,         // where the KEV mark comes from
  kStatusOverridden,  // marker beside an overridden status
  kMethodOverrides,   // introduces the list of overrides
  kOverrideNote,      // {0} field, {1} rules' status, {2} rule, {3} analyst's status, {4} reason
  kMethodNoOverrides,
  // Report lifecycle: the marker at the top of a report not yet published.
  kStateDraft,
  kStateReviewed,
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

// Returns the level of a warning as a word and what it means: "keltainen –
// vakava uhka", ...; `grey` (retired by the end of the month) wins over the level.
std::string_view warning_level_label(model::WarningLevel level, bool grey,
                                     model::Language language);
// Returns the shape that marks a warning's level without colour: ▲ yellow,
// ◆ red, ○ grey (all in DejaVu Sans).
std::string_view warning_level_symbol(model::WarningLevel level, bool grey);

// Returns the trend word: "noussut" / "ökat" / "raised", ...
std::string_view trend_label(assess::Trend trend, model::Language language);
// Returns the trend arrow: ↑ raised, ↓ lowered, → unchanged.
std::string_view trend_symbol(assess::Trend trend);

// Returns the severity word: "korkea" / "hög" / "high", ...
std::string_view severity_label(model::Severity severity, model::Language language);
// Returns the sector's name: "Terveydenhuolto" / "Hälso- och sjukvård" / "Health", ...
std::string_view sector_label(model::Sector sector, model::Language language);

// --- Report content: the fixed phrases around analyst-written content ------

// Order matches the table kContentTexts in catalog.cpp.
enum class ContentText {
  kItems,               // heading of a field's items
  kAnalysis,            // lead-in of an item's analysis paragraph
  kDraft,               // marker of an item not yet approved
  kDraftAnalysis,       // analysis of a draft made from a document without a summary
  kHeadlines,           // accessible name of a field's headline list
  kTopThreats,          // section heading
  kNoThreats,           //
  kRank,                //
  kCase,                // lead-in of a threat's CASE text
  kLinkedMetrics,       //
  kThreatNew,           // marker of a threat new on the list
  kThreatUpdated,       // marker of a threat whose texts changed
  kPreviousRank,        // {0} its rank in the previous report
  kComparedWith,        // {0} the month of the previous list
  kNoPreviousList,      //
  kDevelopments,        // section heading
  kNoDevelopments,      //
  kHowToReport,         // section heading
  kHeadlineCount,       // {0} count, {1} baseline, {2} trend text
  kHeadlineSevere,      // {0} critical, {1} high-severity incidents
  kHeadlineMostSevere,  // {0} incident title, {1} severity word
  kHeadlineCompared,    // {0} previous month's count, {1} the year-ago count
  kFactReported,        // {0} date
  kFactStarted,         // {0} date
  kFactDetected,        // {0} date
  kFactPeople,          // {0} number
  kFactDevices,         // {0} number
  kFactPersonalData,    // {0} kinds, comma-separated
  kFactCves,            // {0} CVE ids, comma-separated
};

std::string_view content_text(ContentText id, model::Language language);

template <class... Args>
std::string format_content_text(ContentText id, model::Language language, const Args&... args) {
  return fmt::format(fmt::runtime(content_text(id, language)), args...);
}

// Returns the marker shown, in a `report_language` report, after a text that
// exists only in `text_language`: "[suomeksi]", "[på finska]", "[in Finnish]".
std::string_view language_marker(model::Language text_language, model::Language report_language);

// Returns the heading of a kind of development: "Lainsäädäntö", ...
std::string_view development_kind_label(model::DevelopmentKind kind, model::Language language);

// Returns the name of a kind of personal data: "terveystiedot", ...
std::string_view personal_data_label(model::PersonalData kind, model::Language language);

}  // namespace kybersaa::report
