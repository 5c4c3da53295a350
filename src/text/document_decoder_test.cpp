#include "text/document_decoder.hpp"

#include <gtest/gtest.h>

#include <string>

namespace kybersaa::text {
namespace {

TEST(DocumentDecoder, KeepsUtf8AndDropsBom) {
  auto decoded = decode_document("\xEF\xBB\xBFTietomurto havaittiin päivällä.", "a.txt");
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_EQ(decoded->text, "Tietomurto havaittiin päivällä.");
  EXPECT_EQ(decoded->encoding, SourceEncoding::kUtf8);
}

TEST(DocumentDecoder, ConvertsLatin1) {
  auto decoded = decode_document("Tietomurto havaittiin p\xE4iv\xE4ll\xE4 \xE5r \xD6.", "a.txt");
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_EQ(decoded->text, "Tietomurto havaittiin päivällä år Ö.");
  EXPECT_EQ(decoded->encoding, SourceEncoding::kWindows1252);
}

TEST(DocumentDecoder, ConvertsWindows1252Punctuation) {
  auto decoded = decode_document("\x93Huijaus\x94 maksoi 500 \x80 \x96 ik\xE4v\xE4\x85", "a.txt");
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_EQ(decoded->text, "“Huijaus” maksoi 500 € – ikävä…");
}

TEST(DocumentDecoder, NormalisesLineEnds) {
  auto decoded = decode_document("a\r\nb\rc\n", "a.txt");
  ASSERT_TRUE(decoded);
  EXPECT_EQ(decoded->text, "a\nb\nc\n");
}

TEST(DocumentDecoder, RejectsBinaryJunkNamingTheFile) {
  const std::string junk(
      "\x7F"
      "ELF\x02\x01\x01\x00\x00\x00",
      10);
  auto decoded = decode_document(junk, "junk.bin");
  ASSERT_FALSE(decoded);
  EXPECT_EQ(decoded.error().code, base::ErrorCode::kInvalidInput);
  EXPECT_NE(decoded.error().message.find("junk.bin"), std::string::npos);
  EXPECT_NE(decoded.error().message.find("binary"), std::string::npos);
}

TEST(DocumentDecoder, RejectsNulInsideText) {
  const std::string text("Hei\0maailma", 11);
  auto decoded = decode_document(text, "nul.txt");
  ASSERT_FALSE(decoded);
  EXPECT_NE(decoded.error().message.find("nul.txt: byte 3 is a control character (0x00)"),
            std::string::npos)
      << decoded.error().message;
}

TEST(DocumentDecoder, RejectsEmptyAndBlank) {
  EXPECT_FALSE(decode_document("", "e.txt"));
  auto blank = decode_document(" \n\t\r\n", "blank.txt");
  ASSERT_FALSE(blank);
  EXPECT_NE(blank.error().message.find("blank.txt: document has no text"), std::string::npos);
}

TEST(DocumentDecoder, RejectsOversizedDocument) {
  const std::string huge(kMaxDocumentBytes + 1, 'a');
  auto decoded = decode_document(huge, "huge.txt");
  ASSERT_FALSE(decoded);
  EXPECT_NE(decoded.error().message.find("huge.txt"), std::string::npos);
}

TEST(DocumentDecoder, RejectsBytesUndefinedInWindows1252) {
  auto decoded = decode_document("abc\x81", "odd.txt");
  ASSERT_FALSE(decoded);
  EXPECT_NE(decoded.error().message.find("odd.txt: byte 3"), std::string::npos);
}

}  // namespace
}  // namespace kybersaa::text
