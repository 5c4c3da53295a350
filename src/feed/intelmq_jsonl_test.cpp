#include "feed/intelmq_jsonl.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "feed/feed_format.hpp"
#include "feed/parse_outcome_test.hpp"

namespace kybersaa::feed {
namespace {

using test::expect_same_outcome;
using test::Outcome;

// Parses `bytes` on `threads` threads; the sink fails at event number
// `failing_event` (1-based; 0: never).
Outcome parse(std::string_view bytes, std::optional<std::uint64_t> max_errors = std::nullopt,
              std::size_t threads = 1, std::size_t failing_event = 0) {
  Outcome outcome{FeedSummary{}, {}, {}};
  outcome.summary = parse_intelmq_jsonl(
      "e.jsonl", make_memory_source(bytes), max_errors,
      test::collect_events(outcome, failing_event),
      [&](const base::Error& error) { outcome.rejections.push_back(error.message); }, threads);
  return outcome;
}

// Many batches' worth of lines: keys new to the file appear all along (the
// worker threads must leave those lines to the thread that interns keys in
// file order), bad lines, blank lines and CRLF; more distinct keys than a
// file may have, so that the limit falls on the same line whatever the
// threads. On several threads the sinks see what one thread gives them, and
// the parse stops at the same point.
TEST(IntelmqJsonl, ThreadsGiveWhatOneThreadGives) {
  std::string bytes;
  std::string many_keys;
  for (int i = 0; i < 12000; ++i) {
    const std::string ip = "192.0." + std::to_string(i / 250) + "." + std::to_string(i % 250);
    if (i % 1000 == 500) {
      bytes += R"({"source.ip": "192.0.2.300"})";
    } else if (i % 1500 == 9) {
      bytes += "{\"source.ip\": \"" + ip + "\"\r";
    } else if (i % 700 == 1) {
      bytes += " \t";
    } else {
      bytes += R"({"source.ip": ")" + ip + R"(", "extra.k)" + std::to_string(i / 97) + R"(": )" +
               std::to_string(i) + R"(, "extra": {"n)" + std::to_string(i / 301) +
               R"(": "x"}, "time.source": "2024-01-15 10:00:00"})" + "\r";
    }
    bytes += "\n";
    many_keys += R"({"extra.a)" + std::to_string(i) + R"(": 1, "extra.b)" + std::to_string(i) +
                 R"(": 2})" + "\n";
  }
  struct Case {
    const std::string* bytes;
    std::optional<std::uint64_t> max_errors;
    std::size_t failing_event;
  };
  const Case cases[] = {
      {&bytes, std::nullopt, 0},
      {&bytes, 7, 0},
      {&bytes, std::nullopt, 5555},
      {&many_keys, std::nullopt, 0},
  };
  for (const auto& c : cases) {
    const Outcome one = parse(*c.bytes, c.max_errors, 1, c.failing_event);
    ASSERT_FALSE(one.events.empty());
    ASSERT_FALSE(one.rejections.empty());
    for (const std::size_t threads : {2U, 4U}) {
      expect_same_outcome(one, parse(*c.bytes, c.max_errors, threads, c.failing_event),
                          "on " + std::to_string(threads) + " threads, max errors " +
                              std::to_string(c.max_errors.value_or(0)) + ", failing event " +
                              std::to_string(c.failing_event) + ", " +
                              std::to_string(c.bytes->size()) + " bytes");
    }
  }
  // The limit: two new keys a line, so the line that would make the file's
  // key 4097 is the first rejected.
  const Outcome limited = parse(many_keys, std::nullopt, 3);
  ASSERT_TRUE(limited.summary) << limited.summary.error().message;
  ASSERT_FALSE(limited.rejections.empty());
  EXPECT_EQ(limited.rejections.front(), "e.jsonl:" + std::to_string(kMaxJsonlKeys / 2 + 1) +
                                            ": extra.a" + std::to_string(kMaxJsonlKeys / 2) +
                                            ": more than " + std::to_string(kMaxJsonlKeys) +
                                            " distinct keys in the file");
  EXPECT_EQ(limited.events.size(), kMaxJsonlKeys / 2);
}

