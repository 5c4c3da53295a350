#include "text/document_reader.hpp"

#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace kybersaa::text
