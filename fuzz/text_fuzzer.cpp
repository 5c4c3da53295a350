// libFuzzer target: the text pipeline (decode, language id, tokenise,
// Voikko, extraction, classification) must never crash, leak or hang on any
// bytes; it either returns an analysis or an error naming the file.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "text/analysis_json.hpp"
#include "text/document_analyzer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static std::optional<kybersaa::text::DocumentAnalyzer> analyzer = [] {
    auto opened = kybersaa::text::DocumentAnalyzer::open();
    if (!opened) __builtin_trap();  // fingerprints missing: nothing to fuzz
    return std::optional<kybersaa::text::DocumentAnalyzer>(std::move(*opened));
  }();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto analysis = analyzer->analyze(bytes, "fuzz.txt");
  if (analysis) {
    // Every analysis has all six fields and renders as JSON.
    if (analysis->classification.scores.size() != 6) __builtin_trap();
    if (kybersaa::text::analysis_to_json(*analysis).empty()) __builtin_trap();
  } else if (analysis.error().message.rfind("fuzz.txt", 0) != 0) {
    __builtin_trap();  // errors must name the file
  }
  return 0;
}
