#pragma once
// Reads a document of any kind Kybersää takes in — plain text, HTML, PDF or
// an e-mail message — into UTF-8 text ready for DocumentAnalyzer. The kind is
// recognised from the bytes, never from the file name: a PDF starts with
// "%PDF-", a message with RFC 5322 header lines, HTML with markup; anything
// else is plain text (UTF-8 or Windows-1252, see decode_document).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "text/document_decoder.hpp"

namespace kybersaa::text {

// The largest input read_document accepts. Larger than kMaxDocumentBytes
// because PDFs and messages with attachments carry much more than their text;
// the text extracted from them is still bounded by kMaxDocumentBytes.
inline constexpr std::size_t kMaxInputBytes = std::size_t{64} << 20;

// The most attachments and inline parts of one message that are read; a
// message with more is refused rather than read in part.
inline constexpr std::size_t kMaxMessageParts = 64;

enum class DocumentKind { kText, kHtml, kPdf, kEmail };

// Returns the stable lower-case name of `kind`: "text", "html", "pdf", "email".
std::string_view document_kind_name(DocumentKind kind);

// Where one PDF page's text lies in Document::text.
struct PageSpan {
  std::size_t offset = 0;
  std::size_t size = 0;
};

// One part of a message whose text was read: the body's text/plain or
// text/html part, or an attachment (PDF, HTML, text).
struct DocumentPart {
  DocumentKind kind = DocumentKind::kText;
  std::string content_type;  // as the message declares it, lower case: "application/pdf"
  std::string filename;      // attachment file name, "" for body parts
  std::size_t bytes = 0;     // decoded size of the part
};

struct Document {
  DocumentKind kind = DocumentKind::kText;
  // How a text or HTML document's bytes were read (UTF-8 for PDF and e-mail,
  // whose decoding is their own).
  SourceEncoding encoding = SourceEncoding::kUtf8;
  // Valid UTF-8 with "\n" line ends; paragraphs and pages end in a line break.
  std::string text;
  // PDF: one span per page, in order, covering `text`. Empty for other kinds.
  std::vector<PageSpan> pages;
  // HTML <title>, PDF Title, or the message's Subject; "" when absent.
  std::string title;
  // E-mail only: the From header (decoded) and the Date header as ISO 8601
  // with its UTC offset ("2026-02-05T16:55:00+02:00"); "" when absent or invalid.
  std::string from;
  std::string date;
  // E-mail only: the parts whose text is in `text`, in message order.
  std::vector<DocumentPart> parts;
};

// Returns the kind the bytes look like (see the file comment). Never fails.
DocumentKind detect_document_kind(std::string_view bytes);

// Reads `bytes`, the contents of the file called `name` (used only in
// messages), into a Document of the detected kind. Fails with kInvalidInput
// naming `name` and saying what is wrong (with a byte offset where one
// applies) when the input is empty, larger than kMaxInputBytes, binary junk,
// an encrypted, locked or corrupt PDF, a PDF without a text layer, a message
// with more than kMaxMessageParts parts, or when the text read exceeds
// kMaxDocumentBytes. Thread-safe: keeps no state between calls.
[[nodiscard]] base::Result<Document> read_document(std::string_view bytes, std::string_view name);

}  // namespace kybersaa::text
