// Loading a constituency from TOML and matching event sources against it.
//
// Networks become address ranges [first, last]. After sorting by first
// address, overlapping or adjacent ranges are merged, so the list is
// disjoint and a lookup is one binary search: the candidate is the last
// range starting at or before the address, and the address matches when it
// is not past that range's end. Example: 192.0.2.0/25, 192.0.2.128/25 and
// 192.0.2.7/32 become the single range 192.0.2.0–192.0.2.255.

#include "feed/constituency.hpp"

#include <arpa/inet.h>
#include <toml++/toml.h>

#include <algorithm>
#include <charconv>
#include <cstring>

#include "base/file.hpp"

namespace kybersaa::feed {
namespace {

using base::ErrorCode;
using base::fail;

// A constituency file is a few KB; this bounds a mistaken path to a large file.
constexpr std::size_t kMaxConstituencyBytes = std::size_t{16} << 20;
// The longest DNS name (RFC 1035).
constexpr std::size_t kMaxHostBytes = 253;

char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
char to_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

std::string at_line(const std::string& file_name, const toml::source_region& where) {
  return file_name + ":" + std::to_string(where.begin.line);
}

// Sorts `ranges` and merges overlapping and adjacent ones.
template <class Range, class Next>
void merge_ranges(std::vector<Range>& ranges, Next next_of) {
  std::sort(ranges.begin(), ranges.end(),
            [](const Range& a, const Range& b) { return a.first < b.first; });
  std::vector<Range> merged;
  for (const Range& range : ranges) {
    if (!merged.empty()) {
      Range& previous = merged.back();
      const auto after = next_of(previous.last);
      // `after` is unset when previous ends at the top of the address space.
      if (!after || range.first <= *after) {
        if (previous.last < range.last) previous.last = range.last;
        continue;
      }
    }
    merged.push_back(range);
  }
  ranges = std::move(merged);
}

std::optional<std::uint32_t> next_v4(std::uint32_t address) {
  if (address == UINT32_MAX) return std::nullopt;
  return address + 1;
}

std::optional<Ipv6Address> next_v6(const Ipv6Address& address) {
  if (address.low != UINT64_MAX) return Ipv6Address{address.high, address.low + 1};
  if (address.high == UINT64_MAX) return std::nullopt;
  return Ipv6Address{address.high + 1, 0};
}

// Reads a TOML array of strings or integers under `key`, calling `add` for
// each element with its source position. Returns an error naming the line.
template <class Add>
base::Status read_array(const toml::table& table, std::string_view key,
                        const std::string& file_name, Add add) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return {};
  const toml::array* array = node->as_array();
  if (array == nullptr) {
    return fail(ErrorCode::kInvalidInput, at_line(file_name, node->source()) + ": '" +
                                              std::string(key) + "' must be an array, e.g. " +
                                              std::string(key) + " = [...]");
  }
  for (const toml::node& element : *array) {
    if (auto status = add(element, at_line(file_name, element.source())); !status) return status;
  }
  return {};
}

}  // namespace

std::optional<std::uint32_t> parse_ipv4(std::string_view text) {
  // Exactly the dotted quad, as inet_pton reads it: four decimal parts of at
  // most 255, no leading zeros (which some readers take as octal).
  std::uint32_t address = 0;
  std::size_t i = 0;
  for (int part = 0; part < 4; ++part) {
    if (part > 0) {
      if (i >= text.size() || text[i] != '.') return std::nullopt;
      ++i;
    }
    const std::size_t start = i;
    unsigned value = 0;
    while (i < text.size() && i - start < 4 && text[i] >= '0' && text[i] <= '9') {
      value = value * 10 + static_cast<unsigned>(text[i] - '0');
      ++i;
    }
    const std::size_t digits = i - start;
    if (digits == 0 || digits > 3 || value > 255 || (digits > 1 && text[start] == '0')) {
      return std::nullopt;
    }
    address = address << 8 | value;
  }
  if (i != text.size()) return std::nullopt;
  return address;
}

