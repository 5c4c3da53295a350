// kybersaa: the command-line interface. main() reads as the pipeline it is:
// build the command tree, parse, run the chosen subcommand, map its outcome
// to an exit code.

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/command.hpp"

namespace {
constexpr const char* kVersion = "0.1.0";
}

int main(int argc, char** argv) {
  using namespace kybersaa;
  base::SystemClock clock;
  cli::CommandContext context{std::cout, std::cerr, clock, {}};

  CLI::App app{
      "Kybersää: turns a month of incident notifications into a CERT's monthly cyber "
      "weather report",
      "kybersaa"};
  app.set_version_flag("--version", kVersion);
  app.require_subcommand(1);
  cli::add_init_command(app, context);
  cli::add_ingest_command(app, context);
  cli::add_incidents_command(app, context);
  cli::add_report_command(app, context);
  cli::add_demo_command(app, context);
  cli::add_feed_command(app, context);
  cli::add_analyze_command(app, context);
  cli::add_eval_command(app, context);
  // Warnings and analysts' status overrides.
  cli::add_warning_command(app, context);
  cli::add_assess_command(app, context);
  cli::add_content_commands(app, context);  // report content

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) return app.exit(error);  // --help, --version
    std::cerr << "kybersaa: error: " << error.what() << " (see --help)\n";
    return cli::kUsageExitCode;
  }
  if (!context.outcome) {
    std::cerr << "kybersaa: error: " << context.outcome.error().message << "\n";
    return cli::exit_code_for(context.outcome.error().code);
  }
  return 0;
}
