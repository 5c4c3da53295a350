// Warnings, the KEV catalog and status overrides from a store to the report
// model: what load_monthly_report reads and what the rules make of it.

#include <gtest/gtest.h>

#include <filesystem>

#include "app/kev_import.hpp"
#include "app/report_job.hpp"
#include "store/open_store.hpp"
#include "support/temp_dir.hpp"

namespace kybersaa::app {
namespace {

const std::filesystem::path kSourceDir = KYBERSAA_SOURCE_DIR;
const std::filesystem::path kKevCatalog =
    kSourceDir / "tests/data/feed/kev/known_exploited_vulnerabilities.json";
constexpr model::YearMonth kMonth{2026, 3};

model::Warning make_warning(model::WarningLevel level, model::Field field, const char* issued) {
  model::Warning warning;
  warning.level = level;
  warning.fields = {field};
  warning.titles[static_cast<std::size_t>(model::Language::kFi)] = "Varoitus";
  warning.issued = *model::parse_calendar_date(issued);
  warning.active_since = warning.issued;
  return warning;
}

class WarningReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened =
        store::open_store((temp_.path() / "store.db").string(), store::OpenMode::kCreateOrMigrate);
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
  }
  const report::FieldSection& field(const report::MonthlyReport& report, model::Field id) {
    return report.fields[model::field_index(id)];
  }

  kybersaa::testing::TempDir temp_;
  std::unique_ptr<store::Store> store_;
};

TEST_F(WarningReportTest, ARedWarningInForceMakesItsFieldSerious) {
  auto red =
      make_warning(model::WarningLevel::kRed, model::Field::kMalwareVulnerabilities, "2026-03-12");
  red.cves = {"CVE-2026-10001", "CVE-2026-99999"};
  ASSERT_TRUE(store_->add_warning(red));
  ASSERT_TRUE(store_->add_warning(
      make_warning(model::WarningLevel::kYellow, model::Field::kScamsPhishing, "2026-02-01")));
  auto report = load_monthly_report(*store_, kMonth);
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(field(*report, model::Field::kMalwareVulnerabilities).assessment.status,
            assess::WeatherStatus::kSerious);
  EXPECT_EQ(field(*report, model::Field::kMalwareVulnerabilities).assessment.rule, "red-warning");
  EXPECT_EQ(field(*report, model::Field::kScamsPhishing).assessment.rule, "yellow-warning");
  ASSERT_EQ(report->warnings.size(), 2U);
  EXPECT_EQ(report->warnings[0].number.to_string(), "1/2026");
  // Without a KEV catalog in the store, no CVE is marked.
  for (const auto& cve : report->warnings[0].cves) EXPECT_FALSE(cve.kev_date_added) << cve.id;
}

TEST_F(WarningReportTest, ARetiredWarningNoLongerCounts) {
  ASSERT_TRUE(store_->add_warning(
      make_warning(model::WarningLevel::kRed, model::Field::kNetwork, "2026-01-10")));
  ASSERT_TRUE(store_->retire_warning({1, 2026}, *model::parse_calendar_date("2026-02-20")));
  auto march = load_monthly_report(*store_, kMonth);
  ASSERT_TRUE(march) << march.error().message;
  EXPECT_EQ(field(*march, model::Field::kNetwork).assessment.rule, "calm");
  EXPECT_TRUE(march->warnings.empty());
  // In February it was in force (grey: retired by the end of the month).
  auto february = load_monthly_report(*store_, {2026, 2});
  ASSERT_TRUE(february);
  EXPECT_EQ(field(*february, model::Field::kNetwork).assessment.rule, "red-warning");
  ASSERT_EQ(february->warnings.size(), 1U);
  EXPECT_TRUE(february->warnings[0].grey);
}

