#pragma once
// Writing JSON text without a DOM, for the outputs that are too large to
// build one for: IntelMQ event lines and the report's incident lists.

#include <string>
#include <string_view>

namespace kybersaa::base {

// Appends `text` (UTF-8, passed through unescaped) to `out` as a JSON string
// literal, quotes included: '"' and '\\' escaped, \b \f \n \r \t as such and
// the other control characters as \u00XX — as nlohmann::json's dump() and
// Python's json.dumps(ensure_ascii=False) write them.
void append_json_string(std::string_view text, std::string& out);

}  // namespace kybersaa::base
