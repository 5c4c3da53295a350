#include "text/mail_reader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "base/file.hpp"
#include "text/test_pdf.hpp"

namespace kybersaa::text {
namespace {

const std::filesystem::path kDocuments =
    std::filesystem::path(KYBERSAA_SOURCE_DIR) / "tests" / "data" / "text" / "documents";

// Base64 of `bytes`, in lines of 76 characters.
std::string base64(std::string_view bytes) {
  constexpr std::string_view kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::uint32_t group = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) group |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) group |= static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(group >> 18) & 63];
    out += kAlphabet[(group >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(group >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kAlphabet[group & 63] : '=';
    if ((i / 3 + 1) % 19 == 0) out += '\n';
  }
  return out + "\n";
}

// A message with `count` PDF attachments of one page each.
std::string message_with_pdf_attachments(int count) {
  std::string mail =
      "From: cert@example.fi\nSubject: Liitteet\nMIME-Version: 1.0\n"
      "Content-Type: multipart/mixed; boundary=b\n\n--b\n"
      "Content-Type: text/plain; charset=utf-8\n\nKatso liitteet.\n";
  for (int i = 0; i < count; ++i) {
    const std::string pdf =
        testing::write_test_pdf({{"Liite " + std::to_string(i) + ": palvelunestohyökkäys."}});
    mail +=
        "--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=\"liite" +
        std::to_string(i) + ".pdf\"\nContent-Transfer-Encoding: base64\n\n" + base64(pdf);
  }
  return mail + "--b--\n";
}

TEST(MailReader, ReadsHeadersBodyAndAttachedDocuments) {
  auto bytes = base::read_file(kDocuments / "breach-notice.eml");
  ASSERT_TRUE(bytes) << bytes.error().message;
  auto document = read_mail_document(*bytes, "breach-notice.eml");
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->kind, DocumentKind::kEmail);
  EXPECT_EQ(document->title, "Tietomurto asiakasrekisterissä");
  EXPECT_EQ(document->from, "Tietoturvatiimi Ää <tietoturva@example.fi>");
  EXPECT_EQ(document->date, "2026-02-05T16:55:00+02:00");
  EXPECT_EQ(document->text,
            "Tietomurto asiakasrekisterissä\n\n"
            "Hyvä vastaanottaja,\n\n"
            "Esimerkki Palvelut Oy havaitsi 30.1.2026 tietomurron asiakasrekisterissä.\n"
            "Noin 20 000 käyttäjän nimet ja sähköpostiosoitteet saattoivat vuotaa.\n\n"
            "Ystävällisin terveisin\nTietoturvatiimi\n\n"
            "Lisätietoja: tietoturva@example.fi\n\n"
            "Tilannekatsaus 5.2.2026\n"
            "Arvio vaikutuksen kohteena olevista kayttajista on noin 50 000.\n\n"
            "Palvelu palautettiin 6.2.2026.\n");
  ASSERT_EQ(document->parts.size(), 3u);  // the PNG has no text
  EXPECT_EQ(document->parts[0].content_type, "text/plain");
  EXPECT_EQ(document->parts[1].kind, DocumentKind::kHtml);
  EXPECT_EQ(document->parts[1].filename, "lisatietoja.html");
  EXPECT_EQ(document->parts[2].kind, DocumentKind::kPdf);
  EXPECT_EQ(document->parts[2].filename, "tilannekatsaus.pdf");
  auto pdf = base::read_file(kDocuments / "situation-update.pdf");
  ASSERT_TRUE(pdf);
  EXPECT_EQ(document->parts[2].bytes, pdf->size());
}

TEST(MailReader, IsChosenByReadDocumentFromContent) {
  auto bytes = base::read_file(kDocuments / "breach-notice.eml");
  ASSERT_TRUE(bytes);
  auto document = read_document(*bytes, "message.txt");
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->kind, DocumentKind::kEmail);
}

TEST(MailReader, PrefersThePlainVersionOfAnAlternative) {
  auto document = read_mail_document(
      "From: a@example.fi\nSubject: Vaihtoehdot\nMIME-Version: 1.0\n"
      "Content-Type: multipart/alternative; boundary=x\n\n"
      "--x\nContent-Type: text/plain\n\nTavallinen teksti.\n"
      "--x\nContent-Type: text/html\n\n<p>HTML-teksti.</p>\n--x--\n",
      "alt.eml");
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->text, "Vaihtoehdot\n\nTavallinen teksti.\n");
}

TEST(MailReader, ReadsFiftyPdfAttachments) {
  auto document = read_mail_document(message_with_pdf_attachments(50), "fifty.eml");
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->parts.size(), 51u);
  EXPECT_NE(document->text.find("Liite 49: palvelunestohyökkäys."), std::string::npos);
}

TEST(MailReader, RefusesTooManyPartsWithTheOffset) {
  const std::string mail = message_with_pdf_attachments(static_cast<int>(kMaxMessageParts));
  auto document = read_mail_document(mail, "many.eml");
  ASSERT_FALSE(document);
  EXPECT_NE(document.error().message.find("many.eml: byte "), std::string::npos)
      << document.error().message;
  EXPECT_NE(document.error().message.find("more than 64 MIME parts"), std::string::npos);
}

TEST(MailReader, NamesTheAttachmentThatCannotBeRead) {
  const std::string locked = testing::write_test_pdf({{"x"}}, {.title = "", .encrypted = true});
  const std::string mail =
      "From: a@example.fi\nSubject: Lukittu\nMIME-Version: 1.0\n"
      "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nLiite.\n"
      "--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=lukittu.pdf\n"
      "Content-Transfer-Encoding: base64\n\n" +
      base64(locked) + "--b--\n";
  auto document = read_mail_document(mail, "locked.eml");
  ASSERT_FALSE(document);
  EXPECT_NE(document.error().message.find(
                "locked.eml: attachment \"lukittu.pdf\": PDF is encrypted and needs a password"),
            std::string::npos)
      << document.error().message;
}

TEST(MailReader, RefusesAMessageWithoutText) {
  auto document = read_mail_document("From: a@example.fi\nTo: b@example.fi\n\n", "empty.eml");
  ASSERT_FALSE(document);
  EXPECT_EQ(document.error().message.rfind("empty.eml: ", 0), 0u) << document.error().message;
}

}  // namespace
}  // namespace kybersaa::text
