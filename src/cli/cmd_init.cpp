// kybersaa init --db PATH: create a store or migrate it to the current schema.

#include <CLI/CLI.hpp>

#include "cli/cli_options.hpp"
#include "cli/command.hpp"
#include "store/open_store.hpp"

namespace kybersaa::cli {

void add_init_command(CLI::App& app, CommandContext& context) {
  auto* command = app.add_subcommand(
      "init", "Create a store, or apply pending schema migrations to an existing one");
  auto db = std::make_shared<std::string>();
  add_db_option(*command, *db);
  command->callback([&context, db] {
    auto store = store::open_store(*db, store::OpenMode::kCreateOrMigrate);
    if (!store) {
      context.outcome = tl::unexpected(store.error());
      return;
    }
    auto applied = (*store)->applied_migrations();
    if (!applied) {
      context.outcome = tl::unexpected(applied.error());
      return;
    }
    context.out << "store " << *db << " ready at schema version "
                << (applied->empty() ? 0 : applied->back().version) << "\n";
  });
}

}  // namespace kybersaa::cli
