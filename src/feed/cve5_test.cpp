#include "feed/cve5.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "feed/kev.hpp"

namespace kybersaa::feed {
namespace {

const std::filesystem::path kData = std::filesystem::path(KYBERSAA_SOURCE_DIR) / "tests/data/feed";

struct Walk {
  base::Result<RecordFilesSummary> summary;
  std::vector<Vulnerability> records;
  std::vector<std::string> rejections;
};

Walk walk(const std::filesystem::path& path, std::optional<std::uint64_t> max_rejected = {}) {
  Walk result{RecordFilesSummary{}, {}, {}};
  result.summary = parse_cve5_path(
      path, max_rejected,
      [&](const Vulnerability& record) -> base::Status {
        result.records.push_back(record);
        return {};
      },
      [&](const base::Error& error) { result.rejections.push_back(error.message); });
  return result;
}

base::Result<Vulnerability> parse_text(std::string_view text) {
  Cve5Parser parser;
  return parser.parse(text, "record.json");
}

TEST(Cve5Parser, WalksATreeInPathOrderSkippingFilesThatAreNotRecords) {
  const auto result = walk(kData / "cve5" / "cves");
  ASSERT_TRUE(result.summary) << result.summary.error().message;
  EXPECT_EQ(result.summary->files, 4u);  // delta.json is not a record
  EXPECT_EQ(result.summary->records, 4u);
  EXPECT_EQ(result.summary->rejected, 0u);
  std::vector<std::string> ids;
  for (const auto& record : result.records) ids.push_back(record.cve_id);
  EXPECT_EQ(ids, (std::vector<std::string>{"CVE-2025-4004", "CVE-2026-10001", "CVE-2026-10002",
                                           "CVE-2026-20003"}));
}

TEST(Cve5Parser, ReadsCnaAndAdpContainers) {
  Cve5Parser parser;
  const auto record =
      parser.parse_file(kData / "cve5" / "cves" / "2026" / "10xxx" / "CVE-2026-10001.json");
  ASSERT_TRUE(record) << record.error().message;
  EXPECT_EQ(record->state, "PUBLISHED");
  EXPECT_EQ(record->title, "Authentication bypass in Example Gateway management interface");
  // The English description, not the first one.
  EXPECT_EQ(record->description.substr(0, 27), "An authentication bypass in");
  EXPECT_EQ(format_utc_iso(*record->published), "2026-03-02T10:00:00Z");
  EXPECT_EQ(format_utc_iso(*record->updated), "2026-03-09T08:30:00Z");
  EXPECT_EQ(format_utc_iso(*record->reserved), "2026-01-15T00:00:00Z");
  ASSERT_EQ(record->cvss.size(), 2u);
  EXPECT_EQ(record->cvss[0], (CvssMetric{"cna", "3.1", 9.8, "CRITICAL",
                                         "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}));
  EXPECT_EQ(record->cvss[1].source, "adp:CISA-ADP");
  EXPECT_EQ(record->cvss[1].base_score, 9.1);
  // cweId first, then a CWE named only in the text; the ADP's repeat is dropped.
  EXPECT_EQ(record->cwes, (std::vector<std::string>{"CWE-287", "CWE-78"}));
  EXPECT_EQ(record->affected,
            (std::vector<AffectedProduct>{{"Example Oy", "Example Gateway"},
                                          {"Example Oy", "Example Gateway Cloud"}}));
  EXPECT_EQ(record->references,
            (std::vector<std::string>{"https://example.org/advisories/EX-2026-001"}));
  // An ssvc metric is not a KEV marker.
  EXPECT_FALSE(record->known_exploited);
}

TEST(Cve5Parser, ReadsTimesWithoutZoneAsUtcAndTheCisaKevMarker) {
  Cve5Parser parser;
  const auto record =
      parser.parse_file(kData / "cve5" / "cves" / "2026" / "10xxx" / "CVE-2026-10002.json");
  ASSERT_TRUE(record) << record.error().message;
  EXPECT_EQ(format_utc_iso(*record->published), "2026-02-17T15:36:10Z");
  EXPECT_EQ(format_utc_iso(*record->reserved), "2026-01-28T00:00:00Z");
  EXPECT_EQ(record->description.substr(0, 16), "A path traversal");  // lang en-US
  EXPECT_EQ(record->cwes, (std::vector<std::string>{"CWE-22"}));     // "n/a" is no CWE
  ASSERT_EQ(record->cvss.size(), 1u);
  EXPECT_EQ(record->cvss[0].source, "adp:CISA-ADP");
  ASSERT_TRUE(record->known_exploited);
  EXPECT_EQ(record->known_exploited->source, ExploitedSource::kCisaAdp);
  EXPECT_EQ(record->known_exploited->date_added, "2026-03-03");
  EXPECT_EQ(record->references,
            (std::vector<std::string>{"https://example.net/sample-printer-manager/security",
                                      "https://example.com/blog/printer-traversal"}));
}

TEST(Cve5Parser, ReadsEveryCvssVersionAndOffsets) {
  Cve5Parser parser;
  const auto record =
      parser.parse_file(kData / "cve5" / "cves" / "2026" / "20xxx" / "CVE-2026-20003.json");
  ASSERT_TRUE(record) << record.error().message;
  EXPECT_EQ(format_utc_iso(*record->published), "2026-03-20T10:00:00Z");
  EXPECT_FALSE(record->reserved);
  ASSERT_EQ(record->cvss.size(), 3u);
  EXPECT_EQ(record->cvss[0].version, "4.0");
  EXPECT_EQ(record->cvss[1].version, "3.0");
  EXPECT_EQ(record->cvss[2].version, "2.0");
  EXPECT_EQ(record->cvss[2].base_score, 10.0);
  EXPECT_EQ(record->cvss[2].base_severity, "");
}

TEST(Cve5Parser, ReadsRejectedRecordsWithTheirReason) {
  Cve5Parser parser;
  const auto record =
      parser.parse_file(kData / "cve5" / "cves" / "2025" / "4xxx" / "CVE-2025-4004.json");
  ASSERT_TRUE(record) << record.error().message;
  EXPECT_EQ(record->state, "REJECTED");
  EXPECT_EQ(record->description, "This candidate is a duplicate of CVE-2025-4003.");
  EXPECT_TRUE(record->cvss.empty());
}

TEST(Cve5Parser, RejectsBadFilesWithTheirLocationAndWalksOn) {
  const auto result = walk(kData / "cve5");
  ASSERT_TRUE(result.summary) << result.summary.error().message;
  EXPECT_EQ(result.summary->files, 7u);
  EXPECT_EQ(result.summary->records, 4u);
  EXPECT_EQ(result.summary->rejected, 3u);
  ASSERT_EQ(result.rejections.size(), 3u);
  const std::string bad = (kData / "cve5" / "bad").string();
  EXPECT_EQ(result.rejections[0].rfind(bad + "/CVE-2026-90001.json: byte ", 0), 0u)
      << result.rejections[0];
  EXPECT_EQ(result.rejections[1],
            bad +
                "/CVE-2026-90002.json: containers.cna.metrics[0].cvssV3_1.baseScore: expected "
                "a number, got a string");
  EXPECT_EQ(result.rejections[2], bad +
                                      "/CVE-2026-90003.json: cveMetadata.cveId: missing or not a "
                                      "CVE id (CVE-YYYY-NNNN)");
}

TEST(Cve5Parser, StopsAfterMaxRejected) {
  const auto result = walk(kData / "cve5" / "bad", 1);
  ASSERT_FALSE(result.summary);
  EXPECT_NE(result.summary.error().message.find("stopped after 2 rejected records"),
            std::string::npos)
      << result.summary.error().message;
  EXPECT_EQ(result.rejections.size(), 2u);
}

TEST(Cve5Parser, LocatesSyntaxErrorsByByteOffset) {
  const auto record = parse_text(R"({"dataType": "CVE_RECORD", "x": [1, 2,, 3]})");
  ASSERT_FALSE(record);
  EXPECT_EQ(record.error().message.rfind("record.json: byte 38: not valid JSON", 0), 0u)
      << record.error().message;
  EXPECT_EQ(parse_text("").error().message, "record.json: byte 0: empty file");
  EXPECT_EQ(parse_text("{\"a\": \"\xff\"}").error().message, "record.json: byte 7: invalid UTF-8");
}

TEST(Cve5Parser, RejectsWhatIsNotACveRecord) {
  EXPECT_EQ(parse_text("[]").error().message,
            "record.json: (document): expected an object, got an array");
  EXPECT_EQ(parse_text(R"({"dataType": "CVE_RECORD_LIST"})").error().message,
            "record.json: dataType: not a CVE JSON 5 record (expected \"CVE_RECORD\")");
  EXPECT_EQ(parse_text(R"({"dataType": "CVE_RECORD", "cveMetadata": {"cveId": "CVE-2026-1234",
                     "state": "RESERVED"}})")
                .error()
                .message,
            "record.json: cveMetadata.state: missing or not PUBLISHED or REJECTED");
  EXPECT_EQ(
      parse_text(R"({"dataType": "CVE_RECORD", "cveMetadata": {"cveId": "CVE-2026-1234",
                     "state": "PUBLISHED", "datePublished": "2026-13-01T00:00:00Z"},
                     "containers": {"cna": {}}})")
          .error()
          .message,
      "record.json: cveMetadata.datePublished: not an ISO 8601 date-time: '2026-13-01T00:00:00Z'");
  EXPECT_EQ(parse_text(R"({"dataType": "CVE_RECORD", "cveMetadata": {"cveId": "CVE-2026-1234",
                     "state": "PUBLISHED"}, "containers": {"cna": {"metrics": [
                     {"cvssV3_1": {"baseScore": 11, "vectorString": "x"}}]}}})")
                .error()
                .message,
            "record.json: containers.cna.metrics[0].cvssV3_1.baseScore: not between 0 and 10");
}

