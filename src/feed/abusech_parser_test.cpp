#include "feed/abusech_parser.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "feed/feed_format.hpp"
#include "feed/parse_outcome_test.hpp"

namespace kybersaa::feed {
namespace {

const std::filesystem::path kData =
    std::filesystem::path(KYBERSAA_SOURCE_DIR) / "tests/data/feed/abusech";

using test::expect_same_outcome;
using test::Outcome;

// Parses `bytes` on `threads` threads; the sink fails at event number
// `failing_event` (1-based; 0: never).
Outcome parse_bytes(AbusechFeed feed, std::string_view name, std::string_view bytes,
                    std::optional<std::uint64_t> max_errors = std::nullopt, std::size_t threads = 1,
                    std::size_t failing_event = 0) {
  Outcome outcome{FeedSummary{}, {}, {}};
  outcome.summary = parse_abusech_feed(
      feed, std::string(name), make_memory_source(bytes), max_errors,
      test::collect_events(outcome, failing_event),
      [&](const base::Error& error) { outcome.rejections.push_back(error.message); }, threads);
  return outcome;
}

Outcome parse_fixture(const std::string& name) {
  auto input = open_feed_file(kData / name);
  EXPECT_TRUE(input) << input.error().message;
  auto format = detect_feed_format(input->file_name, input->head);
  EXPECT_TRUE(format) << format.error().message;
  Outcome outcome{FeedSummary{}, {}, {}};
  outcome.summary = parse_feed(
      *format, std::move(*input), FeedOptions{}, test::collect_events(outcome),
      [&](const base::Error& error) {
        outcome.rejections.push_back(
            error.message.substr(error.message.find("abusech/") + std::string("abusech/").size()));
      });
  return outcome;
}

TEST(AbusechParser, MapsFeodoJsonAsIntelmqDoes) {
  const Outcome outcome = parse_fixture("ipblocklist.json");
  ASSERT_TRUE(outcome.summary) << outcome.summary.error().message;
  EXPECT_EQ(outcome.summary->type, "feodo-json");
  EXPECT_EQ(outcome.summary->records, 4u);
  ASSERT_EQ(outcome.events.size(), 3u);
  EXPECT_EQ(outcome.events[0],
            R"({"classification.taxonomy": "malicious-code", "classification.type": "c2-server", )"
            R"("extra.last_online": "2024-01-15", "feed.name": "Feodo Tracker", )"
            R"("feed.provider": "abuse.ch", "malware.name": "qakbot", )"
            R"("source.as_name": "EXAMPLE-AS Example Hosting", "source.asn": 64500, )"
            R"("source.geolocation.cc": "FI", "source.ip": "192.0.2.10", "source.port": 443, )"
            R"("source.reverse_dns": "c2.example.net", "status": "online", )"
            R"("time.source": "2024-01-03T10:11:12+00:00"})"
            "\n");
  // No first_seen: time.source is last_online at midnight; hostname null is left out.
  EXPECT_NE(outcome.events[1].find(R"("time.source": "2024-01-10T00:00:00+00:00")"),
            std::string::npos);
  EXPECT_EQ(outcome.events[1].find("reverse_dns"), std::string::npos);
  EXPECT_NE(outcome.events[2].find(R"("source.ip": "2001:db8::1")"), std::string::npos);
  ASSERT_EQ(outcome.rejections.size(), 1u);
  EXPECT_EQ(outcome.rejections[0],
            "ipblocklist.json:25: ip_address: not a valid source.ip: 'not-an-ip'");
}

TEST(AbusechParser, MapsFeodoCsvLikeItsJson) {
  const Outcome outcome = parse_fixture("ipblocklist.csv");
  ASSERT_TRUE(outcome.summary) << outcome.summary.error().message;
  EXPECT_EQ(outcome.summary->type, "feodo-csv");
  ASSERT_EQ(outcome.events.size(), 2u);
  EXPECT_NE(outcome.events[0].find(R"("source.port": 443)"), std::string::npos);
  EXPECT_NE(outcome.events[0].find(R"("time.source": "2024-01-03T10:11:12+00:00")"),
            std::string::npos);
  // An empty first_seen_utc: time from last_online.
  EXPECT_NE(outcome.events[1].find(R"("time.source": "2024-01-12T00:00:00+00:00")"),
            std::string::npos);
  ASSERT_EQ(outcome.rejections.size(), 1u);
  EXPECT_EQ(outcome.rejections[0], "ipblocklist.csv:10: dst_port: not a valid source.port: '44x3'");
}

TEST(AbusechParser, MapsUrlhausDumpAndCountryFeed) {
  const Outcome dump = parse_fixture("urlhaus.csv");
  ASSERT_TRUE(dump.summary) << dump.summary.error().message;
  EXPECT_EQ(dump.summary->type, "urlhaus-csv");
  ASSERT_EQ(dump.events.size(), 2u);
  EXPECT_NE(dump.events[0].find(R"("classification.type": "malware-distribution")"),
            std::string::npos);
  EXPECT_NE(dump.events[0].find(R"("extra.tags": "32-bit,elf,mips,Mozi")"), std::string::npos);
  EXPECT_NE(
      dump.events[0].find(R"("event_description.url": "https://urlhaus.abuse.ch/url/1000001/")"),
      std::string::npos);
  EXPECT_NE(dump.events[0].find(R"("status": "online")"), std::string::npos);
  ASSERT_EQ(dump.rejections.size(), 1u);
  EXPECT_EQ(dump.rejections[0].rfind("urlhaus.csv:11: dateadded: not a valid time.source", 0), 0u)
      << dump.rejections[0];

  const Outcome feed = parse_fixture("urlhaus-country-fi.csv");
  ASSERT_TRUE(feed.summary) << feed.summary.error().message;
  ASSERT_EQ(feed.events.size(), 1u);
  // No scheme: http:// added; a host that is an IP is no FQDN and is dropped.
  EXPECT_NE(feed.events[0].find(R"("source.url": "http://192.0.2.30/bins/x86")"),
            std::string::npos);
  EXPECT_EQ(feed.events[0].find("source.fqdn"), std::string::npos);
  EXPECT_NE(feed.events[0].find(R"("source.asn": 64500)"), std::string::npos);
  ASSERT_EQ(feed.rejections.size(), 1u);
  EXPECT_EQ(feed.rejections[0],
            "urlhaus-country-fi.csv:10: ASnumber: not a valid source.asn: 'AS?'");
}

TEST(AbusechParser, MapsThreatfoxIndicatorsByType) {
  const Outcome outcome = parse_fixture("threatfox.json");
  ASSERT_TRUE(outcome.summary) << outcome.summary.error().message;
  EXPECT_EQ(outcome.summary->type, "threatfox-json");
  ASSERT_EQ(outcome.events.size(), 3u);
  EXPECT_NE(outcome.events[0].find(R"("source.ip": "192.0.2.50", "source.port": 443)"),
            std::string::npos);
  EXPECT_NE(outcome.events[0].find(R"("classification.type": "c2-server")"), std::string::npos);
  EXPECT_NE(outcome.events[0].find(R"("malware.name": "cobalt strike")"), std::string::npos);
  EXPECT_NE(outcome.events[0].find(R"("extra.threatfox_id": 1210536)"), std::string::npos);
  EXPECT_NE(outcome.events[0].find(R"("extra.confidence_level": 100)"), std::string::npos);
  EXPECT_NE(outcome.events[1].find(R"("source.fqdn": "bad.example.org")"), std::string::npos);
  EXPECT_NE(outcome.events[1].find(R"("classification.type": "malware-distribution")"),
            std::string::npos);
  EXPECT_NE(outcome.events[2].find(R"("malware.hash.md5": "44d88612fea8a8f36de82e1278abb02f")"),
            std::string::npos);
  ASSERT_EQ(outcome.rejections.size(), 1u);
  EXPECT_EQ(outcome.rejections[0],
            "threatfox.json:53: ioc_value: not a valid source.ip: '192.0.2.300'");
}

TEST(AbusechParser, RejectsBadRecordsAndStopsAfterMaxErrors) {
  const std::string bytes = R"([{"ip_address": [1]}, 7, {"ip_address": "x"}, {"port": 1}])";
  const Outcome outcome = parse_bytes(AbusechFeed::kFeodoJson, "f.json", bytes, 1);
  ASSERT_FALSE(outcome.summary);
  EXPECT_EQ(outcome.summary.error().message,
            "f.json:1: stopped after 2 rejected records (--max-errors 1)");
  ASSERT_EQ(outcome.rejections.size(), 2u);
  EXPECT_EQ(outcome.rejections[0], "f.json:1: ip_address: expected a string or a number");
  EXPECT_EQ(outcome.rejections[1], "f.json:1: expected an object, got another value");
}

// Records after the first meet the warm column cache, in batches parsed
// whole and, after a broken record, record by record; each must come out
// exactly as the first did.
TEST(AbusechParser, ReadsFeodoRecordsAcrossChunksAsTheFullParse) {
  const std::string good =
      R"({"ip_address": "192.0.2.1", "port": 443, "first_seen": "2024-01-03 10:11:12", )"
      R"("malware": "QakBot", "note": {"x": [1, 2]}})";
  std::string bytes = "[\n";
  std::uint64_t line = 2;
  std::vector<std::uint64_t> bad_lines;
  const std::string bad[] = {
      R"({"ip_address": "192.0.2.1", "note": tru})",
      R"({"ip_address": "192.0.2.1"} 1)",
      R"({"ip_address": "192.0.2.300", "port": 443})",
      R"({"ip_address": ["192.0.2.1"]})",
  };
  for (int i = 0; i < 40000; ++i) {
    if (i > 0) bytes += ",\n";
    if (i % 10000 == 5000) {
      bytes += bad[static_cast<std::size_t>(i / 10000)];
      bad_lines.push_back(line);
    } else {
      bytes += good;
    }
    ++line;
  }
  bytes += "\n]\n";
  const Outcome outcome = parse_bytes(AbusechFeed::kFeodoJson, "f.json", bytes);
  ASSERT_TRUE(outcome.summary) << outcome.summary.error().message;
  EXPECT_EQ(outcome.summary->records, 40000u);
  ASSERT_EQ(outcome.events.size(), 39996u);
  EXPECT_EQ(outcome.events.front(), outcome.events.back());
  EXPECT_NE(outcome.events.back().find(R"("time.source": "2024-01-03T10:11:12+00:00")"),
            std::string::npos);
  ASSERT_EQ(outcome.rejections.size(), 4u);
  const std::string at = "f.json:";
  EXPECT_EQ(
      outcome.rejections[0].rfind(at + std::to_string(bad_lines[0]) + ": not valid JSON: ", 0), 0u);
  EXPECT_EQ(
      outcome.rejections[1].rfind(at + std::to_string(bad_lines[1]) + ": not valid JSON: ", 0), 0u);
  EXPECT_EQ(outcome.rejections[2], at + std::to_string(bad_lines[2]) +
                                       ": ip_address: not a valid source.ip: '192.0.2.300'");
  EXPECT_EQ(outcome.rejections[3],
            at + std::to_string(bad_lines[3]) + ": ip_address: expected a string or a number");
}

// Many batches' worth of records, good and bad, with a broken top level at
// the end: on several threads the sinks see what one thread gives them, and
// the parse stops at the same point for too many rejections, a sink's error
// or the broken end.
TEST(AbusechParser, ThreadsGiveWhatOneThreadGives) {
  std::string feodo = "[\n";
  std::string threatfox = "{\n";
  std::uint64_t bad_feodo = 0;
  for (int i = 0; i < 9000; ++i) {
    const std::string ip = "192.0." + std::to_string(i / 250) + "." + std::to_string(i % 250);
    if (i > 0) {
      feodo += ",\n";
      threatfox += ",\n";
    }
    if (i % 997 == 13) {
      ++bad_feodo;
      feodo += R"({"ip_address": "192.0.2.300"})";
      threatfox += "\"" + std::to_string(i) + R"(": [{"ioc_type": "domain"}])";
    } else if (i % 1499 == 7) {
      ++bad_feodo;
      feodo += R"({"ip_address": ["192.0.2.1"]})";
      threatfox += "\"" + std::to_string(i) +
                   R"(": [{"ioc_value": "a.example", "ioc_type": "domain"}, )" +
                   R"({"ioc_value": ")" + ip + R"(:80", "ioc_type": "ip:port"}])";
    } else {
      feodo += R"({"ip_address": ")" + ip + R"(", "port": )" + std::to_string(1 + i % 9000) +
               R"(, "first_seen": "2024-01-03 10:11:12", "malware": "QakBot"})";
      threatfox += "\"" + std::to_string(i) + R"(": [{"ioc_value": ")" + ip +
                   R"(:443", "ioc_type": "ip:port", "threat_type": "botnet_cc"}])";
    }
  }
  // ThreatFox ids holding many records, more than a batch keeps: the
  // calling thread maps those itself, in their place.
  std::string many = "{\n";
  for (int id = 0; id < 12; ++id) {
    if (id > 0) many += ",\n";
    many += "\"" + std::to_string(id) + "\": [";
    const int count = id % 3 == 0 ? 3000 : 2;
    for (int i = 0; i < count; ++i) {
      if (i > 0) many += ", ";
      many += i % 700 == 5 ? R"({"ioc_type": "domain"})"
                           : R"({"ioc_value": "h)" + std::to_string(i) +
                                 R"(.example.org", "ioc_type": "domain"})";
    }
    many += "]";
  }
  many += "\n}\n";
  const std::string whole_feodo = feodo + "\n]\n";
  const std::string whole_threatfox = threatfox + "\n}\n";
  const std::string broken_feodo = feodo + "\n] x\n";
  struct Case {
    AbusechFeed feed;
    const std::string* bytes;
    std::optional<std::uint64_t> max_errors;
    std::size_t failing_event;
  };
  const Case cases[] = {
      {AbusechFeed::kFeodoJson, &whole_feodo, std::nullopt, 0},
      {AbusechFeed::kFeodoJson, &whole_feodo, 5, 0},
      {AbusechFeed::kFeodoJson, &whole_feodo, std::nullopt, 4321},
      {AbusechFeed::kFeodoJson, &broken_feodo, std::nullopt, 0},
      {AbusechFeed::kThreatfoxJson, &whole_threatfox, std::nullopt, 0},
      {AbusechFeed::kThreatfoxJson, &whole_threatfox, 3, 0},
      {AbusechFeed::kThreatfoxJson, &many, std::nullopt, 0},
      {AbusechFeed::kThreatfoxJson, &many, 9, 0},
      {AbusechFeed::kThreatfoxJson, &many, std::nullopt, 4500},
  };
  for (const auto& c : cases) {
    const Outcome one = parse_bytes(c.feed, "f.json", *c.bytes, c.max_errors, 1, c.failing_event);
    ASSERT_FALSE(one.events.empty());
    ASSERT_FALSE(one.rejections.empty());
    for (const std::size_t threads : {2U, 3U}) {
      expect_same_outcome(
          one, parse_bytes(c.feed, "f.json", *c.bytes, c.max_errors, threads, c.failing_event),
          std::to_string(static_cast<int>(c.feed)) + " on " + std::to_string(threads) +
              " threads, max errors " + std::to_string(c.max_errors.value_or(0)) +
              ", failing event " + std::to_string(c.failing_event));
    }
  }
  const Outcome whole = parse_bytes(AbusechFeed::kFeodoJson, "f.json", whole_feodo);
  ASSERT_TRUE(whole.summary) << whole.summary.error().message;
  EXPECT_EQ(whole.summary->records, 9000U);
  EXPECT_EQ(whole.summary->rejected, bad_feodo);
  EXPECT_FALSE(parse_bytes(AbusechFeed::kFeodoJson, "f.json", broken_feodo, {}, 2).summary);
  const Outcome all_of_many = parse_bytes(AbusechFeed::kThreatfoxJson, "t.json", many, {}, 3);
  ASSERT_TRUE(all_of_many.summary) << all_of_many.summary.error().message;
  EXPECT_EQ(all_of_many.summary->records, 4U * 3000U + 8U * 2U);
  EXPECT_EQ(all_of_many.rejections.size(), 4U * 5U);
}