std::optional<Ipv6Address> parse_ipv6(std::string_view text) {
  char buffer[INET6_ADDRSTRLEN];
  if (text.empty() || text.size() >= sizeof buffer) return std::nullopt;
  std::memcpy(buffer, text.data(), text.size());
  buffer[text.size()] = '\0';
  in6_addr address{};
  if (inet_pton(AF_INET6, buffer, &address) != 1) return std::nullopt;
  Ipv6Address result;
  for (int i = 0; i < 8; ++i) result.high = result.high << 8 | address.s6_addr[i];
  for (int i = 8; i < 16; ++i) result.low = result.low << 8 | address.s6_addr[i];
  return result;
}

std::string_view url_host(std::string_view url) {
  const std::size_t scheme = url.find("://");
  std::string_view rest = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (const std::size_t at = rest.rfind('@'); at != std::string_view::npos) {
    rest.remove_prefix(at + 1);
  }
  if (!rest.empty() && rest.front() == '[') {
    const std::size_t close = rest.find(']');
    return close == std::string_view::npos ? std::string_view() : rest.substr(1, close - 1);
  }
  return rest.substr(0, rest.find(':'));
}

base::Result<Constituency> Constituency::load(const std::filesystem::path& path) {
  auto bytes = base::read_file(path, kMaxConstituencyBytes);
  if (!bytes) return tl::unexpected(bytes.error());
  return parse(*bytes, path.string());
}

