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
};

// Returns the method notes for `report.rules` and the report's data coverage.
MethodNotes method_notes(const MonthlyReport& report, model::Language language);

}  // namespace kybersaa::report::detail
