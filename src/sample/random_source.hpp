#pragma once
// A small, portable pseudo-random source for the sample generator.
//
// The standard distributions (std::uniform_int_distribution,
// std::poisson_distribution, ...) are allowed to give different numbers on
// different standard libraries, which would make "the same seed gives the same
// file" false between libstdc++ and libc++. Everything here is plain integer
// and IEEE arithmetic (+, -, *, /, sqrt), so it gives the same numbers
// everywhere.

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace kybersaa::sample::detail {

// Returns a well-mixed 64-bit value of `x` (the SplitMix64 finaliser).
constexpr std::uint64_t mix64(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// SplitMix64 (Steele, Lea, Flood 2014): one 64-bit word of state, passes
// BigCrush, and cheap to seed, so every notification can have its own stream.
// Not thread-safe; one per thread.
class RandomSource {
 public:
  explicit RandomSource(std::uint64_t seed) : state_(seed) {}

  // Returns the next 64 random bits.
  std::uint64_t next() {
    state_ += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

  // Returns a double uniformly distributed in [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  // Returns true with probability `p`.
  bool chance(double p) { return uniform() < p; }

  // Returns an integer uniformly distributed in [low, high]; requires low <= high.
  std::int64_t between(std::int64_t low, std::int64_t high) {
    const auto span = static_cast<double>(high - low) + 1.0;
    const auto offset = static_cast<std::int64_t>(uniform() * span);
    return low + (offset > high - low ? high - low : offset);
  }

  // Returns an index in [0, size); requires size > 0.
  std::size_t index(std::size_t size) {
    const auto i = static_cast<std::size_t>(uniform() * static_cast<double>(size));
    return i < size ? i : size - 1;
  }

  // Returns an integer in [low, high] skewed towards `low`: the uniform variate
  // is raised to `skew` (>= 1), so most draws are small and a few are large, as
  // counts of affected people or attack sizes are.
  std::int64_t skewed(std::int64_t low, std::int64_t high, int skew) {
    double u = uniform();
    double p = u;
    for (int i = 1; i < skew; ++i) p *= u;
    const auto offset = static_cast<std::int64_t>(p * (static_cast<double>(high - low) + 1.0));
    return low + (offset > high - low ? high - low : offset);
  }

  // Returns a standard normal variate, approximated by the Irwin–Hall sum of
  // twelve uniforms (exact mean and variance, tails cut at ±6).
  double normal() {
    double sum = 0.0;
    for (int i = 0; i < 12; ++i) sum += uniform();
    return sum - 6.0;
  }

  // Returns a Poisson-distributed count with mean `lambda` (>= 0). Below
  // kNormalFrom, Knuth's multiplication method; above, the normal
  // approximation, which is indistinguishable there and O(1).
  std::int64_t poisson(double lambda) {
    constexpr double kNormalFrom = 30.0;
    if (lambda <= 0.0) return 0;
    if (lambda >= kNormalFrom) {
      const double value = lambda + std::sqrt(lambda) * normal() + 0.5;
      return value < 0.0 ? 0 : static_cast<std::int64_t>(value);
    }
    const double limit = exp_negative(lambda);
    std::int64_t count = 0;
    double product = uniform();
    while (product > limit) {
      ++count;
      product *= uniform();
    }
    return count;
  }

 private:
  // Returns e^-x for 0 <= x < 64 with only +, * and /, so the result does not
  // depend on the platform's libm: e^-x = (e^-(x/64))^64, the inner power by
  // its Taylor series, which converges fast for arguments below 1.
  static double exp_negative(double x) {
    constexpr int kHalvings = 6;  // 2^6 = 64
    constexpr int kTerms = 20;
    const double y = -x / 64.0;
    double term = 1.0;
    double sum = 1.0;
    for (int k = 1; k < kTerms; ++k) {
      term *= y / k;
      sum += term;
    }
    for (int i = 0; i < kHalvings; ++i) sum *= sum;
    return sum;
  }

  std::uint64_t state_;
};

}  // namespace kybersaa::sample::detail
