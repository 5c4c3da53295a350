#include "sample/feed_generator.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "feed/aggregator.hpp"
#include "feed/constituency.hpp"
#include "feed/feed_format.hpp"
#include "feed/shadowserver_schema.hpp"

namespace kybersaa::sample {
namespace {

constexpr model::YearMonth kMonth{2026, 10};

TEST(FeedGenerator, SameSeedAndMonthGiveTheSameBytes) {
  EXPECT_EQ(generate_open_ipp_csv(7, kMonth), generate_open_ipp_csv(7, kMonth));
  EXPECT_EQ(generate_feodo_json(7, kMonth), generate_feodo_json(7, kMonth));
  EXPECT_EQ(generate_urlhaus_csv(7, kMonth), generate_urlhaus_csv(7, kMonth));
  EXPECT_EQ(generate_threatfox_json(7, kMonth), generate_threatfox_json(7, kMonth));
  EXPECT_EQ(generate_partner_intelmq_jsonl(7, kMonth), generate_partner_intelmq_jsonl(7, kMonth));
  EXPECT_NE(generate_partner_intelmq_jsonl(7, kMonth), generate_partner_intelmq_jsonl(8, kMonth));
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

TEST(FeedGenerator, EveryFeedIsRecognisedParsedCleanlyAndPartlyInTheConstituency) {
  auto constituency = feed::Constituency::parse(demo_constituency_toml(), "constituency.toml");
  ASSERT_TRUE(constituency) << constituency.error().message;
  auto schema = feed::ShadowserverSchema::parse(demo_shadowserver_schema_json(), "schema.json");
  ASSERT_TRUE(schema) << schema.error().message;
  struct Case {
    std::string name, bytes;
    std::string_view format;
  };
  const Case cases[] = {
      {open_ipp_file_name(kMonth), generate_open_ipp_csv(3, kMonth), "shadowserver"},
      {feodo_file_name(kMonth), generate_feodo_json(3, kMonth), "feodo-json"},
      {urlhaus_file_name(kMonth), generate_urlhaus_csv(3, kMonth), "urlhaus-csv"},
      {threatfox_file_name(kMonth), generate_threatfox_json(3, kMonth), "threatfox-json"},
      {partner_intelmq_file_name(kMonth), generate_partner_intelmq_jsonl(3, kMonth),
       "intelmq-jsonl"},
  };
  std::set<model::Field> fields;
  for (const Case& c : cases) {
    auto input = feed::open_feed_input(c.name, feed::make_memory_source(c.bytes));
    ASSERT_TRUE(input) << input.error().message;
    auto format = feed::detect_feed_format(c.name, input->head);
    ASSERT_TRUE(format) << c.name << ": " << format.error().message;
    EXPECT_EQ(feed::feed_format_name(*format), c.format) << c.name;
    feed::FeedOptions options;
    options.shadowserver_schema = &*schema;
    feed::Aggregator aggregator(&*constituency, std::string(c.format));
    std::vector<std::string> rejections;
    auto summary = feed::parse_feed(
        *format, std::move(*input), options,
        [&](const feed::IntelmqEvent& event) -> base::Status {
          aggregator.add(event);
          return {};
        },
        [&](const base::Error& error) { rejections.push_back(error.message); });
    ASSERT_TRUE(summary) << c.name << ": " << summary.error().message;
    EXPECT_EQ(rejections, std::vector<std::string>{}) << c.name;
    EXPECT_GT(summary->events, 0U) << c.name;
    EXPECT_GT(aggregator.summary().sightings, 0U) << c.name;
    for (const auto& bucket : aggregator.buckets()) {
      fields.insert(bucket.field);
      EXPECT_EQ(bucket.month, kMonth) << c.name;
    }
  }
  // The demo's feeds reach five of the six fields (breaches come from notifications).
  EXPECT_EQ(fields.size(), 5U);
}

}  // namespace
}  // namespace kybersaa::sample