// Each line must come out as that line alone gives it, however the lines
// around it look: a batch of lines is parsed as one stream of documents, and
// two values on one line, or one value over two lines, must not pass for
// lines of their own. Mostly good lines, so that the stream runs long
// between the odd ones, on one thread and on three.
TEST(IntelmqJsonl, MapsEachLineAsThatLineAlone) {
  const std::vector<std::string> good = {
      R"({"source.ip": "192.0.2.1", "extra.n": 1})",
      R"({"source.ip": "192.0.2.2", "time.source": "2024-01-15 10:00:00"})",
      "  {\"extra.t\": true}\t",
      R"({"extra": {"u": "\u00e4", "v": [1, {"w": null}]}})",
  };
  // Lines that leave the stream of the whole batch valid JSON, but not one
  // document per line, or lines that are no objects.
  const std::vector<std::string> odd = {
      R"({"source.ip": "192.0.2.2"} {"source.ip": "192.0.2.3"})",
      R"({"source.ip": "192.0.2.4"}, {"source.ip": "192.0.2.5"})",
      "[1,",
      "2]",
      "5",
      R"("text")",
      "null",
      R"({"source.ip": "192.0.2.300"})",
      R"({"sauce.ip": "x"})",
      "{",
      "}",
      "{}",
      R"({"a":)",
      R"(1})",
      "tru",
      "e",
      R"({"extra.x": 1}])",
  };
  // Lines that make the whole batch invalid, so that it is mapped line by
  // line.
  std::vector<std::string> odd_and_invalid = odd;
  odd_and_invalid.insert(odd_and_invalid.end(), {R"({"extra.s": ")", R"("})", "\xff{}"});
  // What each piece gives as a file of its own.
  const auto alone = [&](const std::string& piece) { return parse(piece + "\n"); };
  for (const unsigned seed : {1U, 2U, 3U}) {
    std::mt19937 random(seed);
    std::string file;
    std::vector<std::string> events;
    std::vector<std::string> rejections;
    for (std::size_t line = 1; line <= 9000; ++line) {
      const bool is_odd = random() % 300 == 0;
      const auto& pieces = !is_odd ? good : seed < 3 ? odd : odd_and_invalid;
      const std::string& piece = pieces[random() % pieces.size()];
      file += piece + "\n";
      const Outcome outcome = alone(piece);
      events.insert(events.end(), outcome.events.begin(), outcome.events.end());
      for (const auto& rejection : outcome.rejections) {
        ASSERT_EQ(rejection.rfind("e.jsonl:1: ", 0), 0U) << rejection;
        rejections.push_back("e.jsonl:" + std::to_string(line) + ": " + rejection.substr(11));
      }
    }
    ASSERT_GT(rejections.size(), 10U);
    for (const std::size_t threads : {1U, 3U}) {
      const Outcome whole = parse(file, std::nullopt, threads);
      ASSERT_TRUE(whole.summary) << whole.summary.error().message;
      EXPECT_EQ(whole.events, events) << seed << " on " << threads << " threads";
      EXPECT_EQ(whole.rejections, rejections) << seed << " on " << threads << " threads";
    }
  }
}

TEST(IntelmqJsonl, ReadsEventsAndCanonicalisesValues) {
  const Outcome outcome = parse(
      "{\"__type\": \"Event\", \"source.ip\": \"2001:DB8:0::1\", \"source.asn\": \"AS64500\", "
      "\"classification.type\": \"C2-Server\", \"time.source\": \"2024-01-15 10:00:00Z\", "
      "\"extra.count\": 3, \"extra.tags\": [\"a\", \"b\"], \"feed.name\": null}\r\n"
      "\n"
      "{\"source.fqdn\": \"Example.ORG.\", \"extra\": {\"x\": true, \"y\": {\"z\": 1}}}");
  ASSERT_TRUE(outcome.summary) << outcome.summary.error().message;
  EXPECT_EQ(outcome.summary->records, 2u);
  ASSERT_EQ(outcome.events.size(), 2u);
  EXPECT_EQ(
      outcome.events[0],
      R"({"classification.type": "c2-server", "extra.count": 3, "extra.tags": "[\"a\",\"b\"]", )"
      R"("source.asn": 64500, "source.ip": "2001:db8::1", "time.source": "2024-01-15T10:00:00+00:00"})"
      "\n");
  EXPECT_EQ(outcome.events[1],
            R"({"extra.x": true, "extra.y": "{\"z\":1}", "source.fqdn": "example.org"})"
            "\n");
}