TEST_F(WarningReportTest, JoinsTheWarningsCvesWithTheImportedKevCatalog) {
  auto red =
      make_warning(model::WarningLevel::kRed, model::Field::kMalwareVulnerabilities, "2026-03-12");
  red.cves = {"CVE-2026-10001", "CVE-2026-99999"};
  ASSERT_TRUE(store_->add_warning(red));
  std::vector<std::string> rejections;
  auto imported = import_kev_catalog(
      *store_, kKevCatalog, [&](const base::Error& error) { rejections.push_back(error.message); });
  ASSERT_TRUE(imported) << imported.error().message;
  EXPECT_EQ(imported->catalog_version, "2026.03.21");
  // The test catalog has an entry with a bad date and a repeated CVE id.
  EXPECT_EQ(imported->rejected, 2);
  EXPECT_EQ(rejections.size(), 2U);
  EXPECT_EQ(imported->stored.added, 3);
  // Importing the same catalog again changes nothing.
  auto again = import_kev_catalog(*store_, kKevCatalog, [](const base::Error&) {});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->stored.added, 0);
  EXPECT_EQ(again->stored.updated, 0);
  EXPECT_EQ(again->stored.unchanged, imported->stored.added);

  auto report = load_monthly_report(*store_, kMonth);
  ASSERT_TRUE(report) << report.error().message;
  ASSERT_EQ(report->warnings.size(), 1U);
  const auto& cves = report->warnings[0].cves;
  ASSERT_EQ(cves.size(), 2U);
  EXPECT_EQ(cves[0].id, "CVE-2026-10001");
  EXPECT_EQ(cves[0].kev_date_added, model::parse_calendar_date("2026-03-10"));
  EXPECT_TRUE(cves[0].known_ransomware);
  EXPECT_FALSE(cves[1].kev_date_added);
}

TEST_F(WarningReportTest, AnOverrideIsAppliedAfterTheRules) {
  ASSERT_TRUE(store_->add_warning(
      make_warning(model::WarningLevel::kRed, model::Field::kNetwork, "2026-03-01")));
  ASSERT_TRUE(store_->put_status_override(
      {kMonth, model::Field::kNetwork, "worrying", "Hyökkäys torjuttiin jo", 1000}));
  ASSERT_TRUE(store_->put_status_override(
      {{2026, 4}, model::Field::kEspionage, "serious", "Toinen kuukausi", 1000}));
  auto report = load_monthly_report(*store_, kMonth);
  ASSERT_TRUE(report) << report.error().message;
  const auto& network = field(*report, model::Field::kNetwork);
  EXPECT_EQ(network.assessment.status, assess::WeatherStatus::kWorrying);
  EXPECT_EQ(network.assessment.rule, "red-warning");
  ASSERT_TRUE(network.status_override);
  EXPECT_EQ(network.status_override->rules_status, assess::WeatherStatus::kSerious);
  EXPECT_EQ(network.status_override->reason, "Hyökkäys torjuttiin jo");
  EXPECT_FALSE(field(*report, model::Field::kEspionage).status_override);

  ASSERT_TRUE(store_->clear_status_override(kMonth, model::Field::kNetwork));
  auto cleared = load_monthly_report(*store_, kMonth);
  ASSERT_TRUE(cleared);
  EXPECT_EQ(field(*cleared, model::Field::kNetwork).assessment.status,
            assess::WeatherStatus::kSerious);
  EXPECT_FALSE(field(*cleared, model::Field::kNetwork).status_override);
}

TEST_F(WarningReportTest, AFileThatIsNotAKevCatalogChangesNothing) {
  const auto path = temp_.path() / "not-kev.json";
  {
    std::FILE* file = std::fopen(path.c_str(), "w");
    ASSERT_NE(file, nullptr);
    std::fputs("{\"title\": \"x\"}", file);
    std::fclose(file);
  }
  auto imported = import_kev_catalog(*store_, path, [](const base::Error&) {});
  ASSERT_FALSE(imported);
  EXPECT_EQ(imported.error().code, base::ErrorCode::kInvalidInput);
  EXPECT_NE(imported.error().message.find("not-kev.json"), std::string::npos)
      << imported.error().message;
}

}  // namespace
}  // namespace kybersaa::app
