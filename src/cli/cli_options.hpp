#pragma once
// Option helpers shared by the subcommands, so that --db, --month and
// --section read and validate the same way everywhere.

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <string>

#include "app/pdf_printer.hpp"
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

}  // namespace kybersaa::cli
