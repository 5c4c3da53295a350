#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "app/demo.hpp"
#include "app/fake_chromium.hpp"
#include "app/ingest_files.hpp"
#include "app/report_job.hpp"
#include "base/digest.hpp"
#include "base/file.hpp"
#include "sample/notification_generator.hpp"
#include "store/open_store.hpp"
#include "support/temp_dir.hpp"

namespace kybersaa::app {
namespace {

const std::filesystem::path kSourceDir = KYBERSAA_SOURCE_DIR;

class AppTest : public ::testing::Test {
 protected:
  std::unique_ptr<store::Store> open_store() {
    auto opened =
        store::open_store((dir_ / "store.db").string(), store::OpenMode::kCreateOrMigrate);
    EXPECT_TRUE(opened) << opened.error().message;
    return opened ? std::move(*opened) : nullptr;
  }

  kybersaa::testing::TempDir temp_;
  const std::filesystem::path& dir_ = temp_.path();
};

TEST_F(AppTest, ReingestingAFileStoresNothingTwice) {
  auto store = open_store();
  ASSERT_TRUE(store);
  const auto good = kSourceDir / "tests/data/ingest/good.jsonl";
  auto first = ingest_file(*store, good);
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->format, "notifications");
  EXPECT_EQ(first->receipt.records, 3);
  EXPECT_EQ(first->receipt.inserted, 2);  // two identical lines
  EXPECT_EQ(first->receipt.duplicates, 1);
  auto second = ingest_file(*store, good);
  ASSERT_TRUE(second);
  EXPECT_EQ(second->receipt.inserted, 0);
  EXPECT_EQ(second->receipt.duplicates, 3);
  auto all = store->find_incidents({});
  ASSERT_TRUE(all);
  EXPECT_EQ(all->size(), 2U);
}

TEST_F(AppTest, IngestsAVerisRecordAsADraftIncidentOnce) {
  auto store = open_store();
  ASSERT_TRUE(store);
  const auto record = kSourceDir / "tests/data/feed/veris/ransomware-municipality.json";
  auto first = ingest_file(*store, record);
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->format, "veris");
  EXPECT_EQ(first->receipt.inserted, 1);
  auto again = ingest_file(*store, record);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->receipt.inserted, 0);
  // A draft: not counted until an analyst approves it.
  auto counted = store->find_incidents({});
  ASSERT_TRUE(counted);
  EXPECT_TRUE(counted->empty());
  store::IncidentQuery drafts;
  drafts.drafts_only = true;
  auto all = store->find_incidents(drafts);
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 1U);
  EXPECT_EQ(all->front().status, model::IncidentStatus::kDraft);
  EXPECT_EQ(all->front().field, model::Field::kMalwareVulnerabilities);
}

TEST_F(AppTest, BadFileStoresNothingOfItself) {
  auto store = open_store();
  ASSERT_TRUE(store);
  // The first line is good, the third malformed: the good one must not stay.
  auto bytes = base::read_file(kSourceDir / "tests/golden/ingest/wrong-type-count/input.jsonl");
  ASSERT_TRUE(bytes);
  auto ingested = ingest_bytes(*store, "bad.jsonl", *bytes);
  ASSERT_FALSE(ingested);
  EXPECT_EQ(ingested.error().message.rfind("bad.jsonl:3:", 0), 0U) << ingested.error().message;
  auto all = store->find_incidents({});
  ASSERT_TRUE(all);
  EXPECT_TRUE(all->empty());
}

// Files larger than one batch (1 MiB) are parsed and stored batch by batch
// in one transaction: everything or nothing, with true line numbers.
TEST_F(AppTest, LargeFileIsStoredInBatchesAllOrNothing) {
  sample::GeneratorOptions options;
  options.first = {2026, 9};
  options.months = 2;
  options.mean_per_month = 6000;
  std::string bytes =
      sample::generate_month(options, {2026, 9}) + sample::generate_month(options, {2026, 10});
  ASSERT_GT(bytes.size(), std::size_t{9} << 20) << "must span several batches";
  const auto lines = static_cast<std::int64_t>(std::count(bytes.begin(), bytes.end(), '\n'));

  auto store = open_store();
  ASSERT_TRUE(store);
  // Break the second-to-last line: the error sits in the last batch.
  std::string broken = bytes;
  const std::size_t last_line_start = broken.rfind('\n', broken.size() - 2) + 1;
  const std::size_t bad_line_start = broken.rfind('\n', last_line_start - 2) + 1;
  broken.insert(bad_line_start, "x");
  auto failed = ingest_bytes(*store, "big.jsonl", broken);
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().message.rfind("big.jsonl:" + std::to_string(lines - 1) + ": ", 0), 0U)
      << failed.error().message;
  auto none = store->find_incidents({});
  ASSERT_TRUE(none);
  EXPECT_TRUE(none->empty()) << "a failed batch ingest left incidents behind";

  auto ingested = ingest_bytes(*store, "big.jsonl", bytes);
  ASSERT_TRUE(ingested) << ingested.error().message;
  EXPECT_EQ(ingested->receipt.records, lines);
  EXPECT_EQ(ingested->receipt.inserted + ingested->receipt.duplicates, lines);
  auto all = store->find_incidents({});
  ASSERT_TRUE(all);
  EXPECT_EQ(static_cast<std::int64_t>(all->size()), ingested->receipt.inserted);
  auto again = ingest_bytes(*store, "big.jsonl", bytes);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->receipt.inserted, 0);
}

