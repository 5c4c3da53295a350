#pragma once
// Reading the common JSON feed record with simdjson On Demand, which parses a
// value only when it is read, instead of building a DOM first. Internal to
// the feed module (it exposes simdjson).
//
// The JSON feed parsers use it as a fast path: a record is read On Demand
// and, when every member is read and fits, accepted; anything else (bad
// JSON, a value that does not fit, an array where a string belongs) sends
// the record to the full DOM path, which rejects it with the same message
// as ever. So the helpers here answer "yes, exactly as the DOM would read
// it" or "not sure", never "no".

#include <simdjson.h>

#include <string_view>

#include "feed/intelmq_event.hpp"

namespace kybersaa::feed::detail {

// A member of an object read On Demand.
struct CommonMember {
  std::string_view key;  // unescaped; valid until the next document
  simdjson::ondemand::value value;
  simdjson::ondemand::json_type kind{};
};

// Reads the name, value and kind of `field`; false on bad JSON.
bool read_member(simdjson::simdjson_result<simdjson::ondemand::field> field, CommonMember& out);

// Reads a string, number or boolean of kind `kind` into `out` as the DOM
// readers do (an integer above the int64 range as a float). False for other
// kinds, for numbers beyond 64 bits and for bad JSON.
bool read_common_scalar(simdjson::ondemand::value value, simdjson::ondemand::json_type kind,
                        IntelmqValue& out);

// True when `value` (of kind null) is a well-formed null.
bool is_valid_null(simdjson::ondemand::value value);

// True when `value`, of kind `kind`, is a well-formed null, or a scalar that
// reads (which checks it); false for arrays, objects and bad JSON.
bool check_common_scalar(simdjson::ondemand::value value, simdjson::ondemand::json_type kind,
                         IntelmqValue& scratch);

// True when `document`, whose root value has been read to its end, has
// nothing after it: no token is left between the root value and `end`, the
// end of the bytes parsed.
bool ends_at(simdjson::ondemand::document& document, const char* end);

}  // namespace kybersaa::feed::detail
