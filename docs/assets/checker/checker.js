// The checker page: paste or open a text, and see playbook-lint's findings and numbers.
// Only docs/lint/checker.md loads this file (macros/checker_assets.py adds the tag). It is
// a classic script so that Material's instant navigation runs it again on every visit;
// the Web Worker (worker.js), and the Python loaded in it, is kept across visits.
//
// Everything the reader gives (pasted text, a file's contents, the #fragment) reaches
// the page only through textContent and form values, never as HTML, and never leaves
// the browser: the worker lints it locally.
(function () {
  "use strict";

  const root = document.getElementById("playbook-checker");
  if (!root) return;

  const script = document.currentScript;
  const assets = new URL(".", script ? script.src : location.href);
  const siteRoot = new URL("../../", assets);
  const LIMIT = Number(root.dataset.limit) || 200000; // characters the browser checks
  // Watchdogs, so the page never sits silent: a start-up that is still going after
  // SLOW_START ms gets a notice (a slow connection may still finish, so nothing is
  // stopped), and a check with no answer after CHECK_LIMIT ms is stopped and the worker
  // started again (Python cannot be interrupted from outside a worker).
  const SLOW_START = Number(root.dataset.slowStart) || 30000;
  const CHECK_LIMIT = Number(root.dataset.checkLimit) || 20000;
  // The text formats playbook-lint reads; the file name picks the reader, as
  // --stdin-filename does on the command line.
  const SUFFIXES = [".md", ".markdown", ".txt", ".text", ".json", ".yaml", ".yml", ".tex", ".latex"];
  const FORMATS = {
    ".json": "JSON Resume",
    ".yaml": "RenderCV YAML",
    ".yml": "RenderCV YAML",
    ".tex": "LaTeX",
    ".latex": "LaTeX",
  };
  // Formats that need the command line: their readers use libraries with compiled parts.
  const NOT_HERE = { ".docx": "a Word document", ".pdf": "a PDF", ".doc": "a Word document" };
  // The page gives the install command (the repository's address comes from mkdocs.yml).
  const INSTALL =
    root.dataset.install || "python -m pip install 'ai-engineer-interview-playbook[formats]'";
  const KIND_LABELS = {
    answer: "interview answer",
    "star-story": "STAR story",
    resume: "resume",
    "design-answer": "system design answer",
  };

  const $ = (id) => document.getElementById(id);
  const form = $("checker-form");
  const text = $("checker-text");
  const kind = $("checker-kind");
  const file = $("checker-file");
  const status = $("checker-status");
  const alert = $("checker-alert");
  const results = $("checker-results");
  let name = "answer.md"; // the suffix picks the parser, as --stdin-filename does
  let timer = 0;

  function el(tag, className, content) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  function say(message) {
    status.textContent = message;
  }

  function refuse(message) {
    alert.textContent = message;
    alert.hidden = !message;
    if (message) {
      results.replaceChildren();
      root.dataset.state = "refused";
    }
  }

  if (location.protocol === "file:") {
    // Browsers do not start Web Workers (or fetch WebAssembly) from file:// pages.
    status.replaceChildren(
      "The checker runs Python in your browser, which browsers allow only for pages " +
        "served over http, not opened as files. In the folder that contains site-offline, run ",
      el("code", "", "python3 -m http.server -d site-offline"),
      " and open ",
      el("code", "", "http://localhost:8000/lint/checker.html"),
      ". Or install playbook-lint and run it on your files.",
    );
    root.dataset.state = "file";
    return;
  }

  // One worker per tab, kept across instant navigation.
  const shared = (window.__playbookChecker = window.__playbookChecker || {
    worker: null,
    ready: false,
    failed: "",
    startedAt: 0,
    next: 1,
    listeners: new Set(),
  });

  function startWorker() {
    shared.ready = false;
    shared.failed = "";
    shared.startedAt = performance.now();
    const worker = new Worker(new URL("worker.js", assets), { type: "module" });
    worker.onmessage = (event) => {
      if (worker !== shared.worker) return; // a stopped worker's last words
      if (event.data.type === "ready") shared.ready = true;
      if (event.data.type === "failed") shared.failed = event.data.message;
      shared.listeners.forEach((listener) => listener(event.data));
    };
    worker.onerror = (event) => {
      if (worker !== shared.worker) return;
      shared.failed = event.message || "the worker did not start";
      shared.listeners.forEach((listener) => listener({ type: "failed", message: shared.failed }));
    };
    shared.worker = worker;
  }
  if (!shared.worker) startWorker();

  form.hidden = false;
  root.dataset.state = shared.ready ? "ready" : "loading";
  say(
    shared.ready
      ? "The checker is ready."
      : "Loading the checker: Python and playbook-lint, about 14 MB the first time…",
  );

  // The start-up watchdog: counts from when the worker started, also across visits.
  let slowTimer = 0;
  function watchStart() {
    window.clearTimeout(slowTimer);
    if (shared.ready || shared.failed) return;
    const left = Math.max(0, SLOW_START - (performance.now() - shared.startedAt));
    slowTimer = window.setTimeout(() => {
      if (shared.ready || shared.failed || !document.body.contains(root)) return;
      root.dataset.slow = "true";
      say(
        `Still loading the checker after ${Math.round(SLOW_START / 1000)} seconds. ` +
          "On a slow connection the first visit can take minutes; it goes on in the " +
          "background. If it never finishes, reload the page, or install playbook-lint " +
          "and run it on your machine.",
      );
    }, left);
  }
  watchStart();

  let manifest = null;
  fetch(new URL("manifest.json", assets))
    .then((response) => response.json())
    .then((data) => {
      manifest = data;
    })
    .catch(() => {});

  function rulePage(rule) {
    const path = manifest && manifest.rules[rule];
    return path === undefined || path === null ? null : new URL(path, siteRoot).href;
  }

  // --- sending --------------------------------------------------------------------
  let pending = 0; // id of the request whose answer the page waits for
  let queued = false; // the text changed while a check ran
  let sentAt = 0;
  let checkTimer = 0; // the check watchdog

  function check() {
    window.clearTimeout(timer);
    const value = text.value;
    if (value.length > LIMIT) {
      const size = value.length >= 1e6 ? `${(value.length / 1e6).toFixed(1)} million` : value.length.toLocaleString("en");
      refuse(
        `This text has ${size} characters; the checker in the browser takes up to ` +
          `${LIMIT.toLocaleString("en")}. Check it in parts, or run playbook-lint on your machine.`,
      );
      say("Nothing was checked.");
      return;
    }
    refuse("");
    if (!value.trim()) {
      name = "answer.md"; // an emptied box forgets the opened file's format
      results.replaceChildren();
      root.dataset.state = shared.ready ? "ready" : "loading";
      return;
    }
    if (pending) {
      queued = true;
      return;
    }
    pending = shared.next++;
    delete root.dataset.stopped;
    sentAt = performance.now();
    performance.mark(`checker:sent:${pending}`);
    root.dataset.state = "checking";
    results.setAttribute("aria-busy", "true");
    if (shared.ready) say("Checking…");
    shared.worker.postMessage({ id: pending, text: value, kind: kind.value, name });
    // Counted from when Python is ready: a first check waits for the start-up too.
    if (shared.ready) watchCheck(pending);
  }

  function watchCheck(id) {
    window.clearTimeout(checkTimer);
    checkTimer = window.setTimeout(() => stopCheck(id), CHECK_LIMIT);
  }

  function stopCheck(id) {
    if (id !== pending || !document.body.contains(root)) return;
    shared.worker.terminate();
    startWorker();
    watchStart();
    pending = 0;
    queued = false;
    results.removeAttribute("aria-busy");
    root.dataset.state = "error";
    root.dataset.stopped = "true";
    say(
      `The check was stopped: it had no answer after ${Math.round(CHECK_LIMIT / 1000)} ` +
        "seconds. The checker is starting again; edit the text or press Check to retry. " +
        "If this text stops it every time, run playbook-lint on your machine, and tell us " +
        "about the text if you can.",
    );
    root.dispatchEvent(new CustomEvent("checker:done", { detail: { type: "error", id } }));
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, 250);
  }

  function onMessage(message) {
    if (!document.body.contains(root)) {
      shared.listeners.delete(onMessage); // the reader left the page
      return;
    }
    if (message.type === "ready") {
      window.clearTimeout(slowTimer);
      delete root.dataset.slow;
      if (pending) watchCheck(pending);
      if (root.dataset.stopped) return; // keep saying why the last check was stopped
      root.dataset.state = pending ? "checking" : "ready";
      say(pending ? "Checking…" : "The checker is ready.");
      return;
    }
    if (message.type === "failed") {
      window.clearTimeout(slowTimer);
      delete root.dataset.slow;
      root.dataset.state = "failed";
      // Browsers' own messages may end with a full stop already.
      const reason = message.message.replace(/\.+$/, "");
      say(`The checker could not start: ${reason}. Reload the page to try again.`);
      return;
    }
    if (message.id !== pending) return;
    window.clearTimeout(checkTimer);
    pending = 0;
    results.removeAttribute("aria-busy");
    if (message.type === "error") {
      root.dataset.state = "error";
      say(`The check failed: ${message.message}`);
    } else {
      show(message.report);
      performance.measure("checker:check", `checker:sent:${message.id}`);
      root.dataset.ms = String(Math.round(performance.now() - sentAt));
      root.dataset.state = "done";
    }
    root.dispatchEvent(new CustomEvent("checker:done", { detail: message }));
    if (queued) {
      queued = false;
      check();
    }
  }
  shared.listeners.add(onMessage);
  if (shared.failed) onMessage({ type: "failed", message: shared.failed });

  // --- showing --------------------------------------------------------------------
  function suffixOf(fileName) {
    const lower = fileName.toLowerCase();
    const dot = lower.lastIndexOf(".");
    return dot === -1 ? "" : lower.slice(dot);
  }

  function plural(count, word) {
    return `${count} ${word}${count === 1 ? "" : "s"}`;
  }

  // Python counts columns in code points; JavaScript strings index UTF-16 units.
  function offsets(source) {
    const lines = [0];
    for (let i = 0; i < source.length; i++) if (source[i] === "\n") lines.push(i + 1);
    return (line, column) => {
      let at = lines[Math.min(line, lines.length) - 1] ?? source.length;
      for (let n = 1; n < column && at < source.length && source[at] !== "\n"; n++) {
        at += source.codePointAt(at) > 0xffff ? 2 : 1;
      }
      return at;
    };
  }

  function highlighted(source, findings) {
    const at = offsets(source);
    const spans = findings.map((finding, index) => {
      const start = at(finding.line, finding.column);
      return { index, finding, start, end: Math.max(start + 1, at(finding.end_line, finding.end_column)) };
    });
    const cuts = new Set([0, source.length]);
    spans.forEach((span) => {
      cuts.add(Math.min(span.start, source.length));
      cuts.add(Math.min(span.end, source.length));
    });
    const points = [...cuts].sort((a, b) => a - b);
    const pre = el("pre", "checker__source");
    pre.tabIndex = 0;
    pre.setAttribute("aria-label", "Your text, with each finding's span marked");
    // A sweep over the cut points: the spans covering each piece, in linear time.
    const byStart = [...spans].sort((a, b) => a.start - b.start);
    let next = 0;
    let active = [];
    const pieces = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      while (next < byStart.length && byStart[next].start <= from) active.push(byStart[next++]);
      active = active.filter((span) => span.end > from);
      const piece = source.slice(from, to);
      if (!active.length) {
        pieces.append(piece);
        continue;
      }
      const error = active.some((span) => span.finding.severity === "error");
      const mark = el("mark", `checker__mark checker__mark--${error ? "error" : "warning"}`, piece);
      if (active.length > 1) mark.classList.add("checker__mark--overlap");
      const titled = [...active].sort((a, b) => a.index - b.index);
      mark.title = titled.map((span) => `${span.index + 1}. ${span.finding.message}`).join("\n");
      pieces.append(mark);
    }
    pre.append(pieces);
    return pre;
  }

  function findingItem(finding, index) {
    const item = el("li", `checker__finding checker__finding--${finding.severity}`);
    for (const key of ["rule", "code", "severity", "line", "column", "end_line", "end_column"]) {
      item.dataset[key.replace("_l", "L").replace("_c", "C")] = String(finding[key]);
    }
    const head = el("p", "checker__finding-head");
    const where = el("button", "checker__where", `Line ${finding.line}, column ${finding.column}`);
    where.type = "button";
    where.title = "Select this span in your text";
    where.addEventListener("click", () => select(finding));
    const page = rulePage(finding.rule);
    const rule = page ? el("a", "checker__rule") : el("span", "checker__rule");
    if (page) rule.href = page;
    rule.textContent = `${finding.code} ${finding.rule}`;
    head.append(
      el("span", "checker__severity", finding.severity),
      " ",
      rule,
      " · ",
      where,
    );
    item.append(head, el("p", "checker__message", finding.message));
    const fix = el("p", "checker__fix");
    fix.append(el("strong", "", "Fix: "), finding.fix);
    item.append(fix);
    item.setAttribute("aria-label", `Finding ${index + 1}`);
    return item;
  }

  function select(finding) {
    const at = offsets(text.value);
    text.focus();
    text.setSelectionRange(at(finding.line, finding.column), at(finding.end_line, finding.end_column));
  }

  function numbersTable(numbers) {
    const table = el("table");
    table.append(el("caption", "", "Every number the linter saw, and whether it counts as a measured outcome"));
    const head = el("tr");
    for (const title of ["Line", "Number", "Counts", "Why"]) {
      const cell = el("th", "", title);
      cell.scope = "col";
      head.append(cell);
    }
    table.append(el("thead"));
    table.tHead.append(head);
    const body = el("tbody");
    for (const row of numbers) {
      const tr = el("tr", row.counts ? "checker__number--counts" : "checker__number--ignored");
      tr.dataset.counts = String(row.counts);
      tr.append(
        el("td", "", `${row.line}:${row.column}`),
        el("td", "", row.text),
        el("td", "", row.counts ? "yes" : "no"),
        el("td", "", row.reason),
      );
      body.append(tr);
    }
    table.append(body);
    // Material styles tables without a class, inside its scroll wrapper.
    const wrap = el("div", "md-typeset__scrollwrap checker__numbers");
    wrap.tabIndex = 0; // it scrolls sideways on a phone: reachable from the keyboard
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-label", "Numbers the linter saw");
    const inner = el("div", "md-typeset__table");
    inner.append(table);
    wrap.append(inner);
    return wrap;
  }

  function show(report) {
    const findings = report.findings || [];
    const numbers = report.numbers || [];
    const errors = report.errors || [];
    const parts = [];
    if (errors.length) {
      root.dataset.state = "error";
      const message = errors.map((line) => line.replace(/^playbook-lint: error: /, "")).join(" ");
      results.replaceChildren(el("p", "checker__error", message));
      say(`playbook-lint refused this text: ${message}`);
      return;
    }
    const summary = report.summary || { answers: 0, errors: 0, warnings: 0 };
    const label = KIND_LABELS[report.kind];
    const format = FORMATS[suffixOf(name)];
    const from = format ? ` from ${name} (${format})` : "";
    const as = label ? `${from}, read as a ${label}${kind.value ? "" : " (detected)"}` : from;
    root.dataset.kind = report.kind || "";
    if (findings.length) {
      say(
        `${plural(findings.length, "finding")} (${plural(summary.errors, "error")}, ` +
          `${plural(summary.warnings, "warning")}) in ${plural(summary.answers, "answer")}${as}.`,
      );
    } else {
      say(`No findings in ${plural(summary.answers, "answer")}${as}: every rule passed.`);
    }
    const source = el("section", "checker__section");
    source.append(el("h2", "", "Your text, marked"), highlighted(text.value, findings));
    parts.push(source);
    const list = el("section", "checker__section");
    list.append(el("h2", "", findings.length ? `Findings (${findings.length})` : "Findings"));
    if (findings.length) {
      const ol = el("ol", "checker__findings");
      findings.forEach((finding, index) => ol.append(findingItem(finding, index)));
      list.append(ol);
    } else {
      list.append(el("p", "", "None: each answer has what these rules look for."));
    }
    parts.push(list);
    const table = el("section", "checker__section");
    const counted = numbers.filter((row) => row.counts).length;
    table.append(el("h2", "", `Numbers (${counted} of ${numbers.length} count)`));
    table.append(
      numbers.length
        ? numbersTable(numbers)
        : el("p", "", "No numbers: an answer with no number cannot show a measured outcome."),
    );
    parts.push(table);
    results.replaceChildren(...parts);
  }

  // --- input ----------------------------------------------------------------------
  function looksBinary(bytes) {
    const head = bytes.subarray(0, 8192);
    if (head.includes(0)) return true;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      return false;
    } catch {
      return true;
    }
  }

  file.addEventListener("change", async () => {
    const chosen = file.files && file.files[0];
    if (!chosen) return;
    const suffix = suffixOf(chosen.name);
    if (suffix in NOT_HERE) {
      refuse(
        `${chosen.name} is ${NOT_HERE[suffix]}, which the checker in the browser cannot ` +
          `read. Run playbook-lint on your machine (${INSTALL}, then playbook-lint ` +
          `${chosen.name}), or export your resume as plain text and open the .txt file here.`,
      );
      say("Nothing was checked.");
      return;
    }
    if (!SUFFIXES.includes(suffix)) {
      refuse(
        `${chosen.name} is not a file the checker reads. It reads Markdown and plain text ` +
          "(.md, .txt), JSON Resume (.json), RenderCV YAML (.yaml) and LaTeX (.tex); " +
          "for other formats, run playbook-lint on your machine.",
      );
      say("Nothing was checked.");
      return;
    }
    if (chosen.size > LIMIT * 4) {
      refuse(
        `${chosen.name} is ${(chosen.size / 1e6).toFixed(1)} MB; the checker in the browser ` +
          `takes up to ${LIMIT.toLocaleString("en")} characters. Run playbook-lint on your machine.`,
      );
      say("Nothing was checked.");
      return;
    }
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    if (looksBinary(bytes)) {
      refuse(
        `${chosen.name} is not a text file (it is not UTF-8 text). Open a .md, .txt, ` +
          ".json, .yaml or .tex file.",
      );
      say("Nothing was checked.");
      return;
    }
    name = chosen.name;
    text.value = new TextDecoder("utf-8").decode(bytes);
    check();
  });

  text.addEventListener("input", later);
  kind.addEventListener("change", check);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    check();
  });

  // "Open in the checker" links carry the text in the #fragment, which no request sends.
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (fragment.has("text")) {
    text.value = fragment.get("text");
    const wanted = fragment.get("kind") || "";
    if (wanted in KIND_LABELS) kind.value = wanted;
    const given = fragment.get("name");
    if (given && SUFFIXES.includes(suffixOf(given))) name = given;
    check();
  }
})();
