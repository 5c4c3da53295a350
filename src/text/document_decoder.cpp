#include "text/document_decoder.hpp"

#include <array>
#include <cstdint>

#include "base/utf8.hpp"

namespace kybersaa::text {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Windows-1252 code points for bytes 0x80..0x9F; 0 marks the five bytes the
// code page leaves undefined.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool is_binary_control(unsigned char byte) {
  return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f') ||
         byte == 0x7F;
}

// "0a" for 0x0A.
std::string hex_byte(unsigned char byte) {
  constexpr std::string_view kHex = "0123456789abcdef";
  return std::string{kHex[byte >> 4], kHex[byte & 0xF]};
}

void append_utf8(std::string& out, char32_t code_point) {
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

// Drops CRs of CRLF pairs and turns lone CRs into newlines.
std::string normalise_line_ends(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out.push_back(text[i]);
    } else if (i + 1 >= text.size() || text[i + 1] != '\n') {
      out.push_back('\n');
    }
  }
  return out;
}

}  // namespace

base::Result<DecodedDocument> decode_document(std::string_view bytes, std::string_view name) {
  const std::string where(name);
  if (bytes.size() > kMaxDocumentBytes) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      where + ": document is " + std::to_string(bytes.size()) +
                          " bytes, more than the " + std::to_string(kMaxDocumentBytes) +
                          " a text document may have");
  }
  if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) bytes.remove_prefix(kUtf8Bom.size());
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto byte = static_cast<unsigned char>(bytes[i]);
    if (is_binary_control(byte)) {
      return base::fail(base::ErrorCode::kInvalidInput,
                        where + ": byte " + std::to_string(i) + " is a control character (0x" +
                            hex_byte(byte) + "): this looks like binary data, not a text document");
    }
  }
  if (bytes.find_first_not_of(" \t\n\r\f") == std::string_view::npos) {
    return base::fail(base::ErrorCode::kInvalidInput, where + ": document has no text");
  }

  DecodedDocument decoded;
  if (!base::find_invalid_utf8(bytes)) {
    decoded.text = normalise_line_ends(bytes);
    return decoded;
  }
  decoded.encoding = SourceEncoding::kWindows1252;
  std::string converted;
  converted.reserve(bytes.size() + bytes.size() / 8);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto byte = static_cast<unsigned char>(bytes[i]);
    char32_t code_point = byte;
    if (byte >= 0x80 && byte <= 0x9F) {
      code_point = kCp1252High[byte - 0x80];
      if (code_point == 0) {
        return base::fail(
            base::ErrorCode::kInvalidInput,
            where + ": byte " + std::to_string(i) + " is neither UTF-8 nor Windows-1252 text");
      }
    }
    append_utf8(converted, code_point);
  }
  decoded.text = normalise_line_ends(converted);
  return decoded;
}

}  // namespace kybersaa::text
