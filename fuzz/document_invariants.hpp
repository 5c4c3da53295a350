#pragma once
// What every document reader must hold on any bytes, checked by the html,
// pdf and mail fuzz targets: an error names the file; a document has valid
// UTF-8 text within kMaxDocumentBytes, and its pages cover the text in order.

#include <string_view>

#include "base/utf8.hpp"
#include "text/document_reader.hpp"

namespace kybersaa::fuzz {

inline void check_document(const base::Result<text::Document>& document, std::string_view name) {
  if (!document) {
    if (document.error().message.rfind(name, 0) != 0) __builtin_trap();
    return;
  }
  if (document->text.empty() || base::find_invalid_utf8(document->text)) __builtin_trap();
  if (document->text.size() > text::kMaxDocumentBytes) __builtin_trap();
  std::size_t end = 0;
  for (const auto& page : document->pages) {
    if (page.offset != end) __builtin_trap();
    end = page.offset + page.size;
  }
  if (!document->pages.empty() && end != document->text.size()) __builtin_trap();
}

}  // namespace kybersaa::fuzz
