#include "sample/feed_generator.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <iterator>

#include "model/calendar.hpp"
#include "sample/random_source.hpp"

namespace kybersaa::sample {
namespace {

using detail::RandomSource;

// Salts keep the two feeds' random streams apart from each other and from
// the notifications'.
constexpr std::uint64_t kIppSalt = 0x1b873593'0000'0001ULL;
constexpr std::uint64_t kFeodoSalt = 0x1b873593'0000'0002ULL;

// Printers reachable in the first generated month, their monthly drift, and
// the months a generated window is measured from.
constexpr std::int64_t kBasePrinters = 200;
constexpr std::int64_t kPrinterSpread = 60;
constexpr std::int64_t kPrintersPerMonth = 2;
constexpr int kEpochYear = 2020;
constexpr std::int64_t kMaxPrinters = 500;  // two /24 networks, less a margin
constexpr std::int64_t kOutsideRows = 25;
constexpr std::int64_t kMaxSightings = 3;
constexpr std::int64_t kSecondsPerDay = 86'400;

RandomSource month_stream(std::uint64_t seed, std::uint64_t salt, model::YearMonth month) {
  return RandomSource(
      detail::mix64(seed ^ salt ^ detail::mix64(static_cast<std::uint64_t>(month.as_int()))));
}

// The constituency address of printer `n` (0 .. kMaxPrinters - 1).
std::string constituency_address(std::int64_t n) {
  return n < 250 ? fmt::format("198.51.100.{}", n + 1) : fmt::format("203.0.113.{}", n - 249);
}

int days_in(model::YearMonth month) {
  return static_cast<int>(
      (model::helsinki_month_start(month.plus_months(1)) - model::helsinki_month_start(month)) /
      kSecondsPerDay);
}

// A scan time inside the month (UTC), away from its edges so that the
// Helsinki month is the same.
std::string scan_time(RandomSource& rng, model::YearMonth month) {
  const int day = static_cast<int>(rng.between(2, days_in(month) - 1));
  return fmt::format("{:04d}-{:02d}-{:02d} {:02d}:{:02d}:{:02d}", month.year, month.month, day,
                     rng.between(0, 23), rng.between(0, 59), rng.between(0, 59));
}

constexpr std::array<std::string_view, 4> kVendors = {"HP", "Brother", "Canon", "Kyocera"};
constexpr std::array<std::string_view, 3> kMalware = {"QakBot", "Pikabot", "Emotet"};

}  // namespace

std::string_view demo_constituency_toml() {
  return R"(# The demo constituency: two documentation networks (RFC 5737).
name = "Kybersää demo"
networks = ["198.51.100.0/24", "203.0.113.0/24"]
)";
}

std::string_view demo_shadowserver_schema_json() {
  return R"({
  "_meta": {"change_log": ["Kybersää demo: the scan_ipp entry of Shadowserver's published schema."]},
  "scan_ipp": {
    "constant_fields": {
      "classification.identifier": "open-ipp",
      "classification.taxonomy": "vulnerable",
      "classification.type": "vulnerable-system",
      "protocol.application": "ipp"
    },
    "feed_name": "Open-IPP",
    "file_name": "scan_ipp",
    "optional_fields": [
      ["protocol.transport", "protocol"],
      ["source.reverse_dns", "hostname"],
      ["extra.", "tag", "validate_to_none"],
      ["source.asn", "asn", "invalidate_zero"],
      ["source.geolocation.cc", "geo"],
      ["source.geolocation.region", "region"],
      ["source.geolocation.city", "city"],
      ["product.vendor", "device_vendor", "validate_to_none"],
      ["extra.", "ipp_version", "validate_to_none"],
      ["extra.", "printer_name", "validate_to_none"]
    ],
    "required_fields": [
      ["time.source", "timestamp", "add_UTC_to_timestamp"],
      ["source.ip", "ip", "validate_ip"],
      ["source.port", "port", "convert_int"]
    ]
  }
}
)";
}

std::string open_ipp_file_name(model::YearMonth month) {
  return fmt::format("{:04d}-{:02d}-01-scan_ipp-demo.csv", month.year, month.month);
}

std::string feodo_file_name(model::YearMonth month) {
  return "feodo-ipblocklist-" + month.to_string() + ".json";
}

std::string generate_open_ipp_csv(std::uint64_t seed, model::YearMonth month) {
  RandomSource rng = month_stream(seed, kIppSalt, month);
  const std::int64_t drift =
      static_cast<std::int64_t>(month.months_since({kEpochYear, 1})) * kPrintersPerMonth;
  const std::int64_t printers =
      std::min(kMaxPrinters,
               kBasePrinters + std::max<std::int64_t>(drift, 0) + rng.between(0, kPrinterSpread));
  std::string out =
      "\"timestamp\",\"ip\",\"protocol\",\"port\",\"hostname\",\"tag\",\"asn\",\"geo\","
      "\"region\",\"city\",\"device_vendor\",\"ipp_version\",\"printer_name\"\n";
  auto row = [&](const std::string& ip, std::int64_t asn, std::string_view geo) {
    const std::string_view vendor = kVendors[rng.index(kVendors.size())];
    fmt::format_to(std::back_inserter(out),
                   "\"{}\",\"{}\",\"tcp\",631,,\"ipp\",{},\"{}\",\"UUSIMAA\",\"HELSINKI\","
                   "\"{}\",\"2.0\",\"{}-{}\"\n",
                   scan_time(rng, month), ip, asn, geo, vendor, vendor, rng.between(100, 999));
  };
  for (std::int64_t n = 0; n < printers; ++n) {
    const std::int64_t sightings = rng.between(1, kMaxSightings);
    for (std::int64_t i = 0; i < sightings; ++i) row(constituency_address(n), 64500, "FI");
  }
  for (std::int64_t i = 0; i < kOutsideRows; ++i) {
    row(fmt::format("192.0.2.{}", rng.between(1, 254)), 64501, "SE");
  }
  return out;
}

std::string generate_feodo_json(std::uint64_t seed, model::YearMonth month) {
  RandomSource rng = month_stream(seed, kFeodoSalt, month);
  const std::int64_t servers = rng.between(4, 14);
  std::string out = "[\n";
  for (std::int64_t i = 0; i < servers; ++i) {
    const bool inside = i == 0 || rng.chance(0.6);  // at least one in the constituency
    const std::string ip = inside ? constituency_address(rng.between(0, kMaxPrinters - 1))
                                  : fmt::format("192.0.2.{}", rng.between(1, 254));
    fmt::format_to(std::back_inserter(out),
                   "  {{\"ip_address\": \"{}\", \"port\": {}, \"status\": \"{}\", \"hostname\": "
                   "null, \"as_number\": {}, \"as_name\": \"DEMO-AS\", \"country\": \"{}\", "
                   "\"first_seen\": \"{}\", \"last_online\": \"{:04d}-{:02d}-{:02d}\", "
                   "\"malware\": \"{}\"}}{}\n",
                   ip, rng.chance(0.5) ? 443 : 8080, rng.chance(0.3) ? "online" : "offline",
                   inside ? 64500 : 64501, inside ? "FI" : "SE", scan_time(rng, month), month.year,
                   month.month, days_in(month) - 1, kMalware[rng.index(kMalware.size())],
                   i + 1 < servers ? "," : "");
  }
  out += "]\n";
  return out;
}

}  // namespace kybersaa::sample
