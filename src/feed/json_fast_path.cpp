#include "feed/json_fast_path.hpp"

namespace kybersaa::feed::detail {

bool read_member(simdjson::simdjson_result<simdjson::ondemand::field> field, CommonMember& out) {
  return field.unescaped_key().get(out.key) == simdjson::SUCCESS &&
         field.value().get(out.value) == simdjson::SUCCESS &&
         out.value.type().get(out.kind) == simdjson::SUCCESS;
}

bool read_common_scalar(simdjson::ondemand::value value, simdjson::ondemand::json_type kind,
                        IntelmqValue& out) {
  using simdjson::ondemand::json_type;
  using simdjson::ondemand::number_type;
  switch (kind) {
    case json_type::string: {
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
