#include "text/document_reader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "base/file.hpp"
#include "text/analysis_json.hpp"
#include "text/document_analyzer.hpp"

namespace kybersaa::text {
namespace {

TEST(DocumentReader, ReadsPlainUtf8Text) {
  auto document = read_document("Tietomurto havaittiin 30.1.2026.\r\n", "notice.txt");
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->kind, DocumentKind::kText);
  EXPECT_EQ(document->text, "Tietomurto havaittiin 30.1.2026.\n");
  EXPECT_EQ(document->encoding, SourceEncoding::kUtf8);
  EXPECT_TRUE(document->pages.empty());
  EXPECT_TRUE(document->parts.empty());
}

TEST(DocumentReader, ReadsWindows1252Text) {
  auto document = read_document(
      "Dataintr\xE5ng uppt\xE4"
      "cktes.",
      "notis.txt");
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->kind, DocumentKind::kText);
  EXPECT_EQ(document->text, "Dataintrång upptäcktes.");
  EXPECT_EQ(document->encoding, SourceEncoding::kWindows1252);
}

TEST(DocumentReader, DetectsKindByContentNotName) {
  EXPECT_EQ(detect_document_kind("%PDF-1.4\n..."), DocumentKind::kPdf);
  EXPECT_EQ(detect_document_kind("<!DOCTYPE html><html><body>x</body></html>"),
            DocumentKind::kHtml);
  EXPECT_EQ(detect_document_kind("  <p>Hei</p>"), DocumentKind::kHtml);
  EXPECT_EQ(detect_document_kind("From: a@example.fi\nSubject: x\n\nbody"), DocumentKind::kEmail);
  EXPECT_EQ(detect_document_kind("Huom: tämä on tiedote.\nToinen rivi."), DocumentKind::kText);
  EXPECT_EQ(detect_document_kind("Luku 3 < 5 ja 7 > 2."), DocumentKind::kText);
}

TEST(DocumentReader, RejectsEmptyInputNamingTheFile) {
  auto document = read_document("", "empty.txt");
  ASSERT_FALSE(document);
  EXPECT_EQ(document.error().code, base::ErrorCode::kInvalidInput);
  EXPECT_EQ(document.error().message.rfind("empty.txt: ", 0), 0u) << document.error().message;
}

TEST(DocumentReader, RejectsBinaryJunkWithOffset) {
  const std::string junk("abc\x01\x02\x03", 6);
  auto document = read_document(junk, "junk.bin");
  ASSERT_FALSE(document);
  EXPECT_NE(document.error().message.find("junk.bin: byte 3"), std::string::npos)
      << document.error().message;
}

TEST(DocumentReader, RejectsInputLargerThanTheLimit) {
  const std::string huge(kMaxInputBytes + 1, 'a');
  auto document = read_document(huge, "huge.txt");
  ASSERT_FALSE(document);
  EXPECT_NE(document.error().message.find("huge.txt: file is"), std::string::npos)
      << document.error().message;
}

TEST(DocumentReader, RejectsTextLargerThanTheDocumentLimit) {
  const std::string large(kMaxDocumentBytes + 1, 'a');
  auto document = read_document(large, "large.txt");
  ASSERT_FALSE(document);
  EXPECT_EQ(document.error().message.rfind("large.txt: ", 0), 0u);
}

const std::filesystem::path kDocuments =
    std::filesystem::path(KYBERSAA_SOURCE_DIR) / "tests" / "data" / "text" / "documents";

TEST(DocumentReader, FeedsEveryKindToTheAnalyzer) {
  auto analyzer = DocumentAnalyzer::open();
  ASSERT_TRUE(analyzer) << analyzer.error().message;
  struct Case {
    const char* file;
    DocumentKind kind;
    std::size_t pages;
    const char* fact;  // a count the text states, as analyze prints it
  };
  for (const Case& c : {Case{"press-release.html", DocumentKind::kHtml, 0, "\"value\": 20000"},
                        Case{"situation-update.pdf", DocumentKind::kPdf, 2, "\"value\": 50000"},
                        Case{"breach-notice.eml", DocumentKind::kEmail, 0, "\"value\": 50000"}}) {
    auto bytes = base::read_file(kDocuments / c.file);
    ASSERT_TRUE(bytes) << bytes.error().message;
    auto analysis = analyzer->analyze(*bytes, c.file);
    ASSERT_TRUE(analysis) << analysis.error().message;
    EXPECT_EQ(analysis->kind, c.kind) << c.file;
    EXPECT_EQ(analysis->pages, c.pages) << c.file;
    EXPECT_EQ(analysis->language, model::Language::kFi) << c.file;
    const std::string json = analysis_to_json(*analysis);
    EXPECT_NE(json.find("\"kind\": \"" + std::string(document_kind_name(c.kind)) + "\""),
              std::string::npos)
        << json;
    EXPECT_EQ(json.find("\"pages\"") != std::string::npos, c.kind == DocumentKind::kPdf) << json;
    EXPECT_NE(json.find(c.fact), std::string::npos) << c.file << ": " << json;
  }
}

TEST(DocumentReader, RefusesAnEncryptedPdfFixture) {
  auto bytes = base::read_file(kDocuments / "encrypted.pdf");
  ASSERT_TRUE(bytes) << bytes.error().message;
  auto document = read_document(*bytes, "encrypted.pdf");
  ASSERT_FALSE(document);
  EXPECT_NE(document.error().message.find("encrypted.pdf: PDF is encrypted"), std::string::npos)
      << document.error().message;
}

}  // namespace
}  // namespace kybersaa::text
