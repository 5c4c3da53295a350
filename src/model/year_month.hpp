#pragma once
// A calendar month, the unit of the monthly report. Months are Helsinki
// months: an incident reported at 2026-10-31T23:30Z (01:30 on 1 November in
// Helsinki) belongs to November.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kybersaa::model {

struct YearMonth {
  int year = 1970;
  int month = 1;  // 1..12

  friend auto operator<=>(const YearMonth&, const YearMonth&) = default;

  // Returns the month `delta` months later (earlier when negative).
  YearMonth plus_months(int delta) const;
  // Returns how many months `other` lies before this one (this − other).
  int months_since(const YearMonth& other) const;
  // Returns year * 100 + month, e.g. 202610: the store's integer form.
  int as_int() const { return year * 100 + month; }
  static YearMonth from_int(int yyyymm) { return {yyyymm / 100, yyyymm % 100}; }
  // Returns "YYYY-MM".
  std::string to_string() const;
};

// Parses "YYYY-MM" (years 1970..9999); nullopt for anything else.
std::optional<YearMonth> parse_year_month(std::string_view text);

}  // namespace kybersaa::model
