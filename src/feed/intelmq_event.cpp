#include "feed/intelmq_event.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <utility>

#include "feed/constituency.hpp"

namespace kybersaa::feed {
namespace {

struct FieldType {
  std::string_view key;
  IntelmqType type;
};

// The harmonised event fields (IntelMQ's harmonization, event section) with
// the types that matter for checking values; sorted by key for lookup.
constexpr auto kFieldTypes = std::to_array<FieldType>({
    {"classification.identifier", IntelmqType::kString},
    {"classification.taxonomy", IntelmqType::kLowercaseString},
    {"classification.type", IntelmqType::kLowercaseString},
    {"comment", IntelmqType::kString},
    {"destination.abuse_contact", IntelmqType::kLowercaseString},
    {"destination.account", IntelmqType::kString},
    {"destination.allocated", IntelmqType::kDateTime},
    {"destination.as_name", IntelmqType::kString},
    {"destination.asn", IntelmqType::kAsn},
    {"destination.domain_suffix", IntelmqType::kFqdn},
    {"destination.fqdn", IntelmqType::kFqdn},
    {"destination.geolocation.cc", IntelmqType::kCountryCode},
    {"destination.geolocation.city", IntelmqType::kString},
    {"destination.geolocation.country", IntelmqType::kString},
    {"destination.geolocation.latitude", IntelmqType::kFloat},
    {"destination.geolocation.longitude", IntelmqType::kFloat},
    {"destination.geolocation.region", IntelmqType::kString},
    {"destination.geolocation.state", IntelmqType::kString},
    {"destination.ip", IntelmqType::kIpAddress},
    {"destination.local_hostname", IntelmqType::kString},
    {"destination.local_ip", IntelmqType::kIpAddress},
    {"destination.network", IntelmqType::kIpNetwork},
    {"destination.port", IntelmqType::kInteger},
    {"destination.registry", IntelmqType::kRegistry},
    {"destination.reverse_dns", IntelmqType::kFqdn},
    {"destination.tor_node", IntelmqType::kBoolean},
    {"destination.url", IntelmqType::kUrl},
    {"destination.urlpath", IntelmqType::kString},
    {"event_description.target", IntelmqType::kString},
    {"event_description.text", IntelmqType::kString},
    {"event_description.url", IntelmqType::kUrl},
    {"event_hash", IntelmqType::kUppercaseString},
    {"feed.accuracy", IntelmqType::kFloat},
    {"feed.code", IntelmqType::kString},
    {"feed.documentation", IntelmqType::kString},
    {"feed.name", IntelmqType::kString},
    {"feed.provider", IntelmqType::kString},
    {"feed.url", IntelmqType::kUrl},
    {"malware.hash.md5", IntelmqType::kAsciiString},
    {"malware.hash.sha1", IntelmqType::kAsciiString},
    {"malware.hash.sha256", IntelmqType::kAsciiString},
    {"malware.name", IntelmqType::kAsciiLowercaseString},
    {"malware.version", IntelmqType::kAsciiString},
    {"misp.attribute_uuid", IntelmqType::kLowercaseString},
    {"misp.event_uuid", IntelmqType::kLowercaseString},
    {"output", IntelmqType::kString},
    {"protocol.application", IntelmqType::kAsciiLowercaseString},
    {"protocol.transport", IntelmqType::kLowercaseString},
    {"raw", IntelmqType::kString},
    {"rtir_id", IntelmqType::kInteger},
    {"screenshot_url", IntelmqType::kUrl},
    {"source.abuse_contact", IntelmqType::kLowercaseString},
    {"source.account", IntelmqType::kString},
    {"source.allocated", IntelmqType::kDateTime},
    {"source.as_name", IntelmqType::kString},
    {"source.asn", IntelmqType::kAsn},
    {"source.domain_suffix", IntelmqType::kFqdn},
    {"source.fqdn", IntelmqType::kFqdn},
    {"source.geolocation.cc", IntelmqType::kCountryCode},
    {"source.geolocation.city", IntelmqType::kString},
    {"source.geolocation.country", IntelmqType::kString},
    {"source.geolocation.cymru_cc", IntelmqType::kCountryCode},
    {"source.geolocation.geoip_cc", IntelmqType::kCountryCode},
    {"source.geolocation.latitude", IntelmqType::kFloat},
    {"source.geolocation.longitude", IntelmqType::kFloat},
    {"source.geolocation.region", IntelmqType::kString},
    {"source.geolocation.state", IntelmqType::kString},
    {"source.ip", IntelmqType::kIpAddress},
    {"source.local_hostname", IntelmqType::kString},
    {"source.local_ip", IntelmqType::kIpAddress},
    {"source.network", IntelmqType::kIpNetwork},
    {"source.port", IntelmqType::kInteger},
    {"source.registry", IntelmqType::kRegistry},
    {"source.reverse_dns", IntelmqType::kFqdn},
    {"source.tor_node", IntelmqType::kBoolean},
    {"source.url", IntelmqType::kUrl},
    {"source.urlpath", IntelmqType::kString},
    {"status", IntelmqType::kString},
    {"time.observation", IntelmqType::kDateTime},
    {"time.source", IntelmqType::kDateTime},
    {"tlp", IntelmqType::kUppercaseString},
});

constexpr std::int64_t kMaxAsn = 4294967295;

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "YYYY-MM-DDTHH:MM:SS+00:00"
constexpr std::size_t kCanonicalTimeSize = 25;
bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// A dotted quad as Python's ipaddress accepts it (no leading zeros), which
// is then already in canonical form.
bool is_canonical_ipv4(std::string_view text) { return parse_ipv4(text).has_value(); }

bool sanitize_ip(std::string& text) {
  if (is_canonical_ipv4(text)) return true;
  std::array<unsigned char, 16> address{};
  std::array<char, INET6_ADDRSTRLEN> out{};
  const std::string_view view = trim(text);
  if (view.empty() || view.size() >= out.size()) return false;
  const std::string copy(view);
  const int family = copy.find(':') == std::string::npos ? AF_INET : AF_INET6;
  if (inet_pton(family, copy.c_str(), address.data()) != 1) return false;
  if (inet_ntop(family, address.data(), out.data(), out.size()) == nullptr) return false;
  text.assign(out.data());
  return true;
}

bool sanitize_network(std::string& text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string::npos) return false;
  std::int64_t prefix = 0;
  if (!parse_intelmq_integer(std::string_view(text).substr(slash + 1), prefix)) return false;
  const std::string ip(trim(std::string_view(text).substr(0, slash)));
  const int family = ip.find(':') == std::string::npos ? AF_INET : AF_INET6;
  std::array<unsigned char, 16> address{};
  if (inet_pton(family, ip.c_str(), address.data()) != 1) return false;
  const int bits = family == AF_INET ? 32 : 128;
  if (prefix < 0 || prefix > bits) return false;
  for (int bit = static_cast<int>(prefix); bit < bits; ++bit) {  // host bits to zero
    address[static_cast<std::size_t>(bit / 8)] &= static_cast<unsigned char>(~(0x80 >> (bit % 8)));
  }
  std::array<char, INET6_ADDRSTRLEN> out{};
  if (inet_ntop(family, address.data(), out.data(), out.size()) == nullptr) return false;
  text = std::string(out.data()) + "/" + std::to_string(prefix);
  return true;
}

bool sanitize_fqdn(std::string& text) {
  while (!text.empty() && text.back() == '.') text.pop_back();
  if (text.empty()) return false;
  for (char& c : text) {
    c = ascii_lower(c);
    if (!(is_alnum(c) || c == '-' || c == '_' || c == '.' || c == '*')) return false;
  }
  if (text.front() == '.' || text.find("..") != std::string::npos) return false;
  // An IP address is not a domain name (labels here never hold ':').
  return !is_canonical_ipv4(text);
}

bool sanitize_url(std::string& text) {
  const std::string_view view = trim(text);
  if (view != std::string_view(text)) text = std::string(view);
  if (text.rfind("hxxp", 0) == 0) text.replace(0, 4, "http");
  const std::size_t scheme_end = text.find("://");
  if (scheme_end == std::string::npos || scheme_end == 0) return false;
  const std::size_t host_end = text.find_first_of("/?#", scheme_end + 3);
  const std::size_t host_size =
      (host_end == std::string::npos ? text.size() : host_end) - (scheme_end + 3);
  if (host_size == 0) return false;
  return std::none_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\n'; });
}

bool is_printable_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= ' ' && c <= '~'; });
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
// days_from_civil).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}

