#pragma once
// Located errors for the project's TOML files (status rules, key figures,
// report content): "FILE:LINE:COLUMN: what". Header-only; its users link
// toml++ and fmt themselves.

#include <fmt/format.h>
#include <toml++/toml.h>

#include <string_view>

#include "base/result.hpp"

namespace kybersaa::base {

// Returns a kInvalidInput error located at the start of `region` in `source`.
inline tl::unexpected<Error> toml_error_at(std::string_view source,
                                           const toml::source_region& region,
                                           std::string_view what) {
  return fail(ErrorCode::kInvalidInput,
              fmt::format("{}:{}:{}: {}", source, region.begin.line, region.begin.column, what));
}

// Parses `text`, read from `source`; a syntax error comes back located.
inline Result<toml::table> parse_toml(std::string_view text, std::string_view source) {
  try {
    return toml::parse(text, source);
  } catch (const toml::parse_error& error) {
    return toml_error_at(source, error.source(), error.description());
  }
}

}  // namespace kybersaa::base
