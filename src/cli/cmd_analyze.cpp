// kybersaa analyze FILE [--json]: read one document (plain text, HTML, PDF or
// e-mail) and print what the first pass understood: language, field, RSIT
// guess and facts.

#include <CLI/CLI.hpp>

#include "base/file.hpp"
#include "cli/command.hpp"
#include "text/analysis_json.hpp"
#include "text/document_analyzer.hpp"

namespace kybersaa::cli {

void add_analyze_command(CLI::App& app, CommandContext& context) {
  auto* command = app.add_subcommand(
      "analyze",
      "Read a document (plain text, HTML, PDF or e-mail, recognised by content; fi, sv or en) "
      "and print its language, field, RSIT guess and the facts found (docs/formats/analyze.md)");
  struct Options {
    std::string file;
    bool json = false;
  };
  auto options = std::make_shared<Options>();
  command->add_option("file", options->file, "Document to analyse")->required()->type_name("FILE");
  command->add_flag("--json", options->json, "Print one JSON object instead of a summary");
  command->callback([&context, options] {
    auto bytes = base::read_file(options->file, text::kMaxInputBytes);
    if (!bytes) {
      context.outcome = tl::unexpected(bytes.error());
      return;
    }
    auto analyzer = text::DocumentAnalyzer::open();
    if (!analyzer) {
      context.outcome = tl::unexpected(analyzer.error());
      return;
    }
    auto analysis = analyzer->analyze(*bytes, options->file);
    if (!analysis) {
      context.outcome = tl::unexpected(analysis.error());
      return;
    }
    context.out << (options->json ? text::analysis_to_json(*analysis)
                                  : text::analysis_summary(*analysis));
  });
}

}  // namespace kybersaa::cli
