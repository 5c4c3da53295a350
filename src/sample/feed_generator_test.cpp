#include "sample/feed_generator.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

namespace kybersaa::sample {
namespace {

constexpr model::YearMonth kMonth{2026, 10};

TEST(FeedGenerator, SameSeedAndMonthGiveTheSameBytes) {
  EXPECT_EQ(generate_open_ipp_csv(7, kMonth), generate_open_ipp_csv(7, kMonth));
  EXPECT_EQ(generate_feodo_json(7, kMonth), generate_feodo_json(7, kMonth));
  EXPECT_NE(generate_open_ipp_csv(7, kMonth), generate_open_ipp_csv(8, kMonth));
  EXPECT_NE(generate_open_ipp_csv(7, kMonth), generate_open_ipp_csv(7, {2026, 9}));
}

TEST(FeedGenerator, OpenIppRowsFollowTheSchemaColumnsAndTheMonth) {
  const std::string csv = generate_open_ipp_csv(2026, kMonth);
  const std::string header = csv.substr(0, csv.find('\n'));
  EXPECT_TRUE(header.starts_with("\"timestamp\",\"ip\",\"protocol\",\"port\"")) << header;
  // Every column is one the schema entry maps.
  const auto schema = nlohmann::json::parse(demo_shadowserver_schema_json());
  std::set<std::string> mapped;
  for (const char* list : {"required_fields", "optional_fields"}) {
    for (const auto& field : schema["scan_ipp"][list]) mapped.insert(field[1].get<std::string>());
  }
  std::size_t start = 0;
  while (start < header.size()) {
    std::size_t end = header.find(',', start);
    if (end == std::string::npos) end = header.size();
    const std::string column = header.substr(start + 1, end - start - 2);  // unquoted
    EXPECT_TRUE(mapped.contains(column)) << column;
    start = end + 1;
  }
  std::size_t inside = 0;
  std::size_t outside = 0;
  std::size_t at = csv.find('\n') + 1;
  while (at < csv.size()) {
    const std::size_t end = csv.find('\n', at);
    const std::string row = csv.substr(at, end - at);
    EXPECT_TRUE(row.starts_with("\"2026-10-")) << row;
    (row.find("\"192.0.2.") == std::string::npos ? inside : outside)++;
    at = end + 1;
  }
  EXPECT_GT(inside, 200U);
  EXPECT_GT(outside, 0U);
  EXPECT_EQ(open_ipp_file_name(kMonth), "2026-10-01-scan_ipp-demo.csv");
}

TEST(FeedGenerator, FeodoBlocklistIsAJsonArrayOfC2Servers) {
  const auto list = nlohmann::json::parse(generate_feodo_json(2026, kMonth));
  ASSERT_TRUE(list.is_array());
  ASSERT_GE(list.size(), 4U);
  EXPECT_TRUE(list[0]["ip_address"].get<std::string>().starts_with("198.51.100.") ||
              list[0]["ip_address"].get<std::string>().starts_with("203.0.113."));
  for (const auto& server : list) {
    EXPECT_TRUE(server["first_seen"].get<std::string>().starts_with("2026-10-")) << server;
    EXPECT_TRUE(server.contains("malware"));
  }
  EXPECT_EQ(feodo_file_name(kMonth), "feodo-ipblocklist-2026-10.json");
}

}  // namespace
}  // namespace kybersaa::sample
