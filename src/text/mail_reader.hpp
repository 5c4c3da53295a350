#pragma once
// The text of an e-mail message (GMime): decoded Subject, From and Date, the
// body's text/plain part (or its text/html part when there is no plain one),
// and the text of attached PDF, HTML and plain-text documents.

#include <string_view>

#include "base/result.hpp"
#include "text/document_reader.hpp"

namespace kybersaa::text {

// Reads the message `bytes` (the file called `name`, used in messages) into a
// Document of kind kEmail: `title` the decoded Subject, `from`, `date`, and
// `text` the Subject line followed by the text of each part read, in message
// order, separated by paragraph breaks; `parts` lists those parts. Bodies in
// any charset iconv knows are converted to UTF-8. Images, archives and other
// binary attachments are skipped. Fails with kInvalidInput naming `name` when
// the message has more than kMaxMessageParts MIME parts (with the byte offset
// of the first part too many), cannot be parsed, has no text, or when an
// attached PDF or HTML document cannot be read (the error names the
// attachment). Memory stays within a small multiple of the input size.
// Thread-safe.
[[nodiscard]] base::Result<Document> read_mail_document(std::string_view bytes,
                                                        std::string_view name);

}  // namespace kybersaa::text
