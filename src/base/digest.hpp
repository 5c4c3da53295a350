#pragma once
// Content digests: the basis of content-addressed ids, which make ingestion
// idempotent (the same notification always gets the same id).

#include <string>
#include <string_view>

namespace kybersaa::base {

// Returns the BLAKE2b-128 digest of `bytes` as 32 lower-case hex digits.
// Thread-safe.
std::string content_digest(std::string_view bytes);

}  // namespace kybersaa::base
