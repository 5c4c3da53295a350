// Report content in the app: reading content files (and their located
// errors), importing them, listing, editing and approving items, draft items
// from document-drafted incidents, and the report built with content.

#include <gtest/gtest.h>

#include <filesystem>

#include "app/content_file.hpp"
#include "app/content_import.hpp"
#include "app/ingest_documents.hpp"
#include "app/report_job.hpp"
#include "base/file.hpp"
#include "model/calendar.hpp"
#include "store/open_store.hpp"
#include "support/temp_dir.hpp"

namespace kybersaa::app {
namespace {

using model::Language;

const std::filesystem::path kSource(KYBERSAA_SOURCE_DIR);

constexpr std::string_view kMinimal = R"(format = 1
month = "2026-10"

[[item]]
id = "one"
field = "espionage"
[item.fi]
title = "Otsikko"
bullets = ["Fakta"]
analysis = "Analyysi"

[[item]]
id = "two"
field = "espionage"
status = "approved"
incident = "abc"
[item.en]
title = "Title"
bullets = ["Fact one", "Fact two"]
analysis = "Analysis"
headline = "Headline"
)";

TEST(ContentFile, ReadsItemsWithDefaultsInFileOrder) {
  auto content = parse_content_file(kMinimal, "minimal.toml");
  ASSERT_TRUE(content) << content.error().message;
  EXPECT_EQ(content->month, (model::YearMonth{2026, 10}));
  ASSERT_EQ(content->items.size(), 2U);
  const model::ContentItem& one = content->items[0];
  EXPECT_EQ(one.id, "one");
  EXPECT_EQ(one.field, model::Field::kEspionage);
  EXPECT_EQ(one.order, 1);
  EXPECT_EQ(one.status, model::ItemStatus::kDraft);
  EXPECT_FALSE(one.incident_id);
  EXPECT_TRUE(model::in_language(one.texts, Language::kFi));
  EXPECT_FALSE(model::in_language(one.texts, Language::kEn));
  const model::ContentItem& two = content->items[1];
  EXPECT_EQ(two.order, 2);
  EXPECT_EQ(two.status, model::ItemStatus::kApproved);
  EXPECT_EQ(two.incident_id, "abc");
  EXPECT_EQ(model::in_language(two.texts, Language::kEn)->headline, "Headline");
  EXPECT_FALSE(content->threats);
  EXPECT_FALSE(content->developments);
  EXPECT_FALSE(content->how_to_report);
}

TEST(ContentFile, TheDocumentedExampleReads) {
  auto text = base::read_file(kSource / "docs/examples/content.toml");
  ASSERT_TRUE(text) << text.error().message;
  auto content = parse_content_file(*text, "content.toml");
  ASSERT_TRUE(content) << content.error().message;
  EXPECT_EQ(content->items.size(), 2U);
  ASSERT_TRUE(content->threats);
  EXPECT_EQ(content->threats->size(), 2U);
  EXPECT_EQ((*content->threats)[0].id, "ransomware");
  ASSERT_TRUE(content->developments);
  EXPECT_EQ((*content->developments)[1].kind, model::DevelopmentKind::kAdvice);
  ASSERT_TRUE(content->how_to_report);
}

TEST(ContentFile, ShippedHowToReportHasEveryLanguage) {
  const model::HowToReport& how = default_how_to_report();
  for (const Language language : model::kAllLanguages) {
    const auto& text = model::in_language(how.texts, language);
    ASSERT_TRUE(text) << model::language_code(language);
    EXPECT_FALSE(text->intro.empty());
    EXPECT_GE(text->channels.size(), 3U);
  }
}

struct BadContent {
  const char* name;
  std::string toml;
  const char* expected;  // the whole message
};

void PrintTo(const BadContent& bad, std::ostream* out) { *out << bad.name; }

class ContentFileErrors : public ::testing::TestWithParam<BadContent> {};

TEST_P(ContentFileErrors, NameFileLineAndColumn) {
  auto content = parse_content_file(GetParam().toml, "bad.toml");
  ASSERT_FALSE(content);
  EXPECT_EQ(content.error().code, base::ErrorCode::kInvalidInput);
  EXPECT_EQ(content.error().message, GetParam().expected);
}

const std::string kHead = "format = 1\nmonth = \"2026-10\"\n";

INSTANTIATE_TEST_SUITE_P(
    Cases, ContentFileErrors,
    ::testing::Values(
        BadContent{"syntax", kHead + "[[item]\n",
                   "bad.toml:3:8: Error while parsing table header: expected ']', saw '\\n'"},
        BadContent{"no_format", "month = \"2026-10\"\n", "bad.toml: no \"format = 1\" line"},
        BadContent{"bad_month", "format = 1\nmonth = \"2026-13\"\n",
                   "bad.toml:2:9: month: expected \"YYYY-MM\""},
        BadContent{"unknown_key", kHead + "colour = 1\n",
                   "bad.toml:3:10: unknown key \"colour\" in a content file"},
        BadContent{"bad_field",
                   kHead + "[[item]]\nid = \"x\"\nfield = \"weather\"\n[item.fi]\ntitle = \"T\"\n"
                           "bullets = [\"B\"]\nanalysis = \"A\"\n",
                   "bad.toml:5:9: field: unknown field id (see docs/assessment.md)"},
        BadContent{"six_bullets",
                   kHead +
                       "[[item]]\nid = \"x\"\nfield = \"network\"\n[item.fi]\ntitle = \"T\"\n"
                       "bullets = [\"1\", \"2\", \"3\", \"4\", \"5\", \"6\"]\nanalysis = \"A\"\n",
                   "bad.toml:8:11: bullets: expected a list of 1 to 5 strings"},
        BadContent{"no_analysis",
                   kHead + "[[item]]\nid = \"x\"\nfield = \"network\"\n[item.fi]\ntitle = \"T\"\n"
                           "bullets = [\"B\"]\n",
                   "bad.toml:6:1: an item text has no \"analysis\""},
        BadContent{"no_language", kHead + "[[item]]\nid = \"x\"\nfield = \"network\"\n",
                   "bad.toml:3:1: an item has no text: add a [...fi], [...sv] or [...en] table"},
        BadContent{"duplicate_id",
                   kHead + "[[item]]\nid = \"x\"\nfield = \"network\"\n[item.fi]\ntitle = \"T\"\n"
                           "bullets = [\"B\"]\nanalysis = \"A\"\n[[item]]\nid = \"x\"\n"
                           "field = \"network\"\n[item.fi]\ntitle = \"T\"\nbullets = [\"B\"]\n"
                           "analysis = \"A\"\n",
                   "bad.toml:10:1: item id \"x\" is used twice"},
        BadContent{"rank_gap",
                   kHead + "[[threat]]\nid = \"a\"\nrank = 2\n[threat.en]\ntitle = \"T\"\n"
                           "description = \"D\"\ncase = \"C\"\n",
                   "bad.toml:3:1: threat ranks must run 1, 2, ... without a gap; rank 1 is "
                   "missing"},
        BadContent{"rank_six", kHead + "[[threat]]\nid = \"a\"\nrank = 6\n",
                   "bad.toml:5:8: rank: expected a whole number from 1 to 5"},
        BadContent{"bad_kind", kHead + "[[development]]\nid = \"a\"\nkind = \"gossip\"\n",
                   "bad.toml:5:8: kind: expected \"legislation\", \"standard\", \"consultation\" "
                   "or \"advice\""}),
    [](const auto& test) { return std::string(test.param.name); });

class ContentStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened =
        store::open_store((temp_.path() / "store.db").string(), store::OpenMode::kCreateOrMigrate);
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
  }

  std::filesystem::path write(const std::string& name, std::string_view text) {
    const auto path = temp_.path() / name;
    EXPECT_TRUE(base::write_file_atomically(path, text));
    return path;
  }

  kybersaa::testing::TempDir temp_;
  std::unique_ptr<store::Store> store_;
};

