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

std::string_view json_object_start(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  const auto first = head.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || head[first] != '{') return {};
  return head.substr(first);
}

}  // namespace kybersaa::ingest
