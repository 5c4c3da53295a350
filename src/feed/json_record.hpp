#pragma once
// Reading JSON records (CVE 5 records, the KEV catalog, VERIS incidents) with
// simdjson, shared by the parsers of those formats. Internal to the feed
// module: only its .cpp files include this header (it exposes simdjson).
//
// Errors are located the way a user can find them: a syntax error by the byte
// offset at which the document stops being JSON (`FILE: byte 1234: ...`), a
// value of the wrong kind by its JSON path
// (`FILE: containers.cna.metrics[0].cvssV3_1.baseScore: expected a number`).

#include <simdjson.h>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace kybersaa::feed::detail {

// The largest single JSON file a record parser reads: far above the largest
// CVE record (a few MB) and the KEV catalog (under 2 MB).
inline constexpr std::size_t kMaxJsonRecordBytes = std::size_t{256} << 20;

// Parses whole JSON documents, reusing its buffers between documents. Not
// thread-safe; the elements it returns are valid until the next parse.
class JsonDocumentParser {
 public:
  // Parses `bytes` (copied into a padded buffer). Fails with kInvalidInput
  // and `FILE: byte N: reason` when `bytes` is not one JSON document.
  [[nodiscard]] base::Result<simdjson::dom::element> parse(std::string_view bytes,
                                                           std::string_view file);
  // Reads `path` (at most kMaxJsonRecordBytes) and parses it; errors are
  // named by `path` as the parse above names them by `file`.
  [[nodiscard]] base::Result<simdjson::dom::element> parse_file(const std::filesystem::path& path);

 private:
  [[nodiscard]] base::Result<simdjson::dom::element> parse_buffer(std::string_view file);

  simdjson::dom::parser parser_;
  std::string buffer_;
};

// Returns the byte offset at which `bytes` stops being valid JSON, as a
// strict parser finds it; nullopt when it is valid. Slow path: for messages.
std::optional<std::size_t> find_json_syntax_error(std::string_view bytes);

// Returns the name of a JSON value's kind for messages: "a string", "an array", ...
std::string_view json_kind_name(simdjson::dom::element_type type);

// Where a value is in a document, for messages: a chain of members and array
// indexes living on the stack of the code that descends, rendered only when
// an error needs it ("containers.cna.metrics[0].cvssV3_1").
struct JsonPath {
  const JsonPath* parent = nullptr;
  std::string_view key;   // a member name; empty for an array element
  std::size_t index = 0;  // the element's index when key is empty
  bool is_root = true;

  JsonPath member(std::string_view name) const { return JsonPath{this, name, 0, false}; }
  JsonPath element(std::size_t at) const { return JsonPath{this, {}, at, false}; }
  std::string to_string() const;
};

// Reads typed values out of one record, failing with `FILE: PATH: reason`.
// Optional members that are absent or null read as nullopt.
class JsonReader {
 public:
  explicit JsonReader(std::string_view file) : file_(file) {}

  base::Error error(const JsonPath& path, std::string_view reason) const;
  base::Error wrong_kind(const JsonPath& path, std::string_view expected,
                         simdjson::dom::element value) const;

  [[nodiscard]] base::Result<simdjson::dom::object> object(simdjson::dom::element value,
                                                           const JsonPath& path) const;
  [[nodiscard]] base::Result<simdjson::dom::array> array(simdjson::dom::element value,
                                                         const JsonPath& path) const;
  [[nodiscard]] base::Result<std::string_view> string(simdjson::dom::element value,
                                                      const JsonPath& path) const;
  [[nodiscard]] base::Result<double> number(simdjson::dom::element value,
                                            const JsonPath& path) const;

  // The member `name` of `object`, or nullopt when it is absent or null.
  static std::optional<simdjson::dom::element> member(simdjson::dom::object object,
                                                      std::string_view name);
  [[nodiscard]] base::Result<std::optional<std::string_view>> optional_string(
      simdjson::dom::object object, std::string_view name, const JsonPath& path) const;
  [[nodiscard]] base::Result<std::optional<simdjson::dom::object>> optional_object(
      simdjson::dom::object object, std::string_view name, const JsonPath& path) const;
  [[nodiscard]] base::Result<std::optional<simdjson::dom::array>> optional_array(
      simdjson::dom::object object, std::string_view name, const JsonPath& path) const;

  std::string_view file() const { return file_; }

 private:
  std::string_view file_;
};

// True when `text` is a date written YYYY-MM-DD (digits in place, month
// 01-12, day 01-31; the calendar is not consulted).
bool is_iso_date(std::string_view text);

}  // namespace kybersaa::feed::detail
