#pragma once
// Content digests: the basis of content-addressed ids, which make ingestion
// idempotent (the same notification always gets the same id).

#include <filesystem>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace kybersaa::base {

// Returns the BLAKE2b-128 digest of `bytes` as 32 lower-case hex digits.
// Thread-safe.
std::string content_digest(std::string_view bytes);

// Returns content_digest() of the bytes of the file at `path`, read in
// chunks (constant memory whatever its size). Fails with kNotFound when it
// does not exist, kUnavailable when it cannot be read.
[[nodiscard]] Result<std::string> file_content_digest(const std::filesystem::path& path);

}  // namespace kybersaa::base
