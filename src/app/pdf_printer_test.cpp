#include "app/pdf_printer.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "app/fake_chromium.hpp"
#include "app/report_job.hpp"
#include "base/file.hpp"
#include "model/field.hpp"
#include "report/render.hpp"
#include "report/test_reports.hpp"
#include "support/temp_dir.hpp"
#include "text/document_reader.hpp"

namespace kybersaa::app {
namespace {

// A small PDF shaped like Chromium's (Skia's) output: header, info
// dictionary with its dates, xref table and trailer; printed at `date`.
std::string small_pdf(std::string_view date) {
  return "%PDF-1.4\n%\xD3\xEB\xE9\xE1\n1 0 obj\n<</Title (Kybers\xC3\xA4\xC3\xA4)\n"
         "/Creator (HeadlessChrome)\n/Producer (Skia/PDF m156)\n/CreationDate (" +
         std::string(date) + ")\n/ModDate (" + std::string(date) +
         ")>>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000015 00000 n \n"
         "trailer\n<</Size 2 /Info 1 0 R>>\nstartxref\n190\n%%EOF\n";
}

TEST(PdfDates, AreFixedToTheDayAfterTheReportMonth) {
  EXPECT_EQ(pdf_date_for_month({2026, 10}), "D:20261101000000+00'00'");
  EXPECT_EQ(pdf_date_for_month({2026, 12}), "D:20270101000000+00'00'");
}

TEST(PdfDates, PrintsAtDifferentTimesBecomeByteIdentical) {
  const std::string fixed = pdf_date_for_month({2026, 10});
  auto first = normalize_pdf_dates(small_pdf("D:20261124080431+00'00'"), fixed);
  auto second = normalize_pdf_dates(small_pdf("D:20270305231259-05'00'"), fixed);
  ASSERT_TRUE(first) << first.error().message;
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(*first, *second);
  // Only the dates changed, length for length, so the xref offsets still hold.
  EXPECT_EQ(*first, small_pdf(fixed));
  EXPECT_EQ(first->size(), small_pdf("D:20261124080431+00'00'").size());
}

TEST(PdfDates, ShortFormDatesKeepTheirForm) {
  auto normalized =
      normalize_pdf_dates(small_pdf("D:20261124080431Z"), pdf_date_for_month({2026, 10}));
  ASSERT_TRUE(normalized) << normalized.error().message;
  EXPECT_EQ(*normalized, small_pdf("D:20261101000000Z"));
}

TEST(PdfDates, RefuseWhatIsNotAPdf) {
  auto normalized = normalize_pdf_dates("<html>", pdf_date_for_month({2026, 10}));
  ASSERT_FALSE(normalized);
  EXPECT_EQ(normalized.error().code, base::ErrorCode::kInvalidInput);
  EXPECT_NE(normalized.error().message.find("%PDF-"), std::string::npos);
}

TEST(PdfDates, RefuseADateTheyCannotRewriteInPlace) {
  auto odd = normalize_pdf_dates(small_pdf("D:2026"), pdf_date_for_month({2026, 10}));
  ASSERT_FALSE(odd);
  EXPECT_NE(odd.error().message.find("CreationDate (D:2026) is not a date"), std::string::npos)
      << odd.error().message;
  auto hex = normalize_pdf_dates("%PDF-1.4\n<</ModDate <443A32>>>", pdf_date_for_month({2026, 10}));
  ASSERT_FALSE(hex);
  EXPECT_NE(hex.error().message.find("ModDate is not followed by a literal date string"),
            std::string::npos)
      << hex.error().message;
}

using testing::write_script;

class PdfPrinterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Printing makes its temporary directory under TMPDIR: here, so that the
    // test can see it removed.
    std::filesystem::create_directories(tmp_);
    ::setenv("TMPDIR", tmp_.c_str(), 1);
  }
  void TearDown() override { ::unsetenv("TMPDIR"); }

  kybersaa::testing::TempDir temp_;
  const std::filesystem::path tmp_ = temp_.path() / "tmp";
};

TEST_F(PdfPrinterTest, FindsChromiumByOptionThenEnvironmentThenPath) {
  const auto bin = temp_.path() / "bin";
  std::filesystem::create_directories(bin);
  const auto on_path = write_script(bin, "chromium", "exit 0\n");
  const auto named = write_script(temp_.path(), "my-chromium", "exit 0\n");
  const std::string path = "/nonexistent:" + bin.string();

  EXPECT_EQ(find_chromium({named.string(), "", path}).value(), named);
  EXPECT_EQ(find_chromium({"", named.string(), path}).value(), named);
  EXPECT_EQ(find_chromium({"", "", path}).value(), on_path);

  auto missing = find_chromium({"", "", "/nonexistent"});
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, base::ErrorCode::kUnavailable);
  EXPECT_EQ(missing.error().message, kChromiumMissing);

  auto bad_option = find_chromium({(temp_.path() / "none").string(), named.string(), path});
  ASSERT_FALSE(bad_option);
  EXPECT_EQ(bad_option.error().code, base::ErrorCode::kInvalidInput);
  EXPECT_EQ(bad_option.error().message.rfind("--chromium ", 0), 0U) << bad_option.error().message;
  auto bad_env = find_chromium({"", tmp_.string(), path});  // a directory
  ASSERT_FALSE(bad_env);
  EXPECT_EQ(bad_env.error().message.rfind("KYBERSAA_CHROMIUM=", 0), 0U) << bad_env.error().message;
}

