#pragma once
// The renderers: one MonthlyReport in, one document out, in one language.
// Output is deterministic: the same report and language give the same bytes.

#include <optional>
#include <string>
#include <string_view>

#include "model/language.hpp"
#include "report/monthly_report.hpp"

namespace kybersaa::report {

enum class Format {
  kHtml,
  kJson,
  kMarkdown,
  // PDF output: the HTML page printed by Chromium outside report/ (which does
  // no I/O; see app/pdf_printer.hpp). render_report() returns the HTML to print.
  kPdf,
};

// "html", "json", "md", "pdf".
std::string_view format_id(Format format);
std::optional<Format> parse_format(std::string_view id);
// The file extension, without the dot ("html", "json", "md", "pdf").
std::string_view format_extension(Format format);

// A self-contained HTML page: inline CSS and SVG, no external requests, every
// text escaped, printable.
std::string render_html(const MonthlyReport& report, model::Language language);

// The report as JSON per docs/formats/report.schema.json. Ids and numbers are
// language-independent; the language only chooses the names and labels.
std::string render_json(const MonthlyReport& report, model::Language language);

// CommonMark, with GitHub-style tables.
std::string render_markdown(const MonthlyReport& report, model::Language language);

// Dispatches to the renderer of `format`; for kPdf, the HTML page to print.
std::string render_report(const MonthlyReport& report, model::Language language, Format format);

}  // namespace kybersaa::report