base::Result<Constituency> Constituency::parse(std::string_view toml_text,
                                               const std::string& file_name) {
  toml::table table;
  try {
    table = toml::parse(toml_text, file_name);
  } catch (const toml::parse_error& error) {
    return fail(ErrorCode::kInvalidInput,
                at_line(file_name, error.source()) + ": " + std::string(error.description()));
  }
  static constexpr std::array<std::string_view, 5> kKeys = {"name", "networks", "asns", "countries",
                                                            "domains"};
  for (const auto& [key, node] : table) {
    if (std::find(kKeys.begin(), kKeys.end(), key.str()) == kKeys.end()) {
      return fail(ErrorCode::kInvalidInput,
                  at_line(file_name, node.source()) + ": unknown key '" + std::string(key.str()) +
                      "' (known: name, networks, asns, countries, domains)");
    }
  }

  Constituency result;
  if (const toml::node* name = table.get("name"); name != nullptr) {
    if (!name->is_string()) {
      return fail(ErrorCode::kInvalidInput,
                  at_line(file_name, name->source()) + ": 'name' must be a string");
    }
    result.name_ = name->as_string()->get();
  }

  auto networks = read_array(
      table, "networks", file_name,
      [&](const toml::node& element, const std::string& where) -> base::Status {
        const auto* text = element.as_string();
        if (text == nullptr) {
          return fail(ErrorCode::kInvalidInput,
                      where + ": a network must be a string in CIDR form, e.g. \"192.0.2.0/24\"");
        }
        const std::string_view cidr = text->get();
        const std::size_t slash = cidr.find('/');
        const std::string_view address = cidr.substr(0, slash);
        const bool v4 = address.find(':') == std::string_view::npos;
        const int bits = v4 ? 32 : 128;
        int prefix = bits;
        if (slash != std::string_view::npos) {
          const std::string_view digits = cidr.substr(slash + 1);
          const auto [end, ec] =
              std::from_chars(digits.data(), digits.data() + digits.size(), prefix);
          if (ec != std::errc() || end != digits.data() + digits.size() || digits.empty() ||
              prefix < 0 || prefix > bits) {
            return fail(ErrorCode::kInvalidInput, where + ": '" + std::string(cidr) +
                                                      "': the prefix length must be 0.." +
                                                      std::to_string(bits));
          }
        }
        if (v4) {
          const auto first = parse_ipv4(address);
          if (!first) {
            return fail(ErrorCode::kInvalidInput,
                        where + ": '" + std::string(cidr) + "' is not an IPv4 or IPv6 network");
          }
          const std::uint32_t host_mask = prefix == 0 ? UINT32_MAX : (1U << (32 - prefix)) - 1;
          if ((*first & host_mask) != 0) {
            return fail(ErrorCode::kInvalidInput,
                        where + ": '" + std::string(cidr) +
                            "' has host bits set (a network starts at its first address)");
          }
          result.v4_.push_back({*first, *first | host_mask});
        } else {
          const auto first = parse_ipv6(address);
          if (!first) {
            return fail(ErrorCode::kInvalidInput,
                        where + ": '" + std::string(cidr) + "' is not an IPv4 or IPv6 network");
          }
          // The host part's mask in each half.
          const int high_host = std::clamp(64 - prefix, 0, 64);
          const int low_host = std::clamp(128 - prefix, 0, 64);
          const std::uint64_t high_mask = high_host == 64 ? UINT64_MAX : (1ULL << high_host) - 1;
          const std::uint64_t low_mask = low_host == 64 ? UINT64_MAX : (1ULL << low_host) - 1;
          if ((first->high & high_mask) != 0 || (first->low & low_mask) != 0) {
            return fail(ErrorCode::kInvalidInput,
                        where + ": '" + std::string(cidr) +
                            "' has host bits set (a network starts at its first address)");
          }
          result.v6_.push_back({*first, {first->high | high_mask, first->low | low_mask}});
        }
        ++result.network_count_;
        return {};
      });
  if (!networks) return tl::unexpected(networks.error());

  auto asns = read_array(
      table, "asns", file_name,
      [&](const toml::node& element, const std::string& where) -> base::Status {
        std::int64_t asn = -1;
        if (const auto* number = element.as_integer()) {
          asn = number->get();
        } else if (const auto* text = element.as_string()) {
          std::string_view digits = text->get();
          if (digits.size() > 2 && to_upper(digits[0]) == 'A' && to_upper(digits[1]) == 'S') {
            digits.remove_prefix(2);
          }
          const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), asn);
          if (ec != std::errc() || end != digits.data() + digits.size()) asn = -1;
        }
        if (asn < 1 || asn > UINT32_MAX) {
          return fail(ErrorCode::kInvalidInput,
                      where + ": an ASN must be a number 1..4294967295 or \"AS64496\"");
        }
        result.asns_.push_back(asn);
        return {};
      });
  if (!asns) return tl::unexpected(asns.error());

  auto countries = read_array(
      table, "countries", file_name,
      [&](const toml::node& element, const std::string& where) -> base::Status {
        const auto* text = element.as_string();
        const std::string_view code = text != nullptr ? text->get() : std::string_view();
        const auto is_letter = [](char c) {
          return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        };
        if (code.size() != 2 || !is_letter(code[0]) || !is_letter(code[1])) {
          return fail(ErrorCode::kInvalidInput,
                      where + ": a country must be a two-letter ISO 3166-1 code, e.g. \"FI\"");
        }
        result.countries_.push_back({to_upper(code[0]), to_upper(code[1])});
        return {};
      });
  if (!countries) return tl::unexpected(countries.error());

  auto domains = read_array(
      table, "domains", file_name,
      [&](const toml::node& element, const std::string& where) -> base::Status {
        const auto* text = element.as_string();
        std::string domain = text != nullptr ? std::string(text->get()) : std::string();
        if (!domain.empty() && domain.front() == '.') domain.erase(0, 1);
        if (!domain.empty() && domain.back() == '.') domain.pop_back();
        const bool valid = !domain.empty() && domain.size() <= kMaxHostBytes &&
                           std::all_of(domain.begin(), domain.end(),
                                       [](char c) {
                                         return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                                (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                                                c == '_';
                                       }) &&
                           domain.find("..") == std::string::npos;
        if (!valid) {
          return fail(ErrorCode::kInvalidInput,
                      where +
                          ": a domain must be a DNS name in ASCII (IDNA, xn--...), e.g. "
                          "\"example.fi\"");
        }
        std::transform(domain.begin(), domain.end(), domain.begin(), to_lower);
        result.domains_.push_back(std::move(domain));
        return {};
      });
  if (!domains) return tl::unexpected(domains.error());

  if (result.network_count_ == 0 && result.asns_.empty() && result.countries_.empty() &&
      result.domains_.empty()) {
    return fail(ErrorCode::kInvalidInput,
                file_name +
                    ":1: the constituency lists no networks, asns, countries or domains, so no "
                    "event would count");
  }
  merge_ranges(result.v4_, next_v4);
  merge_ranges(result.v6_, next_v6);
  std::sort(result.asns_.begin(), result.asns_.end());
  result.asns_.erase(std::unique(result.asns_.begin(), result.asns_.end()), result.asns_.end());
  std::sort(result.countries_.begin(), result.countries_.end());
  result.countries_.erase(std::unique(result.countries_.begin(), result.countries_.end()),
                          result.countries_.end());
  std::sort(result.domains_.begin(), result.domains_.end());
  result.domains_.erase(std::unique(result.domains_.begin(), result.domains_.end()),
                        result.domains_.end());
  return result;
}

