// Where the data files (schemas/) live at run time.
//
//   find_schemas_dir("")  -> "/usr/local/share/newsgraph/schemas" for an installed binary,
//                            "<source>/schemas" for one run from the build tree.
//
// Order: an explicit directory (--schemas), $NEWSGRAPH_SCHEMAS, <exe>/../share/newsgraph/
// schemas, then the source tree the binary was built from.
#pragma once

#include <string>

#include "newsgraph/core/Result.h"

namespace newsgraph {

Result<std::string> find_schemas_dir(const std::string& explicit_dir);

}  // namespace newsgraph
