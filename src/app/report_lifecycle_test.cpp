#include "app/report_lifecycle.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "app/content_import.hpp"
#include "app/fake_chromium.hpp"
#include "app/ingest_files.hpp"
#include "app/report_job.hpp"
#include "base/file.hpp"
#include "sample/notification_generator.hpp"
#include "store/open_store.hpp"
#include "support/temp_dir.hpp"

namespace kybersaa::app {
namespace {

const std::filesystem::path kSourceDir = KYBERSAA_SOURCE_DIR;
constexpr model::YearMonth kOctober{2026, 10};

class ReportLifecycle : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened =
        store::open_store((temp_.path() / "store.db").string(), store::OpenMode::kCreateOrMigrate);
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    auto ingested = ingest_file(*store_, kSourceDir / "tests/data/ingest/good.jsonl");
    ASSERT_TRUE(ingested) << ingested.error().message;
  }

  // Ingests a generated month of October notifications: new data.
  void ingest_more_october() {
    sample::GeneratorOptions generator;
    generator.first = kOctober;
    generator.months = 1;
    const auto path = temp_.path() / "more.jsonl";
    ASSERT_TRUE(base::write_file_atomically(path, sample::generate_month(generator, kOctober)));
    auto ingested = ingest_file(*store_, path);
    ASSERT_TRUE(ingested) << ingested.error().message;
    ASSERT_GT(ingested->receipt.inserted, 0);
  }

  base::Result<ReportOutput> file(model::Language language, report::Format format) {
    return produce_report_file(*store_, kOctober, language, format, assess::default_rule_set(),
                               assess::default_key_figure_set(), &printer_);
  }

  kybersaa::testing::TempDir temp_;
  std::unique_ptr<store::Store> store_;
  const PdfPrinter printer_{testing::write_fake_chromium(temp_.path())};
  const base::FixedClock review_clock_{1794000000};
  const base::FixedClock publish_clock_{1794100000};
};

TEST_F(ReportLifecycle, DraftAndReviewedReportsAreRenderedWithTheirMarker) {
  auto draft = file(model::Language::kEn, report::Format::kHtml);
  ASSERT_TRUE(draft) << draft.error().message;
  EXPECT_FALSE(draft->published_at);
  EXPECT_NE(draft->bytes.find("DRAFT – not reviewed or published"), std::string::npos);
  EXPECT_NE(draft->bytes.find("TLP:CLEAR"), std::string::npos);

  auto reviewed = review_report(*store_, kOctober, model::Tlp::kGreen, review_clock_);
  ASSERT_TRUE(reviewed) << reviewed.error().message;
  EXPECT_EQ(reviewed->reviewed_at, 1794000000);
  auto report = load_monthly_report(*store_, kOctober);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->state, model::ReportState::kReviewed);
  EXPECT_EQ(report->tlp, model::Tlp::kGreen);
  auto json = file(model::Language::kFi, report::Format::kJson);
  ASSERT_TRUE(json);
  EXPECT_NE(json->bytes.find("\"state\": \"reviewed\""), std::string::npos);
  EXPECT_NE(json->bytes.find("\"tlp\": \"green\""), std::string::npos);
}

TEST_F(ReportLifecycle, PublishingStoresEveryLanguageAndFormatAndFreezesThem) {
  ASSERT_TRUE(review_report(*store_, kOctober, std::nullopt, review_clock_));
  auto published = publish_report(*store_, kOctober, model::Tlp::kAmber, assess::default_rule_set(),
                                  assess::default_key_figure_set(), printer_, publish_clock_);
  ASSERT_TRUE(published) << published.error().message;
  EXPECT_EQ(published->state, model::ReportState::kPublished);
  EXPECT_EQ(published->tlp, model::Tlp::kAmber);
  EXPECT_EQ(published->published_at, 1794100000);
  ASSERT_EQ(published->files.size(), 12U);  // 3 languages × 4 formats

  std::vector<std::string> before;
  for (model::Language language : model::kAllLanguages) {
    for (report::Format format : kPublishedFormats) {
      auto output = file(language, format);
      ASSERT_TRUE(output) << output.error().message;
      EXPECT_EQ(output->published_at, 1794100000);
      before.push_back(output->bytes);
    }
  }
  // The published version says so: no marker, its TLP; the PDF is its HTML printed.
  EXPECT_EQ(before[0].find("not reviewed"), std::string::npos);
  EXPECT_NE(before[0].find("TLP:AMBER"), std::string::npos);
  EXPECT_NE(before[3].find(before[0]), std::string::npos);

  ingest_more_october();
  // The new data changes the report a draft would show ...
  auto live = load_monthly_report(*store_, kOctober);
  ASSERT_TRUE(live);
  EXPECT_GT(live->totals.count, 1);
  // ... but not the published one: the same bytes, file for file.
  std::size_t i = 0;
  for (model::Language language : model::kAllLanguages) {
    for (report::Format format : kPublishedFormats) {
      auto output = file(language, format);
      ASSERT_TRUE(output) << output.error().message;
      EXPECT_TRUE(output->bytes == before[i])
          << model::language_code(language) << "." << report::format_id(format) << " changed";
      ++i;
    }
  }
}

