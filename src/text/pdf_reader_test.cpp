#include "text/pdf_reader.hpp"

#include <gtest/gtest.h>

#include <string>

#include "text/test_pdf.hpp"

namespace kybersaa::text {
namespace {

using testing::write_test_pdf;

std::string two_page_pdf() {
  return write_test_pdf({{"Tietomurto havaittiin 30.1.2026.", "Noin 20 000 käyttäjää."},
                         {"Haavoittuvuus CVE-2026-1281 (kriittinen) paikattiin."}},
                        {.title = "Tiedote: tietomurto"});
}

TEST(PdfReader, ReadsTheTextLayerPageByPage) {
  auto document = read_pdf_document(two_page_pdf(), "tiedote.pdf");
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->kind, DocumentKind::kPdf);
  EXPECT_EQ(document->title, "Tiedote: tietomurto");
  ASSERT_EQ(document->pages.size(), 2u);
  const std::string_view text = document->text;
  EXPECT_EQ(text.substr(document->pages[0].offset, document->pages[0].size),
            "Tietomurto havaittiin 30.1.2026.\nNoin 20 000 käyttäjää.\n\n");
  EXPECT_EQ(text.substr(document->pages[1].offset, document->pages[1].size),
            "Haavoittuvuus CVE-2026-1281 (kriittinen) paikattiin.\n\n");
  EXPECT_EQ(document->pages[1].offset + document->pages[1].size, text.size());
}

TEST(PdfReader, IsChosenByReadDocumentFromContent) {
  auto document = read_document(two_page_pdf(), "attachment.bin");
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->kind, DocumentKind::kPdf);
  EXPECT_EQ(document->pages.size(), 2u);
}

TEST(PdfReader, RefusesAnEncryptedPdfThatNeedsAPassword) {
  auto document =
      read_pdf_document(write_test_pdf({{"salainen"}}, {.title = "", .encrypted = true}), "s.pdf");
  ASSERT_FALSE(document);
  EXPECT_EQ(document.error().code, base::ErrorCode::kInvalidInput);
  EXPECT_NE(document.error().message.find("s.pdf: PDF is encrypted and needs a password"),
            std::string::npos)
      << document.error().message;
}

TEST(PdfReader, RefusesACorruptPdf) {
  auto document = read_pdf_document("%PDF-1.7\n1 0 obj << /Type /Cat", "broken.pdf");
  ASSERT_FALSE(document);
  EXPECT_EQ(document.error().message.rfind("broken.pdf: PDF ", 0), 0u) << document.error().message;
}

TEST(PdfReader, RefusesATruncatedPdf) {
  const std::string pdf = two_page_pdf();
  auto document = read_pdf_document(std::string_view(pdf).substr(0, pdf.size() / 3), "cut.pdf");
  // poppler may repair what is left; either way no crash and, when it fails,
  // the file is named.
  if (!document) {
    EXPECT_EQ(document.error().message.rfind("cut.pdf: PDF ", 0), 0u) << document.error().message;
  }
}

TEST(PdfReader, RefusesAPdfWithoutText) {
  auto document = read_pdf_document(write_test_pdf({{}, {}}), "scan.pdf");
  ASSERT_FALSE(document);
  EXPECT_NE(document.error().message.find("scan.pdf: PDF has no text layer"), std::string::npos)
      << document.error().message;
}

TEST(PdfReader, ReadsManyPages) {
  std::vector<std::vector<std::string>> pages(300, {"Palvelunestohyökkäys 59 Gbit/s."});
  auto document = read_pdf_document(write_test_pdf(pages), "long.pdf");
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->pages.size(), 300u);
}

}  // namespace
}  // namespace kybersaa::text
