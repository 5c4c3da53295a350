#include "feed/shadowserver_schema.hpp"

#include <gtest/gtest.h>

namespace kybersaa::feed {
namespace {

constexpr const char* kSchemaFixture = "tests/data/feed/shadowserver_schema.json";

ShadowserverSchema fixture_schema() {
  auto schema = load_shadowserver_schema(kSchemaFixture);
  EXPECT_TRUE(schema) << schema.error().message;
  return std::move(*schema);
}

TEST(ShadowserverSchema, LoadsReportTypesFromTheFixture) {
  const auto schema = fixture_schema();
  ASSERT_EQ(schema.report_types().size(), 4u);
  const ReportType* http = schema.find_by_name("scan_http");
  ASSERT_NE(http, nullptr);
  EXPECT_EQ(http->feed_name, "Accessible-HTTP");
  ASSERT_EQ(http->required.size(), 3u);
  EXPECT_EQ(http->required[0].key, "time.source");
  EXPECT_EQ(http->required[0].conversion, Conversion::kAddUtcToTimestamp);
  EXPECT_EQ(http->optional[0].conversion, Conversion::kNone);
  EXPECT_EQ(http->constants.size(), 4u);
  EXPECT_TRUE(http->unsupported.empty());
  const ReportType* blocklist = schema.find_by_name("blocklist");
  ASSERT_NE(blocklist, nullptr);
  EXPECT_TRUE(blocklist->optional.back().key.empty());  // [false, "naics"]: ignored
}

TEST(ShadowserverSchema, MarksTypesWithUnknownConversionsUnsupported) {
  const auto schema = fixture_schema();
  const ReportType* future = schema.find_by_name("future_report");
  ASSERT_NE(future, nullptr);
  EXPECT_EQ(future->unsupported, "unknown conversion 'convert_qubits' for column 'quantum'");
}

TEST(ShadowserverSchema, RejectsWhatIsNotASchema) {
  auto not_json = ShadowserverSchema::parse("{", "s.json");
  ASSERT_FALSE(not_json);
  EXPECT_EQ(not_json.error().message.rfind("s.json: not valid JSON", 0), 0u);
  auto no_names = ShadowserverSchema::parse(R"({"x": {"required_fields": []}})", "s.json");
  ASSERT_FALSE(no_names);
  EXPECT_EQ(no_names.error().message,
            "s.json: report type 'x': needs string 'file_name' and 'feed_name'");
  auto empty_constant = ShadowserverSchema::parse(
      R"({"x": {"file_name": "x", "feed_name": "X", "constant_fields": {"": "v"}}})", "s.json");
  ASSERT_FALSE(empty_constant);
  EXPECT_NE(empty_constant.error().message.find("empty name"), std::string::npos)
      << empty_constant.error().message;
  auto empty = ShadowserverSchema::parse(R"({"_meta": {}})", "s.json");
  ASSERT_FALSE(empty);
  auto missing = load_shadowserver_schema("tests/data/feed/none.json");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, base::ErrorCode::kNotFound);
}

TEST(ShadowserverSchema, RecognisesReportTypeFromFileName) {
  EXPECT_EQ(report_type_from_file_name("2024-01-01-scan_http-country-geo.csv"), "scan_http");
  EXPECT_EQ(report_type_from_file_name("dir/2020-04-03-scan_ics-sample-asn-delayed.csv"),
            "scan_ics");
  EXPECT_EQ(report_type_from_file_name("scan_http.csv"), "scan_http");
  EXPECT_EQ(report_type_from_file_name("2024-07-04-dns_openresolver-123-sample-asn.csv"),
            "dns_openresolver");
  EXPECT_FALSE(report_type_from_file_name("scan http.csv"));
  EXPECT_FALSE(report_type_from_file_name("scan_http.json"));
  const auto schema = fixture_schema();
  const ReportType* type = schema.find_by_file_name("/tmp/2024-01-15-scan_ftp-x.csv");
  ASSERT_NE(type, nullptr);
  EXPECT_EQ(type->name, "scan_ftp");
  EXPECT_EQ(schema.find_by_file_name("2024-01-15-scan_nothing-x.csv"), nullptr);
}

TEST(ShadowserverSchema, RecognisesReportTypeFromHeader) {
  const auto schema = fixture_schema();
  const std::vector<std::string> ftp = {"timestamp", "ip", "port", "banner", "anonymous_login"};
  auto type = schema.find_by_header(ftp);
  ASSERT_TRUE(type) << type.error().message;
  EXPECT_EQ((*type)->name, "scan_ftp");
  const std::vector<std::string> unknown = {"when", "where"};
  auto none = schema.find_by_header(unknown);
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().message,
            "the header matches no Shadowserver report type of the schema (columns: when, where)");
  // Equal coverage: the type with fewer of its columns missing wins.
  const std::vector<std::string> bare = {"timestamp", "ip", "port"};
  auto closest = schema.find_by_header(bare);
  ASSERT_TRUE(closest) << closest.error().message;
  EXPECT_EQ((*closest)->name, "scan_ftp");
}

TEST(ShadowserverSchema, RefusesToGuessBetweenEqualFits) {
  auto schema = ShadowserverSchema::parse(R"({
    "scan_a": {"file_name": "scan_a", "feed_name": "A", "required_fields": [["source.ip", "ip"]]},
    "scan_b": {"file_name": "scan_b", "feed_name": "B", "required_fields": [["source.ip", "ip"]]}
  })",
                                          "s.json");
  ASSERT_TRUE(schema) << schema.error().message;
  const std::vector<std::string> header = {"ip"};
  auto tied = schema->find_by_header(header);
  ASSERT_FALSE(tied);
  EXPECT_EQ(tied.error().message,
            "the header fits several report types equally (scan_a, scan_b); name the file like "
            "YYYY-MM-DD-TYPE-....csv or give the type");
}

}  // namespace
}  // namespace kybersaa::feed
