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
constexpr std::uint64_t kUrlhausSalt = 0x1b873593'0000'0003ULL;
constexpr std::uint64_t kThreatfoxSalt = 0x1b873593'0000'0004ULL;
constexpr std::uint64_t kPartnerSalt = 0x1b873593'0000'0005ULL;

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

// An address a feed lists: in the constituency with probability `inside`
// (a host of the printers' networks), else outside it.
std::string listed_address(RandomSource& rng, double inside) {
  return rng.chance(inside) ? constituency_address(rng.between(0, kMaxPrinters - 1))
                            : fmt::format("192.0.2.{}", rng.between(1, 254));
}

constexpr std::array<std::string_view, 4> kVendors = {"HP", "Brother", "Canon", "Kyocera"};
constexpr std::array<std::string_view, 3> kMalware = {"QakBot", "Pikabot", "Emotet"};
constexpr std::array<std::string_view, 3> kUrlhausTags = {"elf,Mozi", "exe,AgentTesla",
                                                          "zip,QakBot"};
struct ThreatfoxMalware {
  std::string_view id, printable;
};
constexpr std::array<ThreatfoxMalware, 3> kThreatfoxMalware = {
    {{"win.cobalt_strike", "Cobalt Strike"}, {"win.qakbot", "QakBot"}, {"elf.mirai", "Mirai"}}};
// The partner's reports: classification, identifier and how many a month.
struct PartnerReport {
  std::string_view taxonomy, type, identifier;
  std::int64_t most;
};
constexpr std::array<PartnerReport, 5> kPartnerReports = {{
    {"fraud", "phishing", "phishing-url", 12},
    {"vulnerable", "vulnerable-system", "open-modbus", 6},
    {"intrusion-attempts", "brute-force", "ssh-brute-force", 20},
    {"availability", "ddos", "dns-amplifier", 8},
    {"information-gathering", "sniffing", "network-sniffing", 2},
}};

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

std::string urlhaus_file_name(model::YearMonth month) {
  return "urlhaus-" + month.to_string() + ".csv";
}

std::string threatfox_file_name(model::YearMonth month) {
  return "threatfox-" + month.to_string() + ".json";
}

std::string partner_intelmq_file_name(model::YearMonth month) {
  return "partner-intelmq-" + month.to_string() + ".jsonl";
}

std::string generate_urlhaus_csv(std::uint64_t seed, model::YearMonth month) {
  RandomSource rng = month_stream(seed, kUrlhausSalt, month);
  std::string out =
      "################################################################\n"
      "# abuse.ch URLhaus Database Dump (CSV - recent URLs)           #\n"
      "# Kybersää demo data; addresses from RFC 5737.                 #\n"
      "################################################################\n"
      "#\n"
      "# id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter\n";
  const std::int64_t urls = rng.between(6, 20);
  for (std::int64_t i = 0; i < urls; ++i) {
    const std::int64_t id = 3'000'000 + month.as_int() % 10'000 * 100 + i;
    const std::string added = scan_time(rng, month);
    const bool online = rng.chance(0.4);
    fmt::format_to(std::back_inserter(out),
                   "\"{}\",\"{}\",\"http://{}:{}/{}\",\"{}\",\"{}\",\"malware_download\","
                   "\"{}\",\"https://urlhaus.abuse.ch/url/{}/\",\"demo_reporter\"\n",
                   id, added, listed_address(rng, 0.5), rng.chance(0.5) ? 80 : 8080,
                   rng.chance(0.5) ? "i" : "bins/x86", online ? "online" : "offline",
                   online ? added : "", kUrlhausTags[rng.index(kUrlhausTags.size())], id);
  }
  return out;
}

std::string generate_threatfox_json(std::uint64_t seed, model::YearMonth month) {
  RandomSource rng = month_stream(seed, kThreatfoxSalt, month);
  const std::int64_t iocs = rng.between(5, 15);
  std::string out = "{\n";
  for (std::int64_t i = 0; i < iocs; ++i) {
    const ThreatfoxMalware& malware = kThreatfoxMalware[rng.index(kThreatfoxMalware.size())];
    std::string value, type, threat;
    switch (rng.between(0, 3)) {
      case 0:
        value = fmt::format("c2-{}.demo.example", rng.between(100, 999));
        type = "domain";
        threat = "botnet_cc";
        break;
      case 1:
        for (int part = 0; part < 4; ++part) {
          fmt::format_to(std::back_inserter(value), "{:08x}", rng.between(0, 0xFFFFFFFF));
        }
        type = "md5_hash";
        threat = "payload";
        break;
      default:
        value = fmt::format("{}:{}", listed_address(rng, 0.5), rng.chance(0.5) ? 443 : 8443);
        type = "ip:port";
        threat = "botnet_cc";
        break;
    }
    fmt::format_to(std::back_inserter(out),
                   "  \"{}\": [\n    {{\"ioc_value\": \"{}\", \"ioc_type\": \"{}\", "
                   "\"threat_type\": \"{}\", \"malware\": \"{}\", \"malware_alias\": null, "
                   "\"malware_printable\": \"{}\", \"first_seen_utc\": \"{}\", "
                   "\"last_seen_utc\": null, \"confidence_level\": {}, \"reference\": null, "
                   "\"tags\": null, \"anonymous\": \"0\", \"reporter\": \"demo_reporter\"}}\n"
                   "  ]{}\n",
                   4'000'000 + month.as_int() % 10'000 * 100 + i, value, type, threat, malware.id,
                   malware.printable, scan_time(rng, month), rng.chance(0.5) ? 100 : 75,
                   i + 1 < iocs ? "," : "");
  }
  out += "}\n";
  return out;
}

std::string generate_partner_intelmq_jsonl(std::uint64_t seed, model::YearMonth month) {
  RandomSource rng = month_stream(seed, kPartnerSalt, month);
  std::string out;
  for (const PartnerReport& report : kPartnerReports) {
    const std::int64_t events =
        rng.between(std::max<std::int64_t>(report.most / 4, 1), report.most);
    for (std::int64_t i = 0; i < events; ++i) {
      std::string time = scan_time(rng, month);
      time[10] = 'T';
      // At least one of each report in the constituency.
      const std::string ip = listed_address(rng, i == 0 ? 1.0 : 0.8);
      std::string source = fmt::format("\"source.ip\": \"{}\"", ip);
      if (report.type == "phishing") {
        source +=
            fmt::format(", \"source.url\": \"http://{}/login/{}\"", ip, rng.between(1000, 9999));
      }
      fmt::format_to(std::back_inserter(out),
                     "{{\"classification.identifier\": \"{}\", \"classification.taxonomy\": "
                     "\"{}\", \"classification.type\": \"{}\", \"feed.name\": \"Partner CERT\", "
                     "\"feed.provider\": \"Kybersää demo\", {}, \"time.source\": "
                     "\"{}+00:00\"}}\n",
                     report.identifier, report.taxonomy, report.type, source, time);
    }
  }
  return out;
}

}  // namespace kybersaa::sample
