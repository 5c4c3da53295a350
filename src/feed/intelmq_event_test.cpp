#include "feed/intelmq_event.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace kybersaa::feed {
namespace {

std::optional<std::string> sanitized(IntelmqType type, std::string_view text) {
  IntelmqValue value;
  value.set_string(text);
  if (!sanitize_intelmq_value(type, value)) return std::nullopt;
  if (value.kind == ValueKind::kInteger) return std::to_string(value.integer);
  return value.text;
}

TEST(IntelmqTime, NormalisesShadowserverAndHttpForms) {
  EXPECT_EQ(normalize_intelmq_time("2018-04-19 00:02:26 UTC"), "2018-04-19T00:02:26+00:00");
  EXPECT_EQ(normalize_intelmq_time("2018-04-19T00:02:26Z"), "2018-04-19T00:02:26+00:00");
  EXPECT_EQ(normalize_intelmq_time("2018-04-19 02:02:26+02:00"), "2018-04-19T00:02:26+00:00");
  EXPECT_EQ(normalize_intelmq_time("2018-01-01 01:00:00+02 UTC"), "2017-12-31T23:00:00+00:00");
  EXPECT_EQ(normalize_intelmq_time("2018-04-19 00:02:26.5"), "2018-04-19T00:02:26.500000+00:00");
  EXPECT_EQ(normalize_intelmq_time("Thu, 19 Apr 2018 00:02:28 GMT"), "2018-04-19T00:02:28+00:00");
  EXPECT_EQ(normalize_intelmq_time("2024-02-29"), "2024-02-29T00:00:00+00:00");
}

TEST(IntelmqTime, RejectsImpossibleDates) {
  EXPECT_FALSE(normalize_intelmq_time("2023-02-29 00:00:00"));
  EXPECT_FALSE(normalize_intelmq_time("2023-01-01 24:00:00"));
  EXPECT_FALSE(normalize_intelmq_time("yesterday"));
  EXPECT_FALSE(normalize_intelmq_time(""));
}

TEST(IntelmqTime, ReadsTheCommonFormsAndTheirNearMisses) {
  // The forms read without the general scanner, and ones that only look like them.
  EXPECT_EQ(normalize_intelmq_time("2024-02-29 23:59:59"), "2024-02-29T23:59:59+00:00");
  EXPECT_EQ(normalize_intelmq_time("2024-02-29T23:59:59+00:00"), "2024-02-29T23:59:59+00:00");
  EXPECT_EQ(normalize_intelmq_time(" 2024-01-15 00:02:26 "), "2024-01-15T00:02:26+00:00");
  EXPECT_EQ(normalize_intelmq_time("Mon, 15 Jan 2024 00:02:26 GMT"), "2024-01-15T00:02:26+00:00");
  EXPECT_EQ(normalize_intelmq_time("Mon, 15 Jan 2024 00:02:26 +0200"), "2024-01-14T22:02:26+00:00");
  EXPECT_EQ(normalize_intelmq_time("2024-01-15 00:02:26+01:00"), "2024-01-14T23:02:26+00:00");
  EXPECT_FALSE(normalize_intelmq_time("2024-13-01 00:00:00"));
  EXPECT_FALSE(normalize_intelmq_time("2024-01-15 00:60:00"));
  EXPECT_FALSE(normalize_intelmq_time("2024-01-15 00:00:60Z"));
  EXPECT_FALSE(normalize_intelmq_time("0000-01-15 00:00:00"));
  EXPECT_FALSE(normalize_intelmq_time("2024-01-1x 00:00:00"));
  EXPECT_FALSE(normalize_intelmq_time("2024/01/15 00:00:00"));
  EXPECT_FALSE(normalize_intelmq_time("Fri, 30 Feb 2024 00:02:26 GMT"));
  EXPECT_FALSE(normalize_intelmq_time("Mon, 15 Jux 2024 00:02:26 GMT"));
  EXPECT_FALSE(normalize_intelmq_time("Mon, 15 anF 2024 00:02:26 GMT"));
}

// The fast path's and the general scanner's verdict and value for `text`,
// and sanitize_intelmq_value()'s, as "ok:VALUE" or "invalid".
struct TimeVerdicts {
  std::string general, normalized, sanitized;
};
TimeVerdicts time_verdicts(std::string_view text) {
  const auto show = [](bool ok, const std::string& value) {
    return ok ? "ok:" + value : std::string("invalid");
  };
  std::string general, normalized;
  const bool general_ok = detail::normalize_intelmq_time_general(text, general);
  const bool normalized_ok = normalize_intelmq_time(text, normalized);
  IntelmqValue value;
  value.set_string(text);
  const bool sanitized_ok = sanitize_intelmq_value(IntelmqType::kDateTime, value);
  return {show(general_ok, general), show(normalized_ok, normalized),
          show(sanitized_ok, value.text)};
}

TEST(IntelmqTime, FastPathAgreesWithTheGeneralScanner) {
  for (const std::string_view text : {
           "2024-01-15 12:00:00",
           "2024-01-15T12:00:00",
           "2024-01-15T12:00:00+00:00",
           "2024-01-15 12:00:00+00:00",
           "2024-01-15",
           "2024-02-29",
           "2023-02-29",
           "2023-02-29 00:00:00",
           "2000-02-29 23:59:59",
           "1900-02-29 00:00:00",
           "0000-01-01 00:00:00",
           "0001-01-01T00:00:00+00:00",
           "9999-12-31 23:59:59",
           "2024-13-01 00:00:00",
           "2024-00-10",
           "2024-01-00",
           "2024-01-32 00:00:00",
           "2024-01-15 24:00:00",
           "2024-01-15 23:60:00",
           "2024-01-15 23:59:60",
           "2024-01-15X12:00:00",
           "2024-01-15T12:00:00+01:00",
           "2024-01-15T12:00:00-00:00",
           "2024-01-15T12:00:00Z",
           "2024-01-15 12:00:00 UTC",
           "2024-01-15T12:00:00.5+00:00",
           " 2024-01-15 12:00:00",
           "2024-01-15 12:00:00 ",
           "2024-1-15 12:00:00",
           "2024-01-15 1:00:00",
           "",
           "2024/01/15 12:00:00",
           "Mon, 15 Jan 2024 12:00:00 GMT",
           "Thu, 29 Feb 2024 23:59:59 GMT",
           "Thu, 29 Feb 2023 23:59:59 GMT",
           "Mon, 15 Jan 2024 12:00:00 +0000",
           "2024-01-15T12:00:00+00:0x",
       }) {
    const TimeVerdicts verdicts = time_verdicts(text);
    EXPECT_EQ(verdicts.normalized, verdicts.general) << "'" << text << "'";
    EXPECT_EQ(verdicts.sanitized, verdicts.general) << "'" << text << "'";
  }
}

TEST(IntelmqTime, FastPathAgreesWithTheGeneralScannerOnRandomTimes) {
  // Digits and separators shuffled within the common shapes, so that every
  // range check of the fast path meets values on both sides of its bound.
  std::mt19937 random(20240115);
  const std::string shapes[] = {"dddd-dd-dd dd:dd:dd", "dddd-dd-ddTdd:dd:dd+00:00", "dddd-dd-dd",
                                "dddd-dd-ddTdd:dd:ddZ", "Mon, dd Jan dddd dd:dd:dd GMT"};
  const std::string_view noise = "0123456789 -:T+Z";
  for (int i = 0; i < 20000; ++i) {
    std::string text = shapes[random() % std::size(shapes)];
    for (char& c : text) {
      if (c == 'd') c = static_cast<char>('0' + random() % 10);
      if (random() % 40 == 0) c = noise[random() % noise.size()];
    }
    if (random() % 4 != 0 && text[0] != 'M') text.replace(0, 2, random() % 2 ? "20" : "19");
    const TimeVerdicts verdicts = time_verdicts(text);
    ASSERT_EQ(verdicts.normalized, verdicts.general) << "'" << text << "'";
    ASSERT_EQ(verdicts.sanitized, verdicts.general) << "'" << text << "'";
  }
}

TEST(IntelmqValue, KeepsCanonicalTimesAndNormalisesOthers) {
  EXPECT_EQ(sanitized(IntelmqType::kDateTime, "2024-01-15T00:02:26+00:00"),
            "2024-01-15T00:02:26+00:00");
  EXPECT_EQ(sanitized(IntelmqType::kDateTime, "2024-01-15T02:02:26+02:00"),
            "2024-01-15T00:02:26+00:00");
  EXPECT_FALSE(sanitized(IntelmqType::kDateTime, "2024-01-15T24:02:26+00:00"));
}

TEST(IntelmqValue, SanitisesByHarmonisedType) {
  EXPECT_EQ(sanitized(IntelmqType::kIpAddress, "2001:DB8:0:0:0:0:0:1"), "2001:db8::1");
  EXPECT_EQ(sanitized(IntelmqType::kIpAddress, "192.0.2.1"), "192.0.2.1");
  EXPECT_FALSE(sanitized(IntelmqType::kIpAddress, "192.0.2.300"));
  EXPECT_FALSE(sanitized(IntelmqType::kIpAddress, "192.0.2.0/24"));
  EXPECT_EQ(sanitized(IntelmqType::kIpNetwork, "192.0.2.7/24"), "192.0.2.0/24");
  EXPECT_EQ(sanitized(IntelmqType::kFqdn, "Host.Example.NET."), "host.example.net");
  EXPECT_FALSE(sanitized(IntelmqType::kFqdn, "192.0.2.1"));
  EXPECT_FALSE(sanitized(IntelmqType::kFqdn, "bad host"));
  EXPECT_EQ(sanitized(IntelmqType::kCountryCode, "fi"), "FI");
  EXPECT_FALSE(sanitized(IntelmqType::kCountryCode, "FIN"));
  EXPECT_EQ(sanitized(IntelmqType::kAsn, "AS64500"), "64500");
  EXPECT_FALSE(sanitized(IntelmqType::kAsn, "0"));
  EXPECT_FALSE(sanitized(IntelmqType::kAsn, "4294967296"));
  EXPECT_EQ(sanitized(IntelmqType::kLowercaseString, "TCP"), "tcp");
  EXPECT_EQ(sanitized(IntelmqType::kRegistry, "ripencc"), "RIPE");
  EXPECT_EQ(sanitized(IntelmqType::kUrl, "hxxp://example.org/x"), "http://example.org/x");
  EXPECT_FALSE(sanitized(IntelmqType::kUrl, "/just/a/path"));
}

TEST(IntelmqFieldType, KnowsHarmonisedAndExtraFields) {
  EXPECT_EQ(intelmq_field_type("source.ip"), IntelmqType::kIpAddress);
  EXPECT_EQ(intelmq_field_type("extra.anything"), IntelmqType::kString);
  EXPECT_FALSE(intelmq_field_type("product.vulnerabilities"));
  EXPECT_FALSE(intelmq_field_type("severity"));
}

TEST(IntelmqEvent, WritesSortedJsonWithTypedValues) {
  IntelmqEvent event;
  std::string keys[] = {"source.port", "feed.name", "extra.ok", "extra.ratio", "extra.note"};
  event.set(keys[0]).set_integer(443);
  event.set(keys[1]).set_string("A \"feed\"\n");
  event.set(keys[2]).set_boolean(true);
  event.set(keys[3]).set_float(2);
  event.set(keys[4]).set_string("caf\xC3\xA9");
  event.set(keys[0]).set_integer(80);  // replaces
  std::string line;
  event.append_json_line(line);
  EXPECT_EQ(line,
            "{\"extra.note\": \"caf\xC3\xA9\", \"extra.ok\": true, \"extra.ratio\": 2.0, "
            "\"feed.name\": \"A \\\"feed\\\"\\n\", \"source.port\": 80}\n");
  event.clear();
  EXPECT_EQ(event.size(), 0u);
}

}  // namespace
}  // namespace kybersaa::feed
