#pragma once
// The demo: a store built from generated sample notifications and the report
// for the latest sample month, in every language and format.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/pdf_printer.hpp"
#include "base/clock.hpp"
#include "base/result.hpp"
#include "model/year_month.hpp"

namespace kybersaa::app {

struct DemoOptions {
  std::filesystem::path out_dir = "out";
  int months = 24;
  std::uint64_t seed = 2026;
  // The latest sample month; by default the month before the clock's month.
  std::optional<model::YearMonth> last_month;
  // PDF output: the printer, or when there is none, why (e.g.
  // kChromiumMissing); the PDFs are then skipped and the reason reported.
  std::optional<PdfPrinter> pdf_printer;
  std::string pdf_unavailable;
};

struct DemoResult {
  std::filesystem::path store;
  model::YearMonth month;
  std::int64_t incidents = 0;
  std::vector<std::filesystem::path> sample_files;
  std::vector<std::filesystem::path> reports;
  // Why the PDFs were not written; empty when they were.
  std::string pdf_skipped;
};

// Runs the demo into options.out_dir (created if missing). The store is made
// afresh each run, so the same options and clock give the same files.
// `progress` receives one line per step.
[[nodiscard]] base::Result<DemoResult> run_demo(
    const DemoOptions& options, const base::Clock& clock,
    const std::function<void(std::string_view)>& progress);

}  // namespace kybersaa::app
