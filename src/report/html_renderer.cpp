// The HTML renderer: one self-contained, printable HTML5 page. Everything the
// page needs is inline (CSS in <style>, charts as <svg>); it loads nothing
// and runs no script. Every text, from data or from the catalog, goes
// through html_escape(). Status is shown three ways — colour, a weather
// symbol and a word — so it reads on a black-and-white printout and to a
// screen reader.

#include <fmt/format.h>

#include <iterator>
#include <string>

#include "model/field.hpp"
#include "report/catalog.hpp"
#include "report/escape.hpp"
#include "report/key_figure_text.hpp"
#include "report/lifecycle_text.hpp"
#include "report/locale_format.hpp"
#include "report/render.hpp"
#include "report/report_text.hpp"
#include "report/svg_chart.hpp"

namespace kybersaa::report {
namespace {

using model::Language;

constexpr int kBaselineDecimals = 1;

// The page's style sheet. Colours pair with symbols and words, never alone.
constexpr std::string_view kStyle = R"css(:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  line-height: 1.45; color: #1a1a1a; background: #fff; max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.9rem; margin: 0 0 1rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid #1f3a5f; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #c8ccd2; padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th, tfoot th, tfoot td { background: #eef1f5; }
tfoot th, tfoot td { font-weight: bold; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
small { color: #555; }
a { color: inherit; }
.map { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: .5rem;
  list-style: none; padding: 0; margin: 0 0 1rem; }
.map > li { border: 2px solid; border-radius: .4rem; padding: .5rem .75rem; }
.map .symbol { font-size: 1.6rem; line-height: 1; }
.map .word { display: block; font-weight: bold; }
.status { display: inline-block; border: 1px solid; border-radius: .3rem; padding: 0 .4rem; white-space: nowrap; }
.status-calm { border-color: #2e7d32; background: #e8f5e9; }
.status-worrying { border-color: #b26a00; background: #fff4e0; }
.status-serious { border-color: #b71c1c; background: #fdecea; }
figure { margin: .5rem 0; }
figcaption { font-size: .9rem; color: #555; }
svg.chart { max-width: 100%; height: auto; }
summary { cursor: pointer; color: #555; }
.withheld { font-style: italic; }
.warning-yellow { border-left: .4rem solid #f2c200; }
.warning-red { border-left: .4rem solid #b71c1c; }
.warning-grey { border-left: .4rem solid #9e9e9e; color: #555; }
.override { font-style: italic; }
.key-figures li { margin-bottom: .4rem; }
.no-data { font-style: italic; }
code { font-size: .95em; }
.tlp { display: inline-block; background: #000; font-weight: bold; padding: .1rem .5rem;
  margin: 0 0 .5rem; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.tlp-clear { color: #fff; }
.tlp-green { color: #33ff00; }
.tlp-amber, .tlp-amber-strict { color: #ffc000; }
.tlp-red { color: #ff2b2b; }
.state { border: 2px dashed #1a1a1a; padding: .4rem .75rem; font-weight: bold; margin: 0 0 1rem; }
@page { size: A4; margin: 16mm 15mm; }
.map .headlines { margin: .4rem 0 0; padding-left: 1.1rem; font-size: .92rem; }
.lang-marker { color: #555; font-style: italic; }
.item { border-left: 3px solid #1f3a5f; padding: .1rem 0 .1rem .75rem; margin: 0 0 1rem; }
.item-draft { border-left-style: dashed; }
.draft { display: inline-block; border: 1px dashed #555; padding: 0 .4rem; margin: 0; }
.threats > li { margin-bottom: 1rem; }
.marker { display: inline-block; border: 1px solid #555; border-radius: .3rem; padding: 0 .3rem; font-size: .85rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  section { break-before: page; page-break-before: always; }
  section:first-of-type { break-before: auto; page-break-before: auto; }
  table { font-size: 9pt; }
  th.num { white-space: normal; }
  td { overflow-wrap: break-word; }
  table, figure, li, tr { break-inside: avoid; page-break-inside: avoid; }
  table.incidents { break-inside: auto; page-break-inside: auto; }
  thead { display: table-header-group; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  details.chart-data { display: none; }
  a { text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

// Builds the page into one string; every append goes through the escaping
// helpers or is a literal of this file.
class HtmlWriter {
 public:
  explicit HtmlWriter(Language language) : language_(language) {}

  // Appends a literal piece of markup.
  void raw(std::string_view markup) { out_.append(markup); }
  // Appends `text` escaped.
  void text(std::string_view text) { out_ += html_escape(text); }
  // Appends <tag attributes>text</tag> with `text` escaped.
  void element(std::string_view tag, std::string_view attributes, std::string_view text) {
    fmt::format_to(std::back_inserter(out_), "<{}{}{}>{}</{}>", tag, attributes.empty() ? "" : " ",
                   attributes, html_escape(text), tag);
  }
  void catalog(Text id) { text(catalog_text(id, language_)); }

  Language language() const { return language_; }
  std::string take() { return std::move(out_); }

 private:
  Language language_;
  std::string out_;
};

std::string status_class(assess::WeatherStatus status) {
  return fmt::format("status-{}", assess::status_id(status));
}

void write_status_badge(HtmlWriter& html, assess::WeatherStatus status) {
  html.element("span", fmt::format("class=\"status {}\"", status_class(status)),
               detail::status_text(status, html.language()));
}

// Marks a status an analyst set (the rules' status is in the method notes).
void write_override_marker(HtmlWriter& html, const FieldSection& section) {
  if (!section.status_override) return;
  html.raw(" ");
  html.element("small", "class=\"override\"",
               fmt::format("({})", catalog_text(Text::kStatusOverridden, html.language())));
}

void write_trend(HtmlWriter& html, const assess::TrendTest& trend) {
  html.element("span", fmt::format("class=\"trend trend-{}\"", assess::trend_id(trend.trend)),
               detail::trend_text(trend.trend, html.language()));
  html.raw(" ");
  html.element("small", "", format_p_value(trend.p_value, html.language()));
}

void write_head(HtmlWriter& html, const MonthlyReport& report) {
  html.raw("<!DOCTYPE html>\n");
  html.raw(fmt::format("<html lang=\"{}\">\n", model::language_code(html.language())));
  html.raw("<head>\n<meta charset=\"utf-8\">\n");
  html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  html.element("title", "", detail::document_title(report, html.language()));
  html.raw("\n<style>\n");
  html.raw(kStyle);
  html.raw("</style>\n</head>\n");
}

// Report content writers, defined at the end of this file.
void write_headlines(HtmlWriter& html, const FieldSection& section);
void write_items(HtmlWriter& html, const FieldSection& section);
void write_top_threats(HtmlWriter& html, const MonthlyReport& report);
void write_developments_and_how_to_report(HtmlWriter& html, const MonthlyReport& report);

void write_weather_map(HtmlWriter& html, const MonthlyReport& report) {
  const Language language = html.language();
  html.raw("<section id=\"weather-map\">\n");
  html.element("h2", "", catalog_text(Text::kWeatherMap, language));
  html.raw("\n<ul class=\"map\">\n");
  for (const FieldSection& section : report.fields) {
    const assess::WeatherStatus status = section.assessment.status;
    html.raw(fmt::format("<li class=\"{}\"><span class=\"symbol\" aria-hidden=\"true\">",
                         status_class(status)));
    html.text(status_symbol(status));
    html.raw(fmt::format("</span> <a href=\"#field-{}\">", model::field_id(section.field)));
    html.text(model::field_name(section.field, language));
    html.raw("</a>");
    html.element("span", "class=\"word\"", status_label(status, language));
    write_headlines(html, section);
    html.raw("</li>\n");
  }
  html.raw("</ul>\n<table class=\"summary\">\n<thead><tr>");
  html.element("th", "scope=\"col\"", catalog_text(Text::kField, language));
  html.element("th", "scope=\"col\"", catalog_text(Text::kStatus, language));
  html.element("th", "scope=\"col\" class=\"num\"", catalog_text(Text::kThisMonth, language));
  html.element("th", "scope=\"col\" class=\"num\"", catalog_text(Text::kPreviousMonth, language));
  html.element("th", "scope=\"col\" class=\"num\"", catalog_text(Text::kYearAgo, language));
  html.element("th", "scope=\"col\"", catalog_text(Text::kTrend, language));
  html.raw("</tr></thead>\n<tbody>\n");
  for (const FieldSection& section : report.fields) {
    const assess::FieldAssessment& assessment = section.assessment;
    html.raw("<tr>");
    html.element("th", "scope=\"row\"", model::field_name(section.field, language));
    html.raw("<td>");
    write_status_badge(html, assessment.status);
    write_override_marker(html, section);
    html.raw("</td>");
    html.element("td", "class=\"num\"", format_integer(assessment.count, language));
    html.element("td", "class=\"num\"", format_integer(assessment.previous, language));
    html.element("td", "class=\"num\"", format_integer(assessment.year_ago, language));
    html.raw("<td>");
    write_trend(html, assessment.trend);
    html.raw("</td></tr>\n");
  }
  html.raw("</tbody>\n<tfoot><tr>");
  html.element("th", "scope=\"row\"", catalog_text(Text::kTotal, language));
  html.raw("<td></td>");
  html.element("td", "class=\"num\"", format_integer(report.totals.count, language));
  html.element("td", "class=\"num\"", format_integer(report.totals.previous, language));
  html.element("td", "class=\"num\"", format_integer(report.totals.year_ago, language));
  html.raw("<td></td></tr></tfoot>\n</table>\n</section>\n");
}

void write_figures(HtmlWriter& html, const assess::FieldAssessment& assessment) {
  const Language language = html.language();
  html.raw("<table class=\"figures\">\n<thead><tr>");
  html.element("th", "scope=\"col\" class=\"num\"", catalog_text(Text::kThisMonth, language));
  html.element("th", "scope=\"col\" class=\"num\"", catalog_text(Text::kPreviousMonth, language));
  html.element("th", "scope=\"col\" class=\"num\"", catalog_text(Text::kYearAgo, language));
  html.element("th", "scope=\"col\" class=\"num\"", catalog_text(Text::kBaseline, language));
  html.element("th", "scope=\"col\"", catalog_text(Text::kTrend, language));
  html.raw("</tr></thead>\n<tbody><tr>");
  html.element("td", "class=\"num\"", format_integer(assessment.count, language));
  html.element("td", "class=\"num\"", format_integer(assessment.previous, language));
  html.element("td", "class=\"num\"", format_integer(assessment.year_ago, language));
  html.element("td", "class=\"num\"",
               format_fixed(assessment.baseline, kBaselineDecimals, language));
  html.raw("<td>");
  write_trend(html, assessment.trend);
  html.raw("</td></tr></tbody>\n</table>\n");
}

BarChart field_chart(const FieldSection& section, const MonthlyReport& report, Language language) {
  BarChart chart;
  chart.id = fmt::format("chart-{}", model::field_id(section.field));
  chart.title = detail::chart_title(section, language);
  for (std::size_t i = 0; i < section.series.size(); ++i) {
    const MonthCount& point = section.series[i];
    ChartBar bar;
    bar.label = std::string(month_abbreviation(point.month.month, language));
    // The year goes under the first bar and under every January.
    if (i == 0 || point.month.month == 1) bar.sublabel = fmt::format("{}", point.month.year);
    bar.value = point.count;
    bar.value_label = format_integer(point.count, language);
    bar.highlighted = point.month == report.month;
    chart.bars.push_back(std::move(bar));
  }
  return chart;
}

void write_chart(HtmlWriter& html, const FieldSection& section, const MonthlyReport& report) {
  const Language language = html.language();
  const BarChart chart = field_chart(section, report, language);
  html.raw("<figure>\n");
  html.raw(render_bar_chart_svg(chart));
  html.raw("\n");
  html.element("figcaption", "aria-hidden=\"true\"", chart.title);
  html.raw("\n</figure>\n<details class=\"chart-data\">");
  html.element("summary", "", catalog_text(Text::kChartData, language));
  html.raw("\n<table>\n<thead><tr>");
  html.element("th", "scope=\"col\"", catalog_text(Text::kMonth, language));
  html.element("th", "scope=\"col\" class=\"num\"", catalog_text(Text::kCount, language));
  html.raw("</tr></thead>\n<tbody>\n");
  for (const MonthCount& point : section.series) {
    html.raw("<tr>");
    html.element("th", "scope=\"row\"", format_month_short(point.month, language));
    html.element("td", "class=\"num\"", format_integer(point.count, language));
    html.raw("</tr>\n");
  }
  html.raw("</tbody>\n</table>\n</details>\n");
}

void write_incidents(HtmlWriter& html, const FieldSection& section) {
  const Language language = html.language();
  html.element("h3", "", catalog_text(Text::kIncidents, language));
  html.raw("\n");
  if (section.incidents.empty()) {
    html.element("p", "", catalog_text(Text::kNoIncidents, language));
    html.raw("\n");
  } else {
    html.raw("<table class=\"incidents\">\n<thead><tr>");
    html.element("th", "scope=\"col\"", catalog_text(Text::kDate, language));
    html.element("th", "scope=\"col\"", catalog_text(Text::kIncidentTitle, language));
    html.element("th", "scope=\"col\"", catalog_text(Text::kSector, language));
    html.element("th", "scope=\"col\"", catalog_text(Text::kRsit, language));
    html.element("th", "scope=\"col\"", catalog_text(Text::kSeverity, language));
    html.element("th", "scope=\"col\" class=\"num\"",
                 catalog_text(Text::kAffectedPeople, language));
    html.raw("</tr></thead>\n<tbody>\n");
    for (const ListedIncident& incident : section.incidents) {
      html.raw("<tr>");
      html.element("td", "class=\"num\"", format_helsinki_date(incident.reported_at, language));
      html.element("td", "", incident.title);
      html.element("td", "", sector_label(incident.sector, language));
      html.element("td", "", detail::rsit_text(incident.rsit));
      html.element("td", "", severity_label(incident.severity, language));
      html.element(
          "td", "class=\"num\"",
          incident.affected_people ? format_integer(*incident.affected_people, language) : "–");
      html.raw("</tr>\n");
    }
    html.raw("</tbody>\n</table>\n");
  }
  if (section.withheld > 0) {
    html.element("p", "class=\"withheld\"", detail::withheld_note(section.withheld, language));
    html.raw("\n");
  }
}

// --- Key figures and feed figures -----------------------------------------------------------

void write_key_figures(HtmlWriter& html, const MonthlyReport& report) {
  const Language language = html.language();
  html.raw("<section id=\"key-figures\">\n");
  html.element("h2", "", catalog_text(Text::kKeyFigures, language));
  html.raw("\n");
  if (report.key_figures.empty()) {
    html.element("p", "", catalog_text(Text::kNoKeyFigures, language));
    html.raw("\n</section>\n");
    return;
  }
  html.raw("<ul class=\"key-figures\">\n");
  for (const assess::KeyFigureValue& figure : report.key_figures) {
    const detail::KeyFigureText text = detail::key_figure_text(figure, language);
    html.raw(fmt::format("<li id=\"figure-{}\"{}>", html_escape(figure.figure.id),
                         figure.value ? "" : " class=\"no-data\""));
    html.text(text.sentence);
    html.raw("<br><small>");
    html.text(fmt::format("{}: {} · {}: {}", catalog_text(Text::kKeyFigurePeriod, language),
                          text.period, catalog_text(Text::kKeyFigureSource, language),
                          text.source));
    html.raw("</small></li>\n");
  }
  html.raw("</ul>\n</section>\n");
}

void write_feed_figures(HtmlWriter& html, const FieldSection& section) {
  const Language language = html.language();
  html.element("h3", "", catalog_text(Text::kFeedFigures, language));
  html.raw("\n");
  if (section.feeds.empty()) {
    html.element("p", "", catalog_text(Text::kNoFeedFigures, language));
    html.raw("\n");
    return;
  }
  html.raw("<table class=\"feeds\">\n<thead><tr>");
  html.element("th", "scope=\"col\"", catalog_text(Text::kFeed, language));
  html.element("th", "scope=\"col\"", catalog_text(Text::kRsit, language));
  html.element("th", "scope=\"col\" class=\"num\"",
               fmt::format("{}, {}", catalog_text(Text::kFeedEvents, language),
                           catalog_text(Text::kThisMonth, language)));
  html.element("th", "scope=\"col\" class=\"num\"",
               fmt::format("{}, {}", catalog_text(Text::kFeedEvents, language),
                           catalog_text(Text::kPreviousMonth, language)));
  html.element("th", "scope=\"col\" class=\"num\"",
               fmt::format("{}, {}", catalog_text(Text::kFeedHosts, language),
                           catalog_text(Text::kThisMonth, language)));
  html.element("th", "scope=\"col\" class=\"num\"",
               fmt::format("{}, {}", catalog_text(Text::kFeedHosts, language),
                           catalog_text(Text::kPreviousMonth, language)));
  html.raw("</tr></thead>\n<tbody>\n");
  for (const FeedLine& line : section.feeds) {
    html.raw("<tr>");
    html.element("th", "scope=\"row\"", line.feed);
    html.element("td", "", detail::rsit_text(line.rsit));
    html.element("td", "class=\"num\"", format_integer(line.events, language));
    html.element("td", "class=\"num\"", format_integer(line.previous_events, language));
    html.element("td", "class=\"num\"", format_integer(line.hosts, language));
    html.element("td", "class=\"num\"", format_integer(line.previous_hosts, language));
    html.raw("</tr>\n");
  }
  html.raw("</tbody>\n</table>\n");
}

void write_feed_method(HtmlWriter& html, const MonthlyReport& report) {
  const detail::FeedMethodNotes notes = detail::feed_method_notes(report, html.language());
  html.element("li", "", notes.key_figures);
  html.raw("\n<li>");
  html.text(notes.feeds);
  if (!notes.feed_coverage.empty()) {
    html.raw("\n<ul>\n");
    for (const std::string& line : notes.feed_coverage) {
      html.element("li", "", line);
      html.raw("\n");
    }
    html.raw("</ul>");
  }
  html.raw("</li>\n");
}

void write_field(HtmlWriter& html, const FieldSection& section, const MonthlyReport& report) {
  const Language language = html.language();
  const assess::FieldAssessment& assessment = section.assessment;
  html.raw(
      fmt::format("<section class=\"field\" id=\"field-{}\">\n", model::field_id(section.field)));
  html.element("h2", "", model::field_name(section.field, language));
  html.raw("\n<p class=\"status-line\">");
  write_status_badge(html, assessment.status);
  write_override_marker(html, section);
  html.raw(" <small>");
  html.catalog(Text::kRule);
  html.raw(": <code>");
  html.text(assessment.rule);
  html.raw("</code></small></p>\n");
  write_figures(html, assessment);
  write_chart(html, section, report);
  write_items(html, section);
  write_incidents(html, section);
  write_feed_figures(html, section);  // feed figures
  html.raw("</section>\n");
}

// --- Warnings of the month and status overrides ---

void write_warnings(HtmlWriter& html, const MonthlyReport& report) {
  const Language language = html.language();
  html.raw("<section id=\"warnings\">\n");
  html.element("h2", "", catalog_text(Text::kWarnings, language));
  html.raw("\n");
  if (report.warnings.empty()) {
    html.element("p", "", catalog_text(Text::kNoWarnings, language));
    html.raw("\n</section>\n");
    return;
  }
  html.raw("<table class=\"warnings\">\n<thead><tr>");
  html.element("th", "scope=\"col\"", catalog_text(Text::kWarningNumberHeading, language));
  html.element("th", "scope=\"col\"", catalog_text(Text::kWarningLevel, language));
  html.element("th", "scope=\"col\"", catalog_text(Text::kWarningTitle, language));
  html.element("th", "scope=\"col\"", catalog_text(Text::kWarningActiveSince, language));
  html.element("th", "scope=\"col\"", catalog_text(Text::kWarningFields, language));
  html.element("th", "scope=\"col\"", catalog_text(Text::kWarningCves, language));
  html.raw("</tr></thead>\n<tbody>\n");
  for (const ReportWarning& warning : report.warnings) {
    const detail::WarningText text = detail::warning_text(warning, language);
    const std::string_view colour =
        warning.grey ? "grey" : model::warning_level_name(warning.level);
    html.raw(fmt::format("<tr class=\"warning-{}\">", colour));
    html.element("th", "scope=\"row\"", text.heading);
    html.raw("<td>");
    html.text(text.level);
    if (!text.retired.empty()) {
      html.raw("<br><small>");
      html.text(fmt::format("{} {}", catalog_text(Text::kWarningRetired, language), text.retired));
      html.raw("</small>");
    }
    html.raw("</td><td>");
    html.text(text.title);
    if (!text.title_marker.empty()) {
      html.raw(" ");
      html.element("small", "class=\"other-language\"", text.title_marker);
    }
    html.raw("<br><small>");
    html.text(fmt::format("{} {}", catalog_text(Text::kWarningIssued, language), text.issued));
    html.raw("</small></td>");
    html.element("td", "class=\"num\"", text.active_since);
    html.element("td", "", text.fields);
    html.raw("<td>");
    if (text.cves.empty()) html.text("–");
    for (std::size_t i = 0; i < text.cves.size(); ++i) {
      if (i > 0) html.raw("<br>");
      html.text(text.cves[i]);
    }
    html.raw("</td></tr>\n");
  }
  html.raw("</tbody>\n</table>\n</section>\n");
}

void write_method_warnings(HtmlWriter& html, const detail::MethodNotes& notes) {
  html.element("li", "", notes.warnings);
  html.raw("\n");
  html.element("li", "", notes.kev);
  html.raw("\n<li>");
  html.text(notes.overrides_intro);
  if (!notes.overrides.empty()) {
    html.raw("\n<ul>\n");
    for (const std::string& note : notes.overrides) {
      html.element("li", "class=\"override\"", note);
      html.raw("\n");
    }
    html.raw("</ul>");
  }
  html.raw("</li>\n");
}

void write_method(HtmlWriter& html, const MonthlyReport& report) {
  const detail::MethodNotes notes = detail::method_notes(report, html.language());
  html.raw("<section id=\"method\">\n");
  html.element("h2", "", catalog_text(Text::kMethod, html.language()));
  html.raw("\n<ul>\n");
  html.element("li", "", notes.trend);
  html.raw("\n");
  html.element("li", "", notes.baseline);
  html.raw("\n<li>");
  html.text(notes.rules_intro);
  html.raw("\n<ol>\n");
  for (const detail::RuleNote& rule : notes.rules) {
    html.raw("<li>");
    html.element("code", "", rule.id);
    html.raw(": ");
    html.text(rule.description);
    html.raw("</li>\n");
  }
  html.raw("</ol></li>\n");
  html.element("li", "", notes.rules_source);
  html.raw("\n");
  html.element("li", "", notes.listing);
  html.raw("\n");
  html.element("li", "", notes.coverage);
  html.raw("\n");
  write_method_warnings(html, notes);
  write_feed_method(html, report);  // key figures and feed figures
  html.raw("</ul>\n</section>\n");
}

// Report lifecycle: the TLP label and, until published, the state marker.
void write_lifecycle(HtmlWriter& html, const MonthlyReport& report) {
  std::string tlp_class(model::tlp_name(report.tlp));
  for (char& c : tlp_class) {
    if (c == '+') c = '-';
  }
  html.element("p", fmt::format("class=\"tlp tlp-{}\"", tlp_class), detail::tlp_label(report.tlp));
  html.raw("\n");
  const std::string_view marker = detail::state_marker(report.state, html.language());
  if (!marker.empty()) {
    html.element("p",
                 fmt::format("class=\"state state-{}\" role=\"note\"",
                             model::report_state_name(report.state)),
                 marker);
    html.raw("\n");
  }
}

// --- Report content -----------------------------------------------------------

// Appends `text`, in `text_language`; when that is not the page's language,
// marks it with lang= and a visible marker: "[in Finnish]".
void write_in_language(HtmlWriter& html, std::string_view text, Language text_language) {
  if (text_language == html.language()) {
    html.text(text);
    return;
  }
  html.element("span", fmt::format("lang=\"{}\"", model::language_code(text_language)), text);
  html.raw(" ");
  html.element("small", "class=\"lang-marker\"", language_marker(text_language, html.language()));
}

void write_headlines(HtmlWriter& html, const FieldSection& section) {
  if (section.headlines.empty()) return;
  html.raw(fmt::format("<ul class=\"headlines\" aria-label=\"{}\">",
                       html_escape(content_text(ContentText::kHeadlines, html.language()))));
  for (const Headline& headline : section.headlines) {
    const auto shown = model::shown_text(headline.text, html.language());
    if (shown.text == nullptr) continue;
    html.raw("<li>");
    write_in_language(html, *shown.text, shown.language);
    html.raw("</li>");
  }
  html.raw("</ul>");
}

void write_items(HtmlWriter& html, const FieldSection& section) {
  const Language language = html.language();
  if (section.items.empty()) return;
  html.element("h3", "", content_text(ContentText::kItems, language));
  html.raw("\n");
  for (const model::ContentItem& item : section.items) {
    const auto shown = model::shown_text(item.texts, language);
    if (shown.text == nullptr) continue;
    const bool draft = item.status == model::ItemStatus::kDraft;
    html.raw(fmt::format("<article class=\"item{}\" id=\"item-{}\">\n<h4>",
                         draft ? " item-draft" : "", html_escape(item.id)));
    write_in_language(html, shown.text->title, shown.language);
    html.raw("</h4>\n");
    if (draft) {
      html.element("p", "class=\"draft\"", content_text(ContentText::kDraft, language));
      html.raw("\n");
    }
    const std::string lang =
        shown.fallback() ? fmt::format(" lang=\"{}\"", model::language_code(shown.language)) : "";
    html.raw(fmt::format("<ul{}>\n", lang));
    for (const std::string& bullet : shown.text->bullets) {
      html.element("li", "", bullet);
      html.raw("\n");
    }
    html.raw("</ul>\n<p class=\"analysis\">");
    html.element("strong", "", content_text(ContentText::kAnalysis, language));
    html.raw(" ");
    html.element("span", lang.empty() ? "" : lang.substr(1), shown.text->analysis);
    html.raw("</p>\n</article>\n");
  }
}

void write_threat(HtmlWriter& html, const ThreatEntry& entry, const MonthlyReport& report) {
  const Language language = html.language();
  const auto shown = model::shown_text(entry.threat.texts, language);
  if (shown.text == nullptr) return;
  html.raw(fmt::format("<li id=\"threat-{}\">\n<h3>", html_escape(entry.threat.id)));
  write_in_language(html, shown.text->title, shown.language);
  html.raw("</h3>\n<p class=\"threat-trend\">");
  if (entry.is_new()) {
    html.element("span", "class=\"marker marker-new\"",
                 content_text(ContentText::kThreatNew, language));
  } else {
    html.element("span", fmt::format("class=\"trend trend-{}\"", assess::trend_id(entry.trend)),
                 detail::trend_text(entry.trend, language));
    html.raw(" ");
    html.element("small", "",
                 format_content_text(ContentText::kPreviousRank, language,
                                     format_integer(*entry.previous_rank, language)));
  }
  if (entry.updated) {
    html.raw(" ");
    html.element("span", "class=\"marker marker-updated\"",
                 content_text(ContentText::kThreatUpdated, language));
  }
  const std::string lang =
      shown.fallback() ? fmt::format(" lang=\"{}\"", model::language_code(shown.language)) : "";
  html.raw(fmt::format("</p>\n<p{}>", lang));
  html.text(shown.text->description);
  html.raw("</p>\n<p class=\"case\">");
  html.element("strong", "", content_text(ContentText::kCase, language));
  html.raw(" ");
  html.element("span", lang.empty() ? "" : lang.substr(1), shown.text->case_text);
  html.raw("</p>\n");
  if (!entry.threat.metrics.empty()) {
    html.raw("<p><small>");
    html.text(content_text(ContentText::kLinkedMetrics, language));
    html.raw(": ");
    html.text(detail::linked_metrics_text(report, entry.threat.metrics, language));
    html.raw("</small></p>\n");
  }
  html.raw("</li>\n");
}

void write_top_threats(HtmlWriter& html, const MonthlyReport& report) {
  const Language language = html.language();
  html.raw("<section id=\"top-threats\">\n");
  html.element("h2", "", content_text(ContentText::kTopThreats, language));
  html.raw("\n");
  if (report.threats.empty()) {
    html.element("p", "", content_text(ContentText::kNoThreats, language));
    html.raw("\n</section>\n");
    return;
  }
  html.element(
      "p", "",
      report.threats_compared_with
          ? format_content_text(ContentText::kComparedWith, language,
                                format_month_title(*report.threats_compared_with, language))
          : std::string(content_text(ContentText::kNoPreviousList, language)));
  html.raw("\n<ol class=\"threats\">\n");
  for (const ThreatEntry& entry : report.threats) write_threat(html, entry, report);
  html.raw("</ol>\n</section>\n");
}

void write_developments_and_how_to_report(HtmlWriter& html, const MonthlyReport& report) {
  const Language language = html.language();
  html.raw("<section id=\"developments\">\n");
  html.element("h2", "", content_text(ContentText::kDevelopments, language));
  html.raw("\n");
  if (report.developments.empty()) {
    html.element("p", "", content_text(ContentText::kNoDevelopments, language));
    html.raw("\n");
  }
  // Grouped by kind, in DevelopmentKind order, each kind under its heading.
  for (const model::DevelopmentKind kind : model::kAllDevelopmentKinds) {
    bool heading = false;
    for (const model::Development& development : report.developments) {
      if (development.kind != kind) continue;
      const auto shown = model::shown_text(development.texts, language);
      if (shown.text == nullptr) continue;
      if (!heading) {
        html.element("h3", "", development_kind_label(kind, language));
        html.raw("\n");
        heading = true;
      }
      html.raw(fmt::format("<article class=\"development\" id=\"development-{}\">\n<h4>",
                           html_escape(development.id)));
      write_in_language(html, shown.text->title, shown.language);
      html.raw("</h4>\n");
      html.element(
          "p",
          shown.fallback() ? fmt::format("lang=\"{}\"", model::language_code(shown.language)) : "",
          shown.text->text);
      html.raw("\n</article>\n");
    }
  }
  html.raw("</section>\n");
  const auto shown = model::shown_text(report.how_to_report.texts, language);
  if (shown.text != nullptr) {
    html.raw("<section id=\"how-to-report\">\n");
    html.element("h2", "", content_text(ContentText::kHowToReport, language));
    html.raw("\n<p>");
    write_in_language(html, shown.text->intro, shown.language);
    html.raw("</p>\n<ul>\n");
    for (const std::string& channel : shown.text->channels) {
      html.raw("<li>");
      write_in_language(html, channel, shown.language);
      html.raw("</li>\n");
    }
    html.raw("</ul>\n</section>\n");
  }
}

}  // namespace

std::string render_html(const MonthlyReport& report, model::Language language) {
  HtmlWriter html(language);
  write_head(html, report);
  html.raw("<body>\n<header>\n");
  write_lifecycle(html, report);
  html.element("h1", "", detail::document_title(report, language));
  html.raw("\n</header>\n<main>\n");
  write_weather_map(html, report);
  write_warnings(html, report);
  write_key_figures(html, report);  // key figures
  write_top_threats(html, report);
  for (const FieldSection& section : report.fields) write_field(html, section, report);
  write_developments_and_how_to_report(html, report);
  write_method(html, report);
  html.raw("</main>\n</body>\n</html>\n");
  return html.take();
}

}  // namespace kybersaa::report