TEST(Cve5Parser, WritesOneJsonObjectPerRecordWithSortedKeys) {
  Cve5Parser parser;
  auto record =
      parser.parse_file(kData / "cve5" / "cves" / "2026" / "10xxx" / "CVE-2026-10002.json");
  ASSERT_TRUE(record) << record.error().message;
  std::string line;
  append_vulnerability_json(*record, line);
  ASSERT_EQ(line.back(), '\n');
  const auto json = nlohmann::json::parse(line);
  EXPECT_EQ(json["cve_id"], "CVE-2026-10002");
  EXPECT_EQ(json["date_published"], "2026-02-17T15:36:10Z");
  EXPECT_EQ(json["known_exploited"], true);
  EXPECT_EQ(json["kev"]["source"], "cisa-adp");
  EXPECT_EQ(json["cvss"][0]["base_score"], 7.5);
  EXPECT_EQ(json["affected"][0]["product"], "Sample Printer Manager");
  // Top-level keys are written in sorted order.
  std::size_t previous = 0;
  for (std::string key :
       {"affected", "cve_id", "cvss", "cwes", "date_published", "date_reserved", "date_updated",
        "description", "kev", "known_exploited", "references", "state", "title"}) {
    const auto at = line.find("\"" + key + "\": ");
    ASSERT_NE(at, std::string::npos) << key;
    EXPECT_GT(at, previous) << key;
    previous = at;
  }
  EXPECT_EQ(json.size(), 13u);
}

