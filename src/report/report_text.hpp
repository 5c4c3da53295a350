#pragma once
// The localized sentences the HTML and Markdown renderers share: built once
// here from the catalog and the locale formats, so both documents say the
// same thing. Plain text: each renderer escapes it for its own syntax.

#include <cstdint>
#include <string>
#include <vector>

#include "model/language.hpp"
#include "report/monthly_report.hpp"

namespace kybersaa::report::detail {

// Returns "Kybersää – lokakuu 2026".
std::string document_title(const MonthlyReport& report, model::Language language);

// Returns "☀ rauhallinen": the weather symbol and the status word.
std::string status_text(assess::WeatherStatus status, model::Language language);

// Returns "↑ noussut": the trend arrow and word.
std::string trend_text(assess::Trend trend, model::Language language);

// Returns "3 tapausta jätetty listaamatta (TLP:AMBER/RED)".
std::string withheld_note(std::int64_t withheld, model::Language language);

// Returns the accessible name of a field's chart: "Vakoilu: tapaukset
// kuukausittain 10/2025–10/2026". `section.series` may be empty.
std::string chart_title(const FieldSection& section, model::Language language);

// Returns the RSIT class as shown in incident lists: "fraud / phishing".
std::string rsit_text(const model::RsitClass& rsit);

// One status rule as the method notes list it.
struct RuleNote {
  std::string id;           // the rule id FieldAssessment::rule carries
  std::string description;  // "serious when the number of critical incidents is at least 1"
};

// The method notes of the report, sentence by sentence.
struct MethodNotes {
  std::string trend;     // the trend test and its alpha
  std::string baseline;  // what the baseline is and how it is tested
  std::string rules_intro;
  std::vector<RuleNote> rules;  // in the order assess applies them
  std::string rules_source;     // which rules file was used
  std::string listing;          // which incidents are listed
  std::string coverage;         // the data's first and last month
  // Warnings and status overrides.
  std::string warnings;                // what "in force in the month" means
  std::string kev;                     // where the KEV mark comes from
  std::string overrides_intro;         // introduces `overrides`, or says there are none
  std::vector<std::string> overrides;  // one note per overridden field, kAllFields order
};

// Returns the method notes for `report.rules` and the report's data coverage.
MethodNotes method_notes(const MonthlyReport& report, model::Language language);

// --- Warnings of the month and status overrides ---

// A warning as the HTML and Markdown renderers show it, sentence by sentence.
struct WarningText {
  std::string heading;       // "Varoitus 3/2026"
  std::string level;         // "▲ keltainen – vakava uhka"
  std::string title;         // in the report language, else in another one
  std::string title_marker;  // "(vain kielellä en)" when `title` is in another language; else ""
  std::string issued;        // "5.10.2026"
  std::string active_since;
  std::string retired;            // "" while in force
  std::string fields;             // the field names, comma-separated
  std::vector<std::string> cves;  // "CVE-2021-44228: tiedetään hyödynnetyn (CISA KEV 10.12.2021)"
};

// Returns `warning` in `language`.
WarningText warning_text(const ReportWarning& warning, model::Language language);

// Returns "▲ keltainen – vakava uhka" for `warning`.
std::string warning_level_text(const ReportWarning& warning, model::Language language);

// Returns the override note of `section`, or "" when its status is the rules'.
std::string override_note(const FieldSection& section, model::Language language);

}  // namespace kybersaa::report::detail
