#pragma once
// The CERT's constituency: the networks (IPv4 and IPv6 CIDR), autonomous
// systems, country codes and domain suffixes it is responsible for, read
// from a TOML file (docs/formats/constituency.md). A feed event counts for
// the report only when its source lies in the constituency.
//
// Matching is fast and allocation-free: networks are merged into sorted,
// disjoint address ranges searched by binary search (a /8 and ten thousand
// /32s cost the same), ASNs and countries are sorted arrays, domain suffixes
// a sorted list looked up once per label of the host name.

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace kybersaa::feed {

// An IPv6 address as two 64-bit halves, ordered as the address is.
struct Ipv6Address {
  std::uint64_t high = 0;
  std::uint64_t low = 0;
  friend auto operator<=>(const Ipv6Address&, const Ipv6Address&) = default;
};

// Parses a dotted-quad IPv4 address; nullopt for anything else.
std::optional<std::uint32_t> parse_ipv4(std::string_view text);
// Parses an IPv6 address in any RFC 4291 text form; nullopt for anything else.
std::optional<Ipv6Address> parse_ipv6(std::string_view text);

// What an event says about its source, as IntelMQ names it. Empty views and
// an unset ASN say nothing.
struct EventSource {
  std::string_view ip;              // source.ip
  std::optional<std::int64_t> asn;  // source.asn
  std::string_view country;         // source.geolocation.cc
  std::string_view fqdn;            // source.fqdn
  std::string_view url;             // source.url (its host is matched)
};

// Returns the host of `url` ("https://user@www.example.fi:8443/x" →
// "www.example.fi", "http://[2001:db8::1]/" → "2001:db8::1"), or an empty
// view when it has none.
std::string_view url_host(std::string_view url);

// A loaded constituency. Immutable after loading; thread-safe to share.
class Constituency {
 public:
  // Reads the TOML file at `path`. Errors are kInvalidInput with
  // `FILE:LINE: reason` (kNotFound/kUnavailable when it cannot be read).
  [[nodiscard]] static base::Result<Constituency> load(const std::filesystem::path& path);
  // The same for TOML text already in memory; `file_name` names it in errors.
  [[nodiscard]] static base::Result<Constituency> parse(std::string_view toml,
                                                        const std::string& file_name);

  // True when the source matches: its IP lies in a network, its ASN or
  // country is listed, or its FQDN (or URL host) is a listed domain or
  // under one. An IP-literal URL host is matched as an IP.
  bool matches(const EventSource& source) const;

  bool contains_ip(std::string_view ip) const;
  bool contains_ipv4(std::uint32_t address) const;
  bool contains_ipv6(const Ipv6Address& address) const;
  bool contains_asn(std::int64_t asn) const;
  // `country` is an ISO 3166-1 alpha-2 code, any case.
  bool contains_country(std::string_view country) const;
  // `host` matches a listed domain exactly or as a subdomain, any case,
  // with or without a trailing dot.
  bool contains_domain(std::string_view host) const;

  // The constituency's name from the file (may be empty).
  const std::string& name() const { return name_; }
  // A one-line description: "4 networks, 2 ASNs, 1 country, 3 domains".
  std::string describe() const;

 private:
  struct V4Range {
    std::uint32_t first = 0;
    std::uint32_t last = 0;
  };
  struct V6Range {
    Ipv6Address first;
    Ipv6Address last;
  };
  std::string name_;
  std::size_t network_count_ = 0;
  std::vector<V4Range> v4_;                     // sorted, disjoint, not adjacent
  std::vector<V6Range> v6_;                     // sorted, disjoint, not adjacent
  std::vector<std::int64_t> asns_;              // sorted, unique
  std::vector<std::array<char, 2>> countries_;  // upper case, sorted, unique
  std::vector<std::string> domains_;            // lower case, no trailing dot, sorted
};

}  // namespace kybersaa::feed
