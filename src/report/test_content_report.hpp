#pragma once
// Report content for the renderer tests: test_reports.hpp's typical October
// 2026 report with analyst-written content added by hand — approved and
// draft items, a text written only in Finnish (shown with a marker in sv and
// en), markup in texts, headlines from items and generated ones, a top-5
// with every movement, developments of several kinds and the month's own
// how-to-report.

#include <string>

#include "report/test_reports.hpp"

namespace kybersaa::report::test_data {

inline model::ItemText item_text(std::string title, std::vector<std::string> bullets,
                                 std::string analysis, std::string headline = "") {
  return {std::move(title), std::move(bullets), std::move(analysis), std::move(headline)};
}

inline Headline headline_in_all(std::string source, std::string fi, std::string sv,
                                std::string en) {
  Headline headline;
  headline.source = std::move(source);
  headline.text = {std::move(fi), std::move(sv), std::move(en)};
  return headline;
}

inline MonthlyReport content_report() {
  using model::Language;
  MonthlyReport report = typical_report();
  FieldSection& phishing = report.fields[model::field_index(model::Field::kScamsPhishing)];

  model::ContentItem bank;
  bank.id = "2026-10-bank-sms";
  bank.month = report.month;
  bank.field = model::Field::kScamsPhishing;
  bank.order = 1;
  bank.status = model::ItemStatus::kApproved;
  model::in_language(bank.texts, Language::kFi) = item_text(
      "Pankin nimissä lähetetyt tekstiviestit",
      {"Yli 300 ilmoitusta <script>alert(1)</script>", "Viestit ohjaavat *väärennetylle* sivulle"},
      "Pankki ei koskaan pyydä tunnuksia tekstiviestillä. Älä avaa linkkiä.",
      "Pankkihuijausviestit lisääntyivät");
  model::in_language(bank.texts, Language::kSv) =
      item_text("Sms i bankens namn", {"Över 300 anmälningar"},
                "Banken ber aldrig om koder per sms.", "Bedrägliga banksms ökade");
  model::in_language(bank.texts, Language::kEn) =
      item_text("Text messages in a bank's name", {"Over 300 reports"},
                "A bank never asks for codes by text message.", "Bank scam texts increased");
  phishing.items.push_back(bank);

  model::ContentItem parcel;
  parcel.id = "2026-10-parcel";
  parcel.month = report.month;
  parcel.field = model::Field::kScamsPhishing;
  parcel.order = 2;
  parcel.status = model::ItemStatus::kDraft;
  model::in_language(parcel.texts, Language::kFi) =
      item_text("Pakettihuijaukset", {"Noin 40 ilmoitusta"}, "Tarkista lähettäjä.");
  phishing.items.push_back(parcel);

  phishing.headlines = {
      headline_in_all("item:2026-10-bank-sms", "Pankkihuijausviestit lisääntyivät",
                      "Bedrägliga banksms ökade", "Bank scam texts increased"),
      headline_in_all("generated:count", "120 tapausta (perustaso 167,8), suunta ↓ laskenut",
                      "120 incidenter (basnivå 167,8), trend ↓ minskat",
                      "120 incidents (baseline 167.8), trend ↓ lowered")};
  Headline finnish_only;
  finnish_only.source = "item:2026-10-parcel";
  model::in_language(finnish_only.text, Language::kFi) = "Pakettihuijauksia liikkeellä";
  phishing.headlines.push_back(finnish_only);

  const auto threat = [](std::string id, int rank, std::string fi, std::string en) {
    model::Threat t;
    t.id = std::move(id);
    t.rank = rank;
    model::in_language(t.texts, Language::kFi) =
        model::ThreatText{fi, fi + ": kuvaus.", "Esimerkkiorganisaatio menetti tietoja."};
    model::in_language(t.texts, Language::kEn) =
        model::ThreatText{en, en + ": description.", "An example organisation lost data."};
    return t;
  };
  ThreatEntry first{threat("ransomware", 1, "Kiristyshaittaohjelmat", "Ransomware"), 2,
                    assess::Trend::kRaised, false};
  first.threat.metrics = {"notifications-year-on-year", "phishing-sites"};
  ThreatEntry second{threat("phishing", 2, "Tietojenkalastelu", "Phishing"), 1,
                     assess::Trend::kLowered, true};
  ThreatEntry third{threat("supply-chain", 3, "Toimitusketjut", "Supply chains"), 3,
                    assess::Trend::kUnchanged, false};
  ThreatEntry fourth{threat("ddos", 4, "Palvelunestohyökkäykset", "DDoS attacks"), std::nullopt,
                     assess::Trend::kUnchanged, false};
  model::Threat finnish_threat;
  finnish_threat.id = "iot";
  finnish_threat.rank = 5;
  model::in_language(finnish_threat.texts, Language::kFi) =
      model::ThreatText{"Haavoittuvat IoT-laitteet", "Kuvaus.", "Tapaus."};
  ThreatEntry fifth{finnish_threat, 4, assess::Trend::kLowered, false};
  report.threats = {first, second, third, fourth, fifth};
  report.threats_compared_with = model::YearMonth{2026, 9};

  model::Development law;
  law.id = "cyber-security-act";
  law.kind = model::DevelopmentKind::kLegislation;
  model::in_language(law.texts, Language::kFi) =
      model::DevelopmentText{"Kyberturvallisuuslaki", "Laki on voimassa."};
  model::in_language(law.texts, Language::kSv) =
      model::DevelopmentText{"Cybersäkerhetslagen", "Lagen är i kraft."};
  model::in_language(law.texts, Language::kEn) =
      model::DevelopmentText{"Cyber Security Act", "The act is in force."};
  model::Development advice;
  advice.id = "passkeys";
  advice.kind = model::DevelopmentKind::kAdvice;
  model::in_language(advice.texts, Language::kEn) =
      model::DevelopmentText{"Use passkeys", "Passkeys resist phishing."};
  report.developments = {advice, law};

  model::in_language(report.how_to_report.texts, Language::kFi) =
      model::HowToReportText{"Ilmoita meille.", {"Verkkolomake", "Puhelin"}};
  model::in_language(report.how_to_report.texts, Language::kEn) =
      model::HowToReportText{"Report to us.", {"Web form", "Telephone"}};
  report.how_to_report_is_default = false;
  return report;
}

}  // namespace kybersaa::report::test_data
