#pragma once
// Shared by the benchmarks: generated notification text and stores filled
// with years of generated notifications, built once and reused.

#include <filesystem>
#include <string>

#include "app/ingest_files.hpp"
#include "sample/notification_generator.hpp"
#include "store/open_store.hpp"

namespace kybersaa::bench {

// Notifications per month in the benchmark stores: 10 years give 540 000.
inline constexpr double kBenchPerMonth = 4500;
inline constexpr model::YearMonth kBenchLastMonth{2026, 10};

inline std::filesystem::path bench_dir() {
  auto dir = std::filesystem::temp_directory_path() / "kybersaa-bench";
  std::filesystem::create_directories(dir);
  return dir;
}

inline sample::GeneratorOptions bench_generator(int months) {
  sample::GeneratorOptions options;
  options.seed = 7;
  options.months = months;
  options.first = kBenchLastMonth.plus_months(1 - months);
  options.mean_per_month = kBenchPerMonth;
  return options;
}

// Returns the path of a store holding `years` of generated notifications
// ending at kBenchLastMonth, building it on first use.
inline std::string store_with_years(int years) {
  const auto path = bench_dir() / ("years-" + std::to_string(years) + ".db");
  if (std::filesystem::exists(path)) {
    // A store cached by an older build gets the newer migrations.
    auto cached = store::open_store(path.string(), store::OpenMode::kCreateOrMigrate);
    if (!cached) throw std::runtime_error(cached.error().message);
    return path.string();
  }
  auto store = store::open_store(path.string() + ".building", store::OpenMode::kCreateOrMigrate);
  if (!store) throw std::runtime_error(store.error().message);
  const auto options = bench_generator(years * 12);
  for (int i = 0; i < options.months; ++i) {
    const auto month = options.first.plus_months(i);
    const std::string lines = sample::generate_month(options, month);
    auto ingested = app::ingest_bytes(**store, "bench-" + month.to_string(), lines);
    if (!ingested) throw std::runtime_error(ingested.error().message);
  }
  store->reset();
  std::filesystem::rename(path.string() + ".building", path);
  std::error_code ec;
  std::filesystem::remove(path.string() + ".building-wal", ec);
  std::filesystem::remove(path.string() + ".building-shm", ec);
  return path.string();
}

}  // namespace kybersaa::bench
