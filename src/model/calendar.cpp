#include "model/calendar.hpp"

#include <fmt/format.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <charconv>
#include <memory>

namespace kybersaa::model {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;
constexpr std::int64_t kSecondsPerHour = 3600;
constexpr std::int64_t kMillisPerSecond = 1000;

// ICU's TimeZone::getOffset is const and safe to call from many threads once
// the zone is built; the zone is built once, on first use.
const icu::TimeZone& helsinki_zone() {
  static const std::unique_ptr<icu::TimeZone> zone(
      icu::TimeZone::createTimeZone(icu::UnicodeString("Europe/Helsinki")));
  return *zone;
}

// Returns the Helsinki UTC offset in seconds at `unix_seconds` (a UTC instant).
std::int64_t offset_at_instant(std::int64_t unix_seconds) {
  std::int32_t raw = 0;
  std::int32_t dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  helsinki_zone().getOffset(static_cast<UDate>(unix_seconds * kMillisPerSecond), false, raw, dst,
                            status);
  if (U_FAILURE(status)) return 2 * kSecondsPerHour;
  return (raw + dst) / kMillisPerSecond;
}

// Returns the UTC instant of a Helsinki wall-clock time given as seconds since
// the epoch as if local were UTC. ICU resolves the autumn overlap and the
// spring gap by its documented defaults for local times.
std::int64_t instant_from_local(std::int64_t local_seconds) {
  std::int32_t raw = 0;
  std::int32_t dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  helsinki_zone().getOffset(static_cast<UDate>(local_seconds * kMillisPerSecond), true, raw, dst,
                            status);
  if (U_FAILURE(status)) return local_seconds - 2 * kSecondsPerHour;
  return local_seconds - (raw + dst) / kMillisPerSecond;
}

bool parse_digits(std::string_view text, std::size_t pos, std::size_t count, int& out) {
  if (pos + count > text.size()) return false;
  out = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return true;
}

}  // namespace

std::int64_t days_from_civil(int year, int month, int day) {
  // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
  const int y = year - (month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(month > 2 ? month - 3 : month + 9);
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

CivilTime helsinki_civil_time(std::int64_t unix_seconds) {
  const std::int64_t local = unix_seconds + offset_at_instant(unix_seconds);
  std::int64_t days = local / kSecondsPerDay;
  std::int64_t rest = local % kSecondsPerDay;
  if (rest < 0) {
    rest += kSecondsPerDay;
    --days;
  }
  // civil_from_days (Hinnant).
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  CivilTime t;
  t.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  t.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  t.year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (t.month <= 2 ? 1 : 0));
  t.hour = static_cast<int>(rest / kSecondsPerHour);
  t.minute = static_cast<int>((rest % kSecondsPerHour) / 60);
  t.second = static_cast<int>(rest % 60);
  return t;
}

YearMonth helsinki_month(std::int64_t unix_seconds) {
  const CivilTime t = helsinki_civil_time(unix_seconds);
  return {t.year, t.month};
}

std::int64_t helsinki_month_start(YearMonth month) {
  return instant_from_local(days_from_civil(month.year, month.month, 1) * kSecondsPerDay);
}

std::optional<std::int64_t> parse_iso_instant(std::string_view text) {
  int year = 0;
  int month = 0;
  int day = 0;
  if (!parse_digits(text, 0, 4, year) || text.size() < 10 || text[4] != '-' || text[7] != '-' ||
      !parse_digits(text, 5, 2, month) || !parse_digits(text, 8, 2, day)) {
    return std::nullopt;
  }
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
    return std::nullopt;
  }
  std::int64_t local = days_from_civil(year, month, day) * kSecondsPerDay;
  if (text.size() == 10) return instant_from_local(local);
  if (text[10] != 'T' && text[10] != ' ') return std::nullopt;
  int hour = 0;
  int minute = 0;
  int second = 0;
  if (!parse_digits(text, 11, 2, hour) || text.size() < 16 || text[13] != ':' ||
      !parse_digits(text, 14, 2, minute)) {
    return std::nullopt;
  }
  std::size_t pos = 16;
  if (pos < text.size() && text[pos] == ':') {
    if (!parse_digits(text, pos + 1, 2, second)) return std::nullopt;
    pos += 3;
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
      ++pos;
      const std::size_t digits_start = pos;
      while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
      if (pos == digits_start) return std::nullopt;
    }
  }
  if (hour > 23 || minute > 59 || second > 59) return std::nullopt;
  local += hour * kSecondsPerHour + minute * 60 + second;
  if (pos == text.size()) return instant_from_local(local);
  if (text[pos] == 'Z' && pos + 1 == text.size()) return local;
  if (text[pos] != '+' && text[pos] != '-') return std::nullopt;
  int offset_hours = 0;
  int offset_minutes = 0;
  if (!parse_digits(text, pos + 1, 2, offset_hours) || pos + 6 != text.size() ||
      text[pos + 3] != ':' || !parse_digits(text, pos + 4, 2, offset_minutes) ||
      offset_hours > 14 || offset_minutes > 59) {
    return std::nullopt;
  }
  const std::int64_t offset = offset_hours * kSecondsPerHour + offset_minutes * 60;
  return text[pos] == '+' ? local - offset : local + offset;
}

std::string format_helsinki_iso(std::int64_t unix_seconds) {
  const CivilTime t = helsinki_civil_time(unix_seconds);
  const std::int64_t offset = offset_at_instant(unix_seconds);
  const char sign = offset < 0 ? '-' : '+';
  const std::int64_t magnitude = offset < 0 ? -offset : offset;
  return fmt::format("{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}{}{:02d}:{:02d}", t.year, t.month,
                     t.day, t.hour, t.minute, t.second, sign, magnitude / kSecondsPerHour,
                     (magnitude % kSecondsPerHour) / 60);
}

}  // namespace kybersaa::model
