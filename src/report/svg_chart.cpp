#include "report/svg_chart.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "report/escape.hpp"

namespace kybersaa::report {
namespace {

// Geometry in SVG user units (CSS pixels at 100 %).
constexpr int kSideMargin = 8;
constexpr int kBarStep = 40;  // horizontal space per bar
constexpr int kBarWidth = 28;
constexpr int kTopMargin = 18;  // room for the value above the tallest bar
constexpr int kPlotHeight = 120;
constexpr int kLabelLine = 14;  // height of one line of axis labels
constexpr int kBottomMargin = 2 * kLabelLine + 6;
constexpr int kFontSize = 11;
constexpr int kValueGap = 4;  // between a bar's top and its value

constexpr std::string_view kBarColour = "#8a9bb3";
constexpr std::string_view kHighlightColour = "#1f3a5f";
constexpr std::string_view kAxisColour = "#555555";
constexpr std::string_view kTextColour = "#1a1a1a";

}  // namespace

std::string render_bar_chart_svg(const BarChart& chart) {
  const int bar_count = static_cast<int>(chart.bars.size());
  const int width = 2 * kSideMargin + std::max(bar_count, 1) * kBarStep;
  const int height = kTopMargin + kPlotHeight + kBottomMargin;
  const int axis_y = kTopMargin + kPlotHeight;
  std::int64_t max_value = 0;
  for (const ChartBar& bar : chart.bars) max_value = std::max(max_value, bar.value);

  const std::string title_id = html_escape(chart.id + "-title");
  std::string out = fmt::format(
      "<svg class=\"chart\" role=\"img\" aria-labelledby=\"{0}\" width=\"{1}\" height=\"{2}\" "
      "viewBox=\"0 0 {1} {2}\" font-family=\"sans-serif\" font-size=\"{3}\">\n"
      "<title id=\"{0}\">{4}</title>\n",
      title_id, width, height, kFontSize, html_escape(chart.title));

  for (int i = 0; i < bar_count; ++i) {
    const ChartBar& bar = chart.bars[static_cast<std::size_t>(i)];
    const int slot_x = kSideMargin + i * kBarStep;
    const int center_x = slot_x + kBarStep / 2;
    const double bar_height = max_value > 0
                                  ? static_cast<double>(std::max<std::int64_t>(bar.value, 0)) *
                                        kPlotHeight / static_cast<double>(max_value)
                                  : 0.0;
    const double bar_top = axis_y - bar_height;
    if (bar_height > 0.0) {
      out +=
          fmt::format("<rect x=\"{}\" y=\"{:.1f}\" width=\"{}\" height=\"{:.1f}\" fill=\"{}\"/>\n",
                      slot_x + (kBarStep - kBarWidth) / 2, bar_top, kBarWidth, bar_height,
                      bar.highlighted ? kHighlightColour : kBarColour);
    }
    out +=
        fmt::format("<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"{}\"{}>{}</text>\n",
                    center_x, bar_top - kValueGap, kTextColour,
                    bar.highlighted ? " font-weight=\"bold\"" : "", html_escape(bar.value_label));
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{}\">{}</text>\n",
                       center_x, axis_y + kLabelLine, kTextColour, html_escape(bar.label));
    if (!bar.sublabel.empty()) {
      out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{}\">{}</text>\n",
                         center_x, axis_y + 2 * kLabelLine, kAxisColour, html_escape(bar.sublabel));
    }
  }
  out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"{3}\"/>\n",
                     kSideMargin, axis_y, width - kSideMargin, kAxisColour);
  out += "</svg>";
  return out;
}

}  // namespace kybersaa::report