bool is_leap(std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(std::int64_t y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

// A cursor over the text of a date.
struct Scanner {
  std::string_view text;
  std::size_t pos = 0;

  bool done() const { return pos >= text.size(); }
  bool accept(char c) {
    if (pos < text.size() && text[pos] == c) {
      ++pos;
      return true;
    }
    return false;
  }
  bool number(std::size_t digits, unsigned& out) {
    if (pos + digits > text.size()) return false;
    out = 0;
    for (std::size_t i = 0; i < digits; ++i) {
      const char c = text[pos + i];
      if (!is_digit(c)) return false;
      out = out * 10 + static_cast<unsigned>(c - '0');
    }
    pos += digits;
    return true;
  }
  void skip_spaces() {
    while (pos < text.size() && text[pos] == ' ') ++pos;
  }
  bool accept_word(std::string_view word) {
    if (text.substr(pos, word.size()) != word) return false;
    pos += word.size();
    return true;
  }
};

struct CivilTime {
  std::int64_t year = 0;
  unsigned month = 0, day = 0, hour = 0, minute = 0, second = 0, micros = 0;
  std::int64_t offset_seconds = 0;  // local minus UTC
};

bool scan_time_of_day(Scanner& s, CivilTime& t) {
  if (!s.number(2, t.hour) || !s.accept(':') || !s.number(2, t.minute)) return false;
  if (s.accept(':')) {
    if (!s.number(2, t.second)) return false;
    if (s.accept('.') || s.accept(',')) {
      unsigned digits = 0;
      while (!s.done() && is_digit(s.text[s.pos])) {
        if (digits < 6) t.micros = t.micros * 10 + static_cast<unsigned>(s.text[s.pos] - '0');
        ++digits;
        ++s.pos;
      }
      if (digits == 0) return false;
      for (; digits < 6; ++digits) t.micros *= 10;
    }
  }
  return true;
}

// Zones: Z, UTC, GMT, +HH, +HHMM, +HH:MM (any number of them, e.g. the
// " UTC" Shadowserver's parser appends to a time that already has "+00").
bool scan_zones(Scanner& s, CivilTime& t) {
  bool offset_seen = false;
  for (;;) {
    s.skip_spaces();
    if (s.done()) return true;
    if (s.accept('Z') || s.accept('z') || s.accept_word("UTC") || s.accept_word("GMT")) continue;
    const char sign = s.text[s.pos];
    if (sign != '+' && sign != '-') return false;
    ++s.pos;
    unsigned hh = 0, mm = 0;
    if (!s.number(2, hh)) return false;
    if (s.accept(':')) {
      if (!s.number(2, mm)) return false;
    } else {
      (void)s.number(2, mm);
    }
    if (hh > 23 || mm > 59 || offset_seen) return false;
    offset_seen = true;
    t.offset_seconds = (sign == '-' ? -1 : 1) * static_cast<std::int64_t>(hh * 3600 + mm * 60);
  }
}

bool scan_iso(Scanner& s, CivilTime& t) {
  unsigned year = 0;
  if (!s.number(4, year) || !s.accept('-') || !s.number(2, t.month) || !s.accept('-') ||
      !s.number(2, t.day)) {
    return false;
  }
  t.year = year;
  if (s.done()) return true;
  if (!(s.accept('T') || s.accept(' '))) return false;
  return scan_time_of_day(s, t) && scan_zones(s, t);
}

// "Thu, 19 Apr 2018 00:02:28 GMT" (RFC 7231), the weekday optional.
bool scan_http_date(Scanner& s, CivilTime& t) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::size_t comma = s.text.find(',');
  if (comma != std::string_view::npos && comma <= 9) s.pos = comma + 1;
  s.skip_spaces();
  if (!s.number(2, t.day) && !s.number(1, t.day)) return false;
  s.skip_spaces();
  bool month_found = false;
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (s.accept_word(kMonths[i])) {
      t.month = static_cast<unsigned>(i + 1);
      month_found = true;
      break;
    }
  }
  if (!month_found) return false;
  s.skip_spaces();
  unsigned year = 0;
  if (!s.number(4, year)) return false;
  t.year = year;
  s.skip_spaces();
  return scan_time_of_day(s, t) && scan_zones(s, t);
}

