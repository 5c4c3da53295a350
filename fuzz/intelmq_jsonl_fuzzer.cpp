// libFuzzer target: IntelMQ JSON Lines import (line reading, simdjson,
// harmonisation checks, key interning) must never crash, leak or misbehave
// on any bytes; what it accepts must read back to the same events; and
// each line must give what it gives alone (lines are parsed a batch at a
// time, as one stream of documents).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "feed/intelmq_jsonl.hpp"

namespace {

using namespace kybersaa::feed;

struct Parsed {
  bool ok = false;
  std::string events;                   // JSON Lines
  std::vector<std::string> rejections;  // "LINE: reason"
};

Parsed parse(std::string_view bytes) {
  Parsed parsed;
  auto summary = parse_intelmq_jsonl(
      "fuzz.jsonl", make_memory_source(bytes), std::nullopt,
      [&](const IntelmqEvent& event) -> kybersaa::base::Status {
        event.append_json_line(parsed.events);
        return {};
      },
      [&](const kybersaa::base::Error& error) {
        constexpr std::string_view kFile = "fuzz.jsonl:";
        if (error.message.rfind(kFile, 0) != 0) __builtin_trap();  // located
        parsed.rejections.push_back(error.message.substr(kFile.size()));
      });
  if (!summary && summary.error().message.empty()) __builtin_trap();
  parsed.ok = summary.has_value();
  return parsed;
}

// The lines of a small input, each parsed alone, must give what they gave
// in the whole (where no file-wide limit or byte-order mark is involved).
void check_lines_alone(std::string_view bytes, const Parsed& whole) {
  constexpr std::size_t kMaxLines = 8;
  if (!whole.ok || bytes.find("\xEF\xBB\xBF") != std::string_view::npos) return;
  for (const auto& rejection : whole.rejections) {
    if (rejection.find("distinct keys") != std::string::npos) return;
  }
  std::vector<std::string_view> lines;
  for (std::string_view rest = bytes; !rest.empty();) {
    const std::size_t end = rest.find('\n');
    lines.push_back(rest.substr(0, end));
    if (lines.size() > kMaxLines) return;
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
  }
  Parsed alone;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Parsed line = parse(lines[i]);
    if (!line.ok) __builtin_trap();  // a line the whole took cannot stop the parse alone
    alone.events += line.events;
    for (const auto& rejection : line.rejections) {
      if (rejection.rfind("1: ", 0) != 0) __builtin_trap();
      alone.rejections.push_back(std::to_string(i + 1) + rejection.substr(1));
    }
  }
  if (alone.events != whole.events || alone.rejections != whole.rejections) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const Parsed first = parse(bytes);
  check_lines_alone(bytes, first);
  // Kybersää's own output must read back unchanged and without rejections.
  const Parsed second = parse(first.events);
  if (!second.rejections.empty() || second.events != first.events) __builtin_trap();
  return 0;
}
