#pragma once
// Field histories for the assess tests.

#include "assess/field_assessment.hpp"

namespace kybersaa::assess {

// A field with `per_month` incidents in each of the 12 months before, and
// `this_month` in the month assessed.
inline FieldHistory flat_history(std::int64_t per_month, std::int64_t this_month,
                                 model::Field field = model::Field::kScamsPhishing) {
  FieldHistory history;
  history.field = field;
  history.counts.fill(per_month);
  history.counts[kHistoryMonths] = this_month;
  return history;
}

}  // namespace kybersaa::assess
