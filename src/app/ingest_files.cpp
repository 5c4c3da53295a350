// Ingesting a file: recognise, parse, store, all in one transaction.
//
// Line-oriented formats (JSON Lines) are parsed in batches of whole lines,
// and each batch is parsed on a second thread while the previous one is
// being stored, so parsing and SQLite work on the two cores at once and only
// two batches of incidents are in memory whatever the file's size. The
// first error in file order ends the ingest and the transaction rolls back.

#include "app/ingest_files.hpp"

#include <future>

#include "base/digest.hpp"
#include "base/file.hpp"
#include "ingest/registry.hpp"

namespace kybersaa::app {
namespace {

// Bytes of text per batch: large enough that thread hand-over is noise,
// small enough that two batches of incidents stay a few MB.
constexpr std::size_t kBatchBytes = std::size_t{1} << 20;

// A run of whole lines of the file and where it starts.
struct LineBatch {
  std::string_view lines;
  std::size_t first_line = 1;
  std::size_t first_byte = 0;
};

// Cuts `bytes` into batches of about kBatchBytes ending at line ends.
std::vector<LineBatch> cut_into_batches(std::string_view bytes) {
  std::vector<LineBatch> batches;
  std::size_t start = 0;
  std::size_t line = 1;
  while (start < bytes.size()) {
    std::size_t end = std::min(bytes.size(), start + kBatchBytes);
    if (end < bytes.size()) {
      const std::size_t newline = bytes.find('\n', end);
      end = newline == std::string_view::npos ? bytes.size() : newline + 1;
    }
    const std::string_view lines = bytes.substr(start, end - start);
    batches.push_back({lines, line, start});
    line += static_cast<std::size_t>(std::count(lines.begin(), lines.end(), '\n'));
    start = end;
  }
  return batches;
}

base::Result<store::IngestReceipt> store_in_batches(store::Store& store,
                                                    const store::SourceFile& source,
                                                    const ingest::Parser& parser,
                                                    std::string_view bytes) {
  const std::vector<LineBatch> batches = cut_into_batches(bytes);
  auto parse = [&](const LineBatch& batch) {
    return parser.parse_lines(source.name, batch.lines, batch.first_line, batch.first_byte);
  };
  // Parse errors name the file and line already; store errors get the file
  // name here, where they arise.
  auto session = store.begin_ingest(source);
  if (!session) return base::with_context(session.error(), source.name);
  std::future<base::Result<std::vector<model::Incident>>> next;
  auto current = parse(batches.front());
  for (std::size_t k = 0; k < batches.size(); ++k) {
    if (k + 1 < batches.size()) next = std::async(std::launch::async, parse, batches[k + 1]);
    if (!current) return tl::unexpected(current.error());  // `next` joins on return
    if (auto status = (*session)->put(*current); !status) {
      return base::with_context(status.error(), source.name);
    }
    if (k + 1 < batches.size()) current = next.get();
  }
  auto receipt = (*session)->commit();
  if (!receipt) return base::with_context(receipt.error(), source.name);
  return receipt;
}

}  // namespace

base::Result<FileIngest> ingest_bytes(store::Store& store, const std::string& name,
                                      std::string_view bytes) {
  auto parser = ingest::parser_for(name, bytes);
  if (!parser) return tl::unexpected(parser.error());
  const store::SourceFile source{name, base::content_digest(bytes),
                                 static_cast<std::int64_t>(bytes.size())};
  base::Result<store::IngestReceipt> receipt;
  if ((*parser)->parses_line_batches()) {
    receipt = store_in_batches(store, source, **parser, bytes);
  } else {
    auto incidents = (*parser)->parse(name, bytes);
    if (!incidents) return tl::unexpected(incidents.error());
    receipt = store.put_incidents(source, *incidents);
    if (!receipt) return base::with_context(receipt.error(), name);
  }
  if (!receipt) return tl::unexpected(receipt.error());
  return FileIngest{name, std::string((*parser)->name()), *receipt};
}

base::Result<FileIngest> ingest_file(store::Store& store, const std::filesystem::path& path) {
  auto bytes = base::read_file(path);
  if (!bytes) return tl::unexpected(bytes.error());
  return ingest_bytes(store, path.string(), *bytes);
}

}  // namespace kybersaa::app
