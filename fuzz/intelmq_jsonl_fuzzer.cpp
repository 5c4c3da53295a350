// libFuzzer target: IntelMQ JSON Lines import (line reading, simdjson,
// harmonisation checks, key interning) must never crash, leak or misbehave
// on any bytes; what it accepts must read back to the same events.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "feed/intelmq_jsonl.hpp"

namespace {

using namespace kybersaa::feed;

std::string parse_to_jsonl(std::string_view bytes, std::uint64_t& rejected) {
  std::string out;
  auto summary = parse_intelmq_jsonl(
      "fuzz.jsonl", make_memory_source(bytes), std::nullopt,
      [&](const IntelmqEvent& event) -> kybersaa::base::Status {
        event.append_json_line(out);
        return {};
      },
      [&](const kybersaa::base::Error& error) {
        if (error.message.rfind("fuzz.jsonl:", 0) != 0) __builtin_trap();  // located
        ++rejected;
      });
  if (!summary && summary.error().message.empty()) __builtin_trap();
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::uint64_t rejected = 0;
  const std::string first =
      parse_to_jsonl(std::string_view(reinterpret_cast<const char*>(data), size), rejected);
  // Kybersää's own output must read back unchanged and without rejections.
  std::uint64_t rejected_again = 0;
  const std::string second = parse_to_jsonl(first, rejected_again);
  if (rejected_again != 0 || second != first) __builtin_trap();
  return 0;
}
