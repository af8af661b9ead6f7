// The subcommands. Each adds itself to the app with its options, and on success of the
// parse runs and stores its exit code. Options live in the returned object, which must
// outlive app.parse().
#pragma once

#include <memory>

#include <CLI/CLI.hpp>

namespace newsgraph::cli {

struct Command {
  virtual ~Command() = default;
};

std::unique_ptr<Command> add_build_command(CLI::App& app, int& exit_code);
std::unique_ptr<Command> add_extract_command(CLI::App& app, int& exit_code);
std::unique_ptr<Command> add_merge_command(CLI::App& app, int& exit_code);
std::unique_ptr<Command> add_export_command(CLI::App& app, int& exit_code);
std::unique_ptr<Command> add_stats_command(CLI::App& app, int& exit_code);
std::unique_ptr<Command> add_explain_command(CLI::App& app, int& exit_code);
std::unique_ptr<Command> add_render_command(CLI::App& app, int& exit_code);
std::unique_ptr<Command> add_report_command(CLI::App& app, int& exit_code);
// Hidden: `help --markdown` writes docs/cli.md from the definitions above.
std::unique_ptr<Command> add_help_command(CLI::App& app, int& exit_code);

}  // namespace newsgraph::cli
