// The Markdown renderer: CommonMark with GitHub-style tables, for review in a
// repository or a merge request. Every text goes through markdown_escape(),
// so titles cannot inject links, HTML or table columns. Charts become
// tables: Markdown has no portable way to draw.

#include <fmt/format.h>

#include <iterator>
#include <string>

#include "model/field.hpp"
#include "report/catalog.hpp"
#include "report/escape.hpp"
#include "report/key_figure_text.hpp"
#include "report/locale_format.hpp"
#include "report/render.hpp"
#include "report/report_text.hpp"

namespace kybersaa::report {
namespace {

using model::Language;

constexpr int kBaselineDecimals = 1;

class MarkdownWriter {
 public:
  explicit MarkdownWriter(Language language) : language_(language) {}

  // Appends literal Markdown syntax.
  void raw(std::string_view markup) { out_.append(markup); }
  // Appends `text` escaped.
  void text(std::string_view text) { out_ += markdown_escape(text); }
  // Appends a heading of `level` and a blank line.
  void heading(int level, std::string_view text) {
    fmt::format_to(std::back_inserter(out_), "{} {}\n\n", std::string(level, '#'),
                   markdown_escape(text));
  }
  // Appends "- label: value\n" with both escaped.
  void labelled_item(std::string_view label, std::string_view value) {
    fmt::format_to(std::back_inserter(out_), "- {}: {}\n", markdown_escape(label),
                   markdown_escape(value));
  }
  // Appends one table row of escaped cells.
  template <class... Cells>
  void row(const Cells&... cells) {
    out_ += "|";
    ((out_ += " " + markdown_escape(cells) + " |"), ...);
    out_ += "\n";
  }
  std::string_view catalog(Text id) const { return catalog_text(id, language_); }

  Language language() const { return language_; }
  std::string take() { return std::move(out_); }

