// libFuzzer target: the abuse.ch parsers (Feodo Tracker JSON and CSV, URLhaus
// CSV, ThreatFox JSON: the JSON element stream, the comment-header CSV path,
// the field mapping) and format detection must never crash, leak or
// misbehave on any bytes. The first input byte picks the feed (and, with its
// high bit, a --max-errors); the rest is the file.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "event_invariants.hpp"
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
  kybersaa::fuzz::EventStreamCheck check(file_name);
  check.check(parse_abusech_feed(kFeeds[(data[0] >> 3) % std::size(kFeeds)], file_name,
                                 make_memory_source(bytes), max_errors, check.on_event(),
                                 check.on_rejection()));
  return 0;
}
