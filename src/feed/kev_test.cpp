#include "feed/kev.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kybersaa::feed {
namespace {

const std::filesystem::path kData = std::filesystem::path(KYBERSAA_SOURCE_DIR) / "tests/data/feed";

TEST(KevCatalog, ReadsEntriesAndRejectsBadOnesByPath) {
  std::vector<std::string> rejections;
  const auto path = kData / "kev" / "known_exploited_vulnerabilities.json";
  auto catalog = load_kev_catalog(
      path, [&](const base::Error& error) { rejections.push_back(error.message); });
  ASSERT_TRUE(catalog) << catalog.error().message;
  EXPECT_EQ(catalog->catalog_version, "2026.03.21");
  EXPECT_EQ(catalog->date_released, "2026-03-21T17:04:19.9796Z");
  ASSERT_EQ(catalog->entries().size(), 3u);
  const KevEntry& first = catalog->entries()[0];
  EXPECT_EQ(first.cve_id, "CVE-2026-10001");
  EXPECT_EQ(first.vendor_project, "Example Oy");
  EXPECT_EQ(first.product, "Example Gateway");
  EXPECT_EQ(first.date_added, "2026-03-10");
  EXPECT_EQ(first.due_date, "2026-03-31");
  EXPECT_EQ(first.known_ransomware_campaign_use, "Known");
  EXPECT_EQ(first.cwes, (std::vector<std::string>{"CWE-287"}));
  EXPECT_EQ(
      rejections,
      (std::vector<std::string>{
          path.string() + ": vulnerabilities[3].dateAdded: missing or not a date (YYYY-MM-DD)",
          path.string() + ": vulnerabilities[4].cveID: CVE-2026-10001 is listed twice"}));
  // The first listing wins.
  ASSERT_NE(catalog->find("CVE-2026-10001"), nullptr);
  EXPECT_EQ(catalog->find("CVE-2026-10001")->vulnerability_name,
            "Example Gateway Authentication Bypass Vulnerability");
  EXPECT_EQ(catalog->find("CVE-2026-10003"), nullptr);
}

TEST(KevCatalog, FailsWhenTheDocumentIsNotACatalog) {
  const auto ignore = [](const base::Error&) {};
  EXPECT_EQ(parse_kev_catalog(R"({"title": "x"})", "kev.json", ignore).error().message,
            "kev.json: vulnerabilities: missing: not a KEV catalog");
  EXPECT_EQ(parse_kev_catalog(R"({"vulnerabilities": {}})", "kev.json", ignore).error().message,
            "kev.json: vulnerabilities: expected an array, got an object");
  EXPECT_EQ(parse_kev_catalog(R"({"vulnerabilities": [)", "kev.json", ignore)
                .error()
                .message.rfind("kev.json: byte 21: not valid JSON", 0),
            0u);
}

TEST(KevCatalog, RejectsEntriesOfTheWrongShape) {
  std::vector<std::string> rejections;
  auto catalog = parse_kev_catalog(
      R"({"vulnerabilities": [3, {"cveID": "CVE-2026-1"}, {"cveID": "CVE-2026-0001",
          "dateAdded": "2026-01-01", "cwes": "CWE-1"},
          {"cveID": "CVE-2026-0002", "dateAdded": "2026-01-01", "dueDate": "soon"},
          {"cveID": "CVE-2026-0003", "dateAdded": "2026-01-01", "product": null}]})",
      "kev.json", [&](const base::Error& error) { rejections.push_back(error.message); });
  ASSERT_TRUE(catalog) << catalog.error().message;
  EXPECT_EQ(rejections,
            (std::vector<std::string>{
                "kev.json: vulnerabilities[0]: expected an object, got a number",
                "kev.json: vulnerabilities[1].cveID: missing or not a CVE id (CVE-YYYY-NNNN)",
                "kev.json: vulnerabilities[2].cwes: expected an array, got a string",
                "kev.json: vulnerabilities[3].dueDate: not a date (YYYY-MM-DD)"}));
  ASSERT_EQ(catalog->entries().size(), 1u);
  EXPECT_EQ(catalog->entries()[0].product, "");
}

TEST(KevCatalog, JoinReplacesTheAdpMarker) {
  auto catalog = parse_kev_catalog(
      R"({"vulnerabilities": [{"cveID": "CVE-2026-0001", "dateAdded": "2026-01-02",
          "dueDate": "2026-01-23", "knownRansomwareCampaignUse": "Known"}]})",
      "kev.json", [](const base::Error&) {});
  ASSERT_TRUE(catalog);
  Vulnerability listed;
  listed.cve_id = "CVE-2026-0001";
  listed.known_exploited = KnownExploited{ExploitedSource::kCisaAdp, "2026-01-01", "", ""};
  EXPECT_TRUE(join_known_exploited(*catalog, listed));
  EXPECT_EQ(*listed.known_exploited,
            (KnownExploited{ExploitedSource::kKevCatalog, "2026-01-02", "2026-01-23", "Known"}));
  Vulnerability unlisted;
  unlisted.cve_id = "CVE-2026-0002";
  EXPECT_FALSE(join_known_exploited(*catalog, unlisted));
  EXPECT_FALSE(unlisted.known_exploited);
}

TEST(KevCatalog, WritesEntriesAsJsonLines) {
  auto catalog = load_kev_catalog(kData / "kev" / "known_exploited_vulnerabilities.json",
                                  [](const base::Error&) {});
  ASSERT_TRUE(catalog);
  std::string line;
  append_kev_entry_json(catalog->entries()[0], line);
  ASSERT_EQ(line.back(), '\n');
  const auto json = nlohmann::json::parse(line);
  EXPECT_EQ(json["cve_id"], "CVE-2026-10001");
  EXPECT_EQ(json["vendor_project"], "Example Oy");
  EXPECT_EQ(json["known_ransomware_campaign_use"], "Known");
  EXPECT_EQ(json["cwes"], nlohmann::json::array({"CWE-287"}));
  EXPECT_EQ(json.size(), 11u);
}

}  // namespace
}  // namespace kybersaa::feed
