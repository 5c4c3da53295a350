// kybersaa demo [--out DIR] [--chromium PATH]: generate sample data, ingest it, write reports
// (PDF too when Chromium is available).

#include <CLI/CLI.hpp>

#include "app/demo.hpp"
#include "cli/cli_options.hpp"
#include "cli/command.hpp"

namespace kybersaa::cli {
namespace {

struct DemoCliOptions {
  std::string out = "out";
  int months = 24;
  std::uint64_t seed = 2026;
  std::string last_month;
  std::string chromium;
};

base::Status run_demo_command(const DemoCliOptions& options, CommandContext& context) {
  app::DemoOptions demo;
  demo.out_dir = options.out;
  demo.months = options.months;
  demo.seed = options.seed;
  if (!options.last_month.empty()) demo.last_month = model::parse_year_month(options.last_month);
  // PDFs need Chromium; without it the demo still writes the other formats.
  // A --chromium or KYBERSAA_CHROMIUM that names no executable is an error.
  auto chromium = app::find_chromium(chromium_search(options.chromium));
  if (chromium) {
    demo.pdf_printer.emplace(*chromium);
  } else if (chromium.error().code == base::ErrorCode::kUnavailable) {
    demo.pdf_unavailable = chromium.error().message;
  } else {
    return tl::unexpected(chromium.error());
  }
  auto result = app::run_demo(demo, context.clock,
                              [&context](std::string_view line) { context.err << line << "\n"; });
  if (!result) return tl::unexpected(result.error());
  context.out << "demo store: " << result->store.string() << " (" << result->incidents
              << " incidents, " << result->sample_files.size() << " sample files in "
              << (std::filesystem::path(options.out) / "sample").string() << ")\n";
  context.out << "reports for " << result->month.to_string() << ":\n";
  for (const auto& path : result->reports) context.out << "  " << path.string() << "\n";
  if (!result->pdf_skipped.empty()) {
    context.err << "kybersaa: warning: PDF reports skipped: " << result->pdf_skipped << "\n";
  }
  return {};
}

}  // namespace

void add_demo_command(CLI::App& app, CommandContext& context) {
  auto* command = app.add_subcommand(
      "demo",
      "Generate sample notifications, ingest them into a fresh demo store and write the report "
      "for the latest sample month in every language and format");
  auto options = std::make_shared<DemoCliOptions>();
  command->add_option("--out", options->out, "Output directory")->capture_default_str();
  command->add_option("--months", options->months, "Months of sample data")
      ->check(CLI::Range(1, 1200))
      ->capture_default_str();
  command->add_option("--seed", options->seed, "Seed of the sample generator")
      ->capture_default_str();
  command
      ->add_option("--last-month", options->last_month,
                   "Latest sample month (default: the month before the current one)")
      ->check(kMonthValidator);
  add_chromium_option(*command, options->chromium);
  command->callback([&context, options] { context.outcome = run_demo_command(*options, context); });
}

}  // namespace kybersaa::cli
