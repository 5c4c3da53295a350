# Writes OUTPUT, a C++ file defining `std::string_view NAMESPACE::FUNCTION()`
# that returns the text of INPUT, so a shipped default (e.g. a rules file)
# lives in the repo as a readable file and in the binary as the same bytes.
# Run at build time: cmake -DINPUT=... -DOUTPUT=... -DNAMESPACE=... -DFUNCTION=... -P embed_text.cmake
file(READ "${INPUT}" text)
get_filename_component(input_name "${INPUT}" NAME)
file(WRITE "${OUTPUT}.new" "// Generated from ${input_name} by embed_text.cmake. Do not edit.
#include <string_view>

namespace ${NAMESPACE} {

std::string_view ${FUNCTION}() {
  static constexpr char kText[] = R\"kybersaa_text(${text})kybersaa_text\";
  return {kText, sizeof kText - 1};
}

}  // namespace ${NAMESPACE}
")
file(COPY_FILE "${OUTPUT}.new" "${OUTPUT}" ONLY_IF_DIFFERENT)
