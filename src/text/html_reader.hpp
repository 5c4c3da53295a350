#pragma once
// The visible text of an HTML document, as a reader would see it: no script,
// style or head; block elements (paragraphs, headings, list items, table
// rows, <br>) become line breaks; &nbsp; a plain space.

#include <string_view>

#include "base/result.hpp"
#include "text/document_reader.hpp"

namespace kybersaa::text {

// The deepest element nesting accepted (a rough count of unclosed start tags
// before parsing): deeper markup is not a document people read, and would
// make the HTML parser slow.
inline constexpr int kMaxHtmlNesting = 2048;

// Reads the HTML document `bytes` (the file called `name`, used in messages)
// into a Document of kind kHtml with its <title>. The bytes are decoded like
// plain text first (UTF-8, else Windows-1252; see decode_document); a
// <meta charset> naming any other encoding is refused, since the text would
// come out garbled. Fails with kInvalidInput naming `name` on binary junk,
// too deep nesting (with the byte offset), or no visible text.
[[nodiscard]] base::Result<Document> read_html_document(std::string_view bytes,
                                                        std::string_view name);

}  // namespace kybersaa::text
