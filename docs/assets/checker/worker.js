// The checker's Web Worker: Pyodide, playbook-lint and its dependencies, all served by the
// site itself (macros/checker_assets.py vendors them at build time). The page posts
// {id, text, kind, name}; the worker answers {type: "result", id, report, ms} with the
// JSON report of `playbook-lint --format json --show-numbers` (see bridge.py), or
// {type: "error", id, message}. It posts {type: "ready", ms} once Python is loaded.
import { loadPyodide } from "./pyodide/pyodide.mjs";

const here = new URL(".", import.meta.url);

async function fetchOk(path) {
  const response = await fetch(new URL(path, here));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

async function start() {
  const started = performance.now();
  const [manifest, bridge, pyodide] = await Promise.all([
    fetchOk("manifest.json").then((r) => r.json()),
    fetchOk("bridge.py").then((r) => r.text()),
    // indexURL is the vendored copy: Pyodide's default points at a CDN.
    loadPyodide({ indexURL: new URL("pyodide/", here).href, stdout: () => {}, stderr: () => {} }),
  ]);
  const archives = await Promise.all(
    manifest.archives.map((name) => fetchOk(`wheels/${name}`).then((r) => r.arrayBuffer())),
  );
  const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
  archives.forEach((buffer, index) => {
    const name = manifest.archives[index];
    pyodide.unpackArchive(buffer, name.endsWith(".whl") ? "wheel" : "zip", {
      extractDir: sitePackages,
    });
  });
  pyodide.FS.writeFile(`${sitePackages}/playbook_checker_bridge.py`, bridge);
  const check = pyodide.pyimport("playbook_checker_bridge").check;
  check("- Warmed up the linter.\n", null, "warm-up.md"); // imports every rule now
  postMessage({ type: "ready", ms: performance.now() - started, pyodide: manifest.pyodide });
  return check;
}

function failed(error) {
  postMessage({ type: "failed", message: String(error?.message || error) });
}

// Pyodide catches a WebAssembly module that does not load (a 404, a dropped connection, a
// corrupt file), logs two warnings and then waits forever instead of rejecting. Those
// warnings are the only sign, so they end the start-up; tests/site/test_checker_browser.py
// serves the page without the module to prove that this still holds for the vendored version.
const WASM_FAILED = "wasm instantiation failed!";
const warn = console.warn.bind(console);
console.warn = (...args) => {
  warn(...args); // the browser's own cause stays in the console
  if (args[0] === WASM_FAILED) failed("a file it needs, Python's WebAssembly module, did not load");
};
// A file that does not arrive can fail inside Emscripten's own promises, not start()'s.
self.addEventListener("unhandledrejection", (event) => failed(event.reason));
self.addEventListener("error", (event) => failed(event.message));

const ready = start();
ready.catch(failed);

onmessage = async (event) => {
  const { id, text, kind, name } = event.data;
  try {
    const check = await ready;
    const started = performance.now();
    const report = JSON.parse(check(text, kind || null, name || "answer.md"));
    postMessage({ type: "result", id, report, ms: performance.now() - started });
  } catch (error) {
    postMessage({ type: "error", id, message: String(error?.message || error) });
  }
};
