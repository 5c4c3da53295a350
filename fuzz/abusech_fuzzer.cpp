// libFuzzer target: the abuse.ch parsers (Feodo Tracker JSON and CSV, URLhaus
// CSV, ThreatFox JSON: the JSON element stream, the comment-header CSV path,
// the field mapping) and format detection must never crash, leak or
// misbehave on any bytes. The first input byte picks the feed (and, with its
// high bit, a --max-errors); the rest is the file.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "feed/abusech_parser.hpp"
#include "feed/feed_format.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kybersaa::feed;
  constexpr AbusechFeed kFeeds[] = {AbusechFeed::kFeodoJson, AbusechFeed::kFeodoCsv,
                                    AbusechFeed::kUrlhausCsv, AbusechFeed::kThreatfoxJson};
  if (size == 0) return 0;
  const std::string file_name = "fuzz.feed";
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  (void)detect_feed_format(file_name, bytes);
  std::optional<std::uint64_t> max_errors;
  if (data[0] & 0x80) max_errors = data[0] & 0x7;
  std::uint64_t events = 0;
  std::uint64_t rejected = 0;
  std::string line;
  auto summary = parse_abusech_feed(
      kFeeds[(data[0] >> 3) % std::size(kFeeds)], file_name, make_memory_source(bytes), max_errors,
      [&](const IntelmqEvent& event) -> kybersaa::base::Status {
        line.clear();
        event.append_json_line(line);
        if (line.size() < 3 || line.front() != '{' || line.substr(line.size() - 2) != "}\n") {
          __builtin_trap();
        }
        ++events;
        return {};
      },
      [&](const kybersaa::base::Error& error) {
        if (error.message.rfind(file_name + ":", 0) != 0) __builtin_trap();  // located
        ++rejected;
      });
  if (summary) {
    if (summary->events != events || summary->rejected != rejected ||
        summary->records != events + rejected) {
      __builtin_trap();
    }
  } else if (summary.error().message.empty()) {
    __builtin_trap();
  }
  return 0;
}
