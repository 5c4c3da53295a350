#pragma once
// The registry of input formats: the one place that lists every Parser.

#include <span>
#include <string_view>

#include "base/result.hpp"
#include "ingest/parser.hpp"

namespace kybersaa::ingest {

// Returns every registered parser, in the order sniffing tries them.
std::span<const Parser* const> registered_parsers();

// Returns the parser for a file whose content is `bytes`. Fails with
// kInvalidInput, naming `file_name`, when the file is empty or no parser
// recognises it.
[[nodiscard]] base::Result<const Parser*> parser_for(std::string_view file_name,
                                                     std::string_view bytes);

}  // namespace kybersaa::ingest
