#pragma once
// Ingesting files into a store: read, recognise, parse, store, one file at a
// time, each file one transaction.

#include <filesystem>
#include <string>

#include "base/result.hpp"
#include "store/store.hpp"

namespace kybersaa::app {

struct FileIngest {
  std::string file;    // the path as given
  std::string format;  // the parser that read it
  store::IngestReceipt receipt;
};

// Ingests the file at `path` into `store`: all of it or, on any error, none
// of it. Errors name the file and, for content errors, the line.
[[nodiscard]] base::Result<FileIngest> ingest_file(store::Store& store,
                                                   const std::filesystem::path& path);

// Ingests a file already in memory; `name` only names it in errors and in
// the store's record of source files.
[[nodiscard]] base::Result<FileIngest> ingest_bytes(store::Store& store, const std::string& name,
                                                    std::string_view bytes);

}  // namespace kybersaa::app