// Each element must come out as that element alone gives it: a batch of
// elements is parsed as one array, which must not change what any of them
// becomes. Mostly good elements, so that batches parse whole, now and then
// one that makes its batch fall back to element by element.
TEST(AbusechParser, MapsEachElementAsThatElementAlone) {
  const std::vector<std::string> good = {
      R"({"ip_address": "192.0.2.1", "port": 443, "first_seen": "2024-01-03 10:11:12"})",
      R"({"ip_address": "192.0.2.2", "malware": "QakBot", "note": {"x": [1, 2]}})",
      R"({"ip_address": "2001:DB8::1", "as_number": 64500, "country": "fi"})",
      R"({"ip_address": "192.0.2.300"})",
      R"({"ip_address": ["192.0.2.1"]})",
      "7",
      R"("text")",
  };
  const std::vector<std::string> odd = {
      R"({"ip_address": "192.0.2.1"} 1)",
      R"({"ip_address": "192.0.2.1", "note": tru})",
      R"({"a": [1}])",
      "\xff",
  };
  for (const unsigned seed : {1U, 2U}) {
    std::mt19937 random(seed);
    std::string file = "[\n";
    std::vector<std::string> events;
    std::vector<std::string> rejections;
    for (std::size_t line = 2; line < 7002; ++line) {
      const bool is_odd = random() % 2500 == 0;
      const auto& pieces = is_odd ? odd : good;
      const std::string& piece = pieces[random() % pieces.size()];
      file += piece + (line + 1 < 7002 ? ",\n" : "\n");
      const Outcome alone = parse_bytes(AbusechFeed::kFeodoJson, "f.json", "[" + piece + "]");
      ASSERT_TRUE(alone.summary) << piece;
      events.insert(events.end(), alone.events.begin(), alone.events.end());
      for (const auto& rejection : alone.rejections) {
        ASSERT_EQ(rejection.rfind("f.json:1: ", 0), 0U) << rejection;
        rejections.push_back("f.json:" + std::to_string(line) + ": " + rejection.substr(10));
      }
    }
    file += "]\n";
    for (const std::size_t threads : {1U, 2U}) {
      const Outcome whole = parse_bytes(AbusechFeed::kFeodoJson, "f.json", file, {}, threads);
      ASSERT_TRUE(whole.summary) << whole.summary.error().message;
      EXPECT_EQ(whole.events, events) << seed << " on " << threads << " threads";
      EXPECT_EQ(whole.rejections, rejections) << seed << " on " << threads << " threads";
    }
  }
}

