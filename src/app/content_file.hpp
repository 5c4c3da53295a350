#pragma once
// Content files: a month's analyst-written report content as one TOML file
// (items per field, the top-5 long-term threats, field developments and how
// to report). The format is docs/formats/content.md. Errors name the place
// as FILE:LINE:COLUMN: what.

#include <string_view>

#include "base/result.hpp"
#include "model/content.hpp"

namespace kybersaa::app {

// The content file format this version reads ("format = 1").
inline constexpr int kContentFormat = 1;

// Parses a content file; `source` names it in error messages. Items without
// an `order` take their position among the file's items of the same field.
// Threats come back sorted by rank, which must run 1, 2, ... without gaps.
[[nodiscard]] base::Result<model::MonthContent> parse_content_file(std::string_view toml,
                                                                   std::string_view source);

// Parses a how-to-report file: "format = 1" and [how_to_report.LANG] tables
// as in a content file. The shipped default is config/how-to-report.toml.
[[nodiscard]] base::Result<model::HowToReport> parse_how_to_report_file(std::string_view toml,
                                                                        std::string_view source);

// The shipped how-to-report text (config/how-to-report.toml, embedded at
// build time), in fi, sv and en.
const model::HowToReport& default_how_to_report();

}  // namespace kybersaa::app
