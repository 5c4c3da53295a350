#include "ingest/notification/notification_parser.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/file.hpp"
#include "ingest/registry.hpp"
#include "model/calendar.hpp"

namespace kybersaa::ingest {
namespace {

const std::filesystem::path kSourceDir = KYBERSAA_SOURCE_DIR;

TEST(NotificationParser, ParsesEveryKeyOfAFullNotification) {
  auto bytes = base::read_file(kSourceDir / "tests/data/ingest/good.jsonl");
  ASSERT_TRUE(bytes) << bytes.error().message;
  auto incidents = NotificationParser().parse("good.jsonl", *bytes);
  ASSERT_TRUE(incidents) << incidents.error().message;
  ASSERT_EQ(incidents->size(), 3U);  // BOM, CRLF and blank lines are tolerated
  const model::Incident& first = (*incidents)[0];
  EXPECT_EQ(first.title, "Kalasteluviestejä Esimerkkipankin nimissä");
  EXPECT_EQ(first.reference, "EP-2026-0042");
  EXPECT_EQ(first.field, model::Field::kScamsPhishing);
  EXPECT_EQ(first.rsit, (model::RsitClass{"fraud", "phishing"}));
  EXPECT_EQ(first.organization.name, "Esimerkkipankki Oyj");
  EXPECT_EQ(first.organization.sector, model::Sector::kBanking);
  EXPECT_EQ(first.reported_at, *model::parse_iso_instant("2026-10-05T06:12:00Z"));
  EXPECT_EQ(first.detected_at, model::parse_iso_instant("2026-10-04T16:55:00+03:00"));
  EXPECT_EQ(first.started_at, model::parse_iso_instant("2026-10-04"));
  EXPECT_EQ(first.affected_people, 20000);
  EXPECT_EQ(first.affected_devices, std::nullopt);
  const std::vector<model::PersonalData> kinds = {
      model::PersonalData::kName, model::PersonalData::kEmail, model::PersonalData::kCredentials};
  EXPECT_EQ(first.personal_data, kinds);  // sorted
  EXPECT_EQ(first.status, model::IncidentStatus::kInvestigating);
  EXPECT_EQ(first.tlp, model::Tlp::kGreen);
  EXPECT_EQ(first.severity, model::Severity::kHigh);
  EXPECT_EQ(first.sources, (std::vector<std::string>{"web-form", "https://example.fi/tiedote/42"}));
  ASSERT_TRUE(first.contact);
  EXPECT_EQ(first.contact->email, "maija@example.fi");
  EXPECT_EQ(first.id, model::incident_content_id(first));
}

TEST(NotificationParser, AppliesDefaultsForOptionalKeys) {
  const std::string line =
      R"({"title":"T","field":"network","rsit":{"taxonomy":"availability","type":"ddos"},)"
      R"("organization":{"name":"O","sector":"energy"},"reported":"2026-10-05","severity":"low"})";
  auto incidents = NotificationParser().parse("x.jsonl", line);
  ASSERT_TRUE(incidents) << incidents.error().message;
  const auto& incident = incidents->front();
  EXPECT_EQ(incident.status, model::IncidentStatus::kOpen);
  EXPECT_EQ(incident.tlp, model::Tlp::kAmber);
  EXPECT_TRUE(incident.summary.empty());
  EXPECT_FALSE(incident.contact);
}

// DDoS measurements: optional, parsed, and part of the id only when present.
constexpr std::string_view kDdosLine =
    R"({"title":"T","field":"network","rsit":{"taxonomy":"availability","type":"ddos"},)"
    R"("organization":{"name":"O","sector":"energy"},"reported":"2026-10-05","severity":"low")";

TEST(NotificationParser, ParsesDdosMeasurements) {
  const std::string line =
      std::string(kDdosLine) + R"(,"ddos":{"peak_gbps":59.5,"duration_minutes":12}})";
  auto incidents = NotificationParser().parse("x.jsonl", line);
  ASSERT_TRUE(incidents) << incidents.error().message;
  const auto& incident = incidents->front();
  ASSERT_TRUE(incident.ddos);
  EXPECT_EQ(incident.ddos->peak_gbps, 59.5);
  EXPECT_EQ(incident.ddos->duration_minutes, 12);
  auto only_peak =
      NotificationParser().parse("x.jsonl", std::string(kDdosLine) + R"(,"ddos":{"peak_gbps":3}})");
  ASSERT_TRUE(only_peak) << only_peak.error().message;
  EXPECT_EQ(only_peak->front().ddos, (model::DdosMeasurement{3.0, std::nullopt}));
  EXPECT_NE(only_peak->front().id, incident.id);
}

TEST(NotificationParser, IdsOfNotificationsWithoutDdosAreUnchanged) {
  auto incidents = NotificationParser().parse("x.jsonl", std::string(kDdosLine) + "}");
  ASSERT_TRUE(incidents) << incidents.error().message;
  EXPECT_FALSE(incidents->front().ddos);
  // The id this notification had before DDoS measurements existed.
  EXPECT_EQ(incidents->front().id, "40c9fee49a731d2d01f089e2154afd06");
}

TEST(NotificationParser, RejectsBadDdosMeasurements) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {R"("ddos":{})",
       "x.jsonl:1: key 'ddos': expected 'peak_gbps' or 'duration_minutes' (or both)"},
      {R"("ddos":{"peak_gbps":-1})",
       "x.jsonl:1: key 'ddos.peak_gbps': expected a number of Gbit/s"},
      {R"("ddos":{"peak_gbps":"59"})",
       "x.jsonl:1: key 'ddos.peak_gbps': expected a number of Gbit/s"},
      {R"("ddos":{"duration_minutes":1.5})",
       "x.jsonl:1: key 'ddos.duration_minutes': expected a non-negative integer"},
      {R"("ddos":{"peak":1})", "x.jsonl:1: unknown key 'ddos.peak'"},
      {R"("ddos":5)", "x.jsonl:1: key 'ddos': expected an object"},
  };
  for (const auto& [member, message] : cases) {
    auto parsed = NotificationParser().parse(
        "x.jsonl", std::string(kDdosLine) + "," + std::string(member) + "}");
    ASSERT_FALSE(parsed) << member;
    EXPECT_TRUE(parsed.error().message.starts_with(message)) << parsed.error().message;
  }
}

