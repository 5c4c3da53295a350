#pragma once
// The report lifecycle as jobs: a month's report is a draft, an analyst marks
// it reviewed, then publishes it. Publishing renders the report in every
// language and format — PDF included, so it needs Chromium — and stores the
// files; from then on they are the report: a published month is never
// rendered again, whatever data arrives later. Only forward transitions, each
// checked and written by the store in one transaction.

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "app/pdf_printer.hpp"
#include "assess/key_figures.hpp"
#include "assess/status_rules.hpp"
#include "base/clock.hpp"
#include "base/result.hpp"
#include "model/incident_enums.hpp"
#include "model/language.hpp"
#include "model/year_month.hpp"
#include "report/render.hpp"
#include "store/store.hpp"

namespace kybersaa::app {

// Every language and format a published report stores: 3 × 4 files.
inline constexpr std::array kPublishedFormats = {report::Format::kHtml, report::Format::kJson,
                                                 report::Format::kMarkdown, report::Format::kPdf};

// Marks `month`'s report reviewed at the clock's time, labelled `tlp` (its
// current label when unset). kConflict unless it is a draft.
[[nodiscard]] base::Result<store::ReportRelease> review_report(store::Store& store,
                                                               model::YearMonth month,
                                                               std::optional<model::Tlp> tlp,
                                                               const base::Clock& clock);

// Publishes `month`'s report at the clock's time, labelled `tlp` (its current
// label when unset): renders it as published in every language and format
// with `rules` and `figures`, PDF by `pdf_printer`, and stores the files. kConflict unless
// it is reviewed (checked before anything is rendered); a rendering or
// printing error stores nothing.
[[nodiscard]] base::Result<store::ReportRelease> publish_report(
    store::Store& store, model::YearMonth month, std::optional<model::Tlp> tlp,
    const assess::RuleSet& rules, const assess::KeyFigureSet& figures,
    const PdfPrinter& pdf_printer, const base::Clock& clock);

// A report file as `kybersaa report` writes it.
struct ReportOutput {
  std::string bytes;
  // Set when the month is published: the bytes are the stored ones, not
  // rendered now, and this is when it was published.
  std::optional<std::int64_t> published_at;
};

// Returns `month`'s report in `language` and `format`: the stored file when
// the month is published, else the report rendered now from the store with
// `rules` and `figures` (PDF by `pdf_printer`, which may then be null only for other
// formats). kNotFound when a published month lacks the file.
[[nodiscard]] base::Result<ReportOutput> produce_report_file(
    store::Store& store, model::YearMonth month, model::Language language, report::Format format,
    const assess::RuleSet& rules, const assess::KeyFigureSet& figures,
    const PdfPrinter* pdf_printer);

}  // namespace kybersaa::app
