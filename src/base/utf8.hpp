#pragma once
// UTF-8 validation with the byte offset of the first bad sequence, so that an
// input in the wrong encoding gets an error that says where.

#include <cstddef>
#include <optional>
#include <string_view>

namespace kybersaa::base {

// Returns the offset of the first byte that does not start a well-formed UTF-8
// sequence (overlongs, surrogates and code points above U+10FFFF included), or
// nullopt when all of `text` is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace kybersaa::base