TEST(IntelmqJsonl, RejectsBadLinesWithTheirLineAndKey) {
  const Outcome outcome = parse(
      "{\"source.ip\": \"300.1.1.1\"}\n"
      "{\"sauce.ip\": \"192.0.2.1\"}\n"
      "[1]\n"
      "{\"source.ip\": \"192.0.2.1\"\n"
      "{\"__type\": \"Report\"}\n"
      "{\"source.port\": {\"a\": 1}}\n"
      "{\"source.ip\": \"192.0.2.1\", \"extra.bad\": \"\xff\"}\n"
      "{\"source.ip\": \"192.0.2.2\"}\n");
  ASSERT_TRUE(outcome.summary) << outcome.summary.error().message;
  EXPECT_EQ(outcome.summary->events, 1u);
  ASSERT_EQ(outcome.rejections.size(), 7u);
  EXPECT_EQ(outcome.rejections[0],
            "e.jsonl:1: source.ip: not a valid value for the field: \"300.1.1.1\"");
  EXPECT_EQ(outcome.rejections[1],
            "e.jsonl:2: sauce.ip: not an IntelMQ field (other fields go under extra.)");
  EXPECT_EQ(outcome.rejections[2], "e.jsonl:3: not a JSON object");
  EXPECT_EQ(outcome.rejections[3].rfind("e.jsonl:4: not valid JSON: ", 0), 0u);
  EXPECT_EQ(outcome.rejections[4], "e.jsonl:5: __type: not an Event: \"Report\"");
  EXPECT_EQ(outcome.rejections[5], "e.jsonl:6: source.port: expected a string, number or boolean");
  EXPECT_EQ(outcome.rejections[6].rfind("e.jsonl:7: not valid JSON: ", 0), 0u);
}

TEST(IntelmqJsonl, StopsOnAnOverlongLineAndAfterMaxErrors) {
  std::string huge = "{\"extra.x\": \"" + std::string(kMaxJsonlLineBytes + 10, 'a') + "\"}\n";
  const Outcome overlong = parse("{\"source.ip\": \"192.0.2.1\"}\n" + huge);
  ASSERT_FALSE(overlong.summary);
  EXPECT_EQ(overlong.summary.error().message, "e.jsonl:2: line longer than 1048576 bytes");
  EXPECT_EQ(overlong.events.size(), 1u);

  const Outcome stopped = parse("1\n2\n3\n", 1);
  ASSERT_FALSE(stopped.summary);
  EXPECT_EQ(stopped.summary.error().message,
            "e.jsonl:2: stopped after 2 rejected records (--max-errors 1)");
}

// Every line comes after one that accepts the same keys, so that the lines
// meet the warm key cache, in batches parsed whole and, after a broken
// line, line by line: each must answer as the first line did.
TEST(IntelmqJsonl, ReadsWarmLinesExactlyAsTheFullParse) {
  const std::string warm =
      R"({"source.ip": "192.0.2.1", "source.port": 1, "extra.a": 1, "extra": {"b": 2}})"
      "\n";
  const std::string bytes = warm +
                            R"({"source.ip": "192.0.2.1"} {"source.ip": "192.0.2.2"})"
                            "\n" +
                            warm +
                            R"({"source.ip": "192.0.2.1"}})"
                            "\n" +
                            warm +
                            R"({"source.ip": "192.0.2.1",})"
                            "\n" +
                            warm +
                            R"({"source.port": 1, "source.port": 2})"
                            "\n" +
                            warm +
                            R"({"source.port": 443.0})"
                            "\n" +
                            warm +
                            R"({"extra.a": tru})"
                            "\n" +
                            warm +
                            R"({"extra.a": nul})"
                            "\n" +
                            warm +
                            R"({"extra": {"b": [1], "c": null}})"
                            "\n" +
                            warm +
                            R"({"extra.a": 18446744073709551615, "source.port": -3})"
                            "\n" +
                            warm +
                            R"({"source\u002eip": "192.0.2.9"})"
                            "\n";
  const Outcome outcome = parse(bytes);
  ASSERT_TRUE(outcome.summary) << outcome.summary.error().message;
  EXPECT_EQ(outcome.summary->records, 20u);
  ASSERT_EQ(outcome.rejections.size(), 6u);
  EXPECT_EQ(outcome.rejections[0].rfind("e.jsonl:2: not valid JSON: ", 0), 0u);
  EXPECT_EQ(outcome.rejections[1].rfind("e.jsonl:4: not valid JSON: ", 0), 0u);
  EXPECT_EQ(outcome.rejections[2].rfind("e.jsonl:6: not valid JSON: ", 0), 0u);
  EXPECT_EQ(outcome.rejections[3],
            "e.jsonl:10: source.port: not a valid value for the field: 443.0");
  EXPECT_EQ(outcome.rejections[4].rfind("e.jsonl:12: not valid JSON: ", 0), 0u);
  EXPECT_EQ(outcome.rejections[5].rfind("e.jsonl:14: not valid JSON: ", 0), 0u);
  ASSERT_EQ(outcome.events.size(), 14u);                   // the warm lines' and four others'
  EXPECT_EQ(outcome.events[4], "{\"source.port\": 2}\n");  // the last of a repeated key
  EXPECT_EQ(outcome.events[9], "{\"extra.b\": \"[1]\"}\n");
  EXPECT_EQ(outcome.events[11], "{\"extra.a\": 18446744073709551616.0, \"source.port\": -3}\n");
  EXPECT_EQ(outcome.events[13], "{\"source.ip\": \"192.0.2.9\"}\n");
}

