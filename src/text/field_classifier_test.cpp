#include "text/field_classifier.hpp"

#include <gtest/gtest.h>

#include <string>

#include "text/lemmatizer.hpp"

namespace kybersaa::text {
namespace {

using model::Field;
using model::Language;

struct Example {
  Language language;
  Field field;
  const char* text;
};

// Clear examples: one per field and language.
const Example kExamples[] = {
    {Language::kFi, Field::kNetwork,
     "Palvelunestohyökkäys haittasi pankkien verkkopalveluiden saatavuutta. Hyökkäysliikenteen "
     "huippu oli 59 Gbit/s."},
    {Language::kFi, Field::kEspionage,
     "Suojelupoliisin mukaan valtiollinen toimija kohdisti kybervakoilua ministeriöihin."},
    {Language::kFi, Field::kMalwareVulnerabilities,
     "Kiristyshaittaohjelma salasi tiedostot. Haavoittuvuus on paikattava päivittämällä."},
    {Language::kFi, Field::kBreachesLeaks,
     "Tietomurrossa vuoti asiakkaiden henkilötietoja luvattomasti ulkopuolisille."},
    {Language::kFi, Field::kScamsPhishing,
     "Huijarit lähettävät kalasteluviestejä, joissa pyydetään verkkopankkitunnuksia."},
    {Language::kFi, Field::kAutomationIot,
     "Suomesta löytyi satoja suojaamattomia automaatiojärjestelmiä ja valvontakameroita."},
    {Language::kSv, Field::kNetwork,
     "En överbelastningsattack orsakade avbrott och störningar i nättjänsterna."},
    {Language::kSv, Field::kEspionage,
     "Säkerhetspolisen varnar för spionage från statliga aktörer mot myndigheter."},
    {Language::kSv, Field::kMalwareVulnerabilities,
     "En kritisk sårbarhet utnyttjas för att sprida skadeprogram; installera uppdateringen."},
    {Language::kSv, Field::kBreachesLeaks,
     "Vid dataintrånget läckte kundernas personuppgifter till obehöriga."},
    {Language::kSv, Field::kScamsPhishing, "Bedragare skickar nätfiskemeddelanden i bankens namn."},
    {Language::kSv, Field::kAutomationIot,
     "Oskyddade styrsystem och övervakningskameror i industrin hittades på internet."},
    {Language::kEn, Field::kNetwork,
     "A DDoS attack caused an outage of the operator's services for two hours."},
    {Language::kEn, Field::kEspionage,
     "A state-sponsored group conducted espionage against the ministry."},
    {Language::kEn, Field::kMalwareVulnerabilities,
     "Ransomware exploited a critical vulnerability; apply the vendor's patch."},
    {Language::kEn, Field::kBreachesLeaks,
     "In the data breach, customers' personal data was leaked to unauthorised parties."},
    {Language::kEn, Field::kScamsPhishing,
     "Phishing messages impersonate the bank and scam people out of their money."},
    {Language::kEn, Field::kAutomationIot,
     "Exposed industrial control systems and IoT cameras were found with default passwords."},
};

class FieldClassifierTest : public ::testing::TestWithParam<Example> {};

TEST_P(FieldClassifierTest, PicksTheFieldOfAClearExample) {
  auto lemmatizer = Lemmatizer::open();
  ASSERT_TRUE(lemmatizer) << lemmatizer.error().message;
  FieldClassifier classifier;
  const Example& example = GetParam();
  const auto result = classifier.classify(tokenize(example.text), example.language, *lemmatizer);
  ASSERT_TRUE(result.has_evidence);
  EXPECT_EQ(model::field_id(result.scores.front().field), model::field_id(example.field))
      << example.text;
  ASSERT_EQ(result.scores.size(), 6u);
  ASSERT_FALSE(result.explanation.empty());
  EXPECT_EQ(result.explanation.front().field, example.field);
  EXPECT_TRUE(model::is_valid_rsit(result.rsit.taxonomy, result.rsit.type));
}

INSTANTIATE_TEST_SUITE_P(Examples, FieldClassifierTest, ::testing::ValuesIn(kExamples));

TEST(FieldClassifier, UsesVoikkoBaseFormsAndCompoundParts) {
  auto lemmatizer = Lemmatizer::open();
  ASSERT_TRUE(lemmatizer);
  ASSERT_TRUE(lemmatizer->has_voikko()) << "voikko-fi is not installed";
  const auto keys = lemmatizer->keys("tietomurrosta", Language::kFi);
  EXPECT_NE(std::find(keys.begin(), keys.end(), "tietomurto"), keys.end());
  EXPECT_NE(std::find(keys.begin(), keys.end(), "tieto"), keys.end());
}

TEST(FieldClassifier, FindsTermsInsideSwedishCompounds) {
  auto lemmatizer = Lemmatizer::open();
  ASSERT_TRUE(lemmatizer);
  FieldClassifier classifier;
  const auto result = classifier.classify(tokenize("Telefonbedragarna lurade av offren pengar."),
                                          Language::kSv, *lemmatizer);
  ASSERT_TRUE(result.has_evidence);
  EXPECT_EQ(result.scores.front().field, Field::kScamsPhishing);
  EXPECT_EQ(result.explanation.front().word, "telefonbedragarna");
}

// A vulnerability in a smart-home product is an IoT matter, however often
// the text says "vulnerability".
TEST(FieldClassifier, PutsSmartHomeVulnerabilitiesUnderIot) {
  auto lemmatizer = Lemmatizer::open();
  ASSERT_TRUE(lemmatizer);
  FieldClassifier classifier;
  const auto result = classifier.classify(
      tokenize("A vulnerability in a smart home hub lets anyone control the devices."),
      Language::kEn, *lemmatizer);
  EXPECT_EQ(result.scores.front().field, Field::kAutomationIot);
}

TEST(FieldClassifier, ReportsNoEvidenceForUnrelatedText) {
  auto lemmatizer = Lemmatizer::open();
  ASSERT_TRUE(lemmatizer);
  FieldClassifier classifier;
  const auto result =
      classifier.classify(tokenize("Kissa istui matolla."), Language::kFi, *lemmatizer);
  EXPECT_FALSE(result.has_evidence);
  EXPECT_EQ(result.rsit.taxonomy, "other");
  EXPECT_TRUE(result.explanation.empty());
}

}  // namespace
}  // namespace kybersaa::text