TEST_F(ContentStoreTest, ImportingTheSameFileTwiceChangesNothing) {
  const auto path = kSource / "docs/examples/content.toml";
  auto first = import_content_file(*store_, path);
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->items_inserted, 2);
  EXPECT_EQ(first->sections_replaced, 3);
  auto second = import_content_file(*store_, path);
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(*second, (store::ContentReceipt{0, 0, 2, 0, 3}));
}

TEST_F(ContentStoreTest, ABadFileStoresNothingAndNamesItsPlace) {
  const auto path = write("bad.toml", std::string(kMinimal) + "[[item]]\nid = \"three\"\n");
  auto imported = import_content_file(*store_, path);
  ASSERT_FALSE(imported);
  EXPECT_EQ(imported.error().message,
            path.string() + ":22:1: an item has no text: add a [...fi], [...sv] or [...en] table");
  auto items = month_items(*store_, {2026, 10});
  ASSERT_TRUE(items);
  EXPECT_TRUE(items->empty());
}

TEST_F(ContentStoreTest, EditsOneLanguageAndApproves) {
  ASSERT_TRUE(import_content_file(*store_, write("c.toml", kMinimal)));
  ItemEdit edit;
  edit.language = Language::kFi;
  edit.title = "Uusi otsikko";
  edit.headline = "Nosto";
  auto edited = edit_item(*store_, "one", edit);
  ASSERT_TRUE(edited) << edited.error().message;
  auto stored = store_->get_content_item("one");
  ASSERT_TRUE(stored);
  EXPECT_EQ(model::in_language(stored->texts, Language::kFi)->title, "Uusi otsikko");
  EXPECT_EQ(model::in_language(stored->texts, Language::kFi)->bullets,
            std::vector<std::string>{"Fakta"});
  EXPECT_EQ(stored->status, model::ItemStatus::kDraft);  // editing is not approving

  ItemEdit swedish;
  swedish.language = Language::kSv;
  swedish.title = "Rubrik";
  auto incomplete = edit_item(*store_, "one", swedish);
  ASSERT_FALSE(incomplete);
  EXPECT_NE(incomplete.error().message.find("has no sv text yet"), std::string::npos);
  swedish.bullets = std::vector<std::string>{"Fakta"};
  swedish.analysis = "Analys";
  ASSERT_TRUE(edit_item(*store_, "one", swedish));

  auto approved = approve_item(*store_, "one");
  ASSERT_TRUE(approved);
  EXPECT_EQ(store_->get_content_item("one")->status, model::ItemStatus::kApproved);
  auto missing = approve_item(*store_, "nothing");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, base::ErrorCode::kNotFound);
}

