// Tests of report content: the top-5's movement, draft items from
// document-drafted incidents, the headline selection, and how the renderers
// show content, drafts and texts written in another language.

#include "report/content.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "model/calendar.hpp"
#include "report/build_report.hpp"
#include "report/render.hpp"
#include "report/test_content_report.hpp"

namespace kybersaa::report {
namespace {

using model::Language;

model::Threat threat(std::string id, int rank, std::string title = "Title") {
  model::Threat t;
  t.id = std::move(id);
  t.rank = rank;
  model::in_language(t.texts, Language::kFi) = model::ThreatText{title, "Kuvaus", "Tapaus"};
  return t;
}

TEST(CompareThreats, MarksRaisedLoweredUnchangedNewAndUpdated) {
  const std::vector<model::Threat> previous = {threat("a", 1), threat("b", 2), threat("c", 3),
                                               threat("d", 4)};
  std::vector<model::Threat> current = {threat("b", 1), threat("a", 2), threat("c", 3),
                                        threat("e", 4)};
  model::in_language(current[2].texts, Language::kFi)->case_text = "Uusi tapaus";
  const auto entries = compare_threats(current, previous);
  ASSERT_EQ(entries.size(), 4U);
  EXPECT_EQ(entries[0].trend, assess::Trend::kRaised);
  EXPECT_EQ(entries[0].previous_rank, 2);
  EXPECT_FALSE(entries[0].updated);
  EXPECT_EQ(entries[1].trend, assess::Trend::kLowered);
  EXPECT_EQ(entries[2].trend, assess::Trend::kUnchanged);
  EXPECT_TRUE(entries[2].updated);
  EXPECT_TRUE(entries[3].is_new());
  EXPECT_FALSE(entries[3].updated);
}

TEST(CompareThreats, ChangedMetricsAreAnUpdateAndNoPreviousListMakesAllNew) {
  std::vector<model::Threat> current = {threat("a", 1)};
  std::vector<model::Threat> previous = current;
  current[0].metrics = {"ddos-largest"};
  EXPECT_TRUE(compare_threats(current, previous)[0].updated);
  EXPECT_FALSE(compare_threats(previous, previous)[0].updated);
  const auto entries = compare_threats(current, std::nullopt);
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_TRUE(entries[0].is_new());
}

model::Incident drafted_incident() {
  model::Incident incident;
  incident.title = "Tietomurto Esimerkki Oy:ssä";
  incident.summary =
      "Hyökkääjä hyödynsi haavoittuvuutta CVE-2026-12345 ja CVE-2026-12345; "
      "ei CVE-26-1.";
  incident.field = model::Field::kBreachesLeaks;
  incident.reported_at = test_data::instant("2026-10-05T21:30:00Z");  // 6.10. in Helsinki
  incident.started_at = test_data::instant("2026-09-28T12:00:00+03:00");
  incident.affected_people = 20000;
  incident.personal_data = {model::PersonalData::kName, model::PersonalData::kHealth};
  incident.status = model::IncidentStatus::kDraft;
  incident.tlp = model::Tlp::kClear;
  incident.id = "abc";
  return incident;
}

TEST(DraftItem, TakesTitleAndFactsFromTheIncidentInEveryLanguage) {
  const model::ContentItem item = draft_item(drafted_incident(), kDraftItemOrder);
  EXPECT_EQ(item.id, "incident-abc");
  EXPECT_EQ(item.incident_id, "abc");
  EXPECT_EQ(item.status, model::ItemStatus::kDraft);
  EXPECT_EQ(item.field, model::Field::kBreachesLeaks);
  EXPECT_EQ(item.month, (model::YearMonth{2026, 10}));
  const auto& fi = model::in_language(item.texts, Language::kFi);
  ASSERT_TRUE(fi);
  EXPECT_EQ(fi->title, "Tietomurto Esimerkki Oy:ssä");
  EXPECT_EQ(fi->bullets,
            (std::vector<std::string>{
                "Ilmoitettu 6.10.2026", "Alkoi 28.9.2026", "Koskee 20\u00A0000 henkilöä",
                "Henkilötietoja: nimet, terveystiedot", "Haavoittuvuudet: CVE-2026-12345"}));
  EXPECT_EQ(fi->analysis, drafted_incident().summary);
  const auto& en = model::in_language(item.texts, Language::kEn);
  ASSERT_TRUE(en);
  EXPECT_EQ(en->bullets[0], "Reported 6 Oct 2026");
  EXPECT_EQ(en->bullets[2], "Affects 20,000 people");
}

TEST(DraftItem, KeepsAtMostFiveBulletsWithTheCvesLast) {
  model::Incident incident = drafted_incident();
  incident.detected_at = test_data::instant("2026-10-01T08:00:00+03:00");
  incident.affected_devices = 12;
  const model::ContentItem item = draft_item(incident, kDraftItemOrder);
  const auto& bullets = model::in_language(item.texts, Language::kEn)->bullets;
  ASSERT_EQ(bullets.size(), model::kMaxBullets);
  EXPECT_EQ(bullets.back(), "Vulnerabilities: CVE-2026-12345");
}

TEST(DraftItems, SkipWrittenUpAndRestrictedIncidentsInReportTimeOrder) {
  model::Incident written = drafted_incident();
  model::Incident secret = drafted_incident();
  secret.id = "secret";
  secret.tlp = model::Tlp::kRed;
  model::Incident later = drafted_incident();
  later.id = "later";
  later.reported_at += 3600;
  model::Incident earlier = drafted_incident();
  earlier.id = "earlier";
  earlier.tlp = model::Tlp::kAmber;  // as drafted: shown, for review
  earlier.reported_at -= 3600;
  model::ContentItem analyst_item;
  analyst_item.id = "analyst";
  analyst_item.incident_id = "abc";
  const std::vector<model::Incident> drafts = {written, secret, later, earlier};
  const auto items = draft_items(drafts, std::vector<model::ContentItem>{analyst_item});
  ASSERT_EQ(items.size(), 2U);
  EXPECT_EQ(items[0].id, "incident-earlier");
  EXPECT_EQ(items[0].order, kDraftItemOrder);
  EXPECT_EQ(items[1].id, "incident-later");
  EXPECT_EQ(items[1].order, kDraftItemOrder + 1);
}

model::ContentItem approved_item(std::string id, std::string headline) {
  model::ContentItem item;
  item.id = std::move(id);
  item.status = model::ItemStatus::kApproved;
  model::in_language(item.texts, Language::kFi) =
      model::ItemText{"Otsikko", {"Fakta"}, "Analyysi", std::move(headline)};
  return item;
}

std::vector<std::string> sources(const std::vector<Headline>& headlines) {
  std::vector<std::string> out;
  for (const Headline& headline : headlines) out.push_back(headline.source);
  return out;
}

TEST(SelectHeadlines, ApprovedItemHeadlinesFirstThenGeneratedFactsUpToFour) {
  FieldSection section = test_data::typical_report().fields[0];
  section.items = {approved_item("one", "Ensimmäinen"), approved_item("no-headline", ""),
                   approved_item("two", "Toinen")};
  model::ContentItem draft = approved_item("draft", "Luonnoksen nosto");
  draft.status = model::ItemStatus::kDraft;
  section.items.insert(section.items.begin(), draft);
  const auto headlines = select_headlines(section, {});
  EXPECT_EQ(sources(headlines), (std::vector<std::string>{"item:one", "item:two", "generated:count",
                                                          "generated:compared"}));
  EXPECT_EQ(model::in_language(headlines[0].text, Language::kFi), "Ensimmäinen");
  EXPECT_FALSE(model::in_language(headlines[0].text, Language::kEn));
  EXPECT_EQ(model::in_language(headlines[2].text, Language::kEn),
            "41 incidents (baseline 35.4), trend → unchanged");
}

TEST(SelectHeadlines, WithoutItemsGeneratesSevereCountsAndTheMostSevereIncident) {
  FieldSection section = test_data::typical_report().fields[3];  // breaches, with a critical one
  ASSERT_FALSE(section.incidents.empty());
  section.incidents.front().severity = model::Severity::kCritical;
  model::Incident critical;
  critical.severity = model::Severity::kCritical;
  critical.status = model::IncidentStatus::kOpen;
  model::Incident high = critical;
  high.severity = model::Severity::kHigh;
  model::Incident drafted = critical;
  drafted.status = model::IncidentStatus::kDraft;  // not counted
  const std::vector<model::Incident> incidents = {critical, high, high, drafted};
  const auto headlines = select_headlines(section, incidents);
  EXPECT_EQ(sources(headlines),
            (std::vector<std::string>{"generated:count", "generated:severe",
                                      "generated:most-severe", "generated:compared"}));
  EXPECT_EQ(model::in_language(headlines[1].text, Language::kEn),
            "Critical incidents: 1; high-severity incidents: 2");
  EXPECT_NE(
      model::in_language(headlines[2].text, Language::kFi)->find(section.incidents.front().title),
      std::string::npos);
}

TEST(SelectHeadlines, AQuietFieldStillHasTwo) {
  FieldSection section = test_data::quiet_report().fields[0];
  section.incidents.clear();
  const auto headlines = select_headlines(section, {});
  EXPECT_EQ(headlines.size(), kMinHeadlines);
  for (const Headline& headline : select_headlines(test_data::typical_report().fields[2], {})) {
    for (const Language language : model::kAllLanguages) {
      EXPECT_TRUE(model::in_language(headline.text, language)) << headline.source;
    }
  }
}

TEST(BuildReport, FillsContentFromTheInputs) {
  ReportInputs inputs;
  inputs.month = {2026, 10};
  inputs.content.month = inputs.month;
  model::ContentItem item = approved_item("item", "Nosto");
  item.month = inputs.month;
  item.field = model::Field::kEspionage;
  model::ContentItem other_month = item;
  other_month.id = "september";
  other_month.month = {2026, 9};
  inputs.content.items = {item, other_month};
  inputs.content.threats = std::vector<model::Threat>{threat("a", 1), threat("b", 2)};
  inputs.previous_threats = std::vector<model::Threat>{threat("b", 1)};
  model::in_language(inputs.default_how_to_report.texts, Language::kEn) =
      model::HowToReportText{"Default", {"Web form"}};
  inputs.draft_incidents = {drafted_incident()};
  const MonthlyReport report = build_monthly_report(inputs);
  const FieldSection& espionage = report.fields[model::field_index(model::Field::kEspionage)];
  ASSERT_EQ(espionage.items.size(), 1U);
  EXPECT_EQ(espionage.items[0].id, "item");
  EXPECT_EQ(espionage.headlines[0].source, "item:item");
  const FieldSection& breaches = report.fields[model::field_index(model::Field::kBreachesLeaks)];
  ASSERT_EQ(breaches.items.size(), 1U);
  EXPECT_EQ(breaches.items[0].id, "incident-abc");
  ASSERT_EQ(report.threats.size(), 2U);
  EXPECT_TRUE(report.threats[0].is_new());
  EXPECT_EQ(report.threats[1].trend, assess::Trend::kLowered);
  EXPECT_EQ(report.threats_compared_with, (model::YearMonth{2026, 9}));
  EXPECT_TRUE(report.how_to_report_is_default);
  EXPECT_EQ(report.how_to_report, inputs.default_how_to_report);
}

TEST(RenderContent, HtmlEscapesMarksDraftsAndFallbacks) {
  const MonthlyReport report = test_data::content_report();
  const std::string en = render_html(report, Language::kEn);
  EXPECT_NE(en.find("<h2>Top 5 long-term threats</h2>"), std::string::npos);
  EXPECT_NE(en.find("<h4>Text messages in a bank&#39;s name</h4>"), std::string::npos);
  // The parcel item exists only in Finnish: shown with lang= and a marker.
  EXPECT_NE(en.find("<span lang=\"fi\">Pakettihuijaukset</span> <small class=\"lang-marker\">"
                    "[in Finnish]</small>"),
            std::string::npos);
  EXPECT_NE(en.find("<p class=\"draft\">draft – not yet reviewed</p>"), std::string::npos);
  EXPECT_NE(en.find("<span class=\"marker marker-new\">new</span>"), std::string::npos);
  EXPECT_NE(en.find("<span class=\"marker marker-updated\">updated</span>"), std::string::npos);
  EXPECT_NE(en.find("ranked 2 in the previous report"), std::string::npos);
  const std::string fi = render_html(report, Language::kFi);
  EXPECT_EQ(fi.find("<script>alert"), std::string::npos);
  EXPECT_NE(fi.find("<li>Yli 300 ilmoitusta &lt;script&gt;alert(1)&lt;/script&gt;</li>"),
            std::string::npos);
  EXPECT_EQ(fi.find("[suomeksi]"), std::string::npos);
  EXPECT_NE(fi.find("<span lang=\"en\">Use passkeys</span> <small class=\"lang-marker\">"
                    "[englanniksi]</small>"),
            std::string::npos);
  EXPECT_NE(fi.find("<h2>Pitkän aikavälin uhat: top 5</h2>"), std::string::npos);
  EXPECT_NE(fi.find("<strong>ANALYYSI</strong>"), std::string::npos);
}

TEST(RenderContent, MarkdownShowsTheSameContentEscaped) {
  const MonthlyReport report = test_data::content_report();
  const std::string sv = render_markdown(report, Language::kSv);
  EXPECT_NE(sv.find("#### Pakettihuijaukset *\\[på finska\\]*"), std::string::npos);
  EXPECT_NE(sv.find("*utkast – ännu inte granskat*"), std::string::npos);
  EXPECT_NE(sv.find("## Långsiktiga hot: topp 5"), std::string::npos);
  EXPECT_NE(sv.find("  - Bedrägliga banksms ökade\n"), std::string::npos);
  const std::string fi = render_markdown(report, Language::kFi);
  EXPECT_NE(fi.find("Viestit ohjaavat \\*väärennetylle\\* sivulle"), std::string::npos);
  EXPECT_NE(fi.find("## Näin ilmoitat"), std::string::npos);
}

TEST(RenderContent, JsonNamesTheLanguageEachTextIsIn) {
  const MonthlyReport report = test_data::content_report();
  const auto json = nlohmann::json::parse(render_json(report, Language::kEn));
  EXPECT_EQ(json["schema_version"], kReportSchemaVersion);
  const auto& phishing = json["fields"][model::field_index(model::Field::kScamsPhishing)];
  ASSERT_EQ(phishing["items"].size(), 2U);
  EXPECT_EQ(phishing["items"][0]["language"], "en");
  EXPECT_EQ(phishing["items"][0]["fallback"], false);
  EXPECT_EQ(phishing["items"][1]["language"], "fi");
  EXPECT_EQ(phishing["items"][1]["fallback"], true);
  EXPECT_EQ(phishing["items"][1]["status"], "draft");
  EXPECT_EQ(phishing["headlines"][2]["language"], "fi");
  const auto& threats = json["top_threats"]["threats"];
  ASSERT_EQ(threats.size(), 5U);
  EXPECT_EQ(threats[0]["trend"]["marker"], "raised");
  EXPECT_EQ(threats[3]["new"], true);
  EXPECT_TRUE(threats[3]["trend"].is_null());
  EXPECT_EQ(threats[1]["updated"], true);
  EXPECT_EQ(threats[4]["language"], "fi");
  EXPECT_EQ(json["top_threats"]["compared_with"], "2026-09");
  EXPECT_EQ(json["developments"][0]["kind"], "advice");
  EXPECT_EQ(json["how_to_report"]["source"], "month");
  const auto sv = nlohmann::json::parse(render_json(report, Language::kSv));
  EXPECT_EQ(sv["how_to_report"]["language"], "fi");
  EXPECT_EQ(sv["how_to_report"]["fallback"], true);
}

}  // namespace
}  // namespace kybersaa::report
