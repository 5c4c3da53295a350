#pragma once
// Option helpers shared by the subcommands, so that --db, --month and
// --section read and validate the same way everywhere.

#include <CLI/CLI.hpp>
#include <cstddef>
#include <cstdlib>
#include <string>

#include "app/pdf_printer.hpp"
#include "assess/key_figures.hpp"
#include "assess/status_rules.hpp"
#include "base/result.hpp"
#include "model/field.hpp"
#include "model/year_month.hpp"

namespace kybersaa::cli {

// Adds the required --db PATH option.
inline CLI::Option* add_db_option(CLI::App& command, std::string& db) {
  return command
      .add_option("--db", db, "Store location: a file path for the embedded SQLite store")
      ->required()
      ->type_name("PATH");
}

// Adds --threads N, the threads that read JSON feed records
// (feed::FeedOptions::threads).
inline CLI::Option* add_threads_option(CLI::App& command, std::size_t& threads) {
  return command
      .add_option("--threads", threads,
                  "Threads that read JSON feed records (0: one per core, at most 4); the "
                  "output is the same whatever the number")
      ->check(CLI::Range(0, 64))
      ->type_name("N")
      ->capture_default_str();
}

// A CLI11 validator for YYYY-MM.
inline const CLI::Validator kMonthValidator(
    [](std::string& text) -> std::string {
      return model::parse_year_month(text) ? std::string()
                                           : "'" + text + "' is not a month (YYYY-MM)";
    },
    "YYYY-MM", "month");

// A CLI11 validator for the six field ids.
inline const CLI::Validator kFieldValidator(
    [](std::string& text) -> std::string {
      return model::parse_field(text) ? std::string()
                                      : "'" + text +
                                            "' is not a field id (network, espionage, "
                                            "malware-vulnerabilities, breaches-leaks, "
                                            "scams-phishing, automation-iot)";
    },
    "FIELD", "field id");

// PDF output: the --chromium option, and where Chromium is looked for.
inline CLI::Option* add_chromium_option(CLI::App& command, std::string& chromium) {
  return command
      .add_option("--chromium", chromium,
                  "Chromium executable for PDF output (default: $KYBERSAA_CHROMIUM, else "
                  "chromium on the PATH)")
      ->type_name("PATH");
}

// Returns the Chromium search for `option` (--chromium) and the environment.
inline app::ChromiumSearch chromium_search(const std::string& option) {
  const char* env = std::getenv("KYBERSAA_CHROMIUM");
  const char* path = std::getenv("PATH");
  return {option, env ? env : "", path ? path : ""};
}

// The report's declarative definitions: --rules FILE and --key-figures FILE,
// each the built-in set when not given.
inline CLI::Option* add_rules_option(CLI::App& command, std::string& rules) {
  return command
      .add_option("--rules", rules,
                  "Status rules file (TOML, docs/assessment.md); default: the built-in rules, "
                  "config/status-rules.toml")
      ->type_name("FILE");
}

inline CLI::Option* add_key_figures_option(CLI::App& command, std::string& key_figures) {
  return command
      .add_option("--key-figures", key_figures,
                  "Key figures file (TOML, docs/key-figures.md); default: the built-in "
                  "figures, config/key-figures.toml")
      ->type_name("FILE");
}

// Returns the rules of --rules `path`, or the built-in rules when it is empty.
inline base::Result<assess::RuleSet> rules_from_option(const std::string& path) {
  if (path.empty()) return assess::default_rule_set();
  return assess::load_rule_set(path);
}

// Returns the key figures of --key-figures `path`, or the built-in ones when
// it is empty.
inline base::Result<assess::KeyFigureSet> key_figures_from_option(const std::string& path) {
  if (path.empty()) return assess::default_key_figure_set();
  return assess::load_key_figure_set(path);
}

}  // namespace kybersaa::cli
