#pragma once
// Turns the bytes of a plain-text document into UTF-8 text the rest of the
// text module can trust: valid UTF-8, no byte order mark, "\n" line ends.
// Documents that are not UTF-8 are taken as Windows-1252 (a superset of the
// printable Latin-1 range), which is what Finnish and Swedish legacy text is.

#include <cstddef>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace kybersaa::text {

// The largest document accepted: 16 MiB of text is far beyond any press
// release, and bounds the memory one analysis may take.
inline constexpr std::size_t kMaxDocumentBytes = std::size_t{16} << 20;

// How the bytes were read.
enum class SourceEncoding { kUtf8, kWindows1252 };

struct DecodedDocument {
  std::string text;  // valid UTF-8, "\n" line ends, no BOM
  SourceEncoding encoding = SourceEncoding::kUtf8;
};

// Decodes `bytes`, read from the file called `name` (used only in messages).
// Valid UTF-8 is kept (a leading BOM dropped); anything else is converted from
// Windows-1252. Fails with kInvalidInput naming `name` when the bytes are
// empty or only whitespace, larger than kMaxDocumentBytes, or look binary (a
// NUL byte, or control characters other than tab/newline/CR/form feed).
[[nodiscard]] base::Result<DecodedDocument> decode_document(std::string_view bytes,
                                                            std::string_view name);

}  // namespace kybersaa::text