// The forms almost every feed writes, already in UTC: "YYYY-MM-DD HH:MM:SS"
// or with "T", bare or followed by "Z", " UTC" or "+00:00", and a bare date
// "YYYY-MM-DD". Writes the canonical form (25 bytes) to `out` and returns
// true; false for anything else, which the general scanner then reads.
bool fast_utc_time(std::string_view text, char* out) {
  if (text.size() == 10) {  // a date: its midnight
    char time[19];
    std::memcpy(time, text.data(), 10);
    std::memcpy(time + 10, " 00:00:00", 9);
    return fast_utc_time(std::string_view(time, sizeof time), out);
  }
  if (text.size() < 19) return false;
  const std::string_view zone = text.substr(19);
  if (!(zone.empty() || zone == "Z" || zone == "+00:00" || zone == " UTC")) return false;
  const char* t = text.data();
  for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
    if (!is_digit(t[i])) return false;
  }
  if (t[4] != '-' || t[7] != '-' || (t[10] != ' ' && t[10] != 'T') || t[13] != ':' ||
      t[16] != ':') {
    return false;
  }
  const auto two = [t](std::size_t i) {
    return static_cast<unsigned>(t[i] - '0') * 10 + static_cast<unsigned>(t[i + 1] - '0');
  };
  const std::int64_t year = two(0) * 100 + two(2);
  const unsigned month = two(5), day = two(8);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) ||
      two(11) > 23 || two(14) > 59 || two(17) > 59) {
    return false;
  }
  std::memcpy(out, t, 19);
  out[10] = 'T';
  std::memcpy(out + 19, "+00:00", 6);
  return true;
}