TEST_F(PdfPrinterTest, PrintsThePageWithFixedDatesAndCleansUp) {
  const PdfPrinter printer(testing::write_fake_chromium(temp_.path()));
  auto pdf = printer.print("<p>Kybersää</p>", {2026, 10});
  ASSERT_TRUE(pdf) << pdf.error().message;
  EXPECT_EQ(*pdf, "%PDF-1.4\n<</CreationDate (D:20261101000000+00'00')>>\n<p>Kybersää</p>");
  EXPECT_TRUE(std::filesystem::is_empty(tmp_));
}

TEST_F(PdfPrinterTest, QuotesChromiumsLastMessageWhenItFails) {
  const PdfPrinter printer(write_script(temp_.path(), "chromium",
                                        "echo 'starting' >&2\necho 'cannot open display' >&2\n"
                                        "exit 3\n"));
  auto pdf = printer.print("<p>x</p>", {2026, 10});
  ASSERT_FALSE(pdf);
  EXPECT_EQ(pdf.error().code, base::ErrorCode::kUnavailable);
  EXPECT_NE(pdf.error().message.find("exited with status 3 while printing the report: cannot "
                                     "open display"),
            std::string::npos)
      << pdf.error().message;
  EXPECT_TRUE(std::filesystem::is_empty(tmp_));
}

TEST_F(PdfPrinterTest, ReportsAChromiumThatWritesNoPdf) {
  const PdfPrinter printer(write_script(temp_.path(), "chromium", "exit 0\n"));
  auto pdf = printer.print("<p>x</p>", {2026, 10});
  ASSERT_FALSE(pdf);
  EXPECT_NE(pdf.error().message.find("Chromium wrote no PDF"), std::string::npos)
      << pdf.error().message;
}

TEST_F(PdfPrinterTest, StopsAChromiumThatHangs) {
  const PdfPrinter printer(write_script(temp_.path(), "chromium", "sleep 30\n"),
                           std::chrono::milliseconds(300));
  const auto start = std::chrono::steady_clock::now();
  auto pdf = printer.print("<p>x</p>", {2026, 10});
  ASSERT_FALSE(pdf);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  EXPECT_NE(pdf.error().message.find("did not finish printing within 0.3 s"), std::string::npos)
      << pdf.error().message;
  EXPECT_TRUE(std::filesystem::is_empty(tmp_));
}

TEST_F(PdfPrinterTest, PdfWithoutAPrinterNamesWhatIsMissing) {
  auto pdf = render_report_file(report::test_data::typical_report(), model::Language::kFi,
                                report::Format::kPdf, nullptr);
  ASSERT_FALSE(pdf);
  EXPECT_EQ(pdf.error().message, kChromiumMissing);
}

// The real Chromium, when installed (scripts/setup.sh installs it).
std::optional<PdfPrinter> real_chromium() {
  const char* env = std::getenv("KYBERSAA_CHROMIUM");
  const char* path = std::getenv("PATH");
  auto found = find_chromium({"", env ? env : "", path ? path : ""});
  if (!found) return std::nullopt;
  return PdfPrinter(*found);
}

#define SKIP_WITHOUT_CHROMIUM(printer)                                                      \
  if (!(printer)) {                                                                         \
    GTEST_SKIP() << "Chromium not found (install it with apt-get install chromium, or set " \
                    "KYBERSAA_CHROMIUM): the PDF is not checked";                           \
  }

TEST(ChromiumPdf, PrintingTwiceGivesIdenticalBytes) {
  const auto printer = real_chromium();
  SKIP_WITHOUT_CHROMIUM(printer);
  const report::MonthlyReport report = report::test_data::typical_report();
  auto first = render_report_file(report, model::Language::kFi, report::Format::kPdf, &*printer);
  auto second = render_report_file(report, model::Language::kFi, report::Format::kPdf, &*printer);
  ASSERT_TRUE(first) << first.error().message;
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(first->rfind("%PDF-", 0), 0U);
  EXPECT_NE(first->find("/CreationDate (D:20261101000000+00'00')"), std::string::npos);
  EXPECT_TRUE(*first == *second) << "two prints of the same report differ";
}

std::string single_spaced(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  return out;
}

// The page Chromium renders shows the six fields by their names in the
// report's language: read back from the PDF's text layer.
class ChromiumRendering : public ::testing::TestWithParam<model::Language> {};

TEST_P(ChromiumRendering, ShowsTheSixFieldsInTheReportsLanguage) {
  const auto printer = real_chromium();
  SKIP_WITHOUT_CHROMIUM(printer);
  const model::Language language = GetParam();
  auto pdf = render_report_file(report::test_data::typical_report(), language, report::Format::kPdf,
                                &*printer);
  ASSERT_TRUE(pdf) << pdf.error().message;
  auto document = text::read_document(*pdf, "report.pdf");
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_GE(document->pages.size(), 2U);
  // A long name may wrap in a table cell: compare with runs of white space as one space.
  const std::string text = single_spaced(document->text);
  for (model::Field field : model::kAllFields) {
    EXPECT_NE(text.find(model::field_name(field, language)), std::string::npos)
        << model::field_name(field, language) << " not on the printed page";
  }
}

INSTANTIATE_TEST_SUITE_P(Languages, ChromiumRendering,
                         ::testing::Values(model::Language::kFi, model::Language::kSv,
                                           model::Language::kEn),
                         [](const auto& param_info) {
                           return std::string(model::language_code(param_info.param));
                         });

}  // namespace
}  // namespace kybersaa::app