TEST(NotificationParser, IdenticalLinesGetIdenticalIds) {
  auto bytes = base::read_file(kSourceDir / "tests/data/ingest/good.jsonl");
  ASSERT_TRUE(bytes);
  auto incidents = NotificationParser().parse("good.jsonl", *bytes);
  ASSERT_TRUE(incidents);
  EXPECT_EQ((*incidents)[1].id, (*incidents)[2].id);
  EXPECT_NE((*incidents)[0].id, (*incidents)[1].id);
}

TEST(NotificationParser, SniffsJsonObjectsOnly) {
  const NotificationParser parser;
  EXPECT_TRUE(parser.sniff("{\"title\":"));
  EXPECT_TRUE(parser.sniff("\xEF\xBB\xBF\n  {"));
  EXPECT_FALSE(parser.sniff("%PDF-1.7"));
  EXPECT_FALSE(parser.sniff("[{}]"));
  EXPECT_FALSE(parser.sniff(""));
}

TEST(NotificationParser, RejectsOverlongLine) {
  std::string line = R"({"title":")" + std::string(kMaxNotificationLineBytes, 'a') + "\"}";
  auto incidents = NotificationParser().parse("big.jsonl", line);
  ASSERT_FALSE(incidents);
  EXPECT_EQ(incidents.error().code, base::ErrorCode::kInvalidInput);
  EXPECT_NE(incidents.error().message.find("big.jsonl:1: line is"), std::string::npos);
}

