#include "text/mail_reader.hpp"

#include <gmime/gmime.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "base/utf8.hpp"
#include "text/document_text.hpp"
#include "text/html_reader.hpp"
#include "text/pdf_reader.hpp"

namespace kybersaa::text {
namespace {

// Owners of GLib and GObject allocations, so that every early return frees.
struct GObjectUnref {
  void operator()(gpointer object) const {
    if (object != nullptr) g_object_unref(object);
  }
};
template <class T>
using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

struct GFree {
  void operator()(gpointer memory) const { g_free(memory); }
};
using GString = std::unique_ptr<char, GFree>;

struct GErrorFree {
  void operator()(GError* error) const { g_error_free(error); }
};

void init_gmime() {
  static std::once_flag once;
  std::call_once(once, [] { g_mime_init(); });
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Returns the offset of the Content-Type header line that makes the count
// exceed kMaxMessageParts, or npos. Every MIME part but the defaulted ones
// has such a line, so this bounds the parts (and their nesting) before GMime
// builds its tree.
std::size_t find_part_too_many(std::string_view bytes) {
  constexpr std::string_view kField = "content-type:";
  std::size_t count = 0;
  for (std::size_t line = 0; line < bytes.size();) {
    if (bytes.size() - line >= kField.size() &&
        lower_ascii(bytes.substr(line, kField.size())) == kField && ++count > kMaxMessageParts) {
      return line;
    }
    const std::size_t end = bytes.find('\n', line);
    if (end == std::string_view::npos) break;
    line = end + 1;
  }
  return std::string_view::npos;
}

std::string mime_type_of(GMimeObject* object) {
  GMimeContentType* type = g_mime_object_get_content_type(object);
  if (type == nullptr) return "text/plain";
  const GString mime(g_mime_content_type_get_mime_type(type));
  return mime ? lower_ascii(mime.get()) : "text/plain";
}

// The decoded content (transfer encoding undone) of a leaf part.
std::string content_of(GMimePart* part) {
  GMimeDataWrapper* wrapper = g_mime_part_get_content(part);
  if (wrapper == nullptr) return "";
  const GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new());
  if (g_mime_data_wrapper_write_to_stream(wrapper, stream.get()) < 0) return "";
  GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
  return std::string(reinterpret_cast<const char*>(array->data), array->len);
}

// `bytes` in the part's declared charset as UTF-8: converted by iconv when
// the charset is known, else kept when valid UTF-8, else read as
// Windows-1252 (what undeclared 8-bit mail mostly is).
std::string to_utf8(std::string_view bytes, GMimeObject* part) {
  const char* declared = g_mime_object_get_content_type_parameter(part, "charset");
  std::string charset = declared != nullptr ? lower_ascii(declared) : "";
  if (charset == "utf-8" || charset == "utf8" || charset == "us-ascii" || charset.empty()) {
    if (!base::find_invalid_utf8(bytes)) return std::string(bytes);
    charset = "windows-1252";
  }
  gsize written = 0;
  GError* raw_error = nullptr;
  const GString converted(g_convert(bytes.data(), static_cast<gssize>(bytes.size()), "UTF-8",
                                    charset.c_str(), nullptr, &written, &raw_error));
  const std::unique_ptr<GError, GErrorFree> error(raw_error);
  if (!converted) return std::string(bytes);  // unknown charset: cleaned as UTF-8 later
  return std::string(converted.get(), written);
}

bool has_pdf_signature(std::string_view content) {
  return content.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

class MailTextCollector {
 public:
  explicit MailTextCollector(std::string where) : where_(std::move(where)) {}

  // Reads the parts under `root` in message order.
  base::Status collect(GMimeObject* root) {
    std::vector<GMimeObject*> stack{root};
    while (!stack.empty()) {
      GMimeObject* object = stack.back();
      stack.pop_back();
      if (++visited_ > kMaxMessageParts) {
        return base::fail(
            base::ErrorCode::kInvalidInput,
            where_ + ": message has more than " + std::to_string(kMaxMessageParts) + " MIME parts");
      }
      if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (inner != nullptr && g_mime_message_get_mime_part(inner) != nullptr) {
          stack.push_back(g_mime_message_get_mime_part(inner));
        }
      } else if (GMIME_IS_MULTIPART(object)) {
        push_children(GMIME_MULTIPART(object), stack);
      } else if (GMIME_IS_PART(object)) {
        if (auto read = read_leaf(GMIME_PART(object)); !read) return read;
      }
    }
    return {};
  }

  std::string& text() { return text_; }
  std::vector<DocumentPart>& parts() { return parts_; }

 private:
  // Pushes the children of `multipart` so that they pop in order; of a
  // multipart/alternative only the plain-text version (else the last, the
  // richest) is read, since the versions say the same.
  static void push_children(GMimeMultipart* multipart, std::vector<GMimeObject*>& stack) {
    const int count = g_mime_multipart_get_count(multipart);
    if (mime_type_of(GMIME_OBJECT(multipart)) == "multipart/alternative" && count > 0) {
      GMimeObject* chosen = g_mime_multipart_get_part(multipart, count - 1);
      for (int i = 0; i < count; ++i) {
        GMimeObject* child = g_mime_multipart_get_part(multipart, i);
        if (mime_type_of(child) == "text/plain") {
          chosen = child;
          break;
        }
      }
      stack.push_back(chosen);
      return;
    }
    for (int i = count; i-- > 0;) stack.push_back(g_mime_multipart_get_part(multipart, i));
  }

  base::Status read_leaf(GMimePart* part) {
    const std::string mime = mime_type_of(GMIME_OBJECT(part));
    const char* filename = g_mime_part_get_filename(part);
    DocumentPart read_part;
    read_part.content_type = mime;
    read_part.filename = filename != nullptr ? filename : "";
    const bool attachment = g_mime_part_is_attachment(part) != FALSE;
    const std::string content = content_of(part);
    read_part.bytes = content.size();
    const std::string part_name =
        where_ + ": " +
        (read_part.filename.empty() ? "part " + std::to_string(visited_)
                                    : "attachment \"" + read_part.filename + "\"");
    Document document;
    if (mime == "application/pdf" || has_pdf_signature(content)) {
      auto pdf = read_pdf_document(content, part_name);
      if (!pdf) return tl::unexpected(pdf.error());
      document = std::move(*pdf);
    } else if (mime == "text/html" ||
               (attachment && detect_document_kind(content) == DocumentKind::kHtml)) {
      auto html = read_html_document(to_utf8(content, GMIME_OBJECT(part)), part_name);
      if (!html) return tl::unexpected(html.error());
      document = std::move(*html);
    } else if (mime == "text/plain") {
      detail::append_clean_text(document.text, to_utf8(content, GMIME_OBJECT(part)));
    } else {
      return {};  // images, archives, calendars: no prose to read
    }
    read_part.kind = document.kind;
    detail::end_line(text_, 2);
    text_ += document.text;
    parts_.push_back(std::move(read_part));
    if (text_.size() > kMaxDocumentBytes) {
      return detail::check_document_text(text_, where_, "message");
    }
    return {};
  }

  std::string where_;
  std::size_t visited_ = 0;
  std::string text_;
  std::vector<DocumentPart> parts_;
};

std::string format_date(GDateTime* date) {
  if (date == nullptr) return "";
  const GString formatted(g_date_time_format(date, "%Y-%m-%dT%H:%M:%S%:z"));
  return formatted ? std::string(formatted.get()) : "";
}

std::string format_from(GMimeMessage* message) {
  InternetAddressList* from = g_mime_message_get_from(message);
  if (from == nullptr || internet_address_list_length(from) == 0) return "";
  const GString text(internet_address_list_to_string(from, nullptr, FALSE));
  std::string out;
  if (text) detail::append_clean_text(out, text.get());
  return out;
}

}  // namespace

base::Result<Document> read_mail_document(std::string_view bytes, std::string_view name) {
  const std::string where(name);
  if (bytes.size() > kMaxInputBytes) {
    return base::fail(
        base::ErrorCode::kInvalidInput,
        where + ": message is larger than " + std::to_string(kMaxInputBytes) + " bytes");
  }
  if (const std::size_t too_many = find_part_too_many(bytes); too_many != std::string_view::npos) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      where + ": byte " + std::to_string(too_many) + ": message has more than " +
                          std::to_string(kMaxMessageParts) + " MIME parts");
  }
  if (bytes.substr(0, 5) == "From ") {  // an mbox separator line before the headers
    const std::size_t end = bytes.find('\n');
    bytes.remove_prefix(end == std::string_view::npos ? bytes.size() : end + 1);
  }
  init_gmime();
  const GObjectPtr<GMimeStream> stream(
      g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
  const GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  const GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
  if (!message || g_mime_message_get_mime_part(message.get()) == nullptr) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      where + ": not a readable e-mail message (no header block and body)");
  }
  Document document;
  document.kind = DocumentKind::kEmail;
  if (const char* subject = g_mime_message_get_subject(message.get()); subject != nullptr) {
    detail::append_clean_text(document.title, subject);
  }
  document.from = format_from(message.get());
  document.date = format_date(g_mime_message_get_date(message.get()));
  MailTextCollector collector(where);
  if (auto collected = collector.collect(g_mime_message_get_mime_part(message.get())); !collected) {
    return tl::unexpected(collected.error());
  }
  document.text = document.title;
  detail::end_line(document.text, 2);
  document.text += collector.text();
  while (!document.text.empty() && (document.text.back() == '\n' || document.text.back() == ' ')) {
    document.text.pop_back();
  }
  detail::end_line(document.text, 1);
  document.parts = std::move(collector.parts());
  if (auto checked = detail::check_document_text(document.text, where, "message"); !checked) {
    return tl::unexpected(checked.error());
  }
  return document;
}

}  // namespace kybersaa::text
