#include "feed/record_format.hpp"

#include <gtest/gtest.h>

namespace kybersaa::feed {
namespace {

const std::filesystem::path kData = std::filesystem::path(KYBERSAA_SOURCE_DIR) / "tests/data/feed";

TEST(RecordFormat, RecognisesEachFormatFromItsFirstBytes) {
  EXPECT_EQ(detect_record_format(R"({"dataType": "CVE_RECORD", "dataVersion": "5.1")"),
            RecordFormat::kCve5);
  EXPECT_EQ(detect_record_format(R"({"title": "x", "catalogVersion": "2026.01.01")"),
            RecordFormat::kKev);
  EXPECT_EQ(detect_record_format(R"({"vulnerabilities": [{"cveID": "CVE-2026-0001")"),
            RecordFormat::kKev);
  EXPECT_EQ(detect_record_format(R"({"action": {}, "schema_version": "1.3.7")"),
            RecordFormat::kVeris);
  EXPECT_EQ(detect_record_format(R"({"schema_version": "1.3.7"})"), std::nullopt);
  EXPECT_EQ(detect_record_format("timestamp,ip,port\n"), std::nullopt);
  EXPECT_EQ(detect_record_format(R"({"dataType": "CVE_RECORD_LIST"})"), std::nullopt);
}

TEST(RecordFormat, RecognisesFilesAndDirectories) {
  EXPECT_EQ(*detect_record_format_at(kData / "cve5"), RecordFormat::kCve5);
  EXPECT_EQ(*detect_record_format_at(kData / "kev" / "known_exploited_vulnerabilities.json"),
            RecordFormat::kKev);
  EXPECT_EQ(*detect_record_format_at(kData / "veris"), RecordFormat::kVeris);
  EXPECT_EQ(*detect_record_format_at(kData / "scan_ftp.csv"), std::nullopt);
  EXPECT_EQ(detect_record_format_at(kData / "missing").error().code, base::ErrorCode::kNotFound);
}

TEST(RecordFormat, NamesRoundTrip) {
  for (auto format : {RecordFormat::kCve5, RecordFormat::kKev, RecordFormat::kVeris}) {
    EXPECT_EQ(find_record_format(record_format_name(format)), format);
  }
  EXPECT_EQ(find_record_format("shadowserver"), std::nullopt);
  EXPECT_EQ(record_format_names(), "cve5, kev, veris");
}

}  // namespace
}  // namespace kybersaa::feed
