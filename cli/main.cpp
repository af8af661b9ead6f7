// newsgraph: news articles in, a typed knowledge graph out. The tool is thin: it parses
// options, calls the libraries, prints, and picks the exit code (see Common.h).
#include <iostream>

#include <CLI/CLI.hpp>

#include "Commands.h"
#include "Common.h"
#include "newsgraph/core/Version.h"

int main(int argc, char** argv) {
  using namespace newsgraph::cli;
  CLI::App app{"newsgraph: turns news articles about international affairs into a typed "
               "knowledge graph (GraphML, JSON-LD, DOT, ...).\n"
               "Exit codes: 0 ok, 1 some documents failed or were skipped, 2 usage or "
               "configuration error, 3 outputs could not be written, 130 interrupted (Ctrl-C; "
               "previous outputs kept)."};
  app.set_version_flag("--version", std::string("newsgraph ") + newsgraph::kVersion);
  app.require_subcommand(1);
  int exit_code = kExitOk;
  std::vector<std::unique_ptr<Command>> commands;  // own the options until the run ends
  commands.push_back(add_build_command(app, exit_code));
  commands.push_back(add_extract_command(app, exit_code));
  commands.push_back(add_merge_command(app, exit_code));
  commands.push_back(add_export_command(app, exit_code));
  commands.push_back(add_stats_command(app, exit_code));
  commands.push_back(add_explain_command(app, exit_code));
  commands.push_back(add_render_command(app, exit_code));
  commands.push_back(add_report_command(app, exit_code));
  commands.push_back(add_help_command(app, exit_code));
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  return exit_code;
}
