// libFuzzer target: the CVE JSON 5 record parser and its JSON output, joined
// with a small KEV catalog, must never crash, leak or misbehave on any
// bytes. Every error must name the file; every record must come out as one
// JSON object on one line.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "feed/cve5.hpp"
#include "feed/kev.hpp"

namespace {

constexpr std::string_view kFile = "fuzz.json";
constexpr std::string_view kCatalog = R"({"vulnerabilities": [
  {"cveID": "CVE-2026-10001", "dateAdded": "2026-03-10", "dueDate": "2026-03-31",
   "knownRansomwareCampaignUse": "Known"}]})";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kybersaa::feed;
  static const KevCatalog catalog =
      *parse_kev_catalog(kCatalog, "catalog.json", [](const kybersaa::base::Error&) {});
  static Cve5Parser parser;  // reused, as a directory walk reuses it
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto record = parser.parse(bytes, kFile);
  if (!record) {
    if (record.error().message.rfind(std::string(kFile) + ": ", 0) != 0) __builtin_trap();
    return 0;
  }
  if (!is_cve_id(record->cve_id)) __builtin_trap();
  join_known_exploited(catalog, *record);
  std::string line;
  append_vulnerability_json(*record, line);
  if (line.size() < 3 || line.front() != '{' || line.substr(line.size() - 2) != "}\n" ||
      line.find('\n') != line.size() - 1) {
    __builtin_trap();
  }
  return 0;
}
