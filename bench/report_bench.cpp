// Report latency: reading a month from a store with 1, 5 and 10 years of
// notifications (4 500 a month) and building the report model, then each
// renderer. The store read must not grow with the years stored. The full
// report — one month in three languages and four formats, PDF printed by
// Chromium — is measured per format on the 10-year store.

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <optional>

#include "app/pdf_printer.hpp"
#include "app/report_job.hpp"
#include "bench/bench_store.hpp"

namespace kybersaa::bench {
namespace {

void BM_Report_LoadMonth(benchmark::State& state) {
  const int years = static_cast<int>(state.range(0));
  auto store = store::open_store(store_with_years(years), store::OpenMode::kExisting);
  if (!store) {
    state.SkipWithError(store.error().message.c_str());
    return;
  }
  std::int64_t incidents = 0;
  for (auto _ : state) {
    auto report = app::load_monthly_report(**store, kBenchLastMonth);
    if (!report) {
      state.SkipWithError(report.error().message.c_str());
      break;
    }
    incidents = report->totals.count;
    benchmark::DoNotOptimize(report);
  }
  auto all = (*store)->count_incidents({1970, 1}, kBenchLastMonth);
  double stored = 0;
  if (all) {
    for (const auto& row : *all) stored += static_cast<double>(row.count);
  }
  state.counters["stored"] = stored;
  state.counters["month"] = static_cast<double>(incidents);
}
BENCHMARK(BM_Report_LoadMonth)->Arg(1)->Arg(5)->Arg(10)->Unit(benchmark::kMillisecond);

// Load and render one format in one language: the whole `kybersaa report`.
void BM_Report_Full(benchmark::State& state) {
  const int years = static_cast<int>(state.range(0));
  const auto format = static_cast<report::Format>(state.range(1));
  auto store = store::open_store(store_with_years(years), store::OpenMode::kExisting);
  if (!store) {
    state.SkipWithError(store.error().message.c_str());
    return;
  }
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto report = app::load_monthly_report(**store, kBenchLastMonth);
    if (!report) {
      state.SkipWithError(report.error().message.c_str());
      break;
    }
    const std::string out = report::render_report(*report, model::Language::kFi, format);
    bytes = out.size();
    benchmark::DoNotOptimize(out);
  }
  state.SetLabel(std::string(report::format_id(format)));
  state.counters["out_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_Report_Full)
    ->ArgsProduct({{1, 5, 10},
                   {static_cast<int>(report::Format::kHtml),
                    static_cast<int>(report::Format::kJson),
                    static_cast<int>(report::Format::kMarkdown)}})
    ->Unit(benchmark::kMillisecond);

// The full report of one month: load once, then one format in all three
// languages, on the 10-year store. PDF is printed by Chromium (found as the
// CLI finds it); skipped with an error where Chromium is absent.
void BM_Report_EveryLanguage(benchmark::State& state) {
  const auto format = static_cast<report::Format>(state.range(0));
  state.SetLabel(std::string(report::format_id(format)) + " x3");
  std::optional<app::PdfPrinter> printer;
  if (format == report::Format::kPdf) {
    const char* env = std::getenv("KYBERSAA_CHROMIUM");
    const char* path = std::getenv("PATH");
    auto chromium = app::find_chromium({"", env ? env : "", path ? path : ""});
    if (!chromium) {
      state.SkipWithError(chromium.error().message.c_str());
      return;
    }
    printer.emplace(*chromium);
  }
  auto store = store::open_store(store_with_years(10), store::OpenMode::kExisting);
  if (!store) {
    state.SkipWithError(store.error().message.c_str());
    return;
  }
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto report = app::load_monthly_report(**store, kBenchLastMonth);
    if (!report) {
      state.SkipWithError(report.error().message.c_str());
      break;
    }
    bytes = 0;
    for (model::Language language : model::kAllLanguages) {
      auto out = app::render_report_file(*report, language, format, printer ? &*printer : nullptr);
      if (!out) {
        state.SkipWithError(out.error().message.c_str());
        return;
      }
      bytes += out->size();
      benchmark::DoNotOptimize(out);
    }
  }
  state.counters["out_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_Report_EveryLanguage)
    ->Arg(static_cast<int>(report::Format::kHtml))
    ->Arg(static_cast<int>(report::Format::kJson))
    ->Arg(static_cast<int>(report::Format::kMarkdown))
    ->Unit(benchmark::kMillisecond);
// Chromium takes seconds: a few iterations are enough.
BENCHMARK(BM_Report_EveryLanguage)
    ->Arg(static_cast<int>(report::Format::kPdf))
    ->Iterations(2)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kybersaa::bench
