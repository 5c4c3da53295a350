#pragma once
// Instants and Helsinki civil time. Incidents carry instants (Unix seconds,
// UTC); the report groups them by the Helsinki month they fall in, and shows
// Helsinki dates. Time-zone rules come from ICU, so historical offsets are right.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/year_month.hpp"

namespace kybersaa::model {

// A Helsinki civil date and time of day.
struct CivilTime {
  int year = 1970;
  int month = 1;
  int day = 1;
  int hour = 0;
  int minute = 0;
  int second = 0;
};

// Returns the Helsinki civil time of `unix_seconds`. Thread-safe.
CivilTime helsinki_civil_time(std::int64_t unix_seconds);

// Returns the Helsinki month `unix_seconds` falls in. Thread-safe.
YearMonth helsinki_month(std::int64_t unix_seconds);

// Returns the instant at which Helsinki month `month` begins (00:00 local on the 1st).
std::int64_t helsinki_month_start(YearMonth month);

// Parses an ISO 8601 date or date-time as written in notifications:
//   "2026-10-05"                       midnight, Helsinki time
//   "2026-10-05T14:30" / "...:05"      Helsinki time
//   "2026-10-05T14:30:05Z"             UTC
//   "2026-10-05T14:30:05+03:00"        the given offset
// A space may stand for the "T"; fractional seconds are accepted and dropped.
// Returns nullopt for anything else, including impossible dates (2026-02-30).
std::optional<std::int64_t> parse_iso_instant(std::string_view text);

// Formats an instant as ISO 8601 with the Helsinki offset, e.g.
// "2026-10-05T14:30:05+03:00".
std::string format_helsinki_iso(std::int64_t unix_seconds);

// Returns days since 1970-01-01 of a proleptic Gregorian date (no range checks).
std::int64_t days_from_civil(int year, int month, int day);
// Returns the number of days in `month` of `year`.
int days_in_month(int year, int month);

}  // namespace kybersaa::model
