// libFuzzer target: the notification JSON Lines parser must never crash,
// leak or misbehave on any bytes; it either returns incidents or an error
// naming the file and line.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/notification/notification_parser.hpp"
#include "ingest/registry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  static const kybersaa::ingest::NotificationParser parser;
  auto incidents = parser.parse("fuzz.jsonl", bytes);
  if (incidents) {
    for (const auto& incident : *incidents) {
      // Every accepted incident carries a 32-hex-digit content id.
      if (incident.id.size() != 32) __builtin_trap();
    }
  } else if (incidents.error().message.rfind("fuzz.jsonl", 0) != 0) {
    __builtin_trap();  // errors must name the file
  }
  (void)kybersaa::ingest::parser_for("fuzz.jsonl", bytes);
  return 0;
}
