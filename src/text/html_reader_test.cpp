#include "text/html_reader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "base/file.hpp"

namespace kybersaa::text {
namespace {

const std::filesystem::path kDocuments =
    std::filesystem::path(KYBERSAA_SOURCE_DIR) / "tests" / "data" / "text" / "documents";

TEST(HtmlReader, KeepsVisibleTextOnlyWithBlocksOnTheirOwnLines) {
  auto bytes = base::read_file(kDocuments / "press-release.html");
  ASSERT_TRUE(bytes) << bytes.error().message;
  auto document = read_html_document(*bytes, "press-release.html");
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->kind, DocumentKind::kHtml);
  EXPECT_EQ(document->title, "Tietomurto asiakaspalvelussa");
  EXPECT_EQ(document->text,
            "Etusivu\n\n"
            "Tietomurto Esimerkki Palvelut Oy:n asiakaspalvelussa\n\n"
            "Esimerkki Palvelut Oy havaitsi 30.1.2026 tietomurron, jossa noin 20 000 käyttäjän "
            "tiedot saattoivat vuotaa.\n\n"
            "Haavoittuvuus CVE-2026-1281 paikattiin\n29.1.2026.\n\n"
            "nimi\nsähköpostiosoite\n\n"
            "Käyttäjiä\t20 000\n\n"
            "rivi 1\n  rivi 2\n");
}

TEST(HtmlReader, ReadsWindows1252Bytes) {
  auto document = read_html_document(
      "<html><head><meta charset=\"windows-1252\"></head><body><p>Dataintr\xE5ng "
      "uppt\xE4"
      "cktes</p></body></html>",
      "notis.html");
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->text, "Dataintrång upptäcktes\n");
  EXPECT_EQ(document->encoding, SourceEncoding::kWindows1252);
}

TEST(HtmlReader, RefusesACharsetItCannotRead) {
  auto document =
      read_html_document("<html><meta charset=\"koi8-r\"><p>\xF0\xD2\xC9</p></html>", "ru.html");
  ASSERT_FALSE(document);
  EXPECT_NE(document.error().message.find("ru.html: HTML declares charset \"koi8-r\""),
            std::string::npos)
      << document.error().message;
}

TEST(HtmlReader, RefusesAPageWithoutVisibleText) {
  auto document = read_html_document(
      "<html><head><title>t</title><script>x()</script></head></html>", "e.html");
  ASSERT_FALSE(document);
  EXPECT_EQ(document.error().message, "e.html: HTML document has no text");
}

TEST(HtmlReader, RefusesTooDeepNestingWithItsOffset) {
  std::string html = "<html><body>";
  for (int i = 0; i <= kMaxHtmlNesting; ++i) html += "<div>";
  html += "x";
  auto document = read_html_document(html, "deep.html");
  ASSERT_FALSE(document);
  const std::size_t last_div = 12 + 5 * static_cast<std::size_t>(kMaxHtmlNesting);
  EXPECT_NE(document.error().message.find("deep.html: byte " + std::to_string(last_div)),
            std::string::npos)
      << document.error().message;
}

TEST(HtmlReader, ReadsDeepButAcceptableNestingWithoutRecursion) {
  std::string html = "<html><body>";
  for (int i = 0; i < kMaxHtmlNesting; ++i) html += "<span>";
  html += "syvällä";
  auto document = read_html_document(html, "deep.html");
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->text, "syvällä\n");
}

TEST(HtmlReader, IsChosenByReadDocumentFromContent) {
  auto document = read_document("<p>Hei &amp; moi</p>", "no-extension");
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->kind, DocumentKind::kHtml);
  EXPECT_EQ(document->text, "Hei & moi\n");
}

}  // namespace
}  // namespace kybersaa::text