// A file of several MB keeps file order, and an error near its end carries
// its true line number.
TEST(NotificationParser, LargeFileKeepsOrderAndLineNumbers) {
  std::string bytes;
  const std::size_t lines = 12000;  // about 3 MB
  for (std::size_t i = 0; i < lines; ++i) {
    bytes += R"({"title":"Notification )" + std::to_string(i) + R"(","summary":")" +
             std::string(100, 's') +
             R"(","field":"network","rsit":{"taxonomy":"availability","type":"ddos"},)"
             R"("organization":{"name":"O","sector":"energy"},"reported":"2026-10-05",)"
             R"("severity":"low"})" +
             "\n";
  }
  ASSERT_GT(bytes.size(), std::size_t{2} << 20);
  auto incidents = NotificationParser().parse("big.jsonl", bytes);
  ASSERT_TRUE(incidents) << incidents.error().message;
  ASSERT_EQ(incidents->size(), lines);
  for (std::size_t i = 0; i < lines; ++i) {
    ASSERT_EQ((*incidents)[i].title, "Notification " + std::to_string(i));
  }

  const std::size_t bad_line = lines - 5;
  std::size_t offset = 0;
  for (std::size_t i = 1; i < bad_line; ++i) offset = bytes.find('\n', offset) + 1;
  bytes.replace(offset, 1, "[");
  auto failed = NotificationParser().parse("big.jsonl", bytes);
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().message.rfind("big.jsonl:" + std::to_string(bad_line) + ": ", 0), 0U)
      << failed.error().message;
}

// Data-driven bad input: tests/golden/ingest/<case>/input.jsonl must fail
// with exactly the message in expected.txt. KYBERSAA_UPDATE_GOLDEN=1
// rewrites expected.txt after a deliberate change of wording.
TEST(NotificationParser, BatchOfLinesNamesLinesAndBytesOfTheFile) {
  const std::string good =
      R"({"title":"T","field":"network","rsit":{"taxonomy":"availability","type":"ddos"},)"
      R"("organization":{"name":"O","sector":"energy"},"reported":"2026-10-05","severity":"low"})";
  const NotificationParser parser;
  auto blank = parser.parse_lines("f.jsonl", "\n  \n", 7, 100);
  ASSERT_TRUE(blank);
  EXPECT_TRUE(blank->empty());
  auto bad_json = parser.parse_lines("f.jsonl", good + "\n{\n", 41, 5000);
  ASSERT_FALSE(bad_json);
  EXPECT_EQ(bad_json.error().message.rfind("f.jsonl:42: malformed JSON", 0), 0U)
      << bad_json.error().message;
  auto bad_utf8 = parser.parse_lines("f.jsonl", "\n\xFF", 10, 5000);
  ASSERT_FALSE(bad_utf8);
  EXPECT_EQ(bad_utf8.error().message.rfind("f.jsonl:11: invalid UTF-8 at byte offset 5001", 0), 0U)
      << bad_utf8.error().message;
}

TEST(NotificationParser, GoldenErrors) {
  const auto root = kSourceDir / "tests/golden/ingest";
  const bool update = std::getenv("KYBERSAA_UPDATE_GOLDEN") != nullptr;
  std::size_t cases = 0;
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    if (!entry.is_directory()) continue;
    ++cases;
    SCOPED_TRACE(entry.path().filename().string());
    auto bytes = base::read_file(entry.path() / "input.jsonl");
    ASSERT_TRUE(bytes) << bytes.error().message;
    std::string message;
    auto parser = parser_for("input.jsonl", *bytes);
    if (!parser) {
      message = parser.error().message;
    } else {
      auto parsed = (*parser)->parse("input.jsonl", *bytes);
      ASSERT_FALSE(parsed) << "bad input was accepted";
      EXPECT_EQ(parsed.error().code, base::ErrorCode::kInvalidInput);
      message = parsed.error().message;
    }
    const auto expected_path = entry.path() / "expected.txt";
    if (update) {
      std::ofstream(expected_path) << message << "\n";
      continue;
    }
    auto expected = base::read_file(expected_path);
    ASSERT_TRUE(expected) << expected.error().message;
    EXPECT_EQ(message + "\n", *expected);
  }
  EXPECT_GE(cases, 15U);
}

}  // namespace
}  // namespace kybersaa::ingest
