// kybersaa eval CORPUS [--split train|test|all] [--json]: run the text
// pipeline over labelled items and print how well it classified them and
// how many of the listed facts it found.

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>

#include "base/file.hpp"
#include "cli/command.hpp"
#include "text/document_analyzer.hpp"
#include "text/evaluation.hpp"

namespace kybersaa::cli {
namespace {

// The largest VERIS record read (VCDB records are a few KiB).
constexpr std::size_t kMaxVerisBytes = std::size_t{4} << 20;

// The items of a directory of VERIS incident records (*.json, in name
// order); records without a summary or a field by the VERIS rule are left
// out.
base::Result<std::vector<text::LabelledItem>> read_veris_directory(
    const std::filesystem::path& directory) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  if (error) {
    return base::fail(base::ErrorCode::kUnavailable,
                      directory.string() + ": cannot list: " + error.message());
  }
  std::sort(files.begin(), files.end());
  std::vector<text::LabelledItem> items;
  for (const auto& file : files) {
    auto bytes = base::read_file(file, kMaxVerisBytes);
    if (!bytes) return tl::unexpected(bytes.error());
    auto item = text::parse_veris_incident(*bytes, file.string());
    if (!item) return tl::unexpected(item.error());
    if (*item) items.push_back(std::move(**item));
  }
  return items;
}

base::Result<std::vector<text::LabelledItem>> read_items(const std::string& path) {
  if (std::filesystem::is_directory(path)) return read_veris_directory(path);
  auto bytes = base::read_file(path);
  if (!bytes) return tl::unexpected(bytes.error());
  return text::parse_labelled_corpus(*bytes, path);
}

}  // namespace

void add_eval_command(CLI::App& app, CommandContext& context) {
  auto* command = app.add_subcommand(
      "eval",
      "Measure classification (precision, recall, F1 per field, macro-F1, confusion matrix) and "
      "fact-extraction recall on a labelled corpus (JSON Lines) or a directory of VERIS "
      "incidents");
  struct Options {
    std::string corpus;
    std::string split = "all";
    bool json = false;
  };
  auto options = std::make_shared<Options>();
  command->add_option("corpus", options->corpus, "Labelled corpus (.jsonl) or VERIS directory")
      ->required()
      ->type_name("CORPUS");
  command->add_option("--split", options->split, "Which items to measure (default all)")
      ->check(CLI::IsMember({"train", "test", "all"}));
  command->add_flag("--json", options->json, "Print one JSON object instead of tables");
  command->callback([&context, options] {
    auto items = read_items(options->corpus);
    if (!items) {
      context.outcome = tl::unexpected(items.error());
      return;
    }
    auto analyzer = text::DocumentAnalyzer::open();
    if (!analyzer) {
      context.outcome = tl::unexpected(analyzer.error());
      return;
    }
    const std::vector<text::LabelledItem> selected = text::select_split(*items, options->split);
    std::vector<text::Prediction> predictions;
    predictions.reserve(selected.size());
    for (const auto& item : selected) predictions.push_back(text::predict(*analyzer, item));
    const text::Evaluation evaluation = text::evaluate(selected, predictions);
    const std::string title = options->corpus + ", split " + options->split;
    context.out << (options->json ? text::evaluation_to_json(evaluation, title)
                                  : text::evaluation_report(evaluation, title));
  });
}

}  // namespace kybersaa::cli