TEST(AbusechParser, MapsThreatfoxIdsWithSeveralRecords) {
  const std::string bytes =
      R"({"7": [{"ioc_value": "bad.example.org", "ioc_type": "domain", "threat_type": "payload"}],)"
      "\n"
      R"("8": [{"ioc_value": "a.example.org", "ioc_type": "domain"},)"
      R"( {"ioc_type": "domain", "ioc_value": null}, {"id": 9, "ioc": "b.example.org", "ioc_type": "domain"}],)"
      "\n"
      R"("x": [{"ioc_type": "domain", "ioc_value": "c.example.org"}]})";
  const Outcome outcome = parse_bytes(AbusechFeed::kThreatfoxJson, "t.json", bytes);
  ASSERT_TRUE(outcome.summary) << outcome.summary.error().message;
  ASSERT_EQ(outcome.events.size(), 4u);
  EXPECT_NE(outcome.events[0].find(R"("extra.threatfox_id": 7)"), std::string::npos);
  EXPECT_NE(outcome.events[1].find(R"("extra.threatfox_id": 8)"), std::string::npos);
  EXPECT_NE(outcome.events[2].find(R"("extra.threatfox_id": 9)"), std::string::npos);
  EXPECT_NE(outcome.events[2].find(R"("source.fqdn": "b.example.org")"), std::string::npos);
  EXPECT_NE(outcome.events[3].find(R"("extra.threatfox_id": "x")"), std::string::npos);
  // The record without a value names the field it lacks, not one of the
  // record before.
  ASSERT_EQ(outcome.rejections.size(), 1u);
  EXPECT_EQ(outcome.rejections[0], "t.json:2: ioc_value: missing");
}