TEST(Cve5Parser, JoinsTheKevCatalogByCveId) {
  auto catalog =
      load_kev_catalog(kData / "kev" / "known_exploited_vulnerabilities.json", [](const auto&) {});
  ASSERT_TRUE(catalog) << catalog.error().message;
  const auto result = walk(kData / "cve5" / "cves");
  ASSERT_TRUE(result.summary);
  std::vector<std::string> exploited;
  for (auto record : result.records) {
    join_known_exploited(*catalog, record);
    if (!record.known_exploited) continue;
    exploited.push_back(record.cve_id + " " + record.known_exploited->date_added + " " +
                        std::string(exploited_source_name(record.known_exploited->source)) + " " +
                        record.known_exploited->known_ransomware_campaign_use);
  }
  EXPECT_EQ(exploited, (std::vector<std::string>{"CVE-2026-10001 2026-03-10 kev-catalog Known",
                                                 "CVE-2026-10002 2026-03-03 kev-catalog Unknown"}));
}

TEST(Vulnerability, FormatsUtcTimes) {
  EXPECT_EQ(format_utc_iso(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(format_utc_iso(951782400), "2000-02-29T00:00:00Z");
  EXPECT_EQ(format_utc_iso(-1), "1969-12-31T23:59:59Z");
  EXPECT_TRUE(is_cve_id("CVE-2019-16759"));
  EXPECT_TRUE(is_cve_id("CVE-2024-1234567"));
  EXPECT_FALSE(is_cve_id("CVE-2019-123"));
  EXPECT_FALSE(is_cve_id("CVE-19-16759"));
  EXPECT_FALSE(is_cve_id("cve-2019-16759"));
}

}  // namespace
}  // namespace kybersaa::feed
