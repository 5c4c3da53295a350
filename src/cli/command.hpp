#pragma once
// What every subcommand gets: where to write, the clock, and a slot for the
// outcome. Each subcommand lives in its own cmd_*.cpp and registers itself
// on the CLI11 app with add_*_command().

#include <ostream>

#include "base/clock.hpp"
#include "base/result.hpp"

namespace CLI {
class App;
}

namespace kybersaa::cli {

struct CommandContext {
  std::ostream& out;
  std::ostream& err;
  const base::Clock& clock;
  base::Status outcome;  // set by the subcommand that ran
};

void add_init_command(CLI::App& app, CommandContext& context);
void add_ingest_command(CLI::App& app, CommandContext& context);
void add_incidents_command(CLI::App& app, CommandContext& context);
void add_report_command(CLI::App& app, CommandContext& context);
void add_demo_command(CLI::App& app, CommandContext& context);
void add_feed_command(CLI::App& app, CommandContext& context);
// Adds `feed import` under the `feed` command (cmd_feed_import.cpp).
void add_feed_import_command(CLI::App& feed, CommandContext& context);
void add_feed_prune_command(CLI::App& feed, CommandContext& context);
void add_analyze_command(CLI::App& app, CommandContext& context);
void add_eval_command(CLI::App& app, CommandContext& context);
// Warnings and analysts' status overrides.
void add_warning_command(CLI::App& app, CommandContext& context);
void add_assess_command(CLI::App& app, CommandContext& context);
// Report lifecycle: adds `status`, `review` and `publish` under the `report`
// command (cmd_report_lifecycle.cpp).
void add_report_lifecycle_commands(CLI::App& report, CommandContext& context);
// Report content: `content import` and `item list|edit|approve` (cmd_content.cpp).
void add_content_commands(CLI::App& app, CommandContext& context);

// Returns the process exit code for an error code (documented in docs/cli.md).
int exit_code_for(base::ErrorCode code);

// Exit code for a command line CLI11 could not parse.
inline constexpr int kUsageExitCode = 2;

}  // namespace kybersaa::cli
