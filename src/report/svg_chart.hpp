#pragma once
// A bar chart written as SVG text. Labels are <text> elements rather than
// paths, so they stay selectable, searchable and translatable; the chart
// names itself with <title> for screen readers. The chart knows nothing of
// languages: callers pass the labels already formatted.

#include <cstdint>
#include <string>
#include <vector>

namespace kybersaa::report {

// One bar of a chart.
struct ChartBar {
  std::string label;         // first line under the bar, e.g. "loka"
  std::string sublabel;      // second line, e.g. "2025"; may be empty
  std::int64_t value = 0;    // bar height; negative values are drawn as 0
  std::string value_label;   // printed above the bar, e.g. "1 204"
  bool highlighted = false;  // drawn darker: the report's own month
};

struct BarChart {
  // Unique within the page and made of [A-Za-z0-9_-] only: the <title>
  // element's id is `id` + "-title".
  std::string id;
  std::string title;  // the chart's accessible name
  std::vector<ChartBar> bars;
};

// Returns `chart` as an <svg> element for inline use in HTML5 (no XML
// declaration and no xmlns, which inline SVG does not need). Every text is
// escaped. Deterministic: equal charts give equal bytes.
std::string render_bar_chart_svg(const BarChart& chart);

}  // namespace kybersaa::report