// "Thu, 19 Apr 2018 00:02:28 GMT", as HTTP servers write their Date
// header: the canonical form to `out`, as fast_utc_time().
bool fast_http_time(std::string_view text, char* out) {
  static constexpr std::string_view kMonths = "JanFebMarAprMayJunJulAugSepOctNovDec";
  if (text.size() != 29 || text[3] != ',' || text[4] != ' ' || text[7] != ' ' || text[11] != ' ' ||
      text[16] != ' ' || text.substr(25) != " GMT") {
    return false;
  }
  const std::size_t month = kMonths.find(text.substr(8, 3));
  if (month == std::string_view::npos || month % 3 != 0) return false;
  // Rearranged as "YYYY-MM-DD HH:MM:SS" and checked as such.
  char iso[19];
  std::memcpy(iso, text.data() + 12, 4);
  iso[4] = '-';
  const auto month_number = static_cast<unsigned>(month / 3 + 1);
  iso[5] = static_cast<char>('0' + month_number / 10);
  iso[6] = static_cast<char>('0' + month_number % 10);
  iso[7] = '-';
  std::memcpy(iso + 8, text.data() + 5, 2);
  iso[10] = ' ';
  std::memcpy(iso + 11, text.data() + 17, 8);
  return fast_utc_time(std::string_view(iso, sizeof iso), out);
}

void append_json_number(double value, std::string& out) {
  std::array<char, 32> buffer{};
  const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  if (ec != std::errc()) {
    out += "null";
    return;
  }
  const std::string_view text(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
  out += text;
  // Python writes floats with a point ("443.0"); keep the type visible too.
  if (text.find_first_of(".en") == std::string_view::npos) out += ".0";
}

}  // namespace

