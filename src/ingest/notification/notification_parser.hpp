#pragma once
// Incident notifications as JSON Lines (docs/formats/notification.md).

#include "ingest/parser.hpp"

namespace kybersaa::ingest {

// The longest notification line accepted: 1 MiB.
inline constexpr std::size_t kMaxNotificationLineBytes = std::size_t{1} << 20;

class NotificationParser final : public Parser {
 public:
  std::string_view name() const override { return "notifications"; }
  // True when the first non-blank byte opens a JSON object.
  bool sniff(std::string_view head) const override;
  // Parses every line; the first bad one fails the file with "FILE:LINE: ...".
  [[nodiscard]] base::Result<std::vector<model::Incident>> parse(
      std::string_view file_name, std::string_view bytes) const override;
  bool parses_line_batches() const override { return true; }
  [[nodiscard]] base::Result<std::vector<model::Incident>> parse_lines(
      std::string_view file_name, std::string_view lines, std::size_t first_line,
      std::size_t first_byte) const override;
};

}  // namespace kybersaa::ingest
