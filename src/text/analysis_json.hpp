#pragma once
// The JSON form of an Analysis (docs/formats/analyze.md) and its readable
// summary, as `kybersaa analyze` prints them.

#include <string>

#include "text/document_analyzer.hpp"

namespace kybersaa::text {

// Returns `analysis` as one pretty-printed JSON object (2-space indent, keys
// in the documented order, ending in a newline). The same analysis gives the
// same bytes.
std::string analysis_to_json(const Analysis& analysis);

// Returns a few lines of plain text for people: language, field with score,
// RSIT, then one line per kind of fact found.
std::string analysis_summary(const Analysis& analysis);

}  // namespace kybersaa::text
