#pragma once
// What the readers of HTML, PDF and e-mail share: turning the text a library
// hands back into the text the analyser trusts, within the size bound.

#include <string>
#include <string_view>

#include "base/result.hpp"

namespace kybersaa::text::detail {

// Appends `text` (from a library: gumbo, poppler, GMime) to `out` cleaned:
// invalid UTF-8 becomes U+FFFD, CRLF and CR become "\n", form feeds and
// other control characters become spaces (tab and newline are kept), and
// U+00A0 (no-break space) becomes a space.
void append_clean_text(std::string& out, std::string_view text);

// Ends `out` with `breaks` newlines (1: a line break, 2: a paragraph break)
// after dropping trailing spaces and tabs; adds nothing to an empty `out`.
void end_line(std::string& out, int breaks);

// Fails with kInvalidInput naming `name` when `text` is longer than
// kMaxDocumentBytes or has no visible character.
[[nodiscard]] base::Status check_document_text(std::string_view text, std::string_view name,
                                               std::string_view what);

}  // namespace kybersaa::text::detail
