#include "feed/intelmq_fast_path.hpp"

#include <string_view>

namespace kybersaa::feed::detail {
namespace {

// "YYYY-MM-DD" with digits in place.
constexpr std::string_view kDateShape = "dddd-dd-dd";
// "YYYY-MM-DD HH:MM:SS" or with 'T' ('T' checked separately).
constexpr std::string_view kDateTimeShape = "dddd-dd-dd?dd:dd:dd";
constexpr std::string_view kUtcSuffix = "+00:00";

bool has_shape(std::string_view text, std::string_view shape) {
  for (std::size_t i = 0; i < shape.size(); ++i) {
    const char c = text[i];
    if (shape[i] == 'd' ? (c < '0' || c > '9') : (shape[i] != '?' && c != shape[i])) return false;
  }
  return true;
}

unsigned digits(std::string_view text, std::size_t at, std::size_t count) {
  unsigned value = 0;
  for (std::size_t i = at; i < at + count; ++i)
    value = value * 10 + static_cast<unsigned>(text[i] - '0');
  return value;
}

// True when the date and (if present) time of `text`, already of the right
// shape, name a real instant: year 1-9999, a day of that month, a time of
// day without leap seconds.
bool is_valid_instant(std::string_view text) {
  const unsigned year = digits(text, 0, 4);
  const unsigned month = digits(text, 5, 2);
  const unsigned day = digits(text, 8, 2);
  if (year == 0 || month < 1 || month > 12 || day < 1) return false;
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (day > (month == 2 && leap ? 29 : kDays[month - 1])) return false;
  if (text.size() == kDateShape.size()) return true;
  return digits(text, 11, 2) <= 23 && digits(text, 14, 2) <= 59 && digits(text, 17, 2) <= 59;
}

// The common time forms, made canonical in place; false when `text` is not
// one of them (it is then left as it was).
bool canonicalize_common_time(std::string& text) {
  const std::size_t size = text.size();
  if (size == kDateShape.size()) {
    if (!has_shape(text, kDateShape) || !is_valid_instant(text)) return false;
    text += "T00:00:00";
    text += kUtcSuffix;
    return true;
  }
  const bool canonical = size == kDateTimeShape.size() + kUtcSuffix.size() &&
                         std::string_view(text).substr(kDateTimeShape.size()) == kUtcSuffix;
  if (size != kDateTimeShape.size() && !canonical) return false;
  constexpr std::size_t kSeparator = 10;
  if (!has_shape(text, kDateTimeShape) || (text[kSeparator] != ' ' && text[kSeparator] != 'T') ||
      !is_valid_instant(std::string_view(text).substr(0, kDateTimeShape.size()))) {
    return false;
  }
  text[kSeparator] = 'T';
  if (!canonical) text += kUtcSuffix;
  return true;
}

}  // namespace

bool sanitize_intelmq_value_fast(IntelmqType type, IntelmqValue& value) {
  if (type == IntelmqType::kDateTime && value.kind == ValueKind::kString &&
      canonicalize_common_time(value.text)) {
    return true;
  }
  return sanitize_intelmq_value(type, value);
}

}  // namespace kybersaa::feed::detail
