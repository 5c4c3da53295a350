// kybersaa ingest --db PATH FILE...: store notification files, each file one
// transaction. Every file is tried; the exit code reports the first failure.

#include <CLI/CLI.hpp>

#include "app/ingest_files.hpp"
#include "cli/cli_options.hpp"
#include "cli/command.hpp"
#include "store/open_store.hpp"

namespace kybersaa::cli {

void add_ingest_command(CLI::App& app, CommandContext& context) {
  auto* command = app.add_subcommand(
      "ingest",
      "Ingest incident notification files (JSON Lines, docs/formats/notification.md). Each file "
      "is stored whole or not at all; re-ingesting stores nothing twice");
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
    for (const auto& file : options->files) {
      auto ingested = app::ingest_file(**store, file);
      if (!ingested) {
        context.err << "kybersaa: error: " << ingested.error().message << "\n";
        if (failed++ == 0) context.outcome = tl::unexpected(ingested.error());
        continue;
      }
      const auto& receipt = ingested->receipt;
      context.out << file << ": " << receipt.records << " " << ingested->format << ", "
                  << receipt.inserted << " new, " << receipt.duplicates << " already stored\n";
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
