#include "base/digest.hpp"

#include <sodium.h>

#include <array>

namespace kybersaa::base {

std::string content_digest(std::string_view bytes) {
  constexpr std::size_t kDigestBytes = 16;
  std::array<unsigned char, kDigestBytes> digest{};
  crypto_generichash(digest.data(), digest.size(),
                     reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr,
                     0);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(kDigestBytes * 2, '0');
  for (std::size_t i = 0; i < kDigestBytes; ++i) {
    hex[2 * i] = kHex[digest[i] >> 4];
    hex[2 * i + 1] = kHex[digest[i] & 0xF];
  }
  return hex;
}

}  // namespace kybersaa::base
