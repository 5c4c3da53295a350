// libFuzzer target: the CISA KEV catalog parser and its JSON output must
// never crash, leak or misbehave on any bytes. Every error and every
// rejected entry must name the file; every entry must come out as one JSON
// object on one line, and be found again by its CVE id.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "feed/kev.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kybersaa::feed;
  const std::string prefix = "fuzz.json: ";
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto catalog = parse_kev_catalog(bytes, "fuzz.json", [&](const kybersaa::base::Error& error) {
    if (error.message.rfind(prefix, 0) != 0) __builtin_trap();
  });
  if (!catalog) {
    if (catalog.error().message.rfind(prefix, 0) != 0) __builtin_trap();
    return 0;
  }
  std::string line;
  for (const KevEntry& entry : catalog->entries()) {
    if (catalog->find(entry.cve_id) != &entry) __builtin_trap();
    line.clear();
    append_kev_entry_json(entry, line);
    if (line.front() != '{' || line.find('\n') != line.size() - 1) __builtin_trap();
  }
  return 0;
}
