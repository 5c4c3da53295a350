#include "feed/constituency.hpp"

#include <gtest/gtest.h>

namespace kybersaa::feed {
namespace {

constexpr std::string_view kExample = R"(
name = "CERT-EX"
networks = [
  "192.0.2.0/25", "192.0.2.128/25",   # adjacent: merged
  "198.51.100.7",                     # one host
  "203.0.113.64/26",
  "2001:db8:1::/48",
  "2001:db8:ffff:ffff:ffff:ffff:ffff:ff00/120",
]
asns = [64496, "AS64511"]
countries = ["ax"]
domains = ["example.fi", ".Example.AX."]
)";

Constituency example() {
  auto loaded = Constituency::parse(kExample, "constituency.toml");
  EXPECT_TRUE(loaded) << loaded.error().message;
  return *loaded;
}

TEST(Constituency, MatchesIpv4AtRangeEdges) {
  const Constituency c = example();
  EXPECT_FALSE(c.contains_ip("192.0.1.255"));
  EXPECT_TRUE(c.contains_ip("192.0.2.0"));
  EXPECT_TRUE(c.contains_ip("192.0.2.127"));
  EXPECT_TRUE(c.contains_ip("192.0.2.128"));
  EXPECT_TRUE(c.contains_ip("192.0.2.255"));
  EXPECT_FALSE(c.contains_ip("192.0.3.0"));
  EXPECT_TRUE(c.contains_ip("198.51.100.7"));
  EXPECT_FALSE(c.contains_ip("198.51.100.6"));
  EXPECT_FALSE(c.contains_ip("198.51.100.8"));
  EXPECT_FALSE(c.contains_ip("203.0.113.63"));
  EXPECT_TRUE(c.contains_ip("203.0.113.64"));
  EXPECT_TRUE(c.contains_ip("203.0.113.127"));
  EXPECT_FALSE(c.contains_ip("203.0.113.128"));
  EXPECT_FALSE(c.contains_ip("0.0.0.0"));
  EXPECT_FALSE(c.contains_ip("255.255.255.255"));
  EXPECT_FALSE(c.contains_ip("not an ip"));
  EXPECT_FALSE(c.contains_ip(""));
}

TEST(Constituency, MatchesIpv6AtRangeEdges) {
  const Constituency c = example();
  EXPECT_FALSE(c.contains_ip("2001:db8:0:ffff:ffff:ffff:ffff:ffff"));
  EXPECT_TRUE(c.contains_ip("2001:db8:1::"));
  EXPECT_TRUE(c.contains_ip("2001:DB8:1:0:0:0:0:1"));
  EXPECT_TRUE(c.contains_ip("2001:db8:1:ffff:ffff:ffff:ffff:ffff"));
  EXPECT_FALSE(c.contains_ip("2001:db8:2::"));
  // A range whose end crosses no 64-bit boundary, at the top of a /64.
  EXPECT_TRUE(c.contains_ip("2001:db8:ffff:ffff:ffff:ffff:ffff:ff00"));
  EXPECT_TRUE(c.contains_ip("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"));
  EXPECT_FALSE(c.contains_ip("2001:db8:ffff:ffff:ffff:ffff:ffff:feff"));
  // IPv4-mapped addresses are their IPv4 host.
  EXPECT_TRUE(c.contains_ip("::ffff:192.0.2.1"));
  EXPECT_FALSE(c.contains_ip("::ffff:192.0.3.1"));
}

TEST(Constituency, WholeAddressSpacesAndOverlaps) {
  auto all = Constituency::parse(R"(networks = ["0.0.0.0/0", "10.0.0.0/8", "::/0"])", "all.toml");
  ASSERT_TRUE(all) << all.error().message;
  EXPECT_TRUE(all->contains_ip("0.0.0.0"));
  EXPECT_TRUE(all->contains_ip("255.255.255.255"));
  EXPECT_TRUE(all->contains_ip("::"));
  EXPECT_TRUE(all->contains_ip("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"));
  auto nested = Constituency::parse(
      R"(networks = ["10.0.0.0/8", "10.1.0.0/16", "10.255.255.255/32", "11.0.0.0/32"])", "n.toml");
  ASSERT_TRUE(nested);
  EXPECT_TRUE(nested->contains_ip("10.200.0.1"));
  EXPECT_TRUE(nested->contains_ip("11.0.0.0"));
  EXPECT_FALSE(nested->contains_ip("11.0.0.1"));
  EXPECT_FALSE(nested->contains_ip("9.255.255.255"));
}

TEST(Constituency, MatchesAsnCountryAndDomainSuffix) {
  const Constituency c = example();
  EXPECT_TRUE(c.contains_asn(64496));
  EXPECT_TRUE(c.contains_asn(64511));
  EXPECT_FALSE(c.contains_asn(64500));
  EXPECT_TRUE(c.contains_country("AX"));
  EXPECT_TRUE(c.contains_country("ax"));
  EXPECT_FALSE(c.contains_country("FI"));
  EXPECT_TRUE(c.contains_domain("example.fi"));
  EXPECT_TRUE(c.contains_domain("WWW.Example.FI."));
  EXPECT_TRUE(c.contains_domain("a.b.example.ax"));
  EXPECT_FALSE(c.contains_domain("badexample.fi"));  // a suffix only at a label boundary
  EXPECT_FALSE(c.contains_domain("example.fi.evil.test"));
  EXPECT_FALSE(c.contains_domain("fi"));
  EXPECT_EQ(c.name(), "CERT-EX");
  EXPECT_EQ(c.describe(), "6 networks, 2 ASNs, 1 country, 2 domains");
}

EventSource source(std::string_view ip, std::optional<std::int64_t> asn = {},
                   std::string_view country = {}, std::string_view fqdn = {},
                   std::string_view url = {}) {
  return EventSource{ip, asn, country, fqdn, url};
}

TEST(Constituency, MatchesAnEventByAnyOfItsSourceFields) {
  const Constituency c = example();
  EXPECT_TRUE(c.matches(source("192.0.2.10")));
  EXPECT_TRUE(c.matches(source("100.64.0.1", 64496)));
  EXPECT_TRUE(c.matches(source("", {}, "AX")));
  EXPECT_TRUE(c.matches(source("", {}, "", "mail.example.fi")));
  EXPECT_TRUE(c.matches(source("", {}, "", "", "https://user@shop.example.fi:8443/login?x=1")));
  EXPECT_TRUE(c.matches(source("", {}, "", "", "http://[2001:db8:1::5]:80/a")));
  EXPECT_TRUE(c.matches(source("", {}, "", "", "http://192.0.2.200/payload.exe")));
  EXPECT_FALSE(c.matches(source("", {}, "", "", "http://192.0.3.200/payload.exe")));
  EXPECT_FALSE(c.matches(source("100.64.0.1", 1, "SE", "example.se")));
  EXPECT_FALSE(c.matches(source("")));
}

TEST(Constituency, ParsesOnlyTheDottedQuad) {
  EXPECT_EQ(parse_ipv4("192.0.2.1"), 0xC0000201U);
  EXPECT_EQ(parse_ipv4("0.0.0.0"), 0U);
  EXPECT_EQ(parse_ipv4("255.255.255.255"), 0xFFFFFFFFU);
  for (const std::string_view bad :
       {"", "1.2.3", "1.2.3.4.5", "1.2.3.256", "01.2.3.4", "1.2.3.04", "1..2.3", "1.2.3.4.",
        ".1.2.3", "1.2.3.4 ", " 1.2.3.4", "1.2.3.1000", "1.2.3.x", "0x1.2.3.4", "1.2.3.-4"}) {
    EXPECT_FALSE(parse_ipv4(bad)) << bad;
  }
}

TEST(Constituency, UrlHost) {
  EXPECT_EQ(url_host("https://www.example.fi/x"), "www.example.fi");
  EXPECT_EQ(url_host("www.example.fi:8080"), "www.example.fi");
  EXPECT_EQ(url_host("http://[2001:db8::1]/"), "2001:db8::1");
  EXPECT_EQ(url_host("http://[2001:db8::1"), "");
  EXPECT_EQ(url_host(""), "");
}

struct BadFile {
  std::string_view toml;
  std::string_view error;
};

TEST(Constituency, RejectsBadFilesWithTheirLine) {
  const BadFile cases[] = {
      {"networks = [\n  \"192.0.2.0/24\",\n  \"192.0.2.0/33\",\n]",
       "c.toml:3: '192.0.2.0/33': the prefix length must be 0..32"},
      {"networks = [\"192.0.2.1/24\"]", "c.toml:1: '192.0.2.1/24' has host bits set"},
      {"networks = [\"2001:db8::1/64\"]", "c.toml:1: '2001:db8::1/64' has host bits set"},
      {"networks = [\"2001:db8::/129\"]", "the prefix length must be 0..128"},
      {"networks = [\"192.0.2/24\"]", "c.toml:1: '192.0.2/24' is not an IPv4 or IPv6 network"},
      {"networks = [24]", "c.toml:1: a network must be a string in CIDR form"},
      {"networks = \"192.0.2.0/24\"", "c.toml:1: 'networks' must be an array"},
      {"\n\nasns = [0]", "c.toml:3: an ASN must be a number"},
      {"asns = [\"ASX\"]", "an ASN must be a number"},
      {"countries = [\"FIN\"]", "c.toml:1: a country must be a two-letter"},
      {"domains = [\"ex ample.fi\"]", "c.toml:1: a domain must be a DNS name"},
      {"\nnetwork = [\"192.0.2.0/24\"]", "c.toml:2: unknown key 'network'"},
      {"name = \"x\"\nnetworks = [\n", "c.toml:2: Error while parsing array"},  // toml++
      {"name = \"x\"", "c.toml:1: the constituency lists no networks"},
  };
  for (const auto& bad : cases) {
    auto loaded = Constituency::parse(bad.toml, "c.toml");
    ASSERT_FALSE(loaded) << bad.toml;
    EXPECT_EQ(loaded.error().code, base::ErrorCode::kInvalidInput);
    EXPECT_NE(loaded.error().message.find(bad.error), std::string::npos) << loaded.error().message;
  }
}

TEST(Constituency, MissingFileIsNotFound) {
  auto loaded = Constituency::load("no/such/constituency.toml");
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().code, base::ErrorCode::kNotFound);
}

}  // namespace
}  // namespace kybersaa::feed
