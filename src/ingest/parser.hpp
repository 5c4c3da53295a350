#pragma once
// The Parser interface: every input format Kybersää ingests is one Parser,
// listed in registry.cpp. A parser turns the bytes of one file into
// incidents, all or nothing: any bad record fails the whole file with an
// error naming the file and the line (or byte offset) at fault.

#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "model/incident.hpp"

namespace kybersaa::ingest {

class Parser {
 public:
  virtual ~Parser() = default;

  // A short stable name for messages and --format options, e.g. "notifications".
  virtual std::string_view name() const = 0;

  // True when `head` (the first bytes of a file, at most kSniffBytes) looks
  // like this parser's format. Detection is by content, never by file name.
  virtual bool sniff(std::string_view head) const = 0;

  // Parses all of `bytes`. `file_name` only names the file in errors. Every
  // returned incident carries its content id. Thread-safe.
  [[nodiscard]] virtual base::Result<std::vector<model::Incident>> parse(
      std::string_view file_name, std::string_view bytes) const = 0;

  // True when any run of whole lines of this format parses on its own (JSON
  // Lines does): a large file may then be parsed batch by batch, each batch
  // while the previous one is being stored.
  virtual bool parses_line_batches() const { return false; }

  // Parses `lines`, a run of whole lines of a file that begins at line
  // `first_line` and byte `first_byte` of it, so that errors name the right
  // place. Blank lines give no incidents. Only for parsers whose
  // parses_line_batches() is true; others fail with kInternal. Thread-safe.
  [[nodiscard]] virtual base::Result<std::vector<model::Incident>> parse_lines(
      std::string_view file_name, std::string_view lines, std::size_t first_line,
      std::size_t first_byte) const;
};

// How many bytes of a file sniff() sees.
inline constexpr std::size_t kSniffBytes = 4096;

// For sniff(): `head` from its first JSON object on, past a UTF-8 byte order
// mark and blank space; empty when no object opens there.
std::string_view json_object_start(std::string_view head);

}  // namespace kybersaa::ingest