 private:
  Language language_;
  std::string out_;
};

std::string trend_cell(const assess::TrendTest& trend, Language language) {
  return fmt::format("{} ({})", detail::trend_text(trend.trend, language),
                     format_p_value(trend.p_value, language));
}

void write_weather_map(MarkdownWriter& md, const MonthlyReport& report) {
  const Language language = md.language();
  md.heading(2, md.catalog(Text::kWeatherMap));
  md.row(md.catalog(Text::kField), md.catalog(Text::kStatus), md.catalog(Text::kThisMonth),
         md.catalog(Text::kPreviousMonth), md.catalog(Text::kYearAgo), md.catalog(Text::kTrend));
  md.raw("|---|---|---:|---:|---:|---|\n");
  for (const FieldSection& section : report.fields) {
    const assess::FieldAssessment& assessment = section.assessment;
    md.row(model::field_name(section.field, language),
           detail::status_text(assessment.status, language),
           format_integer(assessment.count, language),
           format_integer(assessment.previous, language),
           format_integer(assessment.year_ago, language), trend_cell(assessment.trend, language));
  }
  // The total line, bold; escaped text inside literal emphasis markers.
  md.raw(fmt::format("| **{}** | | **{}** | **{}** | **{}** | |\n\n",
                     markdown_escape(md.catalog(Text::kTotal)),
                     markdown_escape(format_integer(report.totals.count, language)),
                     markdown_escape(format_integer(report.totals.previous, language)),
                     markdown_escape(format_integer(report.totals.year_ago, language))));
}

void write_incidents(MarkdownWriter& md, const FieldSection& section) {
  const Language language = md.language();
  md.heading(3, md.catalog(Text::kIncidents));
  if (section.incidents.empty()) {
    md.text(md.catalog(Text::kNoIncidents));
    md.raw("\n\n");
  } else {
    for (const ListedIncident& incident : section.incidents) {
      std::string details =
          fmt::format("{}: {}; {}: {}; {}: {}", md.catalog(Text::kSector),
                      sector_label(incident.sector, language), md.catalog(Text::kRsit),
                      detail::rsit_text(incident.rsit), md.catalog(Text::kSeverity),
                      severity_label(incident.severity, language));
      if (incident.affected_people) {
        details += fmt::format("; {}: {}", md.catalog(Text::kAffectedPeople),
                               format_integer(*incident.affected_people, language));
      }
      md.raw(fmt::format("- {} — **{}** — {}\n",
                         markdown_escape(format_helsinki_date(incident.reported_at, language)),
                         markdown_escape(incident.title), markdown_escape(details)));
    }
    md.raw("\n");
  }
  if (section.withheld > 0) {
    md.raw(fmt::format("*{}*\n\n",
                       markdown_escape(detail::withheld_note(section.withheld, language))));
  }
}

// --- Key figures and feed figures -----------------------------------------------------------

void write_key_figures(MarkdownWriter& md, const MonthlyReport& report) {
  const Language language = md.language();
  md.heading(2, md.catalog(Text::kKeyFigures));
  if (report.key_figures.empty()) {
    md.text(md.catalog(Text::kNoKeyFigures));
    md.raw("\n\n");
    return;
  }
  for (const assess::KeyFigureValue& figure : report.key_figures) {
    const detail::KeyFigureText text = detail::key_figure_text(figure, language);
    md.raw(fmt::format(
        "- {} *({}: {}; {}: {})*\n", markdown_escape(text.sentence),
        markdown_escape(md.catalog(Text::kKeyFigurePeriod)), markdown_escape(text.period),
        markdown_escape(md.catalog(Text::kKeyFigureSource)), markdown_escape(text.source)));
  }
  md.raw("\n");
}

void write_feed_figures(MarkdownWriter& md, const FieldSection& section) {
  const Language language = md.language();
  md.heading(3, md.catalog(Text::kFeedFigures));
  if (section.feeds.empty()) {
    md.text(md.catalog(Text::kNoFeedFigures));
    md.raw("\n\n");
    return;
  }
  md.row(md.catalog(Text::kFeed), md.catalog(Text::kRsit),
         fmt::format("{}, {}", md.catalog(Text::kFeedEvents), md.catalog(Text::kThisMonth)),
         fmt::format("{}, {}", md.catalog(Text::kFeedEvents), md.catalog(Text::kPreviousMonth)),
         fmt::format("{}, {}", md.catalog(Text::kFeedHosts), md.catalog(Text::kThisMonth)),
         fmt::format("{}, {}", md.catalog(Text::kFeedHosts), md.catalog(Text::kPreviousMonth)));
  md.raw("|---|---|---:|---:|---:|---:|\n");
  for (const FeedLine& line : section.feeds) {
    md.row(line.feed, detail::rsit_text(line.rsit), format_integer(line.events, language),
           format_integer(line.previous_events, language), format_integer(line.hosts, language),
           format_integer(line.previous_hosts, language));
  }
  md.raw("\n");
}

void write_feed_method(MarkdownWriter& md, const MonthlyReport& report) {
  const detail::FeedMethodNotes notes = detail::feed_method_notes(report, md.language());
  for (const std::string* note : {&notes.key_figures, &notes.feeds}) {
    md.raw("- ");
    md.text(*note);
    md.raw("\n");
  }
  for (const std::string& line : notes.feed_coverage) {
    md.raw("  - ");
    md.text(line);
    md.raw("\n");
  }
}

void write_field(MarkdownWriter& md, const FieldSection& section) {
  const Language language = md.language();
  const assess::FieldAssessment& assessment = section.assessment;
  md.heading(2, model::field_name(section.field, language));
  md.labelled_item(md.catalog(Text::kStatus), detail::status_text(assessment.status, language));
  md.labelled_item(md.catalog(Text::kRule), assessment.rule);
  md.labelled_item(md.catalog(Text::kThisMonth), format_integer(assessment.count, language));
  md.labelled_item(md.catalog(Text::kPreviousMonth), format_integer(assessment.previous, language));
  md.labelled_item(md.catalog(Text::kYearAgo), format_integer(assessment.year_ago, language));
  md.labelled_item(md.catalog(Text::kBaseline),
                   format_fixed(assessment.baseline, kBaselineDecimals, language));
  md.labelled_item(md.catalog(Text::kTrend), trend_cell(assessment.trend, language));
  md.raw("\n");

  md.heading(3, detail::chart_title(section, language));
  md.row(md.catalog(Text::kMonth), md.catalog(Text::kCount));
  md.raw("|---|---:|\n");
  for (const MonthCount& point : section.series) {
    md.row(format_month_short(point.month, language), format_integer(point.count, language));
  }
  md.raw("\n");
  write_incidents(md, section);
  write_feed_figures(md, section);  // feed figures
}

void write_method(MarkdownWriter& md, const MonthlyReport& report) {
  const detail::MethodNotes notes = detail::method_notes(report, md.language());
  md.heading(2, md.catalog(Text::kMethod));
  for (const std::string* note : {&notes.trend, &notes.baseline, &notes.rules_intro}) {
    md.raw("- ");
    md.text(*note);
    md.raw("\n");
  }
  int number = 1;
  for (const detail::RuleNote& rule : notes.rules) {
    md.raw(fmt::format("  {}. {}: {}\n", number++, markdown_escape(rule.id),
                       markdown_escape(rule.description)));
  }
  for (const std::string* note : {&notes.rules_source, &notes.listing, &notes.coverage}) {
    md.raw("- ");
    md.text(*note);
    md.raw("\n");
  }
  write_feed_method(md, report);  // key figures and feed figures
}

}  // namespace

std::string render_markdown(const MonthlyReport& report, model::Language language) {
  MarkdownWriter md(language);
  md.heading(1, detail::document_title(report, language));
  write_weather_map(md, report);
  write_key_figures(md, report);  // key figures
  for (const FieldSection& section : report.fields) write_field(md, section);
  write_method(md, report);
  return md.take();
}

}  // namespace kybersaa::report
