// The Markdown renderer: CommonMark with GitHub-style tables, for review in a
// repository or a merge request. Every text goes through markdown_escape(),
// so titles cannot inject links, HTML or table columns. Charts become
// tables: Markdown has no portable way to draw.

#include <fmt/format.h>

#include <algorithm>
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

// The status word, marked when an analyst set it.
std::string status_cell(const FieldSection& section, Language language) {
  const std::string status = detail::status_text(section.assessment.status, language);
  if (!section.status_override) return status;
  return fmt::format("{} ({})", status, catalog_text(Text::kStatusOverridden, language));
}

// Report content writers, defined at the end of this file.
void write_headlines(MarkdownWriter& md, const MonthlyReport& report);
void write_items(MarkdownWriter& md, const FieldSection& section);
void write_top_threats(MarkdownWriter& md, const MonthlyReport& report);
void write_developments_and_how_to_report(MarkdownWriter& md, const MonthlyReport& report);

void write_weather_map(MarkdownWriter& md, const MonthlyReport& report) {
  const Language language = md.language();
  md.heading(2, md.catalog(Text::kWeatherMap));
  md.row(md.catalog(Text::kField), md.catalog(Text::kStatus), md.catalog(Text::kThisMonth),
         md.catalog(Text::kPreviousMonth), md.catalog(Text::kYearAgo), md.catalog(Text::kTrend));
  md.raw("|---|---|---:|---:|---:|---|\n");
  for (const FieldSection& section : report.fields) {
    const assess::FieldAssessment& assessment = section.assessment;
    md.row(model::field_name(section.field, language), status_cell(section, language),
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
  md.labelled_item(md.catalog(Text::kStatus), status_cell(section, language));
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
  write_items(md, section);
  write_incidents(md, section);
  write_feed_figures(md, section);  // feed figures
}

// --- Warnings of the month and status overrides ---

void write_warnings(MarkdownWriter& md, const MonthlyReport& report) {
  const Language language = md.language();
  md.heading(2, md.catalog(Text::kWarnings));
  if (report.warnings.empty()) {
    md.text(md.catalog(Text::kNoWarnings));
    md.raw("\n\n");
    return;
  }
  for (const ReportWarning& warning : report.warnings) {
    const detail::WarningText text = detail::warning_text(warning, language);
    md.heading(3, text.title_marker.empty()
                      ? fmt::format("{}: {}", text.heading, text.title)
                      : fmt::format("{}: {} {}", text.heading, text.title, text.title_marker));
    md.labelled_item(md.catalog(Text::kWarningLevel), text.level);
    md.labelled_item(md.catalog(Text::kWarningIssued), text.issued);
    md.labelled_item(md.catalog(Text::kWarningActiveSince), text.active_since);
    if (!text.retired.empty()) md.labelled_item(md.catalog(Text::kWarningRetired), text.retired);
    md.labelled_item(md.catalog(Text::kWarningFields), text.fields);
    if (text.cves.empty()) {
      md.labelled_item(md.catalog(Text::kWarningCves), "–");
    } else {
      md.raw(fmt::format("- {}:\n", markdown_escape(md.catalog(Text::kWarningCves))));
      for (const std::string& cve : text.cves)
        md.raw(fmt::format("  - {}\n", markdown_escape(cve)));
    }
    md.raw("\n");
  }
}

void write_method_warnings(MarkdownWriter& md, const detail::MethodNotes& notes) {
  for (const std::string* note : {&notes.warnings, &notes.kev, &notes.overrides_intro}) {
    md.raw("- ");
    md.text(*note);
    md.raw("\n");
  }
  for (const std::string& note : notes.overrides) {
    md.raw(fmt::format("  - {}\n", markdown_escape(note)));
  }
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
  write_method_warnings(md, notes);
  write_feed_method(md, report);  // key figures and feed figures
}

// Report lifecycle: the TLP label and, until published, the state marker.
void write_lifecycle(MarkdownWriter& md, const MonthlyReport& report) {
  md.raw("**");
  md.text(detail::tlp_label(report.tlp));
  md.raw("**");
  const std::string_view marker = detail::state_marker(report.state, md.language());
  if (!marker.empty()) {
    md.raw(" · **");
    md.text(marker);
    md.raw("**");
  }
  md.raw("\n\n");
}

// --- Report content -----------------------------------------------------------

// Returns `text` escaped; when `text_language` is not the document's, with
// the visible marker after it: "text *[in Finnish]*".
std::string in_language(const MarkdownWriter& md, std::string_view text, Language text_language) {
  std::string out = markdown_escape(text);
  if (text_language != md.language()) {
    out += fmt::format(" *{}*", markdown_escape(language_marker(text_language, md.language())));
  }
  return out;
}

void write_headlines(MarkdownWriter& md, const MonthlyReport& report) {
  const Language language = md.language();
  if (std::all_of(report.fields.begin(), report.fields.end(),
                  [](const FieldSection& section) { return section.headlines.empty(); })) {
    return;
  }
  md.heading(3, content_text(ContentText::kHeadlines, language));
  for (const FieldSection& section : report.fields) {
    if (section.headlines.empty()) continue;
    md.raw(fmt::format("- **{}**\n", markdown_escape(model::field_name(section.field, language))));
    for (const Headline& headline : section.headlines) {
      const auto shown = model::shown_text(headline.text, language);
      if (shown.text == nullptr) continue;
      md.raw(fmt::format("  - {}\n", in_language(md, *shown.text, shown.language)));
    }
  }
  md.raw("\n");
}

void write_items(MarkdownWriter& md, const FieldSection& section) {
  const Language language = md.language();
  if (section.items.empty()) return;
  md.heading(3, content_text(ContentText::kItems, language));
  for (const model::ContentItem& item : section.items) {
    const auto shown = model::shown_text(item.texts, language);
    if (shown.text == nullptr) continue;
    md.raw(fmt::format("#### {}\n\n", in_language(md, shown.text->title, shown.language)));
    if (item.status == model::ItemStatus::kDraft) {
      md.raw(fmt::format("*{}*\n\n", markdown_escape(content_text(ContentText::kDraft, language))));
    }
    for (const std::string& bullet : shown.text->bullets) {
      md.raw("- ");
      md.text(bullet);
      md.raw("\n");
    }
    md.raw(fmt::format("\n**{}** {}\n\n",
                       markdown_escape(content_text(ContentText::kAnalysis, language)),
                       markdown_escape(shown.text->analysis)));
  }
}

void write_top_threats(MarkdownWriter& md, const MonthlyReport& report) {
  const Language language = md.language();
  md.heading(2, content_text(ContentText::kTopThreats, language));
  if (report.threats.empty()) {
    md.text(content_text(ContentText::kNoThreats, language));
    md.raw("\n\n");
    return;
  }
  md.text(report.threats_compared_with
              ? format_content_text(ContentText::kComparedWith, language,
                                    format_month_title(*report.threats_compared_with, language))
              : std::string(content_text(ContentText::kNoPreviousList, language)));
  md.raw("\n\n");
  for (const ThreatEntry& entry : report.threats) {
    const auto shown = model::shown_text(entry.threat.texts, language);
    if (shown.text == nullptr) continue;
    std::string movement =
        entry.is_new()
            ? std::string(content_text(ContentText::kThreatNew, language))
            : fmt::format("{} ({})", detail::trend_text(entry.trend, language),
                          format_content_text(ContentText::kPreviousRank, language,
                                              format_integer(*entry.previous_rank, language)));
    if (entry.updated) {
      movement += fmt::format(", {}", content_text(ContentText::kThreatUpdated, language));
    }
    md.raw(fmt::format("### {}. {}\n\n", entry.threat.rank,
                       in_language(md, shown.text->title, shown.language)));
    md.raw(fmt::format("*{}*\n\n", markdown_escape(movement)));
    md.text(shown.text->description);
    md.raw(fmt::format("\n\n**{}** {}\n\n",
                       markdown_escape(content_text(ContentText::kCase, language)),
                       markdown_escape(shown.text->case_text)));
    if (!entry.threat.metrics.empty()) {
      md.labelled_item(content_text(ContentText::kLinkedMetrics, language),
                       detail::linked_metrics_text(report, entry.threat.metrics, language));
      md.raw("\n");
    }
  }
}

void write_developments_and_how_to_report(MarkdownWriter& md, const MonthlyReport& report) {
  const Language language = md.language();
  md.heading(2, content_text(ContentText::kDevelopments, language));
  if (report.developments.empty()) {
    md.text(content_text(ContentText::kNoDevelopments, language));
    md.raw("\n\n");
  }
  for (const model::DevelopmentKind kind : model::kAllDevelopmentKinds) {
    bool heading = false;
    for (const model::Development& development : report.developments) {
      if (development.kind != kind) continue;
      const auto shown = model::shown_text(development.texts, language);
      if (shown.text == nullptr) continue;
      if (!heading) {
        md.heading(3, development_kind_label(kind, language));
        heading = true;
      }
      md.raw(fmt::format("**{}** — {}\n\n", in_language(md, shown.text->title, shown.language),
                         markdown_escape(shown.text->text)));
    }
  }
  const auto shown = model::shown_text(report.how_to_report.texts, language);
  if (shown.text == nullptr) return;
  md.heading(2, content_text(ContentText::kHowToReport, language));
  md.raw(in_language(md, shown.text->intro, shown.language));
  md.raw("\n\n");
  for (const std::string& channel : shown.text->channels) {
    md.raw(fmt::format("- {}\n", in_language(md, channel, shown.language)));
  }
  md.raw("\n");
}

}  // namespace

std::string render_markdown(const MonthlyReport& report, model::Language language) {
  MarkdownWriter md(language);
  write_lifecycle(md, report);
  md.heading(1, detail::document_title(report, language));
  write_weather_map(md, report);
  write_headlines(md, report);
  write_warnings(md, report);
  write_key_figures(md, report);  // key figures
  write_top_threats(md, report);
  for (const FieldSection& section : report.fields) write_field(md, section);
  write_developments_and_how_to_report(md, report);
  write_method(md, report);
  return md.take();
}

}  // namespace kybersaa::report
