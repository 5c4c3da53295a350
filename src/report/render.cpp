#include "report/render.hpp"

#include <array>

namespace kybersaa::report {
namespace {

struct FormatInfo {
  Format format;
  std::string_view id;
  std::string_view extension;
};

constexpr std::array<FormatInfo, 4> kFormats = {{
    {Format::kHtml, "html", "html"},
    {Format::kJson, "json", "json"},
    {Format::kMarkdown, "md", "md"},
    // PDF output (printed from the HTML by app/pdf_printer).
    {Format::kPdf, "pdf", "pdf"},
}};

const FormatInfo& info(Format format) {
  for (const FormatInfo& entry : kFormats) {
    if (entry.format == format) return entry;
  }
  return kFormats.front();
}

}  // namespace

std::string_view format_id(Format format) { return info(format).id; }

std::optional<Format> parse_format(std::string_view id) {
  for (const FormatInfo& entry : kFormats) {
    if (entry.id == id) return entry.format;
  }
  return std::nullopt;
}

std::string_view format_extension(Format format) { return info(format).extension; }

std::string render_report(const MonthlyReport& report, model::Language language, Format format) {
  switch (format) {
    case Format::kHtml:
      return render_html(report, language);
    case Format::kJson:
      return render_json(report, language);
    case Format::kMarkdown:
      return render_markdown(report, language);
    case Format::kPdf:  // the page Chromium prints
      return render_html(report, language);
  }
  return render_html(report, language);
}

}  // namespace kybersaa::report
