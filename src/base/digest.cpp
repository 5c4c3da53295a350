#include "base/digest.hpp"

#include <sodium.h>

#include <array>
#include <fstream>
#include <vector>

namespace kybersaa::base {

namespace {

constexpr std::size_t kDigestBytes = 16;

std::string to_hex(const std::array<unsigned char, kDigestBytes>& digest) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(kDigestBytes * 2, '0');
  for (std::size_t i = 0; i < kDigestBytes; ++i) {
    hex[2 * i] = kHex[digest[i] >> 4];
    hex[2 * i + 1] = kHex[digest[i] & 0xF];
  }
  return hex;
}

}  // namespace

std::string content_digest(std::string_view bytes) {
  std::array<unsigned char, kDigestBytes> digest{};
  crypto_generichash(digest.data(), digest.size(),
                     reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr,
                     0);
  return to_hex(digest);
}

Result<std::string> file_content_digest(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return fail(ErrorCode::kNotFound, path.string() + ": no such file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(ErrorCode::kUnavailable, path.string() + ": cannot open");
  crypto_generichash_state state;
  crypto_generichash_init(&state, nullptr, 0, kDigestBytes);
  std::vector<char> chunk(std::size_t{1} << 20);
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    const auto got = in.gcount();
    if (got > 0) {
      crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(chunk.data()),
                                static_cast<unsigned long long>(got));
    }
  }
  if (in.bad()) return fail(ErrorCode::kUnavailable, path.string() + ": read failed");
  std::array<unsigned char, kDigestBytes> digest{};
  crypto_generichash_final(&state, digest.data(), digest.size());
  return to_hex(digest);
}

}  // namespace kybersaa::base
