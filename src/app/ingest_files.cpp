#include "app/ingest_files.hpp"

#include "base/digest.hpp"
#include "base/file.hpp"
#include "ingest/registry.hpp"

namespace kybersaa::app {

base::Result<FileIngest> ingest_bytes(store::Store& store, const std::string& name,
                                      std::string_view bytes) {
  auto parser = ingest::parser_for(name, bytes);
  if (!parser) return tl::unexpected(parser.error());
  auto incidents = (*parser)->parse(name, bytes);
  if (!incidents) return tl::unexpected(incidents.error());
  const store::SourceFile source{name, base::content_digest(bytes),
                                 static_cast<std::int64_t>(bytes.size())};
  auto receipt = store.put_incidents(source, *incidents);
  if (!receipt) return base::with_context(receipt.error(), name);
  return FileIngest{name, std::string((*parser)->name()), *receipt};
}

base::Result<FileIngest> ingest_file(store::Store& store, const std::filesystem::path& path) {
  auto bytes = base::read_file(path);
  if (!bytes) return tl::unexpected(bytes.error());
  return ingest_bytes(store, path.string(), *bytes);
}

}  // namespace kybersaa::app
