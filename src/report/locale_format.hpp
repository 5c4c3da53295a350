#pragma once
// Numbers, dates and months as each report language writes them. Finnish and
// Swedish group thousands with a NO-BREAK SPACE (U+00A0) and use a decimal
// comma ("20 000", "2,5 %", "5.2.2026"); English uses "20,000", "2.5%" and
// "5 Feb 2026". Pure functions of their arguments: no process locale is read,
// so the output is the same on every machine.

#include <cstdint>
#include <string>
#include <string_view>

#include "model/calendar.hpp"
#include "model/language.hpp"
#include "model/year_month.hpp"

namespace kybersaa::report {

// The thousands separator of fi and sv: U+00A0 NO-BREAK SPACE, as UTF-8.
inline constexpr std::string_view kNoBreakSpace = "\u00A0";

// Returns `value` with thousands grouped: "20 000" (U+00A0) in fi/sv, "20,000" in en.
std::string format_integer(std::int64_t value, model::Language language);

// Returns `value` rounded to exactly `decimals` places (0..9), grouped, with
// the language's decimal mark: format_fixed(2.5, 1, kFi) == "2,5".
std::string format_fixed(double value, int decimals, model::Language language);

// Returns `value` rounded to at most `max_decimals` places (0..9) without
// trailing zeros: format_decimal(0.050, 6, kFi) == "0,05".
std::string format_decimal(double value, int max_decimals, model::Language language);

// Returns a percentage (`percent` = 2.5 for 2.5 %) with `decimals` places:
// "2,5 %" (U+00A0 before the sign) in fi/sv, "2.5%" in en.
std::string format_percent(double percent, int decimals, model::Language language);

// Returns a p-value as the report prints it: "p = 0,032", or "p < 0,001"
// below one in a thousand.
std::string format_p_value(double p_value, model::Language language);

// Returns a calendar date: "5.2.2026" in fi/sv, "5 Feb 2026" in en.
std::string format_date(int year, int month, int day, model::Language language);

// Returns the Helsinki calendar date of the instant `unix_seconds`.
std::string format_helsinki_date(std::int64_t unix_seconds, model::Language language);

// Returns the month as a title: "lokakuu 2026", "oktober 2026", "October 2026".
std::string format_month_title(model::YearMonth month, model::Language language);

// Returns the month in short form for tables: "10/2026" in fi/sv, "Oct 2026" in en.
std::string format_month_short(model::YearMonth month, model::Language language);

}  // namespace kybersaa::report
