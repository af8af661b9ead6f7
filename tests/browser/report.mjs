#!/usr/bin/env node
// Opens a newsgraph HTML report in Debian's headless Chromium and checks it as a person
// would meet it: it loads without console or page errors and without asking the network
// for anything, the Graphviz diagram is visible, the timeline has bars, clicking a header
// of the actor table sorts it, evidence links back to documents; then it takes a
// screenshot.
//
//   node tests/browser/report.mjs --report out/report.html --screenshot out/report.png
//        [--chromium /usr/bin/chromium] [--width 1280] [--clip-height 0] [--no-checks]
//
// --clip-height N keeps the top N pixels (for the README picture; 0 = the full page);
// --no-checks only takes the screenshot (scripts/screenshots). Prints one JSON object
// with what it found; exit code 1 when a check failed.
//
// playwright-core only drives the browser: it downloads none (the machine has no network
// beyond the package registries), so Chromium is Debian's package, started with a fresh
// profile and everything that would phone home turned off.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

function parseArgs(argv) {
  const options = { chromium: "/usr/bin/chromium", width: 1280, clipHeight: 0, checks: true };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--report") options.report = value();
    else if (a === "--screenshot") options.screenshot = value();
    else if (a === "--chromium") options.chromium = value();
    else if (a === "--width") options.width = Number(value());
    else if (a === "--clip-height") options.clipHeight = Number(value());
    else if (a === "--no-checks") options.checks = false;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!options.report || !options.screenshot) throw new Error("--report and --screenshot are required");
  return options;
}

async function columnValues(page, column) {
  return page.$$eval(
    "#actors tbody tr",
    (rows, c) => rows.map((r) => r.cells[c].getAttribute("data-sort")),
    column,
  );
}

async function headerIndex(page, title) {
  const titles = await page.$$eval("#actors thead th", (ths) => ths.map((th) => th.textContent.trim()));
  const i = titles.indexOf(title);
  if (i < 0) throw new Error(`no column "${title}" in the actor table: ${titles.join(", ")}`);
  return i;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const profile = mkdtempSync(join(tmpdir(), "newsgraph-chromium-"));
  const failures = [];
  const found = {};
  const check = (ok, message) => {
    if (!ok) failures.push(message);
  };
  // A fresh profile directory (playwright passes it as --user-data-dir).
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: options.chromium,
    headless: true,
    viewport: { width: options.width, height: 900 },
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  try {
    const page = browser.pages()[0] || (await browser.newPage());
    const consoleErrors = [];
    const pageErrors = [];
    const external = [];
    page.on("console", (msg) => {
      if (msg.type() === "error" || msg.type() === "warning") consoleErrors.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    // A self-contained page asks for nothing but itself (and inline data: URLs).
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
      external.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(resolve(options.report)).href, { waitUntil: "load" });

    if (options.checks) {
      found.title = await page.title();
      const diagram = page.locator("#diagram svg").first();
      found.diagramVisible = await diagram.isVisible();
      const box = await diagram.boundingBox();
      found.diagramSize = box ? [Math.round(box.width), Math.round(box.height)] : null;
      found.diagramNodes = await page.locator("#diagram svg g.node").count();
      check(found.diagramVisible, "the diagram SVG is not visible");
      check(box && box.width > 200 && box.height > 100, `the diagram is too small: ${JSON.stringify(found.diagramSize)}`);
      check(found.diagramNodes > 0, "the diagram has no nodes");

      found.timelineBars = await page.locator("#timeline svg rect").count();
      check(found.timelineBars > 0, "the timeline has no bars");

      found.actorRows = await page.locator("#actors tbody tr").count();
      check(found.actorRows > 1, "the actor table has fewer than two rows");
      const name = await headerIndex(page, "Name");
      const documents = await headerIndex(page, "Documents");
      await page.locator("#actors thead th").nth(name).click();
      const names = await columnValues(page, name);
      const sortedNames = [...names].sort((a, b) => a.localeCompare(b));
      check(JSON.stringify(names) === JSON.stringify(sortedNames), `a click on Name did not sort by name: ${names}`);
      check((await page.locator("#actors thead th").nth(name).getAttribute("aria-sort")) === "ascending",
            "the Name header does not show the sort order");
      await page.locator("#actors thead th").nth(documents).click();
      const counts = (await columnValues(page, documents)).map(Number);
      check(counts.every((x, i) => i === 0 || counts[i - 1] >= x), `a click on Documents did not sort largest first: ${counts}`);
      await page.locator("#actors thead th").nth(documents).click();
      const again = (await columnValues(page, documents)).map(Number);
      check(again.every((x, i) => i === 0 || again[i - 1] <= x), `a second click did not reverse: ${again}`);
      found.sorted = true;

      found.evidenceItems = await page.locator("#evidence li").count();
      found.documentLinks = await page.locator('#evidence a[href^="#doc-"]').count();
      check(found.evidenceItems > 0, "no evidence sentences");
      check(found.documentLinks === found.evidenceItems, "some evidence does not link to its document");
      // The in-page link lands on the document's entry.
      const firstDoc = await page.locator('#evidence a[href^="#doc-"]').first().getAttribute("href");
      check((await page.locator(firstDoc).count()) === 1, `evidence link ${firstDoc} has no target`);

      found.consoleErrors = consoleErrors;
      found.pageErrors = pageErrors;
      found.externalRequests = external;
      check(consoleErrors.length === 0, `console errors: ${consoleErrors.join(" | ")}`);
      check(pageErrors.length === 0, `page errors: ${pageErrors.join(" | ")}`);
      check(external.length === 0, `requests outside the page: ${external.join(" ")}`);
    }

    // fullPage also for a clip: a clip beyond the viewport is otherwise cut to it.
    const shot = { path: options.screenshot, fullPage: true };
    if (options.clipHeight > 0) shot.clip = { x: 0, y: 0, width: options.width, height: options.clipHeight };
    await page.screenshot(shot);
    found.screenshot = options.screenshot;
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
  found.failures = failures;
  process.stdout.write(JSON.stringify(found, null, 2) + "\n");
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((error) => {
  process.stderr.write(`report.mjs: ${error.stack || error}\n`);
  process.exitCode = 2;
});