bool parse_intelmq_integer(std::string_view text, std::int64_t& out) {
  text = trim(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (text.empty()) return false;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

bool parse_intelmq_float(std::string_view text, double& out) {
  text = trim(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (text.empty()) return false;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size() && std::isfinite(out);
}

std::optional<IntelmqType> intelmq_field_type(std::string_view key) {
  if (key.rfind("extra.", 0) == 0 && key.size() > 6) return IntelmqType::kString;
  const auto* found =
      std::lower_bound(kFieldTypes.begin(), kFieldTypes.end(), key,
                       [](const FieldType& field, std::string_view k) { return field.key < k; });
  if (found == kFieldTypes.end() || found->key != key) return std::nullopt;
  return found->type;
}

bool normalize_intelmq_time(std::string_view text, std::string& out) {
  text = trim(text);
  if (char fast[kCanonicalTimeSize]; fast_utc_time(text, fast) || fast_http_time(text, fast)) {
    out.assign(fast, kCanonicalTimeSize);
    return true;
  }
  return detail::normalize_intelmq_time_general(text, out);
}

bool detail::normalize_intelmq_time_general(std::string_view text, std::string& out) {
  text = trim(text);
  CivilTime t;
  Scanner iso{text};
  if (!scan_iso(iso, t) || !iso.done()) {
    t = CivilTime{};
    Scanner http{text};
    if (!scan_http_date(http, t) || !http.done()) return false;
  }
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > days_in_month(t.year, t.month) ||
      t.hour > 23 || t.minute > 59 || t.second > 59) {
    return false;
  }
  std::int64_t seconds = days_from_civil(t.year, t.month, t.day) * 86400 + t.hour * 3600 +
                         t.minute * 60 + t.second - t.offset_seconds;
  const std::int64_t days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
  seconds -= days * 86400;
  std::int64_t year = 0;
  unsigned month = 0, day = 0;
  civil_from_days(days, year, month, day);
  if (year < 1 || year > 9999) return false;
  // YYYY-MM-DDTHH:MM:SS[.ffffff]+00:00
  char buffer[40];
  char* p = buffer;
  const auto two = [&p](unsigned value) {
    *p++ = static_cast<char>('0' + value / 10 % 10);
    *p++ = static_cast<char>('0' + value % 10);
  };
  const auto y = static_cast<unsigned>(year);
  two(y / 100);
  two(y % 100);
  *p++ = '-';
  two(month);
  *p++ = '-';
  two(day);
  *p++ = 'T';
  two(static_cast<unsigned>(seconds / 3600));
  *p++ = ':';
  two(static_cast<unsigned>(seconds / 60 % 60));
  *p++ = ':';
  two(static_cast<unsigned>(seconds % 60));
  if (t.micros != 0) {
    *p++ = '.';
    for (unsigned divisor = 100000; divisor > 0; divisor /= 10) {
      *p++ = static_cast<char>('0' + t.micros / divisor % 10);
    }
  }
  for (const char c : std::string_view("+00:00")) *p++ = c;
  out.assign(buffer, static_cast<std::size_t>(p - buffer));
  return true;
}

std::optional<std::string> normalize_intelmq_time(std::string_view text) {
  std::string out;
  if (!normalize_intelmq_time(text, out)) return std::nullopt;
  return out;
}

bool sanitize_intelmq_value(IntelmqType type, IntelmqValue& value) {
  const bool is_string = value.kind == ValueKind::kString;
  switch (type) {
    case IntelmqType::kString:
      if (value.kind == ValueKind::kInteger) {
        value.set_string(std::to_string(value.integer));
        return true;
      }
      return !is_string || !value.text.empty();
    case IntelmqType::kAsciiString:
      return is_string && !value.text.empty() && is_printable_ascii(value.text);
    case IntelmqType::kAsciiLowercaseString:
      if (!is_string || !is_printable_ascii(value.text)) return false;
      [[fallthrough]];
    case IntelmqType::kLowercaseString:
      if (!is_string || value.text.empty()) return false;
      for (char& c : value.text) c = ascii_lower(c);
      return true;
    case IntelmqType::kUppercaseString:
      if (!is_string || value.text.empty()) return false;
      for (char& c : value.text) c = ascii_upper(c);
      return true;
    case IntelmqType::kCountryCode:
      if (!is_string || value.text.size() != 2 || !is_alnum(value.text[0]) ||
          !is_alnum(value.text[1])) {
        return false;
      }
      for (char& c : value.text) c = ascii_upper(c);
      return true;
    case IntelmqType::kFqdn:
      return is_string && sanitize_fqdn(value.text);
    case IntelmqType::kUrl:
      return is_string && sanitize_url(value.text);
    case IntelmqType::kDateTime: {
      if (!is_string) return false;
      // The common forms in place, without allocating (a canonical time,
      // as every converted Shadowserver time is, stays as it is).
      const std::string_view trimmed = trim(value.text);
      if (char fast[kCanonicalTimeSize];
          fast_utc_time(trimmed, fast) || fast_http_time(trimmed, fast)) {
        if (value.text != std::string_view(fast, kCanonicalTimeSize)) {
          value.text.assign(fast, kCanonicalTimeSize);
        }
        return true;
      }
      std::string normal;
      if (!normalize_intelmq_time(value.text, normal)) return false;
      value.text = std::move(normal);
      return true;
    }
    case IntelmqType::kFloat:
      if (value.kind == ValueKind::kInteger) {
        value.set_float(static_cast<double>(value.integer));
        return true;
      }
      if (is_string) {
        double number = 0;
        if (!parse_intelmq_float(value.text, number)) return false;
        value.set_float(number);
      }
      return value.kind == ValueKind::kFloat;
    case IntelmqType::kInteger:
    case IntelmqType::kAsn: {
      if (is_string) {
        std::string_view text = trim(value.text);
        if (type == IntelmqType::kAsn && text.size() > 2 && ascii_lower(text[0]) == 'a' &&
            ascii_lower(text[1]) == 's') {
          text.remove_prefix(2);
        }
        std::int64_t number = 0;
        if (!parse_intelmq_integer(text, number)) return false;
        value.set_integer(number);
      }
      if (value.kind != ValueKind::kInteger) return false;
      if (type == IntelmqType::kAsn) return value.integer > 0 && value.integer <= kMaxAsn;
      return true;
    }
    case IntelmqType::kIpAddress:
      return is_string && value.text.find('/') == std::string::npos && sanitize_ip(value.text);
    case IntelmqType::kIpNetwork:
      return is_string && sanitize_network(value.text);
    case IntelmqType::kBoolean:
      if (is_string) {
        std::string lower = value.text;
        for (char& c : lower) c = ascii_lower(c);
        if (lower != "true" && lower != "false") return false;
        value.set_boolean(lower == "true");
      }
      return value.kind == ValueKind::kBoolean;
    case IntelmqType::kRegistry: {
      if (!is_string) return false;
      for (char& c : value.text) c = ascii_upper(c);
      if (value.text == "RIPENCC" || value.text == "RIPE-NCC") value.text = "RIPE";
      static constexpr std::array<std::string_view, 5> kRegistries = {"AFRINIC", "APNIC", "ARIN",
                                                                      "LACNIC", "RIPE"};
      return std::find(kRegistries.begin(), kRegistries.end(), value.text) != kRegistries.end();
    }
  }
  return false;
}

IntelmqValue& IntelmqEvent::set(std::string_view key) {
  for (std::size_t i = 0; i < size_; ++i) {
    if (entries_[i].key == key) return entries_[i].value;
  }
  return append(key);
}

void IntelmqEvent::erase(std::string_view key) {
  for (std::size_t i = 0; i < size_; ++i) {
    if (entries_[i].key == key) {
      std::swap(entries_[i], entries_[size_ - 1]);
      --size_;
      return;
    }
  }
}

const IntelmqValue* IntelmqEvent::find(std::string_view key) const {
  for (std::size_t i = 0; i < size_; ++i) {
    if (entries_[i].key == key) return &entries_[i].value;
  }
  return nullptr;
}

void IntelmqEvent::append_json_line(std::string& out) const {
  order_.resize(size_);
  for (std::size_t i = 0; i < size_; ++i) order_[i] = i;
  const bool ranked =
      std::all_of(entries_.begin(), entries_.begin() + static_cast<std::ptrdiff_t>(size_),
                  [](const Entry& entry) { return entry.rank != kNoRank; });
  if (ranked) {
    std::sort(order_.begin(), order_.end(),
              [this](std::size_t a, std::size_t b) { return entries_[a].rank < entries_[b].rank; });
  } else {
    std::sort(order_.begin(), order_.end(),
              [this](std::size_t a, std::size_t b) { return entries_[a].key < entries_[b].key; });
  }
  out.push_back('{');
  bool first = true;
  for (const std::size_t index : order_) {
    const Entry& entry = entries_[index];
    if (!first) out += ", ";
    first = false;
    append_json_string(entry.key, out);
    out += ": ";
    const IntelmqValue& value = entry.value;
    switch (value.kind) {
      case ValueKind::kString:
        append_json_string(value.text, out);
        break;
      case ValueKind::kInteger: {
        std::array<char, 24> buffer{};
        const auto [end, ec] =
            std::to_chars(buffer.data(), buffer.data() + buffer.size(), value.integer);
        out.append(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
        break;
      }
      case ValueKind::kFloat:
        append_json_number(value.number, out);
        break;
      case ValueKind::kBoolean:
        out += value.boolean ? "true" : "false";
        break;
    }
  }
  out += "}\n";
}

// Checks that kFieldTypes stays sorted, which intelmq_field_type relies on.
static_assert(std::is_sorted(kFieldTypes.begin(), kFieldTypes.end(),
                             [](const FieldType& a, const FieldType& b) { return a.key < b.key; }));

}  // namespace kybersaa::feed
