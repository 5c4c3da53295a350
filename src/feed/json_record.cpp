#include "feed/json_record.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "base/file.hpp"

namespace kybersaa::feed::detail {
namespace {

using base::ErrorCode;

// A SAX consumer that accepts every value and remembers where parsing
// failed: nlohmann's parser reports the byte offset simdjson's does not.
struct SyntaxErrorFinder final : nlohmann::json::json_sax_t {
  std::optional<std::size_t> position;

  bool null() override { return true; }
  bool boolean(bool /*value*/) override { return true; }
  bool number_integer(number_integer_t /*value*/) override { return true; }
  bool number_unsigned(number_unsigned_t /*value*/) override { return true; }
  bool number_float(number_float_t /*value*/, const string_t& /*text*/) override { return true; }
  bool string(string_t& /*value*/) override { return true; }
  bool binary(binary_t& /*value*/) override { return true; }
  bool start_object(std::size_t /*size*/) override { return true; }
  bool key(string_t& /*key*/) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t /*size*/) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t at, const std::string& /*token*/,
                   const nlohmann::detail::exception& /*error*/) override {
    position = at;
    return false;
  }
};

}  // namespace

std::optional<std::size_t> find_json_syntax_error(std::string_view bytes) {
  SyntaxErrorFinder finder;
  const bool valid = nlohmann::json::sax_parse(bytes.begin(), bytes.end(), &finder);
  if (valid) return std::nullopt;
  // nlohmann counts the offending character as read (1-based); report the
  // 0-based offset of that byte, within the input.
  const std::size_t at = finder.position.value_or(bytes.size());
  return std::min(at > 0 ? at - 1 : 0, bytes.size());
}

base::Result<simdjson::dom::element> JsonDocumentParser::parse(std::string_view bytes,
                                                               std::string_view file) {
  buffer_.reserve(bytes.size() + simdjson::SIMDJSON_PADDING);
  buffer_.assign(bytes);
  return parse_buffer(file);
}

base::Result<simdjson::dom::element> JsonDocumentParser::parse_file(
    const std::filesystem::path& path) {
  auto bytes = base::read_file(path, kMaxJsonRecordBytes);
  if (!bytes) return tl::unexpected(bytes.error());
  buffer_ = std::move(*bytes);
  // Padding for simdjson's reads past the end; one reallocation at most.
  buffer_.reserve(buffer_.size() + simdjson::SIMDJSON_PADDING);
  const std::string file = path.string();
  return parse_buffer(file);
}

base::Result<simdjson::dom::element> JsonDocumentParser::parse_buffer(std::string_view file) {
  simdjson::dom::element root;
  const auto error = parser_.parse(buffer_).get(root);
  if (!error) return root;
  const std::string reason = simdjson::error_message(error);
  if (buffer_.find_first_not_of(" \t\r\n") == std::string::npos) {
    return base::fail(ErrorCode::kInvalidInput, std::string(file) + ": byte 0: empty file");
  }
  if (error == simdjson::UTF8_ERROR) {
    // simdjson names no offset; find the first bad sequence the same way.
    const auto bad = std::find_if(buffer_.begin(), buffer_.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0x80) != 0;
    });
    std::size_t at = static_cast<std::size_t>(bad - buffer_.begin());
    if (const auto syntax = find_json_syntax_error(buffer_)) at = *syntax;
    return base::fail(ErrorCode::kInvalidInput,
                      std::string(file) + ": byte " + std::to_string(at) + ": invalid UTF-8");
  }
  const std::size_t at = find_json_syntax_error(buffer_).value_or(0);
  return base::fail(ErrorCode::kInvalidInput, std::string(file) + ": byte " + std::to_string(at) +
                                                  ": not valid JSON: " + reason);
}

