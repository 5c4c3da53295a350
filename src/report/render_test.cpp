#include "report/render.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "base/file.hpp"
#include "base/utf8.hpp"
#include "report/catalog.hpp"
#include "report/escape.hpp"
#include "report/locale_format.hpp"
#include "report/svg_chart.hpp"
#include "report/test_content_report.hpp"
#include "report/test_reports.hpp"

namespace kybersaa::report {
namespace {

using model::Language;
using test_data::quiet_report;
using test_data::typical_report;

constexpr std::array<Format, 3> kAllFormats = {Format::kHtml, Format::kJson, Format::kMarkdown};
constexpr std::string_view kNbsp = "\u00A0";

const std::string kHostileTitle = "<script>alert(\"x\")</script> & 'quoted' <b>bold</b>";

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// True when every '<' in `text` is backslash-escaped.
bool all_angles_escaped(std::string_view text) {
  for (std::size_t pos = text.find('<'); pos != std::string_view::npos;
       pos = text.find('<', pos + 1)) {
    if (pos == 0 || text[pos - 1] != '\\') return false;
  }
  return true;
}

std::size_t count_of(std::string_view haystack, std::string_view needle) {
  std::size_t count = 0;
  for (std::size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + needle.size())) {
    ++count;
  }
  return count;
}

// The typical report with `title` as the title of its first listed incident.
MonthlyReport report_with_title(const std::string& title) {
  MonthlyReport report = typical_report();
  report.fields[model::field_index(model::Field::kBreachesLeaks)].incidents.at(0).title = title;
  return report;
}

// Returns the keys of `object` in order.
std::vector<std::string> keys_of(const nlohmann::ordered_json& object) {
  std::vector<std::string> keys;
  for (const auto& item : object.items()) keys.push_back(item.key());
  return keys;
}

// Returns the "required" list of a schema object, which the schema keeps
// equal to its properties and in emission order.
std::vector<std::string> required_of(const nlohmann::ordered_json& schema) {
  return schema.at("required").get<std::vector<std::string>>();
}

// --- formats -----------------------------------------------------------------

TEST(ReportFormat, IdsRoundTrip) {
  for (Format format : kAllFormats) {
    EXPECT_EQ(parse_format(format_id(format)), format);
  }
  EXPECT_EQ(format_id(Format::kMarkdown), "md");
  EXPECT_EQ(format_extension(Format::kHtml), "html");
  EXPECT_EQ(format_extension(Format::kJson), "json");
  EXPECT_EQ(format_extension(Format::kMarkdown), "md");
  EXPECT_EQ(parse_format("pdf"), Format::kPdf);  // printed from the HTML by app
  EXPECT_EQ(format_extension(Format::kPdf), "pdf");
}

TEST(ReportFormat, RejectsUnknownIds) {
  EXPECT_EQ(parse_format("docx"), std::nullopt);
  EXPECT_EQ(parse_format("HTML"), std::nullopt);
  EXPECT_EQ(parse_format(""), std::nullopt);
}

TEST(RenderReport, DispatchesToTheFormatsRenderer) {
  const MonthlyReport report = typical_report();
  EXPECT_EQ(render_report(report, Language::kSv, Format::kHtml),
            render_html(report, Language::kSv));
  EXPECT_EQ(render_report(report, Language::kSv, Format::kJson),
            render_json(report, Language::kSv));
  EXPECT_EQ(render_report(report, Language::kSv, Format::kMarkdown),
            render_markdown(report, Language::kSv));
  // PDF: the page Chromium prints.
  EXPECT_EQ(render_report(report, Language::kSv, Format::kPdf), render_html(report, Language::kSv));
}

// --- escaping ----------------------------------------------------------------

TEST(HtmlEscape, EscapesTheFiveSpecialCharacters) {
  EXPECT_EQ(html_escape("<a href=\"x\">Tom & Jerry's</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  EXPECT_EQ(html_escape("Kybersää ☀"), "Kybersää ☀");
}

TEST(HtmlEscape, ReplacesInvalidUtf8AndControlCharacters) {
  EXPECT_EQ(html_escape("a\xFF"
                        "b"),
            "a\uFFFD"
            "b");
  EXPECT_EQ(html_escape(std::string("a\x01"
                                    "b\x7F",
                                    4)),
            "a\uFFFD"
            "b\uFFFD");
  EXPECT_EQ(html_escape("line\nbreak\ttab"), "line\nbreak\ttab");
}

TEST(MarkdownEscape, EscapesMarkupAndKeepsTextOnOneLine) {
  EXPECT_EQ(markdown_escape("a*b_c[d](e) <f> & g|h #i `j` \\ ~k"),
            "a\\*b\\_c\\[d\\](e) \\<f\\> \\& g\\|h \\#i \\`j\\` \\\\ \\~k");
  EXPECT_EQ(markdown_escape("two\nlines"), "two lines");
  EXPECT_EQ(markdown_escape("bad \xC3"), "bad \uFFFD");
  EXPECT_EQ(markdown_escape("- not a list"), "\\- not a list");
  EXPECT_EQ(markdown_escape("+ 1"), "\\+ 1");
  EXPECT_EQ(markdown_escape("-5 %"), "-5 %");  // no space after: not a marker
  EXPECT_EQ(markdown_escape("1.10.2026"), "1.10.2026");
  EXPECT_EQ(markdown_escape("2026. vuosi"), "2026\\. vuosi");
  EXPECT_EQ(markdown_escape("3) kolme"), "3\\) kolme");
  EXPECT_EQ(markdown_escape("20 000 users"), "20 000 users");
  EXPECT_EQ(markdown_escape("a - b"), "a - b");
  EXPECT_EQ(sanitize_utf8("x\xC2\x85y\xC2\xA0z"), "x\uFFFDy\u00A0z");  // C1 out, NBSP kept
}

TEST(RenderHtml, EscapesIncidentTitles) {
  const std::string html = render_html(report_with_title(kHostileTitle), Language::kFi);
  EXPECT_TRUE(contains(html,
                       "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; "
                       "&lt;b&gt;bold&lt;/b&gt;"));
  EXPECT_FALSE(contains(html, "<script"));
  EXPECT_FALSE(contains(html, "<b>"));
  EXPECT_FALSE(contains(html, "'quoted'"));
}

TEST(RenderMarkdown, EscapesIncidentTitles) {
  const std::string md = render_markdown(report_with_title(kHostileTitle), Language::kEn);
  EXPECT_TRUE(
      contains(md, "\\<script\\>alert(\"x\")\\</script\\> \\& 'quoted' \\<b\\>bold\\</b\\>"));
  EXPECT_TRUE(all_angles_escaped(md));
  EXPECT_FALSE(contains(md, " & "));
}

TEST(RenderJson, KeepsTitlesVerbatim) {
  const auto json =
      nlohmann::json::parse(render_json(report_with_title(kHostileTitle), Language::kEn));
  EXPECT_EQ(json["fields"][3]["incidents"][0]["title"], kHostileTitle);
}

// The incident lists are written as text, not through the JSON library: the
// document must still be exactly what the library prints for its values.
TEST(RenderJson, IncidentListsAreWhatTheJsonLibraryWouldPrint) {
  const std::string title =
      std::string("quote \" back\\slash\nnew\tline \x01\x1f ä ") + kHostileTitle + " \x7f end";
  for (const MonthlyReport& report : {report_with_title(title), typical_report(), quiet_report()}) {
    const std::string out = render_json(report, Language::kSv);
    const auto parsed = nlohmann::ordered_json::parse(out);
    EXPECT_EQ(out, parsed.dump(2) + "\n");
  }
  const auto parsed = nlohmann::json::parse(render_json(report_with_title(title), Language::kEn));
  EXPECT_EQ(parsed["fields"][3]["incidents"][0]["title"], title);
}

TEST(Render, InvalidUtf8InATitleGivesValidUtf8Output) {
  const MonthlyReport report = report_with_title("broken \xE2\x82 title \xFF");
  for (Format format : kAllFormats) {
    const std::string out = render_report(report, Language::kFi, format);
    EXPECT_EQ(base::find_invalid_utf8(out), std::nullopt) << format_id(format);
    EXPECT_TRUE(contains(out, "broken \uFFFD\uFFFD title \uFFFD")) << format_id(format);
  }
}

// --- HTML --------------------------------------------------------------------

TEST(RenderHtml, IsASelfContainedHtml5Page) {
  const std::string html = render_html(typical_report(), Language::kSv);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"sv\">\n", 0), 0u);
  EXPECT_TRUE(contains(html, "<meta charset=\"utf-8\">"));
  EXPECT_TRUE(contains(html, "<style>"));
  EXPECT_TRUE(contains(html, "@media print"));
  EXPECT_TRUE(contains(html, "<title>Cybervädret – oktober 2026</title>"));
  EXPECT_TRUE(contains(html, "<h1>Cybervädret – oktober 2026</h1>"));
  EXPECT_TRUE(contains(html, "</html>\n"));
  for (std::string_view external : {"http:", "https:", "<script", "<link", "src=", "url("}) {
    EXPECT_FALSE(contains(html, external)) << external;
  }
}

TEST(RenderHtml, ShowsEveryFieldWithStatusSymbolWordAndChart) {
  const std::string html = render_html(typical_report(), Language::kFi);
  for (model::Field field : model::kAllFields) {
    EXPECT_TRUE(contains(html, fmt::format("id=\"field-{}\"", model::field_id(field))));
    EXPECT_TRUE(
        contains(html, fmt::format("<title id=\"chart-{}-title\">", model::field_id(field))));
  }
  EXPECT_EQ(count_of(html, "<svg "), 6u);
  // map, warnings, key figures, top-5, six fields, developments, method (no
  // how-to-report text in this hand-made report)
  EXPECT_EQ(count_of(html, "<h2>"), 12u);
  EXPECT_TRUE(contains(html, "☀\uFE0E rauhallinen"));
  EXPECT_TRUE(contains(html, "☁\uFE0E huolestuttava"));
  EXPECT_TRUE(contains(html, "⚡\uFE0E vakava"));
  EXPECT_TRUE(contains(html, "↑ noussut"));
  EXPECT_TRUE(contains(html, "↓ laskenut"));
  EXPECT_TRUE(contains(html, "→ ennallaan"));
  EXPECT_TRUE(contains(html, "<small>p\u00A0=\u00A00,002</small>"));
  EXPECT_TRUE(contains(html, "<small>p\u00A0&lt;\u00A00,001</small>"));
}

TEST(RenderHtml, ListsIncidentsWithHelsinkiDatesAndWithheldNotes) {
  const std::string html = render_html(typical_report(), Language::kFi);
  EXPECT_TRUE(contains(html, "<td class=\"num\">1.10.2026</td>"));  // 30.9. in UTC
  EXPECT_TRUE(contains(html, "<td class=\"num\">50" + std::string(kNbsp) + "000</td>"));
  EXPECT_TRUE(contains(html, "3 tapausta jätetty listaamatta (TLP:AMBER/RED)"));
  EXPECT_TRUE(contains(html, "1 tapaus jätetty listaamatta (TLP:AMBER/RED)"));
  EXPECT_EQ(count_of(html, "class=\"withheld\""), 2u);
}

TEST(RenderHtml, SaysSoWhenNothingIsListed) {
  const std::string html = render_html(quiet_report(), Language::kEn);
  EXPECT_EQ(count_of(html, "No publishable incidents."), 6u);
  EXPECT_FALSE(contains(html, "not listed (TLP"));
  EXPECT_TRUE(contains(html, "The data holds no incidents."));
}

// --- JSON --------------------------------------------------------------------

TEST(RenderJson, ParsesAndHasTheDocumentedKeys) {
  const std::string text = render_json(typical_report(), Language::kFi);
  ASSERT_TRUE(nlohmann::json::accept(text));
  const auto json = nlohmann::ordered_json::parse(text);
  EXPECT_EQ(keys_of(json), (std::vector<std::string>{
                               "schema_version", "language", "month", "title", "month_title",
                               "fields", "totals", "key_figures", "top_threats", "developments",
                               "how_to_report", "method", "warnings", "state", "tlp"}));
  EXPECT_EQ(json["schema_version"], "5");
  EXPECT_EQ(json["language"], "fi");
  EXPECT_EQ(json["month"], "2026-10");
  ASSERT_EQ(json["fields"].size(), 6u);
  for (std::size_t i = 0; i < model::kAllFields.size(); ++i) {
    const auto& field = json["fields"][i];
    EXPECT_EQ(field["id"], model::field_id(model::kAllFields[i]));
    for (const char* key :
         {"id", "name", "status", "status_label", "status_rule", "count", "previous", "year_ago",
          "baseline", "baseline_p_value", "trend", "series", "incidents", "withheld",
          "status_override", "headlines", "items", "feeds"}) {
      EXPECT_TRUE(field.contains(key)) << key;
    }
    EXPECT_TRUE(field["trend"].contains("marker"));
    EXPECT_TRUE(field["trend"]["p_value"].is_number());
    ASSERT_EQ(field["series"].size(), static_cast<std::size_t>(kChartMonths));
    EXPECT_EQ(field["series"][12]["month"], "2026-10");
    EXPECT_EQ(field["series"][0]["month"], "2025-10");
  }
  const auto& malware = json["fields"][2];
  EXPECT_EQ(malware["status"], "serious");
  EXPECT_EQ(malware["status_rule"], "surge");
  EXPECT_EQ(malware["count"], 60);
  EXPECT_EQ(malware["trend"]["marker"], "raised");
  EXPECT_DOUBLE_EQ(malware["trend"]["p_value"].get<double>(), 0.0020593);
  const auto& incident = json["fields"][3]["incidents"][0];
  EXPECT_EQ(incident["severity"], "critical");
  EXPECT_EQ(incident["sector"], "public-administration");
  EXPECT_EQ(incident["date"], "2026-10-01");
  EXPECT_EQ(incident["reported_at"], "2026-10-01T00:30:00+03:00");
  EXPECT_EQ(incident["affected_people"], 50000);
  EXPECT_TRUE(json["fields"][3]["incidents"][1]["affected_people"].is_null());
  EXPECT_EQ(json["fields"][3]["withheld"], 3);
  EXPECT_EQ(json["totals"]["count"], 41 + 3 + 60 + 12 + 120 + 0);
  EXPECT_EQ(json["method"]["trend_alpha"], 0.05);
  EXPECT_EQ(json["method"]["data_first"], "2019-01");
}

// Keeps docs/formats/report.schema.json and the renderer in step: every object
// render_json writes has exactly the keys the schema requires, in that order.
TEST(RenderJson, EmitsExactlyTheKeysOfTheSchema) {
  const auto schema_text =
      base::read_file(std::string(KYBERSAA_SOURCE_DIR) + "/docs/formats/report.schema.json");
  ASSERT_TRUE(schema_text) << schema_text.error().message;
  const auto schema = nlohmann::ordered_json::parse(*schema_text);
  const auto& defs = schema.at("$defs");
  const auto& properties = schema.at("properties");
  const auto json = nlohmann::ordered_json::parse(render_json(typical_report(), Language::kSv));
  // Report content: every content object, from a report that has each.
  const auto content =
      nlohmann::ordered_json::parse(render_json(test_data::content_report(), Language::kSv));
  for (const auto& field : content["fields"]) {
    for (const auto& headline : field["headlines"]) {
      EXPECT_EQ(keys_of(headline), required_of(defs["headline"]));
    }
    for (const auto& item : field["items"]) EXPECT_EQ(keys_of(item), required_of(defs["item"]));
  }
  EXPECT_EQ(keys_of(content["top_threats"]), required_of(properties["top_threats"]));
  ASSERT_FALSE(content["top_threats"]["threats"].empty());
  for (const auto& threat : content["top_threats"]["threats"]) {
    EXPECT_EQ(keys_of(threat), required_of(defs["threat"]));
    if (!threat["trend"].is_null()) {
      EXPECT_EQ(keys_of(threat["trend"]),
                required_of(defs["threat"]["properties"]["trend"]["anyOf"][1]));
    }
  }
  ASSERT_FALSE(content["developments"].empty());
  for (const auto& development : content["developments"]) {
    EXPECT_EQ(keys_of(development), required_of(defs["development"]));
  }
  EXPECT_EQ(keys_of(content["how_to_report"]), required_of(properties["how_to_report"]));

  EXPECT_EQ(json["schema_version"], properties["schema_version"]["const"]);
  EXPECT_EQ(json["schema_version"], kReportSchemaVersion);
  EXPECT_EQ(keys_of(json), required_of(schema));
  EXPECT_EQ(keys_of(json["totals"]), required_of(properties["totals"]));
  EXPECT_EQ(keys_of(json["method"]), required_of(properties["method"]));
  for (const auto& field : json["fields"]) {
    EXPECT_EQ(keys_of(field), required_of(defs["field"]));
    EXPECT_EQ(keys_of(field["trend"]), required_of(defs["field"]["properties"]["trend"]));
    for (const auto& point : field["series"]) {
      EXPECT_EQ(keys_of(point), required_of(defs["field"]["properties"]["series"]["items"]));
    }
    for (const auto& incident : field["incidents"]) {
      EXPECT_EQ(keys_of(incident), required_of(defs["incident"]));
      EXPECT_EQ(keys_of(incident["rsit"]), required_of(defs["incident"]["properties"]["rsit"]));
    }
  }
  EXPECT_EQ(json["fields"][3]["incidents"].size(), 2u);
  ASSERT_EQ(json["warnings"].size(), 2u);
  for (const auto& warning : json["warnings"]) {
    EXPECT_EQ(keys_of(warning), required_of(defs["warning"]));
    for (const auto& cve : warning["cves"]) {
      EXPECT_EQ(keys_of(cve), required_of(defs["warning"]["properties"]["cves"]["items"]));
    }
  }
  EXPECT_EQ(keys_of(json["fields"][1]["status_override"]), required_of(defs["status_override"]));
}

TEST(RenderJson, IdsAndNumbersDoNotDependOnTheLanguage) {
  auto fi = nlohmann::json::parse(render_json(typical_report(), Language::kFi));
  auto en = nlohmann::json::parse(render_json(typical_report(), Language::kEn));
  EXPECT_EQ(fi["fields"][0]["name"], "Verkkojen toimivuus");
  EXPECT_EQ(en["fields"][0]["name"], "Network availability");
  // Removing the localized strings leaves identical documents.
  for (auto* json : {&fi, &en}) {
    json->erase("language");
    json->erase("title");
    json->erase("month_title");
    for (auto& field : (*json)["fields"]) {
      field.erase("name");
      field.erase("status_label");
      field["trend"].erase("label");
    }
    for (auto& warning : (*json)["warnings"]) warning.erase("level_label");
    for (auto& figure : (*json)["key_figures"]) {
      for (const char* key : {"label", "sentence", "period_label", "source"}) figure.erase(key);
    }
  }
  EXPECT_EQ(fi, en);
}

TEST(RenderJson, EmptyCoverageIsNull) {
  const auto json = nlohmann::json::parse(render_json(quiet_report(), Language::kSv));
  EXPECT_TRUE(json["method"]["data_first"].is_null());
  EXPECT_TRUE(json["method"]["data_last"].is_null());
  EXPECT_EQ(json["fields"][0]["incidents"], nlohmann::json::array());
}

TEST(RenderJson, ListsTheRulesInForce) {
  const auto json = nlohmann::json::parse(render_json(quiet_report(), Language::kFi));
  const auto& method = json["method"];
  // The file's name only: a report never shows the analyst's directories.
  EXPECT_EQ(method["rules_source"], "strict.toml");
  EXPECT_EQ(method["trend_alpha"], 0.01);
  ASSERT_EQ(method["rules"].size(), 4u);
  EXPECT_EQ(method["rules"][0]["id"], "two-critical");
  EXPECT_EQ(method["rules"][0]["conditions"], nlohmann::json::parse(R"({"critical_at_least":2})"));
  EXPECT_EQ(method["rules"][1]["conditions"]["warning_at_least"], "red");
  EXPECT_EQ(method["rules"][2]["fields"], nlohmann::json::parse(R"(["scams-phishing","network"])"));
  EXPECT_EQ(method["rules"][2]["conditions"]["above_baseline_alpha"], 0.0001);
  EXPECT_EQ(method["rules"][3]["status"], "worrying");
  EXPECT_EQ(method["rules"][3]["conditions"]["warning_at_least"], "yellow");
  const auto defaults = nlohmann::json::parse(render_json(typical_report(), Language::kFi));
  EXPECT_EQ(defaults["method"]["rules_source"], "built-in");
  EXPECT_EQ(defaults["method"]["rules"].size(), assess::default_rule_set().rules.size());
}

TEST(MethodNotes, DescribeEachRuleFromItsConditions) {
  const MonthlyReport report = quiet_report();
  const std::string en = render_markdown(report, Language::kEn);
  EXPECT_TRUE(contains(en,
                       "1. two-critical: serious when the number of critical incidents is at "
                       "least 2\n"));
  EXPECT_TRUE(contains(en,
                       "3. phishing-surge: serious when the count is at least 1,000 and it is "
                       "above the baseline (P \\< 0.0001) (applies to: Scams and phishing, "
                       "Network availability)\n"));
  EXPECT_TRUE(contains(en,
                       "4. high-severity: worrying when the number of high-severity incidents "
                       "is at least 10, they are clearly above the field's usual level "
                       "(P \\< 0.005) and a yellow or red warning is in force for the "
                       "field\n"));
  EXPECT_TRUE(contains(en, "5. calm: calm otherwise\n"));
  EXPECT_TRUE(contains(en, "- Rules: strict.toml.\n"));
  const std::string fi = render_html(typical_report(), Language::kFi);
  EXPECT_TRUE(contains(fi, "<li>Säännöt: Kybersään oletussäännöt.</li>"));
  EXPECT_TRUE(contains(fi,
                       "<code>red-warning</code>: vakava, kun kentällä on voimassa punainen "
                       "varoitus</li>"));
}

// --- Markdown ----------------------------------------------------------------

TEST(RenderMarkdown, HasHeadingsWeatherMapTableAndLists) {
  const std::string md = render_markdown(typical_report(), Language::kEn);
  // After the lifecycle line (RenderLifecycle below).
  EXPECT_TRUE(contains(md, "\n\n# Cyber weather – October 2026\n\n## Weather map\n\n"));
  EXPECT_TRUE(contains(md,
                       "| Field | Status | This month | Previous month | A year earlier | Trend |\n"
                       "|---|---|---:|---:|---:|---|\n"));
  EXPECT_TRUE(contains(md,
                       "| Scams and phishing | ☀\uFE0E calm | 120 | 180 | 150 | ↓ lowered "
                       "(p\u00A0\\<\u00A00.001) |"));
  EXPECT_TRUE(contains(md, "| **Total** | | **236** | **263** | **235** | |"));
  EXPECT_TRUE(contains(md, "- Rule: critical-incident\n"));
  EXPECT_TRUE(contains(md, "*3 incidents not listed (TLP:AMBER/RED)*"));
  EXPECT_TRUE(contains(md, "- 1 Oct 2026 — **"));
  EXPECT_TRUE(contains(md, "Affected people: 50,000"));
  EXPECT_EQ(count_of(md, "\n## "), 12u);  // as the HTML
}

// --- determinism ---------------------------------------------------------------

TEST(Render, IsByteIdenticalForEqualInputs) {
  for (Language language : model::kAllLanguages) {
    for (Format format : kAllFormats) {
      const std::string first = render_report(typical_report(), language, format);
      const std::string second = render_report(typical_report(), language, format);
      EXPECT_EQ(first, second) << model::language_code(language) << "." << format_id(format);
      EXPECT_EQ(render_report(quiet_report(), language, format),
                render_report(quiet_report(), language, format));
    }
  }
}

TEST(Render, EveryOutputIsValidUtf8) {
  for (Language language : model::kAllLanguages) {
    for (Format format : kAllFormats) {
      EXPECT_EQ(base::find_invalid_utf8(render_report(typical_report(), language, format)),
                std::nullopt);
    }
  }
}

// --- locale formatting -----------------------------------------------------------

TEST(LocaleFormat, GroupsThousandsWithNoBreakSpaceInFinnishAndSwedish) {
  EXPECT_EQ(format_integer(20000, Language::kFi), "20" + std::string(kNbsp) + "000");
  EXPECT_EQ(format_integer(1234567, Language::kSv),
            "1" + std::string(kNbsp) + "234" + std::string(kNbsp) + "567");
  EXPECT_EQ(format_integer(999, Language::kFi), "999");
  EXPECT_EQ(format_integer(0, Language::kFi), "0");
  EXPECT_EQ(format_integer(-20000, Language::kFi), "-20" + std::string(kNbsp) + "000");
}

TEST(LocaleFormat, GroupsThousandsWithCommaInEnglish) {
  EXPECT_EQ(format_integer(20000, Language::kEn), "20,000");
  EXPECT_EQ(format_integer(1000, Language::kEn), "1,000");
  EXPECT_EQ(format_integer(100, Language::kEn), "100");
  EXPECT_EQ(format_integer(-1234567, Language::kEn), "-1,234,567");
}

TEST(LocaleFormat, FormatsDecimalsAndPercentages) {
  EXPECT_EQ(format_percent(2.5, 1, Language::kFi), "2,5" + std::string(kNbsp) + "%");
  EXPECT_EQ(format_percent(2.5, 1, Language::kSv), "2,5" + std::string(kNbsp) + "%");
  EXPECT_EQ(format_percent(2.5, 1, Language::kEn), "2.5%");
  EXPECT_EQ(format_percent(54.0, 0, Language::kEn), "54%");
  EXPECT_EQ(format_fixed(12345.678, 2, Language::kFi), "12" + std::string(kNbsp) + "345,68");
  EXPECT_EQ(format_fixed(8.4166, 1, Language::kEn), "8.4");
  EXPECT_EQ(format_decimal(0.05, 6, Language::kFi), "0,05");
  EXPECT_EQ(format_decimal(0.001, 6, Language::kEn), "0.001");
  EXPECT_EQ(format_decimal(3.0, 6, Language::kEn), "3");
  EXPECT_EQ(format_decimal(-0.0000001, 3, Language::kEn), "0");
}

TEST(LocaleFormat, FormatsPValues) {
  EXPECT_EQ(format_p_value(0.0320, Language::kFi), "p\u00A0=\u00A00,032");
  EXPECT_EQ(format_p_value(0.0320, Language::kEn), "p\u00A0=\u00A00.032");
  EXPECT_EQ(format_p_value(0.0000123, Language::kSv), "p\u00A0<\u00A00,001");
  EXPECT_EQ(format_p_value(1.0, Language::kEn), "p\u00A0=\u00A01.000");
}

TEST(LocaleFormat, FormatsDates) {
  EXPECT_EQ(format_date(2026, 2, 5, Language::kFi), "5.2.2026");
  EXPECT_EQ(format_date(2026, 2, 5, Language::kSv), "5.2.2026");
  EXPECT_EQ(format_date(2026, 2, 5, Language::kEn), "5 Feb 2026");
}

TEST(LocaleFormat, FormatsHelsinkiDates) {
  // 21:30 UTC on 30 September is 00:30 on 1 October in Helsinki (UTC+3).
  const std::int64_t instant = test_data::instant("2026-09-30T21:30:00Z");
  EXPECT_EQ(format_helsinki_date(instant, Language::kFi), "1.10.2026");
  EXPECT_EQ(format_helsinki_date(instant, Language::kEn), "1 Oct 2026");
}

TEST(LocaleFormat, FormatsMonths) {
  const model::YearMonth october{2026, 10};
  EXPECT_EQ(format_month_title(october, Language::kFi), "lokakuu 2026");
  EXPECT_EQ(format_month_title(october, Language::kSv), "oktober 2026");
  EXPECT_EQ(format_month_title(october, Language::kEn), "October 2026");
  EXPECT_EQ(format_month_short(october, Language::kFi), "10/2026");
  EXPECT_EQ(format_month_short(october, Language::kEn), "Oct 2026");
}

// --- report lifecycle ----------------------------------------------------------------

TEST(RenderLifecycle, DraftShowsItsMarkerAndTlpAtTheTopInEveryFormat) {
  const MonthlyReport report = typical_report();  // a draft, TLP:CLEAR
  const std::string html = render_html(report, Language::kFi);
  const std::size_t marker = html.find("LUONNOS – ei tarkastettu eikä julkaistu");
  ASSERT_NE(marker, std::string::npos);
  EXPECT_LT(marker, html.find("<h1>"));
  EXPECT_TRUE(contains(html, "<p class=\"tlp tlp-clear\">TLP:CLEAR</p>"));
  const std::string md = render_markdown(report, Language::kSv);
  EXPECT_EQ(md.rfind("**TLP:CLEAR** · **UTKAST – inte granskad eller publicerad**\n\n# ", 0), 0U)
      << md.substr(0, 120);
  const auto json = nlohmann::json::parse(render_json(report, Language::kEn));
  EXPECT_EQ(json["state"], "draft");
  EXPECT_EQ(json["tlp"], "clear");
}

TEST(RenderLifecycle, ReviewedAndPublishedReportsSayWhereTheyAre) {
  MonthlyReport report = typical_report();
  report.state = model::ReportState::kReviewed;
  report.tlp = model::Tlp::kAmberStrict;
  const std::string html = render_html(report, Language::kEn);
  EXPECT_TRUE(contains(html, "REVIEWED – not yet published"));
  EXPECT_FALSE(contains(html, "DRAFT"));
  EXPECT_TRUE(contains(html, "<p class=\"tlp tlp-amber-strict\">TLP:AMBER+STRICT</p>"));
  EXPECT_EQ(nlohmann::json::parse(render_json(report, Language::kEn))["tlp"], "amber+strict");

  report.state = model::ReportState::kPublished;
  report.tlp = model::Tlp::kGreen;
  const std::string published = render_html(report, Language::kEn);
  EXPECT_FALSE(contains(published, "REVIEWED"));
  EXPECT_FALSE(contains(published, "class=\"state"));
  EXPECT_TRUE(contains(published, "TLP:GREEN"));
  EXPECT_EQ(render_markdown(report, Language::kFi).rfind("**TLP:GREEN**\n\n# ", 0), 0U);
  EXPECT_EQ(nlohmann::json::parse(render_json(report, Language::kFi))["state"], "published");
}

// The print style sheet lays the page out on A4, keeps charts, small tables
// and table rows whole, and fits tables to the page width.
TEST(RenderHtml, PrintsOnA4WithoutBreakingTablesOrCharts) {
  const std::string html = render_html(typical_report(), Language::kFi);
  EXPECT_TRUE(contains(html, "@page { size: A4;"));
  EXPECT_TRUE(contains(html, "table, figure, li, tr { break-inside: avoid;"));
  // A month's incident list is long: it breaks between rows, its header repeated.
  EXPECT_TRUE(contains(html, "table.incidents { break-inside: auto;"));
  EXPECT_TRUE(contains(html, "thead { display: table-header-group; }"));
}

// --- catalog -----------------------------------------------------------------------

TEST(Catalog, HasEveryTextInEveryLanguage) {
  for (Language language : model::kAllLanguages) {
    for (int id = 0; id <= static_cast<int>(Text::kConditionFeedHostsAtLeast); ++id) {
      EXPECT_FALSE(catalog_text(static_cast<Text>(id), language).empty()) << id;
    }
    for (int month = 1; month <= 12; ++month) {
      EXPECT_FALSE(month_name(month, language).empty());
      EXPECT_FALSE(month_abbreviation(month, language).empty());
    }
    for (std::string_view name : model::sector_names()) {
      EXPECT_FALSE(sector_label(*model::parse_sector(name), language).empty()) << name;
    }
  }
  EXPECT_EQ(month_name(13, Language::kFi), "");
}

TEST(Catalog, PlaceholdersFormatInEveryLanguage) {
  for (Language language : model::kAllLanguages) {
    EXPECT_NO_THROW({
      (void)format_text(Text::kChartTitle, language, "a", "b", "c");
      (void)format_text(Text::kWithheldOne, language, "1");
      (void)format_text(Text::kWithheldMany, language, "2");
      (void)format_text(Text::kMethodTrend, language, "0.05");
      (void)format_text(Text::kMethodRulesSource, language, "a");
      (void)format_text(Text::kRuleWhen, language, "a", "b");
      (void)format_text(Text::kRuleFields, language, "a", "b");
      (void)format_text(Text::kConditionCriticalAtLeast, language, "1");
      (void)format_text(Text::kConditionHighAtLeast, language, "3");
      (void)format_text(Text::kConditionHighAboveUsual, language, "0.01");
      (void)format_text(Text::kConditionCountAtLeast, language, "5");
      (void)format_text(Text::kConditionAboveBaseline, language, "0.01");
      (void)format_text(Text::kMethodCoverage, language, "a", "b");
      (void)format_text(Text::kWarningNumber, language, "3/2026");
      (void)format_text(Text::kTitleOnlyIn, language, "en");
      (void)format_text(Text::kKevExploited, language, "1.2.2026");
      (void)format_text(Text::kOverrideNote, language, "a", "b", "c", "d", "e");
      (void)format_text(Text::kKeyFigureNoData, language, "a", "b");
      (void)format_text(Text::kMethodKeyFigures, language, "a");
      (void)format_text(Text::kMethodFeedCoverage, language, "a", "b", "c", "4");
      (void)format_text(Text::kConditionFeedAboveBaseline, language, "0.01");
      (void)format_text(Text::kConditionFeedHostsAtLeast, language, "50");
    });
  }
}

TEST(Catalog, UsesTheProductsWords) {
  EXPECT_EQ(catalog_text(Text::kTitle, Language::kFi), "Kybersää");
  EXPECT_EQ(catalog_text(Text::kTitle, Language::kSv), "Cybervädret");
  EXPECT_EQ(catalog_text(Text::kTitle, Language::kEn), "Cyber weather");
  EXPECT_EQ(status_label(assess::WeatherStatus::kCalm, Language::kFi), "rauhallinen");
  EXPECT_EQ(status_label(assess::WeatherStatus::kWorrying, Language::kSv), "oroande");
  EXPECT_EQ(status_label(assess::WeatherStatus::kSerious, Language::kEn), "serious");
  EXPECT_EQ(trend_label(assess::Trend::kRaised, Language::kEn), "raised");
  EXPECT_EQ(trend_symbol(assess::Trend::kLowered), "↓");
}

// --- SVG chart ---------------------------------------------------------------------

TEST(SvgChart, WritesSelectableTextAndATitle) {
  BarChart chart;
  chart.id = "chart-test";
  chart.title = "Counts <per> month";
  for (int i = 0; i < kChartMonths; ++i) {
    chart.bars.push_back({fmt::format("m{}", i), i == 0 ? "2025" : "", i, fmt::format("{}", i),
                          i == kChartMonths - 1});
  }
  const std::string svg = render_bar_chart_svg(chart);
  EXPECT_EQ(svg.rfind("<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-test-title\"", 0),
            0u);
  EXPECT_TRUE(contains(svg, "<title id=\"chart-test-title\">Counts &lt;per&gt; month</title>"));
  EXPECT_EQ(count_of(svg, "<rect "), static_cast<std::size_t>(kChartMonths - 1));  // 0 has no bar
  EXPECT_TRUE(contains(svg, ">m12</text>"));
  EXPECT_TRUE(contains(svg, ">2025</text>"));
  EXPECT_TRUE(contains(svg, "font-weight=\"bold\">12</text>"));
  EXPECT_EQ(svg.substr(svg.size() - 6), "</svg>");
}

TEST(SvgChart, DrawsAnAllZeroSeriesWithoutBars) {
  BarChart chart;
  chart.id = "zero";
  chart.title = "zero";
  chart.bars.resize(3);
  const std::string svg = render_bar_chart_svg(chart);
  EXPECT_EQ(count_of(svg, "<rect "), 0u);
  EXPECT_FALSE(contains(svg, "nan"));
  EXPECT_FALSE(contains(svg, "inf"));
}

// --- Warnings of the month and status overrides ---

TEST(RenderHtml, ShowsTheWarningsOfTheMonthInFinnish) {
  const std::string html = render_html(typical_report(), Language::kFi);
  EXPECT_TRUE(contains(html, "<h2>Kuukauden varoitukset</h2>"));
  // By number within the year; the level as a shape and a word, not only a colour.
  const std::size_t grey = html.find("Varoitus 5/2026");
  const std::size_t red = html.find("Varoitus 7/2026");
  ASSERT_NE(grey, std::string::npos);
  ASSERT_NE(red, std::string::npos);
  EXPECT_LT(grey, red);
  EXPECT_TRUE(contains(html, "◆ punainen – kriittinen uhka"));
  EXPECT_TRUE(contains(html, "○ harmaa – ei enää voimassa"));
  EXPECT_TRUE(contains(html, "class=\"warning-grey\""));
  EXPECT_TRUE(contains(html, "Poistunut voimasta 15.10.2026"));
  // Titles escaped; the English-only title is marked as such.
  EXPECT_TRUE(contains(html, "Kriittinen haavoittuvuus &lt;VPN&gt;-yhdyskäytävässä &amp;"));
  EXPECT_TRUE(contains(html, "(vain kielellä en)"));
  EXPECT_TRUE(contains(html, "28.9.2026"));  // active since
  EXPECT_TRUE(contains(html,
                       "CVE-2026-10001: tiedetään hyödynnetyn (CISA KEV 3.10.2026), "
                       "käytetty kiristyshaittaohjelmakampanjoissa"));
  EXPECT_TRUE(contains(html, "CVE-2026-20002</td>") || contains(html, "CVE-2026-20002<br>") ||
              contains(html, "<br>CVE-2026-20002"));
  EXPECT_TRUE(
      contains(html, "Haittaohjelmat ja haavoittuvuudet") ||
      contains(html, model::field_name(model::Field::kMalwareVulnerabilities, Language::kFi)));
}

TEST(RenderHtml, ShowsTheWarningsOfTheMonthInEnglish) {
  const std::string html = render_html(typical_report(), Language::kEn);
  EXPECT_TRUE(contains(html, "<h2>Warnings of the month</h2>"));
  EXPECT_TRUE(contains(html, "Warning 7/2026"));
  EXPECT_TRUE(contains(html, "◆ red – critical threat"));
  EXPECT_TRUE(contains(html, "Critical flaw in &lt;VPN&gt; gateway"));
  EXPECT_FALSE(contains(html, "(only in"));  // every title exists in English
  EXPECT_TRUE(contains(html, "known exploited (CISA KEV 3 Oct 2026)"));
  EXPECT_TRUE(contains(html, "28 Sep 2026"));
}

TEST(Render, AMonthWithoutWarningsSaysSo) {
  EXPECT_TRUE(contains(render_html(quiet_report(), Language::kFi),
                       "Kuukauden aikana ei ollut voimassa varoituksia."));
  EXPECT_TRUE(contains(render_markdown(quiet_report(), Language::kEn),
                       "No warnings were in force during the month."));
  const auto json = nlohmann::json::parse(render_json(quiet_report(), Language::kEn));
  EXPECT_TRUE(json["warnings"].empty());
  EXPECT_TRUE(json["fields"][1]["status_override"].is_null());
}

TEST(RenderMarkdown, ListsWarningsEscaped) {
  const std::string md = render_markdown(typical_report(), Language::kSv);
  EXPECT_TRUE(contains(md, "## Månadens varningar"));
  EXPECT_TRUE(contains(md,
                       "### Varning 5/2026: Phishing \\*campaign\\* in the name of "
                       "\\[tax\\] authority (endast på en)"))
      << md;
  EXPECT_TRUE(contains(md, "- Nivå: ○ grå – inte längre i kraft"));
  EXPECT_TRUE(contains(md, "  - CVE-2026-10001: känd som utnyttjad (CISA KEV 3.10.2026)"));
}

TEST(Render, OverrideShowsInTheFieldAndTheMethodNotes) {
  const std::string fi = render_html(typical_report(), Language::kFi);
  EXPECT_TRUE(contains(fi, "(analyytikon arvio)"));
  EXPECT_TRUE(contains(fi,
                       "Vakoilu: säännöt antoivat tilan ☁\uFE0E huolestuttava (sääntö "
                       "high-severity); analyytikko asetti tilan ⚡\uFE0E vakava. Perustelu: "
                       "Valtiollinen &lt;toimija&gt; kohdisti kampanjan kuntiin &amp; "
                       "ministeriöihin"))
      << fi;
  const std::string en = render_markdown(typical_report(), Language::kEn);
  EXPECT_TRUE(contains(en, "An analyst changed the status the rules gave:"));
  EXPECT_TRUE(contains(en,
                       "the rules gave ☁\uFE0E worrying (rule high-severity); an analyst set "
                       "⚡\uFE0E serious. Reason: Valtiollinen \\<toimija\\>"))
      << en;
  EXPECT_TRUE(contains(render_html(quiet_report(), Language::kEn),
                       "No analyst changed the status of any field."));
}

TEST(RenderJson, CarriesWarningsAndTheOverride) {
  const auto json = nlohmann::json::parse(render_json(typical_report(), Language::kEn));
  const auto& espionage = json["fields"][1];
  EXPECT_EQ(espionage["status"], "serious");
  EXPECT_EQ(espionage["status_rule"], "high-severity");
  EXPECT_EQ(espionage["status_override"]["rules_status"], "worrying");
  EXPECT_EQ(espionage["status_override"]["rule"], "high-severity");
  EXPECT_EQ(espionage["status_override"]["set_at"], "2026-11-02T10:00:00+02:00");
  EXPECT_TRUE(json["fields"][0]["status_override"].is_null());
  const auto& grey = json["warnings"][0];
  EXPECT_EQ(grey["number"], "5/2026");
  EXPECT_EQ(grey["level"], "yellow");
  EXPECT_EQ(grey["grey"], true);
  EXPECT_EQ(grey["retired"], "2026-10-15");
  EXPECT_EQ(grey["titles"].size(), 1u);
  const auto& red = json["warnings"][1];
  EXPECT_EQ(red["level"], "red");
  EXPECT_EQ(red["fields"], nlohmann::json::array({"malware-vulnerabilities", "automation-iot"}));
  EXPECT_EQ(red["cves"][0]["known_exploited"], true);
  EXPECT_EQ(red["cves"][0]["kev_date_added"], "2026-10-03");
  EXPECT_EQ(red["cves"][0]["known_ransomware"], true);
  EXPECT_EQ(red["cves"][1]["known_exploited"], false);
  EXPECT_TRUE(red["cves"][1]["kev_date_added"].is_null());
}

}  // namespace
}  // namespace kybersaa::report