bool Constituency::contains_ipv4(std::uint32_t address) const {
  auto after = std::upper_bound(v4_.begin(), v4_.end(), address,
                                [](std::uint32_t a, const V4Range& r) { return a < r.first; });
  return after != v4_.begin() && address <= std::prev(after)->last;
}

bool Constituency::contains_ipv6(const Ipv6Address& address) const {
  auto after = std::upper_bound(v6_.begin(), v6_.end(), address,
                                [](const Ipv6Address& a, const V6Range& r) { return a < r.first; });
  return after != v6_.begin() && address <= std::prev(after)->last;
}

bool Constituency::contains_ip(std::string_view ip) const {
  if (ip.find(':') == std::string_view::npos) {
    const auto v4 = parse_ipv4(ip);
    return v4 && contains_ipv4(*v4);
  }
  const auto v6 = parse_ipv6(ip);
  if (!v6) return false;
  // An IPv4-mapped address (::ffff:192.0.2.1) is the IPv4 host.
  if (v6->high == 0 && (v6->low >> 32) == 0xFFFF) {
    return contains_ipv4(static_cast<std::uint32_t>(v6->low)) || contains_ipv6(*v6);
  }
  return contains_ipv6(*v6);
}

bool Constituency::contains_asn(std::int64_t asn) const {
  return std::binary_search(asns_.begin(), asns_.end(), asn);
}

bool Constituency::contains_country(std::string_view country) const {
  if (country.size() != 2) return false;
  const std::array<char, 2> code = {to_upper(country[0]), to_upper(country[1])};
  return std::binary_search(countries_.begin(), countries_.end(), code);
}

bool Constituency::contains_domain(std::string_view host) const {
  if (domains_.empty()) return false;
  if (!host.empty() && host.back() == '.') host.remove_suffix(1);
  if (host.empty() || host.size() > kMaxHostBytes) return false;
  char lowered[kMaxHostBytes];
  for (std::size_t i = 0; i < host.size(); ++i) lowered[i] = to_lower(host[i]);
  std::string_view name(lowered, host.size());
  // The name itself, then each parent: www.example.fi, example.fi, fi.
  for (;;) {
    if (std::binary_search(domains_.begin(), domains_.end(), name,
                           [](std::string_view a, std::string_view b) { return a < b; })) {
      return true;
    }
    const std::size_t dot = name.find('.');
    if (dot == std::string_view::npos) return false;
    name.remove_prefix(dot + 1);
  }
}

bool Constituency::matches(const EventSource& source) const {
  if (!source.ip.empty() && contains_ip(source.ip)) return true;
  if (source.asn && contains_asn(*source.asn)) return true;
  if (!source.country.empty() && contains_country(source.country)) return true;
  if (!source.fqdn.empty() && contains_domain(source.fqdn)) return true;
  if (!source.url.empty()) {
    const std::string_view host = url_host(source.url);
    if (host.find(':') != std::string_view::npos || parse_ipv4(host)) return contains_ip(host);
    if (contains_domain(host)) return true;
  }
  return false;
}

std::string Constituency::describe() const {
  const auto count = [](std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
  };
  return count(network_count_, "network", "networks") + ", " + count(asns_.size(), "ASN", "ASNs") +
         ", " + count(countries_.size(), "country", "countries") + ", " +
         count(domains_.size(), "domain", "domains");
}

}  // namespace kybersaa::feed
