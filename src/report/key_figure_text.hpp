#pragma once
// The localized sentences of the key figures and the feed figures, shared by
// the HTML and Markdown renderers (and the JSON's "sentence"). Plain text:
// each renderer escapes it for its own syntax.

#include <string>
#include <string_view>
#include <vector>

#include "assess/key_figures.hpp"
#include "model/language.hpp"
#include "report/monthly_report.hpp"

namespace kybersaa::report::detail {

// Returns a figure period: the month title for one month ("lokakuu 2026"),
// else "8/2026–10/2026" (fi, sv) or "Aug 2026 – Oct 2026" (en).
std::string period_text(const assess::MonthRange& range, model::Language language);

// Returns a figure's value in its unit: "20 000", "59,5" (Gbit/s; the
// sentence names the unit), "66 %" / "2,5 %".
std::string figure_value_text(double value, assess::FigureUnit unit, model::Language language);

// Returns a % change with its sign: "+12 %", "−2,5 %", "0 %" (en: "+12%").
std::string change_text(double percent, model::Language language);

// One key figure as the report shows it.
struct KeyFigureText {
  std::string sentence;  // the template filled in, or the no-data sentence
  std::string period;    // the period as period_text() gives it
  std::string source;
};

// Fills the figure's sentence template for `language`. With no value the
// sentence says there is no data; {change} without a comparison figure says
// so; {previous} without one is "–".
KeyFigureText key_figure_text(const assess::KeyFigureValue& figure, model::Language language);

// A top-5 threat's linked metric as the report shows it: a metric that names
// a key figure of the report (its id) is "Label: value (period)", with the
// unit for Gbit/s, or the no-data sentence; any other name is shown as given.
std::string linked_metric_text(const MonthlyReport& report, std::string_view metric,
                               model::Language language);

// Returns a threat's linked metrics as the report shows them, "; " between.
std::string linked_metrics_text(const MonthlyReport& report,
                                const std::vector<std::string>& metrics, model::Language language);

// The method notes about key figures and feed data.
struct FeedMethodNotes {
  std::string key_figures;                 // where the declarations came from
  std::string feeds;                       // what feed figures count, or that there are none
  std::vector<std::string> feed_coverage;  // one line per feed: months with counts
};

FeedMethodNotes feed_method_notes(const MonthlyReport& report, model::Language language);

}  // namespace kybersaa::report::detail
