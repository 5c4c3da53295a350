#include "feed/shadowserver_parser.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "feed/aggregator.hpp"

namespace kybersaa::feed {
namespace {

struct Outcome {
  base::Result<FeedSummary> summary;
  std::vector<std::string> events;      // JSON lines
  std::vector<std::string> rejections;  // messages
};

const ShadowserverSchema& schema() {
  static const ShadowserverSchema loaded = [] {
    auto parsed = load_shadowserver_schema("tests/data/feed/shadowserver_schema.json");
    if (!parsed) throw std::runtime_error(parsed.error().message);
    return std::move(*parsed);
  }();
  return loaded;
}

Outcome parse_reader(CsvReader& reader, const ShadowserverOptions& options) {
  Outcome outcome{FeedSummary{}, {}, {}};
  outcome.summary = parse_shadowserver_report(
      schema(), reader, options,
      [&](const IntelmqEvent& event) -> base::Status {
        std::string line;
        event.append_json_line(line);
        outcome.events.push_back(line);
        return {};
      },
      [&](const base::Error& error) { outcome.rejections.push_back(error.message); });
  return outcome;
}

Outcome parse_text(const std::string& file_name, std::string_view text,
                   const ShadowserverOptions& options = {}) {
  CsvReader reader(file_name, make_memory_source(text));
  return parse_reader(reader, options);
}

Outcome parse_fixture(const std::string& name, const ShadowserverOptions& options = {}) {
  auto source = open_file_source("tests/data/feed/" + name);
  if (!source) throw std::runtime_error(source.error().message);
  CsvReader reader(name, std::move(*source));
  return parse_reader(reader, options);
}

TEST(ShadowserverParser, MapsScanHttpRowsAsIntelmqDoes) {
  const auto outcome = parse_fixture("2024-01-15-scan_http-kybersaa-test.csv");
  ASSERT_TRUE(outcome.summary) << outcome.summary.error().message;
  EXPECT_EQ(outcome.summary->type, "scan_http");
  EXPECT_EQ(outcome.summary->records, 3u);
  EXPECT_EQ(outcome.summary->events, 3u);
  EXPECT_TRUE(outcome.rejections.empty());
  ASSERT_EQ(outcome.events.size(), 3u);
  EXPECT_EQ(
      outcome.events[0],
      R"({"classification.identifier": "accessible-http", "classification.taxonomy": "other", )"
      R"("classification.type": "other", "extra.http_code": 200, "extra.http_date": )"
      R"("2024-01-15T00:02:28+00:00", "extra.product.vulnerabilities": "CVE-2021-41773", )"
      R"("extra.region": "UUSIMAA", "extra.server": "lighttpd", "extra.source.naics": 518210, )"
      R"("extra.sslv2_supported": true, "extra.tag": "http;cve-2021-41773", "feed.name": )"
      R"("Accessible-HTTP", "protocol.application": "http", "protocol.transport": "tcp", )"
      R"("source.asn": 64500, "source.geolocation.cc": "FI", "source.geolocation.city": )"
      R"("HELSINKI", "source.ip": "192.0.2.10", "source.port": 8080, "source.reverse_dns": )"
      R"("host-10.example.net", "time.source": "2024-01-15T00:02:26+00:00"})"
      "\n");
  // IPv6 compressed; zero ASN and NAICS dropped; empty columns absent.
  EXPECT_EQ(
      outcome.events[1],
      R"({"classification.identifier": "accessible-http", "classification.taxonomy": "other", )"
      R"("classification.type": "other", "extra.server": "nginx", "extra.tag": "http", )"
      R"("feed.name": "Accessible-HTTP", "protocol.application": "http", )"
      R"("protocol.transport": "tcp", "source.geolocation.cc": "FI", )"
      R"("source.geolocation.city": "ESPOO", "source.ip": "2001:db8::1", "source.port": 443, )"
      R"("time.source": "2024-01-15T00:03:01+00:00"})"
      "\n");
  // Values that do not fit their field go to extra under the column's name.
  EXPECT_NE(outcome.events[2].find(R"("extra.hostname": "bad host name!")"), std::string::npos);
  EXPECT_NE(outcome.events[2].find(R"("extra.geo": "FIN")"), std::string::npos);
  EXPECT_NE(outcome.events[2].find(R"("protocol.transport": "tcp")"), std::string::npos);
  EXPECT_NE(outcome.events[2].find(R"("extra.sslv2_supported": false)"), std::string::npos);
  EXPECT_EQ(outcome.events[2].find("extra.server"), std::string::npos);  // "0" is none
}

TEST(ShadowserverParser, RejectsBadValuesWithFileLineAndColumn) {
  const auto outcome = parse_fixture("scan_ftp.csv");
  ASSERT_TRUE(outcome.summary) << outcome.summary.error().message;
  EXPECT_EQ(outcome.summary->records, 4u);
  EXPECT_EQ(outcome.summary->events, 1u);
  EXPECT_EQ(outcome.summary->rejected, 3u);
  EXPECT_EQ(outcome.rejections,
            (std::vector<std::string>{
                "scan_ftp.csv:4: ip: not an IP address: 'not-an-ip'",
                "scan_ftp.csv:5: timestamp: not a timestamp: '2024-01-15 25:00:00'",
                "scan_ftp.csv:6: port: not an integer: 'twenty-one'",
            }));
  ASSERT_EQ(outcome.events.size(), 1u);
  // The quoted CRLF inside the banner is kept; the report type came from the name.
  EXPECT_NE(outcome.events[0].find(R"("extra.banner": "220 Welcome\r\nto FTP")"),
            std::string::npos);
  EXPECT_NE(outcome.events[0].find(R"("extra.anonymous_login": true)"), std::string::npos);
}

TEST(ShadowserverParser, StopsAfterMaxErrors) {
  ShadowserverOptions options;
  options.max_errors = 1;
  const auto outcome = parse_fixture("scan_ftp.csv", options);
  ASSERT_FALSE(outcome.summary);
  EXPECT_EQ(outcome.summary.error().message,
            "scan_ftp.csv:5: stopped after 2 rejected records (--max-errors 1)");
  EXPECT_EQ(outcome.rejections.size(), 2u);
}

TEST(ShadowserverParser, MapsNetworksAndIgnoredColumns) {
  const auto outcome = parse_fixture("2024-01-16-blocklist-kybersaa.csv");
  ASSERT_TRUE(outcome.summary) << outcome.summary.error().message;
  ASSERT_EQ(outcome.events.size(), 2u);
  EXPECT_EQ(outcome.events[0],
            R"({"classification.identifier": "blacklisted-ip", "classification.taxonomy": )"
            R"("other", "classification.type": "blacklist", "extra.reason": "spam", )"
            R"("extra.source_name": "spamhaus", "feed.name": "Blocklist", "source.asn": 64502, )"
            R"("source.network": "203.0.113.0/24", "time.source": "2024-01-16T12:00:00+00:00"})"
            "\n");
  EXPECT_NE(outcome.events[1].find(R"("source.ip": "203.0.113.9")"), std::string::npos);
}

TEST(ShadowserverParser, RecognisesTypeFromHeaderWhenTheNameSaysNothing) {
  const auto outcome = parse_text("upload.csv",
                                  "timestamp,ip,port,banner,anonymous_login\n"
                                  "2024-01-15 10:00:00,192.0.2.20,21,hello,no\n");
  ASSERT_TRUE(outcome.summary) << outcome.summary.error().message;
  EXPECT_EQ(outcome.summary->type, "scan_ftp");
}

TEST(ShadowserverParser, FailsOnDatedNameOfTypeMissingFromSchema) {
  const auto outcome = parse_text("2024-01-15-scan_nothing-x.csv", "timestamp,ip,port\n");
  ASSERT_FALSE(outcome.summary);
  EXPECT_EQ(outcome.summary.error().message,
            "2024-01-15-scan_nothing-x.csv:1: report type 'scan_nothing' (from the file name) is "
            "not in the schema; update the schema or give the type");
}

TEST(ShadowserverParser, FailsOnHeaderMatchingNoReportType) {
  const auto outcome = parse_text("upload.csv", "when,where\n1,2\n");
  ASSERT_FALSE(outcome.summary);
  EXPECT_EQ(outcome.summary.error().message,
            "upload.csv:1: the header matches no Shadowserver report type of the schema "
            "(columns: when, where)");
}

TEST(ShadowserverParser, FailsOnWrongDelimiter) {
  const auto outcome = parse_text("2024-01-15-scan_ftp-x.csv", "timestamp;ip;port\n1;2;3\n");
  ASSERT_FALSE(outcome.summary);
  EXPECT_EQ(outcome.summary.error().message,
            "2024-01-15-scan_ftp-x.csv:1: the header is one column containing ';': Shadowserver "
            "reports are comma-separated");
}

TEST(ShadowserverParser, FailsWhenARequiredColumnIsMissing) {
  const auto outcome = parse_text("2024-01-15-scan_ftp-x.csv", "timestamp,ip\n");
  ASSERT_FALSE(outcome.summary);
  EXPECT_EQ(outcome.summary.error().message,
            "2024-01-15-scan_ftp-x.csv:1: column 'port', required by report type 'scan_ftp', "
            "is missing from the header");
}

TEST(ShadowserverParser, RejectsRowsWithTooManyFieldsAndInvalidUtf8) {
  const auto outcome = parse_text("2024-01-15-scan_ftp-x.csv",
                                  "timestamp,ip,port,banner\n"
                                  "2024-01-15 10:00:00,192.0.2.1,21,a,b\n"
                                  "2024-01-15 10:00:00,192.0.2.1,21,caf\xE9\n"
                                  "2024-01-15 10:00:00,192.0.2.1,21,caf\xC3\xA9\n"
                                  "2024-01-15 10:00:00,192.0.2.1,21\n");
  ASSERT_TRUE(outcome.summary) << outcome.summary.error().message;
  EXPECT_EQ(outcome.rejections,
            (std::vector<std::string>{
                "2024-01-15-scan_ftp-x.csv:2: 5 fields, more than the header's 4",
                "2024-01-15-scan_ftp-x.csv:3: banner: invalid UTF-8 at byte 3 of the field",
            }));
  EXPECT_EQ(outcome.events.size(), 2u);  // a short row is fine: missing columns are empty
}

TEST(ShadowserverParser, FailsOnBrokenQuotingWithLocation) {
  const auto outcome = parse_text("2024-01-15-scan_ftp-x.csv",
                                  "timestamp,ip,port\n2024-01-15 10:00:00,192.0.2.1,\"21\n");
  ASSERT_FALSE(outcome.summary);
  EXPECT_EQ(outcome.summary.error().message,
            "2024-01-15-scan_ftp-x.csv:2: unterminated quoted field at the end of the file");
}

TEST(ShadowserverParser, RefusesUnsupportedAndUnknownTypes) {
  ShadowserverOptions options;
  options.report_type = "future_report";
  auto outcome = parse_text("x.csv", "timestamp,quantum\n", options);
  ASSERT_FALSE(outcome.summary);
  EXPECT_EQ(outcome.summary.error().message,
            "x.csv:1: report type 'future_report' cannot be parsed: the schema uses an unknown "
            "conversion 'convert_qubits' for column 'quantum'");
  options.report_type = "scan_nothing";
  outcome = parse_text("x.csv", "timestamp\n", options);
  ASSERT_FALSE(outcome.summary);
  EXPECT_EQ(outcome.summary.error().message,
            "unknown Shadowserver report type 'scan_nothing' (not in the schema)");
}

TEST(ShadowserverParser, FailsOnEmptyFile) {
  const auto outcome = parse_text("2024-01-15-scan_ftp-x.csv", "");
  ASSERT_FALSE(outcome.summary);
  EXPECT_EQ(outcome.summary.error().message, "2024-01-15-scan_ftp-x.csv: empty file (no header)");
}

// Sightings (as text) and rejections of parsing `text` into an aggregator.
std::pair<std::vector<std::string>, std::vector<std::string>> aggregate_text(
    const std::string& file_name, std::string_view text, bool counted_fields_only,
    std::size_t* most_keys) {
  Aggregator aggregator(nullptr, "shadowserver");
  ShadowserverOptions options;
  options.counted_fields_only = counted_fields_only;
  std::vector<std::string> sightings, rejections;
  CsvReader reader(file_name, make_memory_source(text));
  auto summary = parse_shadowserver_report(
      schema(), reader, options,
      [&](const IntelmqEvent& event) -> base::Status {
        *most_keys = std::max(*most_keys, event.size());
        if (const auto s = aggregator.add(event)) {
          const auto& bucket = aggregator.buckets()[s->bucket];
          sightings.push_back(std::to_string(s->identity) + " " + std::to_string(s->host) + " " +
                              std::to_string(s->time) + " " + bucket.rsit.type + " " + bucket.feed);
        }
        return {};
      },
      [&](const base::Error& error) { rejections.push_back(error.message); });
  EXPECT_TRUE(summary) << summary.error().message;
  return {sightings, rejections};
}

TEST(ShadowserverParser, CountedFieldsOnlyGivesTheSameSightingsAndRejections) {
  const std::string header =
      "\"timestamp\",\"ip\",\"protocol\",\"port\",\"hostname\",\"tag\",\"asn\",\"geo\","
      "\"region\",\"city\",\"naics\",\"http_code\",\"server\",\"http_date\","
      "\"sslv2_supported\"\n";
  const std::string text =
      header +
      "\"2024-01-15 00:02:26\",\"192.0.2.10\",\"tcp\",8080,\"h.example.net\",\"http\",64500,"
      "\"FI\",,,518210,200,\"nginx\",\"Mon, 15 Jan 2024 00:02:26 GMT\",\"N\"\n"
      // An optional time that is not one rejects the row in both modes.
      "\"2024-01-15 00:02:27\",\"192.0.2.11\",\"tcp\",80,,,64500,\"FI\",,,,200,,\"soon\",\n"
      // So does an optional integer, and a bad required address.
      "\"2024-01-15 00:02:28\",\"192.0.2.12\",\"tcp\",80,,,64500,\"FI\",,,x,200,,,\n"
      "\"2024-01-15 00:02:29\",\"192.0.2.300\",\"tcp\",80,,,64500,\"FI\",,,,200,,,\n"
      // A bad optional host name only loses the field.
      "\"2024-01-16 00:02:30\",\"2001:DB8::1\",\"tcp\",443,\"bad name!\",,,\"fi\",,,,,,,\n";
  for (const auto& [name, input] :
       {std::pair<std::string, std::string>{"2024-01-15-scan_http-x.csv", text},
        {"2024-01-15-scan_http-kybersaa-test.csv", [] {
           std::ifstream in("tests/data/feed/2024-01-15-scan_http-kybersaa-test.csv");
           return std::string(std::istreambuf_iterator<char>(in), {});
         }()}}) {
    std::size_t full_keys = 0, counted_keys = 0;
    const auto full = aggregate_text(name, input, false, &full_keys);
    const auto counted = aggregate_text(name, input, true, &counted_keys);
    EXPECT_FALSE(full.first.empty()) << name;
    EXPECT_EQ(full.first, counted.first) << name;
    EXPECT_EQ(full.second, counted.second) << name;
    EXPECT_LT(counted_keys, full_keys) << name;
    EXPECT_LE(counted_keys, 12U) << name;
    if (input == text) {
      EXPECT_EQ(full.first.size(), 2U);
      EXPECT_EQ(full.second.size(), 3U);
    }
  }
}

TEST(ShadowserverParser, ReadsNumbersAsPythonDoes) {
  // Spaces and tabs around a number and a leading '+' are fine, as for
  // Python's int(), which IntelMQ converts with.
  const auto outcome = parse_text("2024-01-15-scan_ftp-x.csv",
                                  "timestamp,ip,port\n"
                                  "2024-01-15 10:00:00,192.0.2.1,\" 21\t\"\n"
                                  "2024-01-15 10:00:00,192.0.2.1,+21\n"
                                  "2024-01-15 10:00:00,192.0.2.1,2 1\n");
  ASSERT_TRUE(outcome.summary) << outcome.summary.error().message;
  ASSERT_EQ(outcome.events.size(), 2U);
  for (const auto& event : outcome.events) {
    EXPECT_NE(event.find("\"source.port\": 21"), std::string::npos) << event;
  }
  EXPECT_EQ(outcome.rejections,
            (std::vector<std::string>{"2024-01-15-scan_ftp-x.csv:4: port: not an integer: '2 1'"}));
}

TEST(ShadowserverParser, IsDeterministic) {
  const auto first = parse_fixture("2024-01-15-scan_http-kybersaa-test.csv");
  const auto second = parse_fixture("2024-01-15-scan_http-kybersaa-test.csv");
  EXPECT_EQ(first.events, second.events);
}

}  // namespace
}  // namespace kybersaa::feed
