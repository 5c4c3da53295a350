// libFuzzer target: the Shadowserver report parser (CSV reader, type
// recognition, row mapping, JSON Lines output) must never crash, leak or
// misbehave on any bytes. The first input byte picks the file name (and so
// the report type, or recognition from the header); the rest is the report.
// Parsing for counts only (counted_fields_only) must accept and reject the
// same rows.
// The schema is a small one written here, in Shadowserver's format.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "event_invariants.hpp"
#include "feed/csv_reader.hpp"
#include "feed/shadowserver_parser.hpp"

namespace {

constexpr std::string_view kSchema = R"({
  "_meta": {"date_created": "2024-01-01T00:00:00Z"},
  "scan_http": {
    "constant_fields": {"classification.identifier": "accessible-http",
                        "classification.taxonomy": "other", "classification.type": "other",
                        "protocol.application": "HTTP"},
    "feed_name": "Accessible-HTTP", "file_name": "scan_http",
    "optional_fields": [["protocol.transport", "protocol"], ["source.reverse_dns", "hostname"],
                        ["extra.", "tag", "validate_to_none"], ["source.asn", "asn", "invalidate_zero"],
                        ["source.geolocation.cc", "geo"], ["extra.", "http_code", "convert_int"],
                        ["extra.", "ratio", "convert_float"], ["extra.", "http_date", "convert_date"],
                        ["extra.", "first_seen", "convert_date_utc"], ["extra.", "ok", "convert_bool"],
                        ["destination.url", "url", "convert_http_host_and_url", true],
                        ["destination.fqdn", "http_host", "validate_fqdn"],
                        ["extra.", "body", "force_base64"], ["malware.name", "infection"],
                        ["classification.type", "tag", "scan_exchange_type"],
                        ["event_description.text", "category", "category_or_detail", true],
                        ["product.vulnerabilities", "tag", "extract_cve_from_tag"], [false, "sic"]],
    "required_fields": [["time.source", "timestamp", "add_UTC_to_timestamp"],
                        ["source.ip", "ip", "validate_ip"], ["source.port", "port", "convert_int"]]
  },
  "blocklist": {
    "constant_fields": {"classification.taxonomy": "other", "classification.type": "blacklist"},
    "feed_name": "Blocklist", "file_name": "blocklist",
    "optional_fields": [["source.network", "ip", "validate_network"],
                        ["extra.source_name", "source", "validate_to_none"]],
    "required_fields": [["time.source", "timestamp", "add_UTC_to_timestamp"],
                        ["source.ip", "ip", "validate_ip"]]
  }
})";

constexpr std::string_view kFileNames[] = {
    "2024-01-15-scan_http-fuzz.csv",
    "2024-01-15-blocklist-fuzz.csv",
    "upload.csv",
    "2024-01-15-scan_unknown-fuzz.csv",
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kybersaa::feed;
  static const ShadowserverSchema schema = *ShadowserverSchema::parse(kSchema, "fuzz-schema.json");
  if (size == 0) return 0;
  const std::string file_name(kFileNames[data[0] % std::size(kFileNames)]);
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  // A small record bound, so overlong records are reached too.
  CsvReader reader(file_name, make_memory_source(bytes), CsvOptions{',', 4096});
  ShadowserverOptions options;
  if (data[0] & 0x80) options.max_errors = data[0] & 0x7;
  kybersaa::fuzz::EventStreamCheck check(file_name);
  const auto full =
      parse_shadowserver_report(schema, reader, options, check.on_event(), check.on_rejection());
  check.check(full);

  // Events with the counted fields only must come from the same rows, and
  // the same rows must be rejected.
  CsvReader again(file_name, make_memory_source(bytes), CsvOptions{',', 4096});
  options.counted_fields_only = true;
  const auto counted = parse_shadowserver_report(
      schema, again, options, [](const IntelmqEvent&) -> kybersaa::base::Status { return {}; },
      [](const kybersaa::base::Error&) {});
  if (full.has_value() != counted.has_value() ||
      (full && (full->records != counted->records || full->events != counted->events ||
                full->rejected != counted->rejected)) ||
      (!full && full.error().message != counted.error().message)) {
    __builtin_trap();
  }
  return 0;
}
