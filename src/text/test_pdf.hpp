#pragma once
// Writes small, valid PDFs for tests, fuzz seeds and benchmarks: one page
// per entry of `pages`, each line in Helvetica with WinAnsi encoding, a
// correct cross-reference table, and optionally a Title and an /Encrypt
// entry that no empty password opens. Only for text in the Latin-1 range.

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace kybersaa::text::testing {

struct TestPdfOptions {
  std::string title;
  // Adds a Standard security handler whose user password is not empty, so
  // readers must ask for a password.
  bool encrypted = false;
};

namespace detail {

// A PDF literal string "(...)" of UTF-8 `text` in WinAnsi (Latin-1) bytes.
inline std::string pdf_string(std::string_view text) {
  std::string out = "(";
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0xC0 && byte < 0xE0 && i + 1 < text.size()) {  // two-byte UTF-8
      byte = static_cast<unsigned char>(((byte & 0x1F) << 6) | (text[++i] & 0x3F));
    }
    if (byte == '(' || byte == ')' || byte == '\\') out += '\\';
    if (byte >= 0x80) {
      char octal[8];
      std::snprintf(octal, sizeof octal, "\\%03o", byte);
      out += octal;
    } else {
      out += static_cast<char>(byte);
    }
  }
  return out + ")";
}

}  // namespace detail

// Returns the bytes of a PDF with one page per element of `pages`; each page
// is a list of lines.
inline std::string write_test_pdf(const std::vector<std::vector<std::string>>& pages,
                                  const TestPdfOptions& options = {}) {
  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;  // of objects 1..n
  auto add_object = [&](const std::string& body) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
  };
  const std::size_t page_count = pages.size();
  // 1 catalog, 2 page tree, 3 font, 4 info, then per page: page, contents.
  std::string kids;
  for (std::size_t i = 0; i < page_count; ++i) kids += std::to_string(5 + 2 * i) + " 0 R ";
  add_object("<< /Type /Catalog /Pages 2 0 R >>");
  add_object("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(page_count) + " >>");
  add_object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  add_object("<< /Title " + detail::pdf_string(options.title) + " /Producer (Kybersaa tests) >>");
  for (std::size_t i = 0; i < page_count; ++i) {
    std::string content = "BT /F1 11 Tf 14 TL 56 780 Td\n";
    for (const std::string& line : pages[i]) content += detail::pdf_string(line) + " Tj T*\n";
    content += "ET";
    add_object(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 "
        "3 0 R >> >> /Contents " +
        std::to_string(6 + 2 * i) + " 0 R >>");
    add_object("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
               "\nendstream");
  }
  std::string encrypt;
  if (options.encrypted) {
    const std::string hash32(64, 'A');  // 32 bytes that match no password
    add_object("<< /Filter /Standard /V 1 /R 2 /O <" + hash32 + "> /U <" + hash32 +
               "> /P -3904 >>");
    encrypt = " /Encrypt " + std::to_string(offsets.size()) + " 0 R";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    char entry[24];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(offsets.size() + 1) + " /Root 1 0 R /Info 4 0 R" +
         encrypt +
         " /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] >>\n"
         "startxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace kybersaa::text::testing
