#include "report/key_figure_text.hpp"

#include <cmath>
#include <filesystem>

#include "report/catalog.hpp"
#include "report/locale_format.hpp"

namespace kybersaa::report::detail {
namespace {

constexpr int kGbpsDecimals = 1;
// Percentages of 10 or more are shown whole; smaller ones with one decimal.
constexpr double kWholePercentFrom = 10.0;
constexpr std::string_view kMinusSign = "\u2212";

int percent_decimals(double percent) { return std::fabs(percent) >= kWholePercentFrom ? 0 : 1; }

}  // namespace

std::string period_text(const assess::MonthRange& range, model::Language language) {
  if (range.first == range.last) return format_month_title(range.first, language);
  const std::string_view dash = language == model::Language::kEn ? " – " : "–";
  return format_month_short(range.first, language) + std::string(dash) +
         format_month_short(range.last, language);
}

std::string figure_value_text(double value, assess::FigureUnit unit, model::Language language) {
  switch (unit) {
    case assess::FigureUnit::kCount:
      return format_integer(std::llround(value), language);
    case assess::FigureUnit::kGbps:
      return format_decimal(value, kGbpsDecimals, language);
    case assess::FigureUnit::kPercent:
      return format_percent(value, percent_decimals(value), language);
  }
  return {};
}

std::string change_text(double percent, model::Language language) {
  const int decimals = percent_decimals(percent);
  const std::string magnitude = format_percent(std::fabs(percent), decimals, language);
  // A change that rounds to zero has no sign.
  if (magnitude == format_percent(0.0, decimals, language)) return magnitude;
  return std::string(percent > 0 ? "+" : kMinusSign) + magnitude;
}

KeyFigureText key_figure_text(const assess::KeyFigureValue& figure, model::Language language) {
  KeyFigureText text;
  text.period = period_text(figure.period, language);
  text.source = figure.figure.source.in(language);
  if (!figure.value) {
    text.sentence = format_text(Text::kKeyFigureNoData, language, figure.figure.label.in(language),
                                text.period);
    return text;
  }
  const assess::FigureUnit unit = assess::metric_unit(figure.figure.metric);
  const std::string& pattern = figure.figure.sentence.in(language);
  // The parser accepted only the four placeholders, so every '{' opens one.
  std::size_t at = 0;
  while (at < pattern.size()) {
    const std::size_t open = pattern.find('{', at);
    const std::size_t close = open == std::string::npos ? open : pattern.find('}', open);
    if (close == std::string::npos) {
      text.sentence.append(pattern, at);
      break;
    }
    text.sentence.append(pattern, at, open - at);
    const std::string_view name(pattern.data() + open + 1, close - open - 1);
    if (name == "value") {
      text.sentence += figure_value_text(*figure.value, unit, language);
    } else if (name == "period") {
      text.sentence += text.period;
    } else if (name == "change") {
      text.sentence += figure.change_percent
                           ? change_text(*figure.change_percent, language)
                           : std::string(catalog_text(Text::kKeyFigureNoComparison, language));
    } else if (name == "previous") {
      text.sentence += figure.compared ? figure_value_text(*figure.compared, unit, language) : "–";
    }
    at = close + 1;
  }
  return text;
}

std::string linked_metric_text(const MonthlyReport& report, std::string_view metric,
                               model::Language language) {
  for (const assess::KeyFigureValue& figure : report.key_figures) {
    if (figure.figure.id != metric) continue;
    const std::string period = period_text(figure.period, language);
    const std::string& label = figure.figure.label.in(language);
    if (!figure.value) return format_text(Text::kKeyFigureNoData, language, label, period);
    const assess::FigureUnit unit = assess::metric_unit(figure.figure.metric);
    return label + ": " + figure_value_text(*figure.value, unit, language) +
           (unit == assess::FigureUnit::kGbps ? " Gbit/s" : "") + " (" + period + ")";
  }
  return std::string(metric);
}

std::string linked_metrics_text(const MonthlyReport& report,
                                const std::vector<std::string>& metrics, model::Language language) {
  std::string text;
  for (const std::string& metric : metrics) {
    if (!text.empty()) text += "; ";
    text += linked_metric_text(report, metric, language);
  }
  return text;
}

FeedMethodNotes feed_method_notes(const MonthlyReport& report, model::Language language) {
  FeedMethodNotes notes;
  notes.key_figures =
      format_text(Text::kMethodKeyFigures, language,
                  report.key_figures_source == assess::default_key_figure_set().source
                      ? std::string(catalog_text(Text::kKeyFiguresBuiltIn, language))
                      : std::filesystem::path(report.key_figures_source).filename().string());
  if (report.feed_coverage.empty()) {
    notes.feeds = std::string(catalog_text(Text::kMethodNoFeeds, language));
    return notes;
  }
  notes.feeds = std::string(catalog_text(Text::kMethodFeeds, language));
  for (const FeedCoverage& feed : report.feed_coverage) {
    notes.feed_coverage.push_back(format_text(
        Text::kMethodFeedCoverage, language, feed.feed, format_month_short(feed.first, language),
        format_month_short(feed.last, language), format_integer(feed.months, language)));
  }
  return notes;
}

}  // namespace kybersaa::report::detail