TEST_F(AppTest, MissingFileNamesIt) {
  auto store = open_store();
  ASSERT_TRUE(store);
  auto ingested = ingest_file(*store, dir_ / "nope.jsonl");
  ASSERT_FALSE(ingested);
  EXPECT_EQ(ingested.error().code, base::ErrorCode::kNotFound);
  EXPECT_NE(ingested.error().message.find("nope.jsonl"), std::string::npos);
}

TEST_F(AppTest, ReportReadsTheMonthFromTheStore) {
  auto store = open_store();
  ASSERT_TRUE(store);
  ASSERT_TRUE(ingest_file(*store, kSourceDir / "tests/data/ingest/good.jsonl"));
  // good.jsonl: one October incident, and one reported at 23:30 UTC on
  // 31 October, which is November in Helsinki.
  auto october = load_monthly_report(*store, {2026, 10});
  ASSERT_TRUE(october) << october.error().message;
  EXPECT_EQ(october->totals.count, 1);
  auto november = load_monthly_report(*store, {2026, 11});
  ASSERT_TRUE(november);
  EXPECT_EQ(november->totals.count, 1);
  EXPECT_EQ(november->totals.previous, 1);
  EXPECT_EQ(november->data_first, (model::YearMonth{2026, 10}));
  EXPECT_EQ(november->data_last, (model::YearMonth{2026, 11}));
}

TEST_F(AppTest, ReportFileNameFollowsConvention) {
  EXPECT_EQ(report_file_name({2026, 10}, model::Language::kSv, report::Format::kHtml),
            "kybersaa-2026-10.sv.html");
}

TEST_F(AppTest, DemoWritesEveryReportAndIsReproducible) {
  const base::FixedClock clock(1795000000);  // 2026-11-18
  DemoOptions options;
  options.out_dir = dir_ / "demo";
  options.months = 14;
  std::vector<std::string> steps;
  auto first = run_demo(options, clock, [&](std::string_view line) { steps.emplace_back(line); });
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->month, (model::YearMonth{2026, 10}));
  // 14 notification files, the KEV catalog, the sample content of two
  // months; the constituency, the schema and five feed files a month.
  EXPECT_EQ(first->sample_files.size(), 14U + 1U + 2U + 2U + 5U * 14U);
  EXPECT_EQ(first->reports.size(), 9U);  // 3 languages x 3 formats: no PDF printer given
  EXPECT_EQ(first->pdf_skipped, kChromiumMissing);
  EXPECT_GT(first->incidents, 14 * 100);
  EXPECT_FALSE(steps.empty());
  std::vector<std::string> contents;
  for (const auto& path : first->reports) {
    auto bytes = base::read_file(path);
    ASSERT_TRUE(bytes) << bytes.error().message;
    EXPECT_GT(bytes->size(), 1000U) << path;
    contents.push_back(std::move(*bytes));
  }
  // The demo's sample warnings: one retired during the month (grey), one red in force.
  EXPECT_NE(contents[0].find("Varoitus 1/2026"), std::string::npos);
  EXPECT_NE(contents[0].find("○ harmaa"), std::string::npos);
  EXPECT_NE(contents[0].find("◆ punainen"), std::string::npos);
  auto second = run_demo(options, clock, [](std::string_view) {});
  ASSERT_TRUE(second);
  ASSERT_EQ(second->reports, first->reports);
  for (std::size_t i = 0; i < contents.size(); ++i) {
    auto bytes = base::read_file(second->reports[i]);
    ASSERT_TRUE(bytes);
    EXPECT_EQ(*bytes, contents[i]) << second->reports[i] << " differs between runs";
  }
}

TEST_F(AppTest, DemoPrintsPdfsWithAPrinter) {
  const base::FixedClock clock(1795000000);  // 2026-11-18
  DemoOptions options;
  options.out_dir = dir_ / "demo";
  options.months = 13;
  options.pdf_printer.emplace(testing::write_fake_chromium(dir_));
  auto demo = run_demo(options, clock, [](std::string_view) {});
  ASSERT_TRUE(demo) << demo.error().message;
  EXPECT_TRUE(demo->pdf_skipped.empty());
  ASSERT_EQ(demo->reports.size(), 12U);  // 3 languages x 4 formats
  for (const char* lang : {"fi", "sv", "en"}) {
    const auto pdf = dir_ / "demo" / (std::string("kybersaa-2026-10.") + lang + ".pdf");
    EXPECT_NE(std::find(demo->reports.begin(), demo->reports.end(), pdf), demo->reports.end());
    auto bytes = base::read_file(pdf);
    ASSERT_TRUE(bytes) << bytes.error().message;
    EXPECT_EQ(bytes->rfind("%PDF-1.4\n<</CreationDate (D:20261101000000+00'00')>>", 0), 0U);
    auto html =
        base::read_file(dir_ / "demo" / (std::string("kybersaa-2026-10.") + lang + ".html"));
    ASSERT_TRUE(html);
    EXPECT_NE(bytes->find(*html), std::string::npos) << "the PDF is not the HTML printed";
  }
}

