#include "feed/json_fast_path.hpp"

#include <optional>
#include <utility>

namespace kybersaa::feed::detail {
namespace {

// The content of the string whose opening quote is just before `text`,
// when it has no escapes (the common case, which then needs no copy into
// simdjson's string buffer); nullopt when it has. The parse has already
// checked the string (closed, valid UTF-8, no raw control characters).
std::optional<std::string_view> plain_string(const char* text) {
  const char* end = text;
  while (*end != '"' && *end != '\\') ++end;
  if (*end != '"') return std::nullopt;
  return std::string_view(text, static_cast<std::size_t>(end - text));
}

}  // namespace

bool read_member(simdjson::simdjson_result<simdjson::ondemand::field> result, CommonMember& out) {
  simdjson::ondemand::field field;
  if (std::move(result).get(field) != simdjson::SUCCESS) return false;
  if (const auto plain = plain_string(field.key().raw())) {
    out.key = *plain;
  } else if (field.unescaped_key().get(out.key) != simdjson::SUCCESS) {
    return false;
  }
  out.value = field.value();
  return out.value.type().get(out.kind) == simdjson::SUCCESS;
}

bool read_common_scalar(simdjson::ondemand::value value, simdjson::ondemand::json_type kind,
                        IntelmqValue& out) {
  using simdjson::ondemand::json_type;
  using simdjson::ondemand::number_type;
  switch (kind) {
    case json_type::string: {
      // The token starts with its opening quote; a plain string is copied
      // from the input (and left unread: iteration skips it).
      if (const auto plain = plain_string(value.raw_json_token().data() + 1)) {
        out.set_string(*plain);
        return true;
      }
      std::string_view text;
      if (value.get_string().get(text) != simdjson::SUCCESS) return false;
      out.set_string(text);
      return true;
    }
    case json_type::number: {
      simdjson::ondemand::number number;
      if (value.get_number().get(number) != simdjson::SUCCESS) return false;
      switch (number.get_number_type()) {
        case number_type::signed_integer:
          out.set_integer(number.get_int64());
          return true;
        case number_type::unsigned_integer:
          out.set_float(static_cast<double>(number.get_uint64()));
          return true;
        case number_type::floating_point_number:
          out.set_float(number.get_double());
          return true;
        default:
          return false;
      }
    }
    case json_type::boolean: {
      bool flag = false;
      if (value.get_bool().get(flag) != simdjson::SUCCESS) return false;
      out.set_boolean(flag);
      return true;
    }
    default:
      return false;
  }
}

bool check_common_scalar(simdjson::ondemand::value value, simdjson::ondemand::json_type kind,
                         IntelmqValue& scratch) {
  if (kind == simdjson::ondemand::json_type::null) return is_valid_null(value);
  return read_common_scalar(value, kind, scratch);
}

bool is_valid_null(simdjson::ondemand::value value) {
  bool null = false;
  return value.is_null().get(null) == simdjson::SUCCESS && null;
}

bool ends_at(simdjson::ondemand::document& document, const char* end) {
  // With the root value read, the document's remaining extent reaches to
  // the next token: the end of the bytes when there is none.
  std::string_view rest;
  return document.raw_json().get(rest) == simdjson::SUCCESS && rest.data() + rest.size() == end;
}

}  // namespace kybersaa::feed::detail
