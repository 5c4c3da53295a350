#pragma once
// Escaping text for the documents the report is written as. Every string
// that reaches an HTML, SVG or Markdown document goes through one of these,
// whether it comes from data (titles) or from the catalog, so there is one
// place to get it right. Both also repair text: invalid UTF-8 and control
// characters become U+FFFD REPLACEMENT CHARACTER, so a broken title cannot
// make the whole document invalid.

#include <string>
#include <string_view>

namespace kybersaa::report {

// Returns `text` as valid UTF-8: each byte that does not start a well-formed
// sequence is replaced by U+FFFD. Valid text is returned unchanged.
std::string sanitize_utf8(std::string_view text);

// Returns `text` safe as HTML/XML character data and as a quoted attribute
// value: & < > " ' become &amp; &lt; &gt; &quot; &#39;. Control characters
// other than tab, newline and carriage return become U+FFFD.
std::string html_escape(std::string_view text);

// Returns `text` safe as inline CommonMark (a table cell, a list item or a
// heading, not the start of a line): the characters that start markup
// (\ ` * _ [ ] < > & | # ~) are backslash-escaped, and line breaks, tabs and
// other control characters become spaces so the text stays on one line; a
// leading list marker ("- ", "+ ", "1. " or "1) ") is escaped too.
std::string markdown_escape(std::string_view text);

}  // namespace kybersaa::report
