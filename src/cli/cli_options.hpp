#pragma once
// Option helpers shared by the subcommands, so that --db, --month and
// --section read and validate the same way everywhere.

#include <CLI/CLI.hpp>
#include <string>

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

}  // namespace kybersaa::cli
