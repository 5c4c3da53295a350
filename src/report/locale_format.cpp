#include "report/locale_format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "report/catalog.hpp"

namespace kybersaa::report {
namespace {

constexpr int kMaxDecimals = 9;
// p-values below this are printed as "p < 0.001": more digits claim a
// precision the model does not have.
constexpr double kSmallestPrintedP = 0.001;
constexpr int kPValueDecimals = 3;

bool uses_decimal_comma(model::Language language) { return language != model::Language::kEn; }

std::string_view thousands_separator(model::Language language) {
  return uses_decimal_comma(language) ? kNoBreakSpace : std::string_view{","};
}

// Groups the ASCII digits `digits` by three from the right with `separator`.
std::string group_digits(std::string_view digits, std::string_view separator) {
  std::string out;
  out.reserve(digits.size() + digits.size() / 3 * separator.size());
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.append(separator);
    out.push_back(digits[i]);
  }
  return out;
}

// Localises a plain "-1234.5" as fmt prints it: groups the integer part and
// swaps the decimal mark.
std::string localise_number(std::string_view plain, model::Language language) {
  std::string out;
  if (!plain.empty() && plain.front() == '-') {
    out.push_back('-');
    plain.remove_prefix(1);
  }
  const std::size_t point = plain.find('.');
  const std::string_view integer_part = plain.substr(0, point);
  const bool all_digits = std::all_of(integer_part.begin(), integer_part.end(),
                                      [](char c) { return c >= '0' && c <= '9'; });
  // "inf" and "nan" pass through unchanged.
  if (!all_digits) return std::string(plain);
  out += group_digits(integer_part, thousands_separator(language));
  if (point != std::string_view::npos) {
    out.push_back(uses_decimal_comma(language) ? ',' : '.');
    out.append(plain.substr(point + 1));
  }
  return out;
}

std::string fixed_plain(double value, int decimals) {
  return fmt::format("{:.{}f}", value, std::clamp(decimals, 0, kMaxDecimals));
}

}  // namespace

std::string format_integer(std::int64_t value, model::Language language) {
  return localise_number(fmt::format("{}", value), language);
}

std::string format_fixed(double value, int decimals, model::Language language) {
  return localise_number(fixed_plain(value, decimals), language);
}

std::string format_decimal(double value, int max_decimals, model::Language language) {
  std::string plain = fixed_plain(value, max_decimals);
  if (plain.find('.') != std::string::npos) {
    while (plain.back() == '0') plain.pop_back();
    if (plain.back() == '.') plain.pop_back();
  }
  if (plain == "-0") plain = "0";
  return localise_number(plain, language);
}

std::string format_percent(double percent, int decimals, model::Language language) {
  const std::string number = format_fixed(percent, decimals, language);
  if (uses_decimal_comma(language)) return number + std::string(kNoBreakSpace) + "%";
  return number + "%";
}

std::string format_p_value(double p_value, model::Language language) {
  // No-break spaces keep "p = 0,032" on one line in narrow table cells.
  const std::string nbsp(kNoBreakSpace);
  if (p_value < kSmallestPrintedP) {
    return "p" + nbsp + "<" + nbsp + format_decimal(kSmallestPrintedP, kPValueDecimals, language);
  }
  return "p" + nbsp + "=" + nbsp + format_fixed(p_value, kPValueDecimals, language);
}

std::string format_date(int year, int month, int day, model::Language language) {
  if (language == model::Language::kEn) {
    return fmt::format("{} {} {}", day, month_abbreviation(month, language), year);
  }
  return fmt::format("{}.{}.{}", day, month, year);
}

std::string format_helsinki_date(std::int64_t unix_seconds, model::Language language) {
  const model::CivilTime civil = model::helsinki_civil_time(unix_seconds);
  return format_date(civil.year, civil.month, civil.day, language);
}

std::string format_month_title(model::YearMonth month, model::Language language) {
  return fmt::format("{} {}", month_name(month.month, language), month.year);
}

std::string format_month_short(model::YearMonth month, model::Language language) {
  if (language == model::Language::kEn) {
    return fmt::format("{} {}", month_abbreviation(month.month, language), month.year);
  }
  return fmt::format("{}/{}", month.month, month.year);
}

}  // namespace kybersaa::report
