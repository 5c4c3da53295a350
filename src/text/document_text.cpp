#include "text/document_text.hpp"

#include <algorithm>

#include "base/utf8.hpp"
#include "text/document_decoder.hpp"

namespace kybersaa::text::detail {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

void append_clean_valid(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;
      out.push_back('\n');
    } else if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F) {
      out.push_back(' ');
    } else if (text.substr(i, kNoBreakSpace.size()) == kNoBreakSpace) {
      out.push_back(' ');
      ++i;
    } else {
      out.push_back(static_cast<char>(byte));
    }
  }
}

}  // namespace

void append_clean_text(std::string& out, std::string_view text) {
  while (!text.empty()) {
    const auto bad = base::find_invalid_utf8(text);
    if (!bad) {
      append_clean_valid(out, text);
      return;
    }
    append_clean_valid(out, text.substr(0, *bad));
    out += kReplacement;
    text.remove_prefix(*bad + 1);
  }
}

void end_line(std::string& out, int breaks) {
  while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
  if (out.empty()) return;
  int present = 0;
  for (auto it = out.rbegin(); it != out.rend() && *it == '\n' && present < breaks; ++it) {
    ++present;
  }
  out.append(static_cast<std::size_t>(breaks - present), '\n');
}

base::Status check_document_text(std::string_view text, std::string_view name,
                                 std::string_view what) {
  if (text.size() > kMaxDocumentBytes) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      std::string(name) + ": " + std::string(what) + " holds more than " +
                          std::to_string(kMaxDocumentBytes) + " bytes of text");
  }
  if (text.find_first_not_of(" \t\n") == std::string_view::npos) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      std::string(name) + ": " + std::string(what) + " has no text");
  }
  return {};
}

}  // namespace kybersaa::text::detail