TEST_F(ReportLifecycle, DraftItemsBlockPublishingUntilApproved) {
  model::ContentItem item;
  item.id = "vpn-wave";
  item.month = kOctober;
  item.field = model::Field::kMalwareVulnerabilities;
  item.status = model::ItemStatus::kDraft;
  model::in_language(item.texts, model::Language::kFi) =
      model::ItemText{"VPN-aalto", {"Kolme hyökkäystä"}, "Päivitä laitteet.", ""};
  ASSERT_TRUE(store_->put_content_item(item));
  ASSERT_TRUE(review_report(*store_, kOctober, std::nullopt, review_clock_));

  auto blocked = publish_report(*store_, kOctober, std::nullopt, assess::default_rule_set(),
                                assess::default_key_figure_set(), printer_, publish_clock_);
  ASSERT_FALSE(blocked);
  EXPECT_EQ(blocked.error().code, base::ErrorCode::kConflict);
  EXPECT_NE(blocked.error().message.find("has 1 draft item (vpn-wave); approve each"),
            std::string::npos)
      << blocked.error().message;
  EXPECT_EQ(store_->report_release(kOctober)->state, model::ReportState::kReviewed);

  ASSERT_TRUE(approve_item(*store_, "vpn-wave"));
  auto published = publish_report(*store_, kOctober, std::nullopt, assess::default_rule_set(),
                                  assess::default_key_figure_set(), printer_, publish_clock_);
  ASSERT_TRUE(published) << published.error().message;
  EXPECT_EQ(published->state, model::ReportState::kPublished);
}

TEST_F(ReportLifecycle, RefusesToSkipReviewOrGoBack) {
  auto early = publish_report(*store_, kOctober, std::nullopt, assess::default_rule_set(),
                              assess::default_key_figure_set(), printer_, publish_clock_);
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().code, base::ErrorCode::kConflict);
  EXPECT_NE(early.error().message.find("is draft; only a reviewed report can be published (review "
                                       "it first"),
            std::string::npos)
      << early.error().message;

  ASSERT_TRUE(review_report(*store_, kOctober, std::nullopt, review_clock_));
  auto again = review_report(*store_, kOctober, std::nullopt, review_clock_);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, base::ErrorCode::kConflict);

  ASSERT_TRUE(publish_report(*store_, kOctober, std::nullopt, assess::default_rule_set(),
                             assess::default_key_figure_set(), printer_, publish_clock_));
  auto back = review_report(*store_, kOctober, model::Tlp::kRed, review_clock_);
  ASSERT_FALSE(back);
  EXPECT_NE(back.error().message.find("is published"), std::string::npos);
  auto twice = publish_report(*store_, kOctober, model::Tlp::kRed, assess::default_rule_set(),
                              assess::default_key_figure_set(), printer_, publish_clock_);
  ASSERT_FALSE(twice);
  EXPECT_EQ(store_->report_release(kOctober)->tlp, model::kDefaultReportTlp);
}

TEST_F(ReportLifecycle, APrintingFailureStoresNothing) {
  ASSERT_TRUE(review_report(*store_, kOctober, std::nullopt, review_clock_));
  const PdfPrinter broken(testing::write_script(temp_.path(), "broken", "exit 1\n"));
  auto published = publish_report(*store_, kOctober, std::nullopt, assess::default_rule_set(),
                                  assess::default_key_figure_set(), broken, publish_clock_);
  ASSERT_FALSE(published);
  EXPECT_EQ(published.error().code, base::ErrorCode::kUnavailable);
  auto release = store_->report_release(kOctober);
  EXPECT_EQ(release->state, model::ReportState::kReviewed);
  EXPECT_TRUE(release->files.empty());
}

}  // namespace
}  // namespace kybersaa::app
