#include "ingest/registry.hpp"

#include <array>
#include <string>

#include "ingest/notification/notification_parser.hpp"
#include "ingest/veris/veris_parser.hpp"

namespace kybersaa::ingest {

std::span<const Parser* const> registered_parsers() {
  static const NotificationParser kNotifications;
  static const VerisParser kVeris;
  // Most specific first: a VERIS record is a JSON object too.
  static const std::array<const Parser*, 2> kParsers = {&kVeris, &kNotifications};
  return kParsers;
}

base::Result<const Parser*> parser_for(std::string_view file_name, std::string_view bytes) {
  if (bytes.empty()) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      std::string(file_name) + ": empty file (0 bytes): nothing to ingest");
  }
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      std::string(file_name) + ": only blank space: nothing to ingest");
  }
  const std::string_view head = bytes.substr(0, kSniffBytes);
  for (const Parser* parser : registered_parsers()) {
    if (parser->sniff(head)) return parser;
  }
  std::string known;
  for (const Parser* parser : registered_parsers()) {
    if (!known.empty()) known += ", ";
    known += parser->name();
  }
  return base::fail(
      base::ErrorCode::kInvalidInput,
      std::string(file_name) + ": not a recognised input format (known: " + known + ")");
}

}  // namespace kybersaa::ingest
