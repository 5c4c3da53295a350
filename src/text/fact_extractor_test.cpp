#include "text/fact_extractor.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kybersaa::text {
namespace {

using model::Language;
using model::PersonalData;

std::vector<std::string> date_values(const Facts& facts) {
  std::vector<std::string> out;
  for (const auto& date : facts.dates) out.push_back(date.value + " " + date.role);
  return out;
}

std::vector<std::string> number_lines(const Facts& facts) {
  std::vector<std::string> out;
  for (const auto& number : facts.numbers) {
    out.push_back(number.text + "=" + std::to_string(static_cast<long long>(number.value)) + " " +
                  number.about);
  }
  return out;
}

// The government IT provider example of PRODUCT.md.
TEST(FactExtractor, ReadsTheMdmBreachPressRelease) {
  const Facts facts = extract_facts(
      "Valtori havaitsi 30.1.2026 tietomurron Valtorin tuottamassa mobiililaitteiden "
      "hallintapalvelussa. Hyökkääjä hyödynsi kolmannen osapuolen tuotteen "
      "nollapäivähaavoittuvuutta CVE-2026-1281, joka paikattiin 29.1.2026. Valtori tiedotti "
      "5.2.2026 16.55, että arvio käyttäjien määrästä nousi noin 20 000:sta n. 50 000:een.",
      Language::kFi);
  EXPECT_EQ(date_values(facts),
            (std::vector<std::string>{"2026-01-30 detected", "2026-01-29 patched",
                                      "2026-02-05T16:55 published"}));
  EXPECT_EQ(number_lines(facts),
            (std::vector<std::string>{"noin 20 000=20000 users", "n. 50 000=50000 users"}));
  EXPECT_EQ(facts.cves, std::vector<std::string>{"CVE-2026-1281"});
  EXPECT_EQ(facts.organizations, std::vector<std::string>{"Valtori"});
}

// The psychotherapy centre example of PRODUCT.md.
TEST(FactExtractor, ReadsAMonthRangeInFinnish) {
  const Facts facts = extract_facts(
      "Psykoterapiakeskus Vastaamo Oy kertoo, että sen asiakasrekisteriin murtauduttiin "
      "marraskuun lopun 2018 ja maaliskuun 2019 välisenä aikana. Vastaamo ilmoittaa "
      "asiakkailleen sähköpostitse tai kirjeellä. Vuodetut tiedot sisältävät nimiä, "
      "henkilötunnuksia ja terapiamuistiinpanoja.",
      Language::kFi);
  ASSERT_EQ(facts.dates.size(), 1u);
  EXPECT_EQ(facts.dates[0].text, "marraskuun lopun 2018 ja maaliskuun 2019");
  EXPECT_EQ(facts.dates[0].value, "2018-11/2019-03");
  EXPECT_EQ(facts.organizations, std::vector<std::string>{"Vastaamo Oy"});
  EXPECT_EQ(facts.personal_data,
            (std::vector<PersonalData>{PersonalData::kName, PersonalData::kNationalId,
                                       PersonalData::kHealth}));
}

TEST(FactExtractor, ReadsFinnishDateForms) {
  const Facts facts = extract_facts(
      "Hyökkäys alkoi 30.8. ja päättyi 2.9.2025. Haavoittuvuus julkaistiin 5. helmikuuta 2025. "
      "Ensimmäiset merkit havaittiin marraskuussa 2024 ja vuonna 2023.",
      Language::kFi);
  EXPECT_EQ(date_values(facts),
            (std::vector<std::string>{"2025-08-30 started", "2025-09-02 ended",
                                      "2025-02-05 published", "2024-11 detected", "2023 other"}));
  EXPECT_EQ(date_values(extract_facts("Kampanja jatkui 1.–7.2.2026.", Language::kFi)),
            std::vector<std::string>{"2026-02-01/2026-02-07 other"});
}

TEST(FactExtractor, ReadsSwedishAndEnglishDates) {
  const Facts sv = extract_facts(
      "Intrånget upptäcktes den 5 februari 2026 och pågick sedan december 2025.", Language::kSv);
  EXPECT_EQ(date_values(sv), (std::vector<std::string>{"2026-02-05 detected", "2025-12 started"}));
  const Facts en = extract_facts(
      "The breach was discovered on 5 February 2026. The vendor published a patch on "
      "February 9, 2026. Attacks took place between March 2025 and January 2026.",
      Language::kEn);
  EXPECT_EQ(date_values(en),
            (std::vector<std::string>{"2026-02-05 detected", "2026-02-09 published",
                                      "2025-03/2026-01 other"}));
}

TEST(FactExtractor, ReadsCountsWithQualifiersAndMultipliers) {
  const Facts fi = extract_facts(
      "Tietoja vuoti yli 900 asiakkaalta ja 77 000 laitetta oli haavoittuvia. Vahingot ovat "
      "10 miljoonaa euroa. Kampanja tavoitti lähes 2,5 miljoonaa suomalaista.",
      Language::kFi);
  EXPECT_EQ(number_lines(fi),
            (std::vector<std::string>{"yli 900=900 customers", "77 000=77000 devices",
                                      "10 miljoonaa euroa=10000000 euros",
                                      "lähes 2,5 miljoonaa=2500000 people"}));
  const Facts sv =
      extract_facts("Över 1 200 användare och drygt 300 servrar drabbades.", Language::kSv);
  EXPECT_EQ(number_lines(sv),
            (std::vector<std::string>{"Över 1 200=1200 users", "drygt 300=300 servers"}));
  const Facts en = extract_facts(
      "More than 50,000 customers and about 1.2 million devices were affected; the fine was "
      "€2 million.",
      Language::kEn);
  EXPECT_EQ(number_lines(en), (std::vector<std::string>{"More than 50,000=50000 customers",
                                                        "about 1.2 million=1200000 devices",
                                                        "2 million=2000000 euros"}));
}

TEST(FactExtractor, LeavesYearsVersionsAndListNumbersOutOfCounts) {
  const Facts facts =
      extract_facts("Windows 10 ja versio 2.4.1 julkaistiin 2024. Varoitus 1/2020.", Language::kFi);
  EXPECT_TRUE(facts.numbers.empty()) << number_lines(facts).front();
}

TEST(FactExtractor, ReadsQuantitiesWithUnits) {
  const Facts facts = extract_facts(
      "Suurin hyökkäys oli 59 Gbit/s ja 2,5 % liikenteestä. Osuus oli 54% ja 15 minuuttia. "
      "Vuoto oli 3 TB, 120 Mpps ja 40 prosenttia.",
      Language::kFi);
  std::vector<std::string> got;
  for (const auto& quantity : facts.quantities) {
    got.push_back(quantity.text + "|" + std::to_string(quantity.value).substr(0, 4) + "|" +
                  quantity.unit);
  }
  EXPECT_EQ(got, (std::vector<std::string>{"59 Gbit/s|59.0|Gbit/s", "2,5 %|2.50|%", "54%|54.0|%",
                                           "15 minuuttia|15.0|min", "3 TB|3.00|TB",
                                           "120 Mpps|120.|Mpps", "40 prosenttia|40.0|%"}));
  EXPECT_TRUE(facts.numbers.empty());
}

TEST(FactExtractor, ReadsUrlsEmailsAndCvesOncePerValue) {
  const Facts facts = extract_facts(
      "Report to cert@example.org or CERT@Example.org; see https://example.org/advisory and "
      "www.example.org/faq. CVE-2024-3400 and cve-2024-3400 and CVE-2023-4966.",
      Language::kEn);
  EXPECT_EQ(facts.emails, std::vector<std::string>{"cert@example.org"});
  EXPECT_EQ(facts.urls,
            (std::vector<std::string>{"https://example.org/advisory", "www.example.org/faq"}));
  EXPECT_EQ(facts.cves, (std::vector<std::string>{"CVE-2024-3400", "CVE-2023-4966"}));
}

TEST(FactExtractor, ReadsPersonalDataKindsInThreeLanguages) {
  EXPECT_EQ(extract_facts("Vuodetut potilastiedot ja salasanat sekä tilinumerot.", Language::kFi)
                .personal_data,
            (std::vector<PersonalData>{PersonalData::kHealth, PersonalData::kFinancial,
                                       PersonalData::kCredentials}));
  EXPECT_EQ(
      extract_facts("Namn, personnummer, telefonnummer och e-postadresser läckte.", Language::kSv)
          .personal_data,
      (std::vector<PersonalData>{PersonalData::kName, PersonalData::kEmail, PersonalData::kPhone,
                                 PersonalData::kNationalId}));
  EXPECT_EQ(extract_facts("Names, home addresses, passwords and location data were exposed.",
                          Language::kEn)
                .personal_data,
            (std::vector<PersonalData>{PersonalData::kName, PersonalData::kAddress,
                                       PersonalData::kCredentials, PersonalData::kLocation}));
  EXPECT_TRUE(
      extract_facts("Sähköpostiosoitteita ja IP-osoitteita", Language::kFi).personal_data.size() ==
      1);
}

TEST(FactExtractor, ReadsOrganisationsInBaseForm) {
  const Facts facts = extract_facts(
      "Valtorin mukaan Esimerkki Palvelut Oy:n ja Traficomin yhteistyö jatkuu. Kyberturvallisuus"
      "keskuksen mukaan Acme Ltd ei ollut osallinen.",
      Language::kFi);
  EXPECT_EQ(facts.organizations,
            (std::vector<std::string>{"Valtori", "Esimerkki Palvelut Oy", "Traficom",
                                      "Kyberturvallisuuskeskus", "Acme Ltd"}));
}

TEST(FactExtractor, GivesEachCueToTheNearestDate) {
  const Facts facts = extract_facts(
      "Haavoittuvuus paikattiin 29.1.2026, mutta murto havaittiin vasta 30.1.2026.", Language::kFi);
  EXPECT_EQ(date_values(facts),
            (std::vector<std::string>{"2026-01-29 patched", "2026-01-30 detected"}));
}

TEST(FactExtractor, ReadsWhatACountCountsFromTheEndOfACompound) {
  const Facts facts = extract_facts(
      "Ilmoitettiin 41 palvelunestohyökkäystä ja 26 kybervakoilutapausta. Tilanne korjaantui 50 "
      "minuutissa.",
      Language::kFi);
  ASSERT_EQ(facts.numbers.size(), 2u);
  EXPECT_EQ(facts.numbers[0], (NumberMention{"41", 41, "attacks"}));
  EXPECT_EQ(facts.numbers[1], (NumberMention{"26", 26, "incidents"}));
  ASSERT_EQ(facts.quantities.size(), 1u);
  EXPECT_EQ(facts.quantities[0], (Quantity{"50 minuutissa", 50, "min"}));
}

// Inputs built to make a careless extractor quadratic: one endless
// sentence of dates and cues, of numbers, of almost-e-mail addresses. They
// must finish (CTest's timeout is the judge, not a timing assertion).
TEST(FactExtractor, StaysLinearOnAdversarialText) {
  std::string dates;
  std::string numbers;
  std::string dots;
  for (int i = 0; i < 50'000; ++i) {
    dates += "1.1.2026 havaittiin ";
    numbers += "1 ";
    dots += "a.";
  }
  const Facts many_dates = extract_facts(dates, Language::kFi);
  EXPECT_EQ(many_dates.dates.size(), 50'000u);
  EXPECT_EQ(many_dates.dates.back().role, "detected");
  EXPECT_TRUE(extract_facts(numbers, Language::kFi).numbers.empty());
  EXPECT_TRUE(extract_facts(dots, Language::kEn).emails.empty());
}

}  // namespace
}  // namespace kybersaa::text
