#include "text/document_reader.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "text/html_reader.hpp"
#include "text/mail_reader.hpp"
#include "text/pdf_reader.hpp"

namespace kybersaa::text {
namespace {

// How far into the bytes the signatures of PDF and HTML are looked for.
constexpr std::size_t kSniffBytes = 1024;

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// True when `line` is a header field "Name: value" (RFC 5322 field names are
// printable ASCII without ':' or space).
bool is_header_line(std::string_view line) {
  const std::size_t colon = line.find(':');
  if (colon == 0 || colon == std::string_view::npos) return false;
  return std::all_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(colon),
                     [](unsigned char c) { return c > 32 && c < 127; });
}

// A message starts with header lines, among them at least two of the fields
// every mailer writes; prose that happens to start "Huom: ..." has one line.
bool looks_like_email(std::string_view bytes) {
  constexpr std::array<std::string_view, 9> kMailFields = {
      "from",         "to",       "subject",     "date",        "message-id",
      "mime-version", "received", "return-path", "content-type"};
  std::size_t known = 0;
  std::size_t pos = 0;
  if (bytes.substr(0, 5) == "From ") pos = bytes.find('\n');  // mbox separator line
  for (int lines = 0; pos != std::string_view::npos && pos < bytes.size() && lines < 64; ++lines) {
    if (bytes[pos] == '\n') ++pos;
    const std::size_t end = std::min(bytes.find('\n', pos), bytes.size());
    std::string_view line = bytes.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;  // end of the header block
    if (line.front() != ' ' && line.front() != '\t') {
      if (!is_header_line(line)) return false;
      const std::string field = lower_ascii(line.substr(0, line.find(':')));
      if (std::find(kMailFields.begin(), kMailFields.end(), field) != kMailFields.end()) ++known;
    }
    pos = end;
  }
  return known >= 2;
}

bool looks_like_html(std::string_view bytes) {
  const std::string head = lower_ascii(bytes.substr(0, kSniffBytes));
  const std::size_t first = head.find_first_not_of(" \t\r\n\f");
  if (first == std::string::npos || head[first] != '<') {
    return head.find("<!doctype html") != std::string::npos ||
           head.find("<html") != std::string::npos;
  }
  for (std::string_view tag : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title",
                               "<p>", "<p ", "<div", "<h1", "<h2", "<table", "<!--"}) {
    if (head.find(tag) != std::string::npos) return true;
  }
  return false;
}

base::Result<Document> read_plain_text(std::string_view bytes, std::string_view name) {
  auto decoded = decode_document(bytes, name);
  if (!decoded) return tl::unexpected(decoded.error());
  Document document;
  document.kind = DocumentKind::kText;
  document.encoding = decoded->encoding;
  document.text = std::move(decoded->text);
  return document;
}

}  // namespace

std::string_view document_kind_name(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kText:
      return "text";
    case DocumentKind::kHtml:
      return "html";
    case DocumentKind::kPdf:
      return "pdf";
    case DocumentKind::kEmail:
      return "email";
  }
  return "text";
}

DocumentKind detect_document_kind(std::string_view bytes) {
  constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
  if (bytes.substr(0, kSniffBytes).find("%PDF-") != std::string_view::npos) {
    return DocumentKind::kPdf;
  }
  if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) bytes.remove_prefix(kUtf8Bom.size());
  if (looks_like_email(bytes)) return DocumentKind::kEmail;
  if (looks_like_html(bytes)) return DocumentKind::kHtml;
  return DocumentKind::kText;
}

base::Result<Document> read_document(std::string_view bytes, std::string_view name) {
  const std::string where(name);
  if (bytes.size() > kMaxInputBytes) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      where + ": file is " + std::to_string(bytes.size()) +
                          " bytes, more than the " + std::to_string(kMaxInputBytes) +
                          " a document may have");
  }
  switch (detect_document_kind(bytes)) {
    case DocumentKind::kHtml:
      return read_html_document(bytes, name);
    case DocumentKind::kPdf:
      return read_pdf_document(bytes, name);
    case DocumentKind::kEmail:
      return read_mail_document(bytes, name);
    case DocumentKind::kText:
      break;
  }
  return read_plain_text(bytes, name);
}

}  // namespace kybersaa::text