bool is_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  const int month = (text[5] - '0') * 10 + (text[6] - '0');
  const int day = (text[8] - '0') * 10 + (text[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string_view json_kind_name(simdjson::dom::element_type type) {
  switch (type) {
    case simdjson::dom::element_type::ARRAY:
      return "an array";
    case simdjson::dom::element_type::OBJECT:
      return "an object";
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
      return "a number";
    case simdjson::dom::element_type::STRING:
      return "a string";
    case simdjson::dom::element_type::BOOL:
      return "a boolean";
    case simdjson::dom::element_type::NULL_VALUE:
      return "null";
  }
  return "a value";
}

std::string JsonPath::to_string() const {
  if (is_root) return {};
  std::string text = parent != nullptr ? parent->to_string() : std::string();
  if (key.empty()) {
    text += '[';
    text += std::to_string(index);
    text += ']';
  } else {
    if (!text.empty()) text += '.';
    text.append(key);
  }
  return text;
}

base::Error JsonReader::error(const JsonPath& path, std::string_view reason) const {
  const std::string where = path.to_string();
  std::string message;
  message.reserve(file_.size() + where.size() + reason.size() + 4);
  message.append(file_).append(": ").append(where.empty() ? "(document)" : where);
  message.append(": ").append(reason);
  return {ErrorCode::kInvalidInput, std::move(message)};
}

base::Error JsonReader::wrong_kind(const JsonPath& path, std::string_view expected,
                                   simdjson::dom::element value) const {
  return error(path, "expected " + std::string(expected) + ", got " +
                         std::string(json_kind_name(value.type())));
}

base::Result<simdjson::dom::object> JsonReader::object(simdjson::dom::element value,
                                                       const JsonPath& path) const {
  simdjson::dom::object result;
  if (value.get_object().get(result)) return tl::unexpected(wrong_kind(path, "an object", value));
  return result;
}

base::Result<simdjson::dom::array> JsonReader::array(simdjson::dom::element value,
                                                     const JsonPath& path) const {
  simdjson::dom::array result;
  if (value.get_array().get(result)) return tl::unexpected(wrong_kind(path, "an array", value));
  return result;
}

base::Result<std::string_view> JsonReader::string(simdjson::dom::element value,
                                                  const JsonPath& path) const {
  std::string_view result;
  if (value.get_string().get(result)) return tl::unexpected(wrong_kind(path, "a string", value));
  return result;
}

base::Result<double> JsonReader::number(simdjson::dom::element value, const JsonPath& path) const {
  double result = 0;
  if (!value.is_number() || value.get_double().get(result)) {
    return tl::unexpected(wrong_kind(path, "a number", value));
  }
  return result;
}

std::optional<simdjson::dom::element> JsonReader::member(simdjson::dom::object object,
                                                         std::string_view name) {
  simdjson::dom::element value;
  if (object.at_key(name).get(value) || value.is_null()) return std::nullopt;
  return value;
}

base::Result<std::optional<std::string_view>> JsonReader::optional_string(
    simdjson::dom::object object, std::string_view name, const JsonPath& path) const {
  const auto value = member(object, name);
  if (!value) return std::optional<std::string_view>();
  auto text = string(*value, path.member(name));
  if (!text) return tl::unexpected(text.error());
  return std::optional<std::string_view>(*text);
}

base::Result<std::optional<simdjson::dom::object>> JsonReader::optional_object(
    simdjson::dom::object object, std::string_view name, const JsonPath& path) const {
  const auto value = member(object, name);
  if (!value) return std::optional<simdjson::dom::object>();
  auto result = this->object(*value, path.member(name));
  if (!result) return tl::unexpected(result.error());
  return std::optional<simdjson::dom::object>(*result);
}

base::Result<std::optional<simdjson::dom::array>> JsonReader::optional_array(
    simdjson::dom::object object, std::string_view name, const JsonPath& path) const {
  const auto value = member(object, name);
  if (!value) return std::optional<simdjson::dom::array>();
  auto result = array(*value, path.member(name));
  if (!result) return tl::unexpected(result.error());
  return std::optional<simdjson::dom::array>(*result);
}

}  // namespace kybersaa::feed::detail
