#pragma once
// A fast path in front of sanitize_intelmq_value() for the value forms JSON
// feeds write on nearly every record, so that the common case parses no
// calendar and allocates nothing: a time already in IntelMQ's canonical form
// ("2024-01-15T12:00:00+00:00") or written "2024-01-15 12:00:00" (abuse.ch)
// or "2024-01-15". Everything else, and every value the fast path is not
// sure of, goes to sanitize_intelmq_value(), so the result is always the
// same as its.

#include "feed/intelmq_event.hpp"

namespace kybersaa::feed::detail {

// Checks `value` against `type` and brings it to canonical form in place,
// exactly as sanitize_intelmq_value() does (same result, same value).
bool sanitize_intelmq_value_fast(IntelmqType type, IntelmqValue& value);

}  // namespace kybersaa::feed::detail
