#pragma once
// Warnings: what a CERT publishes when a campaign or a vulnerability calls
// for action now. A warning is numbered per year ("3/2026"), has a level
// (yellow: a serious threat; red: a critical one), concerns one or more of
// the six fields, has a title in at least one report language, the date it
// was issued, the date since when the campaign is active, the CVEs it is
// about, and, once it is no longer in force, the date it was retired (a
// retired warning is shown grey).
//
// In force: a warning is in force on day D when issued <= D and, if it is
// retired, D < retired (the retirement date is the first day it no longer
// applies). It is in force in month M when it is in force on at least one
// day of M: issued on or before the last day of M, and not retired on or
// before the first day of M. docs/assessment.md states the same rule.

#include <array>
#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "model/field.hpp"
#include "model/language.hpp"
#include "model/year_month.hpp"

namespace kybersaa::model {

// A calendar date (no time of day, no zone), e.g. a warning's issue date.
struct CalendarDate {
  int year = 1970;
  int month = 1;
  int day = 1;
  friend auto operator<=>(const CalendarDate&, const CalendarDate&) = default;
  // Returns "YYYY-MM-DD".
  std::string to_string() const;
  YearMonth year_month() const { return {year, month}; }
};

// Parses "YYYY-MM-DD" (years 1970..9999, a day that exists); nullopt otherwise.
std::optional<CalendarDate> parse_calendar_date(std::string_view text);

// Returns the first and the last day of `month`.
CalendarDate first_day(YearMonth month);
CalendarDate last_day(YearMonth month);

enum class WarningLevel { kYellow = 1, kRed = 2 };

// Stable ids: "yellow", "red".
std::string_view warning_level_name(WarningLevel level);
std::optional<WarningLevel> parse_warning_level(std::string_view text);

// A warning's number within its year: "3/2026".
struct WarningNumber {
  int number = 0;
  int year = 0;
  friend auto operator<=>(const WarningNumber&, const WarningNumber&) = default;
  // Returns "3/2026".
  std::string to_string() const;
};

// Parses "N/YYYY" (N >= 1, no leading zeros or signs); nullopt otherwise.
std::optional<WarningNumber> parse_warning_number(std::string_view text);

// Whether `text` is a CVE id: "CVE-", a four-digit year, "-", four or more digits.
bool is_cve_id(std::string_view text);

struct Warning {
  WarningNumber number;  // assigned by the store when the warning is added
  WarningLevel level = WarningLevel::kYellow;
  std::vector<Field> fields;          // one or more, in kAllFields order, no repeats
  std::array<std::string, 3> titles;  // indexed by Language; empty where absent
  CalendarDate issued;
  CalendarDate active_since;  // on or before `issued`
  std::optional<CalendarDate> retired;
  std::vector<std::string> cves;  // CVE ids, as given, without repeats
  friend bool operator==(const Warning&, const Warning&) = default;

  // Returns the title in `language`, or "" when there is none in it.
  const std::string& title(Language language) const {
    return titles[static_cast<std::size_t>(language)];
  }
};

// Checks what every stored warning must satisfy: at least one field and no
// field twice, a title in at least one language, active_since not after
// issued, retired (when set) not before issued, every CVE a CVE id and none
// twice. Fails with kInvalidInput naming the part at fault.
[[nodiscard]] base::Status validate_warning(const Warning& warning);

// Whether `warning` is in force in `month` (see the top of this file).
bool warning_in_force(const Warning& warning, YearMonth month);

// Whether `warning` is retired on or before the last day of `month`: shown
// grey in that month's report.
bool warning_retired_by_end_of(const Warning& warning, YearMonth month);

}  // namespace kybersaa::model