TEST(IntelmqJsonl, SkipsBlankLinesAndKeepsLineNumbers) {
  const Outcome outcome = parse(
      "\xEF\xBB\xBF{\"source.ip\": \"192.0.2.1\"}\r\n"
      "\r\n"
      "   \t\n"
      "\n"
      "{\"source.ip\": \"192.0.2.300\"}\n"
      "{\"source.ip\": \"192.0.2.2\"}");
  ASSERT_TRUE(outcome.summary) << outcome.summary.error().message;
  EXPECT_EQ(outcome.summary->records, 3u);
  EXPECT_EQ(outcome.events.size(), 2u);
  ASSERT_EQ(outcome.rejections.size(), 1u);
  EXPECT_EQ(outcome.rejections[0],
            "e.jsonl:5: source.ip: not a valid value for the field: \"192.0.2.300\"");
}

// "extra." is what an empty member of an "extra" object becomes; as a key
// of its own it is still no field, however often it was seen before.
TEST(IntelmqJsonl, RejectsTheBareExtraPrefixAsAKey) {
  const Outcome outcome = parse(
      "{\"extra\": {\"\": 1}}\n"
      "{\"extra.\": 1}\n"
      "{\"extra.\": 1}\n");
  ASSERT_TRUE(outcome.summary) << outcome.summary.error().message;
  ASSERT_EQ(outcome.events.size(), 1u);
  EXPECT_EQ(outcome.events[0], "{\"extra.\": 1}\n");
  ASSERT_EQ(outcome.rejections.size(), 2u);
  EXPECT_EQ(outcome.rejections[1],
            "e.jsonl:3: extra.: not an IntelMQ field (other fields go under extra.)");
}

TEST(IntelmqJsonl, ReadsLinesAcrossChunksUpToTheLimit) {
  // Lines of all lengths up to the limit, so that many of them straddle the
  // reader's chunks; a line at the limit is read, not refused.
  std::string bytes;
  std::size_t lines = 0;
  for (std::size_t length = 1; bytes.size() < (std::size_t{3} << 20); length = length * 3 + 7) {
    bytes += "{\"extra.x\": \"" + std::string(length % 300000, 'a') + "\"}\n";
    ++lines;
  }
  const std::string prefix = "{\"extra.x\": \"";
  bytes += prefix + std::string(kMaxJsonlLineBytes - prefix.size() - 2, 'b') + "\"}\n";
  const Outcome outcome = parse(bytes);
  ASSERT_TRUE(outcome.summary) << outcome.summary.error().message;
  EXPECT_EQ(outcome.events.size(), lines + 1);
  EXPECT_TRUE(outcome.rejections.empty());
}

TEST(IntelmqJsonl, RoundTripsItsOwnOutput) {
  const std::string line =
      R"({"classification.taxonomy": "malicious-code", "classification.type": "c2-server", )"
      R"("extra.last_online": "2024-01-15", "source.asn": 64500, "source.ip": "192.0.2.10", )"
      R"("source.port": 443, "time.source": "2024-01-03T10:11:12+00:00"})"
      "\n";
  const Outcome outcome = parse(line + line);
  ASSERT_EQ(outcome.events.size(), 2u);
  EXPECT_EQ(outcome.events[0], line);
  EXPECT_EQ(detect_feed_format("x", line), FeedFormat::kIntelmqJsonl);
}

}  // namespace
}  // namespace kybersaa::feed
