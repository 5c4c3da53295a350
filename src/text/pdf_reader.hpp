#pragma once
// The text layer of a PDF, page by page (poppler), in reading order.

#include <string_view>

#include "base/result.hpp"
#include "text/document_reader.hpp"

namespace kybersaa::text {

// The most pages read from one PDF; a longer one is refused, since no
// advisory or press release has this many and each page costs time.
inline constexpr int kMaxPdfPages = 10000;

// Reads the PDF `bytes` (the file called `name`, used in messages) into a
// Document of kind kPdf: the text of each page in reading order, pages
// separated by a paragraph break and listed in Document::pages, the Title
// from the document information. An encrypted PDF that opens without a
// password (only its permissions are protected) is read. Fails with
// kInvalidInput naming `name` when the PDF is damaged beyond repair, needs a
// password, has no pages or more than kMaxPdfPages, has no text layer
// (a scan), or holds more than kMaxDocumentBytes of text. poppler's own
// diagnostics are silenced: the error returned says what is wrong.
// Thread-safe (one poppler document per call).
[[nodiscard]] base::Result<Document> read_pdf_document(std::string_view bytes,
                                                       std::string_view name);

}  // namespace kybersaa::text
