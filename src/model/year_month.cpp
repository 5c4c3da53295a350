#include "model/year_month.hpp"

#include <fmt/format.h>

#include <charconv>

namespace kybersaa::model {

YearMonth YearMonth::plus_months(int delta) const {
  const int index = year * 12 + (month - 1) + delta;
  // Floor division keeps negative deltas across year boundaries right.
  const int new_year = index >= 0 ? index / 12 : (index - 11) / 12;
  return {new_year, index - new_year * 12 + 1};
}

int YearMonth::months_since(const YearMonth& other) const {
  return (year * 12 + month) - (other.year * 12 + other.month);
}

std::string YearMonth::to_string() const { return fmt::format("{:04d}-{:02d}", year, month); }

std::optional<YearMonth> parse_year_month(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  YearMonth ym;
  auto parse = [](std::string_view digits, int& out) {
    for (char c : digits) {
      if (c < '0' || c > '9') return false;
    }
    return std::from_chars(digits.data(), digits.data() + digits.size(), out).ec == std::errc{};
  };
  if (!parse(text.substr(0, 4), ym.year) || !parse(text.substr(5, 2), ym.month)) {
    return std::nullopt;
  }
  if (ym.year < 1970 || ym.month < 1 || ym.month > 12) return std::nullopt;
  return ym;
}

}  // namespace kybersaa::model
