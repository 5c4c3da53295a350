#include "text/pdf_reader.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <exception>
#include <memory>
#include <mutex>
#include <string>

#include "text/document_text.hpp"

namespace kybersaa::text {
namespace {

// poppler prints syntax errors of damaged files to stderr unless told where
// to send them; the error we return says what matters.
void silence_poppler() {
  static std::once_flag once;
  std::call_once(
      once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::string utf8_of(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  std::string out;
  detail::append_clean_text(out, std::string_view(bytes.data(), bytes.size()));
  return out;
}

base::Result<Document> read_pdf_pages(const poppler::document& pdf, const std::string& where) {
  const int page_count = pdf.pages();
  if (page_count <= 0) {
    return base::fail(base::ErrorCode::kInvalidInput, where + ": PDF has no pages");
  }
  if (page_count > kMaxPdfPages) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      where + ": PDF has " + std::to_string(page_count) + " pages, more than the " +
                          std::to_string(kMaxPdfPages) + " read from one document");
  }
  Document document;
  document.kind = DocumentKind::kPdf;
  document.title = utf8_of(pdf.get_title());
  while (!document.title.empty() && document.title.back() == ' ') document.title.pop_back();
  document.pages.reserve(static_cast<std::size_t>(page_count));
  for (int i = 0; i < page_count; ++i) {
    const std::unique_ptr<poppler::page> page(pdf.create_page(i));
    if (!page) {
      return base::fail(base::ErrorCode::kInvalidInput,
                        where + ": PDF page " + std::to_string(i + 1) + " cannot be read");
    }
    const poppler::byte_array text =
        page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
    PageSpan span{document.text.size(), 0};
    detail::append_clean_text(document.text, std::string_view(text.data(), text.size()));
    while (!document.text.empty() && (document.text.back() == ' ' || document.text.back() == '\n' ||
                                      document.text.back() == '\t')) {
      document.text.pop_back();
    }
    if (document.text.size() > span.offset) detail::end_line(document.text, 2);
    span.size = document.text.size() - span.offset;
    document.pages.push_back(span);
    if (document.text.size() > kMaxDocumentBytes) break;  // check_document_text says why
  }
  if (document.text.find_first_not_of(" \t\n") == std::string::npos) {
    return base::fail(base::ErrorCode::kInvalidInput, where + ": PDF has no text layer (" +
                                                          std::to_string(page_count) +
                                                          " pages of images only, e.g. a scan)");
  }
  if (auto checked = detail::check_document_text(document.text, where, "PDF"); !checked) {
    return tl::unexpected(checked.error());
  }
  return document;
}

}  // namespace

base::Result<Document> read_pdf_document(std::string_view bytes, std::string_view name) {
  const std::string where(name);
  if (bytes.size() > kMaxInputBytes) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      where + ": PDF is larger than " + std::to_string(kMaxInputBytes) + " bytes");
  }
  silence_poppler();
  try {
    const std::unique_ptr<poppler::document> pdf(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!pdf) {
      return base::fail(base::ErrorCode::kInvalidInput,
                        where +
                            ": PDF is damaged beyond repair (no readable cross-reference "
                            "table, catalog or page tree)");
    }
    if (pdf->is_locked()) {
      return base::fail(base::ErrorCode::kInvalidInput,
                        where +
                            ": PDF is encrypted and needs a password to open; save an "
                            "unencrypted copy to analyse it");
    }
    return read_pdf_pages(*pdf, where);
  } catch (const std::exception& error) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      where + ": PDF cannot be read: " + std::string(error.what()));
  }
}

}  // namespace kybersaa::text
