// kybersaa ingest --db PATH FILE...: store notification files, VERIS records
// and documents, each file one transaction. Every file is tried; the exit code
// reports the first failure.

#include <CLI/CLI.hpp>
#include <optional>

#include "app/ingest_documents.hpp"
#include "app/ingest_files.hpp"
#include "base/file.hpp"
#include "cli/cli_options.hpp"
#include "cli/command.hpp"
#include "store/open_store.hpp"

namespace kybersaa::cli {
namespace {

// What ingesting a document did, in one line after the file name.
std::string describe(const app::DocumentIngest& ingest) {
  using Outcome = app::DocumentIngest::Outcome;
  switch (ingest.outcome) {
    case Outcome::kDrafted:
      return "draft incident " + ingest.incident_id + " created";
    case Outcome::kUnchanged:
      return "unchanged (stored before as version " + std::to_string(ingest.version) +
             " of incident " + ingest.incident_id + ")";
    case Outcome::kLinked:
      break;
  }
  std::string line = "linked to incident " + ingest.incident_id + " as update " +
                     std::to_string(ingest.version - 1) + " (version " +
                     std::to_string(ingest.version) + ")";
  std::string changes;
  for (const auto& change : ingest.changes) {
    if (!changes.empty()) changes += "; ";
    changes +=
        change.fact + " " + (change.before.empty() ? "-" : change.before) + " → " + change.after;
  }
  return line + (changes.empty() ? ": no fact changed" : ": " + changes);
}

// Ingests one file, a record file (notifications, VERIS) or a document (told apart by
// content), and returns the line to print after its name.
base::Result<std::string> ingest_one(store::Store& store, const std::string& file,
                                     const base::Clock& clock,
                                     std::optional<app::DocumentIngester>& documents) {
  auto bytes = base::read_file(file);
  if (!bytes) return tl::unexpected(bytes.error());
  if (app::is_record_file(*bytes)) {
    auto ingested = app::ingest_bytes(store, file, *bytes);
    if (!ingested) return tl::unexpected(ingested.error());
    const auto& receipt = ingested->receipt;
    return std::to_string(receipt.records) + " " + ingested->format + ", " +
           std::to_string(receipt.inserted) + " new, " + std::to_string(receipt.duplicates) +
           " already stored";
  }
  if (!documents) {  // the text pipeline loads dictionaries: only when needed
    auto opened = app::DocumentIngester::open(clock);
    if (!opened) return tl::unexpected(opened.error());
    documents.emplace(std::move(*opened));
  }
  auto ingested = documents->ingest_bytes(store, file, *bytes);
  if (!ingested) return tl::unexpected(ingested.error());
  return describe(*ingested);
}

}  // namespace

void add_ingest_command(CLI::App& app, CommandContext& context) {
  auto* command = app.add_subcommand(
      "ingest",
      "Ingest incident notification files (JSON Lines, docs/formats/notification.md), VERIS "
      "incident records (each a draft incident, docs/formats/feeds.md) and documents (text, HTML, "
      "PDF, e-mail: each a draft incident or an update of one, "
      "docs/formats/documents.md). Each file is stored whole or not at all; re-ingesting stores "
      "nothing twice");
  struct Options {
    std::string db;
    std::vector<std::string> files;
  };
  auto options = std::make_shared<Options>();
  add_db_option(*command, options->db);
  command->add_option("files", options->files, "Files to ingest")->required()->type_name("FILE");
  command->callback([&context, options] {
    auto store = store::open_store(options->db, store::OpenMode::kExisting);
    if (!store) {
      context.outcome = tl::unexpected(store.error());
      return;
    }
    int failed = 0;
    std::optional<app::DocumentIngester> documents;
    for (const auto& file : options->files) {
      auto ingested = ingest_one(**store, file, context.clock, documents);
      if (!ingested) {
        context.err << "kybersaa: error: " << ingested.error().message << "\n";
        if (failed++ == 0) context.outcome = tl::unexpected(ingested.error());
        continue;
      }
      context.out << file << ": " << *ingested << "\n";
    }
    if (failed > 0) {
      // The errors are printed above; the summary says how many files failed.
      context.outcome =
          base::fail(context.outcome.error().code,
                     std::to_string(failed) + " of " + std::to_string(options->files.size()) +
                         " files not ingested (nothing of them was stored)");
    }
  });
}

}  // namespace kybersaa::cli
