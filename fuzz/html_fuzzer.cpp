// libFuzzer target: the html document reader must never crash, leak or hang
// on any bytes; it returns a document of valid UTF-8 text or an error naming
// the file.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document_invariants.hpp"
#include "text/html_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  kybersaa::fuzz::check_document(kybersaa::text::read_html_document(bytes, "fuzz.html"),
                                 "fuzz.html");
  return 0;
}
