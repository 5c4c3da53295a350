#include "app/demo.hpp"

#include <system_error>

#include "app/demo_feeds.hpp"
#include "app/ingest_files.hpp"
#include "app/report_job.hpp"
#include "base/file.hpp"
#include "model/calendar.hpp"
#include "report/render.hpp"
#include "sample/notification_generator.hpp"
#include "store/open_store.hpp"

namespace kybersaa::app {

using base::ErrorCode;
using base::fail;

base::Result<DemoResult> run_demo(const DemoOptions& options, const base::Clock& clock,
                                  const std::function<void(std::string_view)>& progress) {
  if (options.months < 1 || options.months > 1200) {
    return fail(ErrorCode::kInvalidInput, "--months must be between 1 and 1200");
  }
  DemoResult result;
  result.month =
      options.last_month.value_or(model::helsinki_month(clock.now_unix_seconds()).plus_months(-1));
  const model::YearMonth first = result.month.plus_months(1 - options.months);

  std::error_code ec;
  const auto sample_dir = options.out_dir / "sample";
  std::filesystem::create_directories(sample_dir, ec);
  if (ec) {
    return fail(ErrorCode::kUnavailable,
                sample_dir.string() + ": cannot create directory: " + ec.message());
  }
  // A fresh store each run: the demo must not depend on what an earlier run left.
  result.store = options.out_dir / "kybersaa-demo.db";
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::filesystem::remove(result.store.string() + suffix, ec);
  }
  auto store = store::open_store(result.store.string(), store::OpenMode::kCreateOrMigrate);
  if (!store) return tl::unexpected(store.error());

  sample::GeneratorOptions generator;
  generator.seed = options.seed;
  generator.first = first;
  generator.months = options.months;
  // A phishing campaign in the latest month, so the demo report shows how a
  // field that surges above its baseline is assessed.
  generator.campaigns = {{result.month, model::Field::kScamsPhishing}};
  progress("generating " + std::to_string(options.months) + " months of sample notifications (" +
           first.to_string() + " to " + result.month.to_string() + ")");
  for (int i = 0; i < options.months; ++i) {
    const model::YearMonth month = first.plus_months(i);
    const std::string lines = sample::generate_month(generator, month);
    const auto path = sample_dir / ("notifications-" + month.to_string() + ".jsonl");
    if (auto status = base::write_file_atomically(path, lines); !status) {
      return tl::unexpected(status.error());
    }
    auto ingested = ingest_file(**store, path);
    if (!ingested) return tl::unexpected(ingested.error());
    result.incidents += ingested->receipt.inserted;
    result.sample_files.push_back(path);
  }
  progress("ingested " + std::to_string(result.incidents) + " notifications into " +
           result.store.string());

  // Machine feeds: generated Shadowserver and Feodo Tracker files for the
  // same months, imported for the demo constituency.
  auto feeds = import_demo_feeds(**store, sample_dir, first, options.months, options.seed,
                                 clock.now_unix_seconds());
  if (!feeds) return tl::unexpected(feeds.error());
  result.sample_files.insert(result.sample_files.end(), feeds->files.begin(), feeds->files.end());
  progress("imported " + std::to_string(feeds->files.size() - 2) + " feed files (" +
           std::to_string(feeds->counted) + " constituency events)");

  auto report = load_monthly_report(**store, result.month);
  if (!report) return tl::unexpected(report.error());
  for (model::Language language : model::kAllLanguages) {
    for (report::Format format :
         {report::Format::kHtml, report::Format::kJson, report::Format::kMarkdown}) {
      const auto path = options.out_dir / report_file_name(result.month, language, format);
      if (auto status = write_report(*report, language, format, path); !status) {
        return tl::unexpected(status.error());
      }
      result.reports.push_back(path);
    }
  }
  return result;
}

}  // namespace kybersaa::app