TEST(AbusechParser, FailsOnBrokenStructure) {
  for (const std::string_view bytes :
       {std::string_view(R"([{"ip_address": "192.0.2.1"})"), std::string_view("{}"),
        std::string_view("[{\"a\": \"unterminated}]"), std::string_view("[1] 2")}) {
    const Outcome outcome = parse_bytes(AbusechFeed::kFeodoJson, "f.json", bytes);
    EXPECT_FALSE(outcome.summary) << bytes;
  }
  const Outcome csv = parse_bytes(AbusechFeed::kUrlhausCsv, "u.csv", "a;b;c\n1;2;3\n");
  ASSERT_FALSE(csv.summary);
  EXPECT_NE(csv.summary.error().message.find("u.csv: no column header"), std::string::npos);
}

TEST(AbusechParser, RejectsInvalidUtf8InCsv) {
  const Outcome outcome = parse_bytes(
      AbusechFeed::kFeodoCsv, "f.csv",
      "\"first_seen_utc\",\"dst_ip\",\"dst_port\",\"c2_status\",\"last_online\",\"malware\"\n"
      "\"2024-01-03 10:11:12\",\"192.0.2.10\",\"443\",\"online\",\"2024-01-15\",\"Q\xff\"\n");
  ASSERT_TRUE(outcome.summary);
  ASSERT_EQ(outcome.rejections.size(), 1u);
  EXPECT_EQ(outcome.rejections[0], "f.csv:2: malware: invalid UTF-8 at byte 1 of the field");
}

TEST(AbusechParser, DetectsEachFormatByContent) {
  const std::pair<const char*, std::string_view> cases[] = {
      {"ipblocklist.json", "feodo-json"},   {"ipblocklist.csv", "feodo-csv"},
      {"urlhaus.csv", "urlhaus-csv"},       {"urlhaus-country-fi.csv", "urlhaus-csv"},
      {"threatfox.json", "threatfox-json"},
  };
  for (const auto& [name, format] : cases) {
    auto input = open_feed_file(kData / name);
    ASSERT_TRUE(input);
    auto detected = detect_feed_format("renamed.bin", input->head);
    ASSERT_TRUE(detected) << name << ": " << detected.error().message;
    EXPECT_EQ(feed_format_name(*detected), format) << name;
  }
  EXPECT_EQ(detect_feed_format("ipblocklist.json", "[]"), FeedFormat::kFeodoJson);
}

}  // namespace
}  // namespace kybersaa::feed
