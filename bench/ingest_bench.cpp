// Ingest throughput: notifications per second from JSON Lines bytes into a
// fresh SQLite store (parse + validate + content id + one transaction), and
// parsing alone.

#include <benchmark/benchmark.h>

#include "bench/bench_store.hpp"
#include "ingest/notification/notification_parser.hpp"

namespace kybersaa::bench {
namespace {

// One month of notifications at the benchmark rate (about 4 500 lines).
const std::string& month_of_lines() {
  static const std::string lines = sample::generate_month(bench_generator(1), kBenchLastMonth);
  return lines;
}

std::int64_t line_count(const std::string& text) {
  return static_cast<std::int64_t>(std::count(text.begin(), text.end(), '\n'));
}

void BM_Ingest_ParseOnly(benchmark::State& state) {
  const std::string& lines = month_of_lines();
  const ingest::NotificationParser parser;
  for (auto _ : state) {
    auto incidents = parser.parse("bench.jsonl", lines);
    if (!incidents) state.SkipWithError(incidents.error().message.c_str());
    benchmark::DoNotOptimize(incidents);
  }
  state.SetItemsProcessed(state.iterations() * line_count(lines));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(lines.size()));
}
BENCHMARK(BM_Ingest_ParseOnly)->UseRealTime()->Unit(benchmark::kMillisecond);

// Parse and store into an empty store: the rate `kybersaa ingest` achieves
// on a file of `range(0)` months of notifications.
void BM_Ingest_IntoSqlite(benchmark::State& state) {
  const auto options = bench_generator(static_cast<int>(state.range(0)));
  std::string lines;
  for (int i = 0; i < options.months; ++i) {
    lines += sample::generate_month(options, options.first.plus_months(i));
  }
  const auto path = bench_dir() / "ingest.db";
  std::int64_t stored = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::filesystem::remove(path.string() + suffix, ec);
    }
    auto store = store::open_store(path.string(), store::OpenMode::kCreateOrMigrate);
    if (!store) {
      state.SkipWithError(store.error().message.c_str());
      break;
    }
    state.ResumeTiming();
    auto ingested = app::ingest_bytes(**store, "bench.jsonl", lines);
    if (!ingested) {
      state.SkipWithError(ingested.error().message.c_str());
      break;
    }
    stored = ingested->receipt.inserted;
  }
  state.SetItemsProcessed(state.iterations() * line_count(lines));
  state.counters["stored"] = static_cast<double>(stored);
}
BENCHMARK(BM_Ingest_IntoSqlite)->Arg(1)->Arg(12)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kybersaa::bench
