#include "ingest/parser.hpp"

#include <string>

namespace kybersaa::ingest {

base::Result<std::vector<model::Incident>> Parser::parse_lines(std::string_view file_name,
                                                               std::string_view /*lines*/,
                                                               std::size_t /*first_line*/,
                                                               std::size_t /*first_byte*/) const {
  return base::fail(base::ErrorCode::kInternal, std::string(file_name) + ": the " +
                                                    std::string(name()) +
                                                    " parser does not parse line batches");
}

}  // namespace kybersaa::ingest