TEST_F(ContentStoreTest, ADocumentDraftedIncidentIsADraftItemUntilApproved) {
  base::FixedClock clock{*model::parse_iso_instant("2026-11-24T07:00")};
  auto ingester = DocumentIngester::open(clock);
  ASSERT_TRUE(ingester) << ingester.error().message;
  auto drafted = ingester->ingest_file(*store_, kSource / "tests/data/text/updates/fi-tiedote.txt");
  ASSERT_TRUE(drafted) << drafted.error().message;
  const model::YearMonth month{2026, 1};

  auto items = month_items(*store_, month);
  ASSERT_TRUE(items) << items.error().message;
  ASSERT_EQ(items->size(), 1U);
  const model::ContentItem& draft = items->front();
  EXPECT_EQ(draft.id, "incident-" + drafted->incident_id);
  EXPECT_EQ(draft.status, model::ItemStatus::kDraft);
  EXPECT_EQ(draft.field, model::Field::kBreachesLeaks);
  const auto& fi = model::in_language(draft.texts, Language::kFi);
  ASSERT_TRUE(fi);
  EXPECT_EQ(fi->title, "Tietomurto Esimerkki Palvelut Oy:n asiakasportaaliin");
  EXPECT_NE(std::find(fi->bullets.begin(), fi->bullets.end(), "Koskee 20\u00A0000 henkilöä"),
            fi->bullets.end());

  auto report = load_monthly_report(*store_, month);
  ASSERT_TRUE(report) << report.error().message;
  const auto& section = report->fields[model::field_index(model::Field::kBreachesLeaks)];
  ASSERT_EQ(section.items.size(), 1U);
  EXPECT_EQ(section.items[0].status, model::ItemStatus::kDraft);

  ASSERT_TRUE(approve_item(*store_, draft.id));
  items = month_items(*store_, month);
  ASSERT_TRUE(items);
  ASSERT_EQ(items->size(), 1U);  // the stored item replaces the derived draft
  EXPECT_EQ(items->front().status, model::ItemStatus::kApproved);
  EXPECT_EQ(items->front().incident_id, drafted->incident_id);
}

TEST_F(ContentStoreTest, TheReportComparesTheTopFiveWithThePreviousMonth) {
  const std::string september = R"(format = 1
month = "2026-09"
[[threat]]
id = "ransomware"
rank = 1
[threat.en]
title = "Ransomware"
description = "D"
case = "C"
[[threat]]
id = "phishing"
rank = 2
[threat.en]
title = "Phishing"
description = "D"
case = "C"
)";
  ASSERT_TRUE(import_content_file(*store_, write("september.toml", september)));
  ASSERT_TRUE(import_content_file(*store_, kSource / "docs/examples/content.toml"));
  auto report = load_monthly_report(*store_, {2026, 10});
  ASSERT_TRUE(report) << report.error().message;
  ASSERT_EQ(report->threats.size(), 2U);
  EXPECT_EQ(report->threats[0].trend, assess::Trend::kUnchanged);
  EXPECT_TRUE(report->threats[0].updated);
  EXPECT_EQ(report->threats[1].previous_rank, 2);
  EXPECT_EQ(report->threats_compared_with, (model::YearMonth{2026, 9}));
  EXPECT_FALSE(report->how_to_report_is_default);
  EXPECT_EQ(report->developments.size(), 2U);

  auto quiet = load_monthly_report(*store_, {2026, 11});
  ASSERT_TRUE(quiet);
  EXPECT_TRUE(quiet->threats.empty());
  EXPECT_TRUE(quiet->how_to_report_is_default);
  EXPECT_EQ(quiet->how_to_report, default_how_to_report());
}

}  // namespace
}  // namespace kybersaa::app
