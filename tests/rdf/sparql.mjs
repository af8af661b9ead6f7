#!/usr/bin/env node
// Loads RDF files into an in-memory Oxigraph store and runs SPARQL queries on it: the
// triple store of the tests and of examples/walkthroughs/triple-store.md.
//
//   node tests/rdf/sparql.mjs out/graph.jsonld schemas/vocab.ttl --query examples/sparql/who-spoke-with.rq
//
// Files are read by extension (.jsonld, .nt, .ttl). Output: per query a tab-separated
// table (header = variables; IRIs as <...>, literals as their text), or with --json one
// JSON object {"triples": N, "queries": [{"file", "vars", "rows"}]}; --dump prints every
// triple of the store as sorted N-Triples instead (to compare two loads).
//
// The process is never ended with process.exit() once output is written: on Linux a write
// to a pipe is asynchronous, and exiting right after it cuts the output short.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { extname } from "node:path";

const require = createRequire(import.meta.url);
const oxigraph = require("oxigraph");

const FORMATS = {
  ".jsonld": "application/ld+json",
  ".nt": "application/n-triples",
  ".ttl": "text/turtle",
};

class UsageError extends Error {}

function parseArgs(args) {
  const options = { files: [], queries: [], json: false, dump: false };
  for (let i = 0; i < args.length; ++i) {
    const a = args[i];
    if (a === "--query") {
      if (i + 1 >= args.length) throw new UsageError("--query needs a file");
      options.queries.push(args[++i]);
    } else if (a === "--json") {
      options.json = true;
    } else if (a === "--dump") {
      options.dump = true;
    } else if (a === "--help" || a === "-h") {
      throw new UsageError("");
    } else if (a.startsWith("--")) {
      throw new UsageError(`unknown option ${a}`);
    } else {
      options.files.push(a);
    }
  }
  if (options.files.length === 0) throw new UsageError("no RDF file given");
  return options;
}

function load(files) {
  const store = new oxigraph.Store();
  for (const file of files) {
    const format = FORMATS[extname(file)];
    if (!format) throw new UsageError(`${file}: unknown extension (known: ${Object.keys(FORMATS).join(" ")})`);
    try {
      // Strict parsing: a bad IRI or literal is an error here, not a silently dropped triple.
      store.load(readFileSync(file, "utf8"), { format });
    } catch (e) {
      throw new Error(`${file}: ${e.message ?? e}`);
    }
  }
  return store;
}

function dump(store) {
  const lines = store.dump({ format: "application/n-triples", from_graph_name: oxigraph.defaultGraph() })
    .split("\n")
    .filter((l) => l.length > 0)
    .sort();
  return lines.join("\n") + "\n";
}

// A result cell: IRIs as <...>, literals and blank nodes as their text, unbound as "".
function show(binding) {
  if (binding === undefined) return "";
  return binding.type === "uri" ? `<${binding.value}>` : binding.value;
}

function query(store, file) {
  let answer;
  try {
    // SPARQL JSON results keep the variables in the order of the SELECT clause.
    answer = JSON.parse(store.query(readFileSync(file, "utf8"),
                                    { results_format: "application/sparql-results+json" }));
  } catch (e) {
    throw new Error(`${file}: ${e.message ?? e}`);
  }
  if ("boolean" in answer) return { file, vars: ["result"], rows: [[String(answer.boolean)]] };
  const vars = answer.head.vars;
  return { file, vars, rows: answer.results.bindings.map((b) => vars.map((v) => show(b[v]))) };
}

function main(args) {
  const options = parseArgs(args);
  const store = load(options.files);
  if (options.dump) return dump(store);
  const results = options.queries.map((file) => query(store, file));
  if (options.json) return JSON.stringify({ triples: store.size, queries: results }) + "\n";
  let out = "";
  for (const r of results) {
    if (results.length > 1) out += `# ${r.file}\n`;
    out += r.vars.join("\t") + "\n";
    for (const row of r.rows) out += row.join("\t") + "\n";
  }
  return out;
}

try {
  process.stdout.write(main(process.argv.slice(2)));
} catch (e) {
  if (e instanceof UsageError) {
    if (e.message) console.error(`sparql.mjs: ${e.message}`);
    console.error("usage: node sparql.mjs FILE... [--query Q.rq]... [--json] [--dump]");
    process.exitCode = 2;
  } else {
    console.error(`sparql.mjs: ${e.message ?? e}`);
    process.exitCode = 1;
  }
}
