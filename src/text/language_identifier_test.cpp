#include "text/language_identifier.hpp"

#include <gtest/gtest.h>

namespace kybersaa::text {
namespace {

using model::Language;

class LanguageIdentifierTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = LanguageIdentifier::open();
    ASSERT_TRUE(opened) << opened.error().message;
    identifier_.emplace(std::move(*opened));
  }
  std::optional<LanguageIdentifier> identifier_;
};

TEST_F(LanguageIdentifierTest, IdentifiesFinnishSwedishAndEnglishParagraphs) {
  EXPECT_EQ(identifier_->identify(
                "Kyberturvallisuuskeskus varoittaa kalasteluviesteistä, joissa huijarit esiintyvät "
                "pankin nimissä ja pyytävät verkkopankkitunnuksia."),
            Language::kFi);
  EXPECT_EQ(identifier_->identify(
                "Cybersäkerhetscentret varnar för nätfiskemeddelanden där bedragare utger sig för "
                "att vara banken och ber om inloggningsuppgifter."),
            Language::kSv);
  EXPECT_EQ(identifier_->identify(
                "The National Cyber Security Centre warns of phishing messages in which criminals "
                "pose as the bank and ask for online banking credentials."),
            Language::kEn);
}

TEST_F(LanguageIdentifierTest, DecidesShortTextsByWordsAndLetters) {
  EXPECT_EQ(identifier_->identify("Tietomurto ja vuoto"), Language::kFi);
  EXPECT_EQ(identifier_->identify("Dataintrång och läcka"), Language::kSv);
  EXPECT_EQ(identifier_->identify("Breach and leak"), Language::kEn);
}

TEST_F(LanguageIdentifierTest, FailsClearlyWithoutFingerprints) {
  auto opened = LanguageIdentifier::open("/nonexistent-fingerprints");
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, base::ErrorCode::kUnavailable);
  EXPECT_NE(opened.error().message.find("/nonexistent-fingerprints"), std::string::npos);
}

}  // namespace
}  // namespace kybersaa::text
