#include "model/warning.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <set>

#include "model/calendar.hpp"

namespace kybersaa::model {
namespace {

using base::ErrorCode;
using base::fail;

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Parses a run of decimal digits that fits an int; nullopt otherwise.
std::optional<int> parse_digits(std::string_view text) {
  if (!all_digits(text)) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

constexpr int kFirstYear = 1970;
constexpr int kLastYear = 9999;

}  // namespace

std::string CalendarDate::to_string() const {
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

std::optional<CalendarDate> parse_calendar_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = parse_digits(text.substr(0, 4));
  const auto month = parse_digits(text.substr(5, 2));
  const auto day = parse_digits(text.substr(8, 2));
  if (!year || !month || !day) return std::nullopt;
  if (*year < kFirstYear || *year > kLastYear || *month < 1 || *month > 12) return std::nullopt;
  if (*day < 1 || *day > days_in_month(*year, *month)) return std::nullopt;
  return CalendarDate{*year, *month, *day};
}

CalendarDate first_day(YearMonth month) { return {month.year, month.month, 1}; }

CalendarDate last_day(YearMonth month) {
  return {month.year, month.month, days_in_month(month.year, month.month)};
}

std::string_view warning_level_name(WarningLevel level) {
  return level == WarningLevel::kRed ? "red" : "yellow";
}

std::optional<WarningLevel> parse_warning_level(std::string_view text) {
  if (text == "yellow") return WarningLevel::kYellow;
  if (text == "red") return WarningLevel::kRed;
  return std::nullopt;
}

std::string WarningNumber::to_string() const { return fmt::format("{}/{}", number, year); }

std::optional<WarningNumber> parse_warning_number(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const std::string_view number_text = text.substr(0, slash);
  const std::string_view year_text = text.substr(slash + 1);
  if (number_text.starts_with('0') || year_text.size() != 4) return std::nullopt;
  const auto number = parse_digits(number_text);
  const auto year = parse_digits(year_text);
  if (!number || !year || *number < 1 || *year < kFirstYear) return std::nullopt;
  return WarningNumber{*number, *year};
}

bool is_cve_id(std::string_view text) {
  constexpr std::size_t kPrefix = 4;      // "CVE-"
  constexpr std::size_t kYear = 4;        // YYYY
  constexpr std::size_t kMinSerial = 4;   // NNNN at least
  constexpr std::size_t kMaxSerial = 19;  // as the CVE schema allows
  if (!text.starts_with("CVE-") || text.size() < kPrefix + kYear + 1 + kMinSerial) return false;
  if (!all_digits(text.substr(kPrefix, kYear)) || text[kPrefix + kYear] != '-') return false;
  const std::string_view serial = text.substr(kPrefix + kYear + 1);
  return serial.size() <= kMaxSerial && all_digits(serial);
}

base::Status validate_warning(const Warning& warning) {
  if (warning.fields.empty()) {
    return fail(ErrorCode::kInvalidInput, "a warning concerns at least one field");
  }
  std::set<Field> fields;
  for (const Field field : warning.fields) {
    if (!fields.insert(field).second) {
      return fail(ErrorCode::kInvalidInput,
                  fmt::format("field {} is given twice", field_id(field)));
    }
  }
  if (std::all_of(warning.titles.begin(), warning.titles.end(),
                  [](const std::string& title) { return title.empty(); })) {
    return fail(ErrorCode::kInvalidInput, "a warning needs a title in at least one language");
  }
  if (warning.issued < warning.active_since) {
    return fail(ErrorCode::kInvalidInput,
                fmt::format("active since {} is after the issue date {}",
                            warning.active_since.to_string(), warning.issued.to_string()));
  }
  if (warning.retired && *warning.retired < warning.issued) {
    return fail(ErrorCode::kInvalidInput,
                fmt::format("retired on {} is before the issue date {}",
                            warning.retired->to_string(), warning.issued.to_string()));
  }
  std::set<std::string_view> cves;
  for (const std::string& cve : warning.cves) {
    if (!is_cve_id(cve)) {
      return fail(ErrorCode::kInvalidInput,
                  fmt::format("'{}' is not a CVE id (CVE-YYYY-NNNN)", cve));
    }
    if (!cves.insert(cve).second) {
      return fail(ErrorCode::kInvalidInput, fmt::format("{} is given twice", cve));
    }
  }
  return {};
}

bool warning_in_force(const Warning& warning, YearMonth month) {
  if (last_day(month) < warning.issued) return false;
  return !warning.retired || first_day(month) < *warning.retired;
}

bool warning_retired_by_end_of(const Warning& warning, YearMonth month) {
  return warning.retired && *warning.retired <= last_day(month);
}

}  // namespace kybersaa::model