// Key figures and feed figures in the demo report.
TEST_F(AppTest, DemoReportCarriesFeedCountsAndKeyFigures) {
  const base::FixedClock clock(1795000000);  // 2026-11-18
  DemoOptions options;
  options.out_dir = dir_ / "demo";
  options.months = 14;
  auto demo = run_demo(options, clock, [](std::string_view) {});
  ASSERT_TRUE(demo) << demo.error().message;
  auto bytes = base::read_file(
      options.out_dir / report_file_name(demo->month, model::Language::kEn, report::Format::kJson));
  ASSERT_TRUE(bytes) << bytes.error().message;
  const auto json = nlohmann::json::parse(*bytes);

  // The red warning's CVE is in the demo's KEV catalog: known exploited.
  ASSERT_EQ(json["warnings"].size(), 2U);
  const auto& cve = json["warnings"][1]["cves"].at(0);
  EXPECT_EQ(cve["id"], "CVE-2026-10001");
  EXPECT_EQ(cve["known_exploited"], true);
  EXPECT_EQ(cve["kev_date_added"], "2026-10-02");
  EXPECT_EQ(cve["known_ransomware"], true);

  // The malware and vulnerabilities field shows the Open-IPP and Feodo counts.
  const auto& field = json["fields"][2];
  ASSERT_EQ(field["id"], "malware-vulnerabilities");
  std::set<std::string> feeds;
  for (const auto& line : field["feeds"]) {
    feeds.insert(line["feed"].get<std::string>());
    EXPECT_GT(line["events"].get<std::int64_t>(), 0) << line.dump();
    EXPECT_GT(line["previous_events"].get<std::int64_t>(), 0) << line.dump();
    EXPECT_LE(line["hosts"].get<std::int64_t>(), line["events"].get<std::int64_t>());
  }
  for (const char* name : {"Open-IPP", "Feodo Tracker", "URLhaus", "ThreatFox", "Partner CERT"}) {
    EXPECT_TRUE(feeds.contains(name)) << name << ": " << field["feeds"].dump();
  }
  // The partner CERT's reports reach four more fields.
  for (const std::size_t other : {0U, 1U, 4U, 5U}) {
    const auto& lines = json["fields"][other]["feeds"];
    ASSERT_EQ(lines.size(), 1U) << json["fields"][other]["id"] << ": " << lines.dump();
    EXPECT_EQ(lines[0]["feed"], "Partner CERT");
    EXPECT_GT(lines[0]["events"].get<std::int64_t>(), 0);
  }
  ASSERT_EQ(json["method"]["feeds"].size(), 5U);
  for (const auto& feed : json["method"]["feeds"]) EXPECT_EQ(feed["months"], 14) << feed.dump();

  // Every default key figure has a value: the notifications have a year-ago
  // month, the DDoS notifications measurements, the feeds printers.
  ASSERT_EQ(json["key_figures"].size(), 4U);
  for (const auto& figure : json["key_figures"]) {
    EXPECT_TRUE(figure["value"].is_number()) << figure.dump();
    EXPECT_EQ(figure["sentence"].get<std::string>().find('{'), std::string::npos);
  }
  EXPECT_TRUE(json["key_figures"][0]["change_percent"].is_number());
  EXPECT_GT(json["key_figures"][1]["value"].get<double>(), 0.0);
  const double share = json["key_figures"][2]["value"].get<double>();
  EXPECT_GT(share, 0.0);
  EXPECT_LT(share, 100.0);
  EXPECT_GT(json["key_figures"][3]["value"].get<double>(), 100.0);
  EXPECT_TRUE(json["key_figures"][3]["change_percent"].is_number());

  // Only constituency rows count: the printers of the month are fewer than its rows.
  auto csv = base::read_file(options.out_dir / "sample" / "2026-10-01-scan_ipp-demo.csv");
  ASSERT_TRUE(csv);
  const auto rows = std::count(csv->begin(), csv->end(), '\n') - 1;
  EXPECT_LT(json["key_figures"][3]["value"].get<double>(), static_cast<double>(rows));

  auto fi = base::read_file(
      options.out_dir / report_file_name(demo->month, model::Language::kFi, report::Format::kHtml));
  ASSERT_TRUE(fi);
  EXPECT_NE(fi->find("<h2>Kuukauden tunnuslukuja</h2>"), std::string::npos);
  EXPECT_NE(fi->find("Open-IPP"), std::string::npos);
}

}  // namespace
}  // namespace kybersaa::app
