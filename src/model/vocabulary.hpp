#pragma once
// A closed vocabulary: the stable external names (used in JSON, the store and
// the CLI) of an enum whose enumerators are 0..N-1, written once as a list in
// enum order.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace kybersaa::model {

template <class E, std::size_t N>
struct Vocabulary {
  std::array<std::string_view, N> names;

  // Returns the name of `value`; an empty view for a value outside the enum.
  constexpr std::string_view name(E value) const {
    const auto index = static_cast<std::size_t>(value);
    return index < N ? names[index] : std::string_view{};
  }
  // Returns the value named exactly `text` (case-sensitive), or nullopt.
  constexpr std::optional<E> parse(std::string_view text) const {
    for (std::size_t i = 0; i < N; ++i) {
      if (names[i] == text) return static_cast<E>(i);
    }
    return std::nullopt;
  }
};

}  // namespace kybersaa::model
