#pragma once
// Producing a month's report from a store: read what the month needs, build
// the report model, render it. The store is read here; report/ stays pure.

#include <filesystem>
#include <string>

#include "app/pdf_printer.hpp"
#include "assess/key_figures.hpp"
#include "assess/status_rules.hpp"
#include "base/result.hpp"
#include "model/language.hpp"
#include "model/year_month.hpp"
#include "report/monthly_report.hpp"
#include "report/render.hpp"
#include "store/store.hpp"

namespace kybersaa::app {

// Reads the counts and incidents `month` needs from `store` and returns the
// report model, with statuses decided by `rules`, key figures declared by
// `figures`, and the report's lifecycle state and TLP as the store has them.
// Also reads the warnings in force in `month` (they set each field's warning
// level for the rules and fill the warnings section), the KEV entries of
// their CVEs, the month's status overrides (applied after the rules) and the
// analysts' content. Reads only the months the report needs (at most 24, for
// the key figures), so its cost does not grow with the years stored.
[[nodiscard]] base::Result<report::MonthlyReport> load_monthly_report(
    store::Store& store, model::YearMonth month,
    const assess::RuleSet& rules = assess::default_rule_set(),
    const assess::KeyFigureSet& figures = assess::default_key_figure_set());

// Returns `report` rendered in `language` and `format`. PDF is the HTML page
// printed by `pdf_printer`; without one, PDF fails with kUnavailable
// (kChromiumMissing).
[[nodiscard]] base::Result<std::string> render_report_file(const report::MonthlyReport& report,
                                                           model::Language language,
                                                           report::Format format,
                                                           const PdfPrinter* pdf_printer);

// Renders `report` (see render_report_file) and writes it atomically to `out`.
[[nodiscard]] base::Status write_report(const report::MonthlyReport& report,
                                        model::Language language, report::Format format,
                                        const std::filesystem::path& out,
                                        const PdfPrinter* pdf_printer = nullptr);

// Returns the conventional file name of a report: "kybersaa-2026-10.fi.html".
std::string report_file_name(model::YearMonth month, model::Language language,
                             report::Format format);

}  // namespace kybersaa::app
