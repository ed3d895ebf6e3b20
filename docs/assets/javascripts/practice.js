/* Practice mode, progress that stays, task lists that tick, and the bank's filters.
 *
 * The markup comes from macros/practice.py; this file only wires it up. Everything the
 * reader records is kept in localStorage under one versioned key (STORE_KEY) as a flat
 * map of entries, each { v: value, t: time it was set in ms }:
 *
 *   q:<page>:status          "done", "review" or "" (unmarked)
 *   q:<page>:score:<signal>  "hit", "partly", "missed" or ""
 *   t:<page>:<task>          true or false (a task-list checkbox)
 *
 * Import merges entry by entry: an entry missing here is added, an entry set later in
 * the file replaces the one here, anything else here is kept. Nothing is ever removed
 * by an import. User text is only ever written with textContent, never as HTML.
 * Material's instant navigation swaps pages without a reload, so setup runs on every
 * emission of its document$ observable.
 */
(function () {
  "use strict";

  var STORE_KEY = "ai-engineer-interview-playbook/progress/v1";
  var FORMAT = "ai-engineer-interview-playbook/progress";
  var VERSION = 1;
  var VALUES = {
    status: ["done", "review", ""],
    score: ["hit", "partly", "missed", ""]
  };
  var STATUS_LABEL = { done: "Done", review: "Review again", "": "not started" };
  var cleanups = [];

  /* ---------------------------------------------------------------- storage */

  function readStore() {
    var raw = null;
    try {
      raw = window.localStorage.getItem(STORE_KEY);
    } catch (error) {
      return {};
    }
    if (!raw) return {};
    try {
      var data = JSON.parse(raw);
      return validate(data, false) === null ? data.items : {};
    } catch (error) {
      return {};
    }
  }

  function writeStore(items) {
    var data = { format: FORMAT, version: VERSION, items: items };
    try {
      window.localStorage.setItem(STORE_KEY, JSON.stringify(data));
      return true;
    } catch (error) {
      return false;
    }
  }

  function get(key) {
    var entry = readStore()[key];
    return entry ? entry.v : undefined;
  }

  function set(key, value) {
    var items = readStore();
    items[key] = { v: value, t: Date.now() };
    writeStore(items);
  }

  /* Why a parsed file is not a progress export, or null when it is one. */
  function validate(data, fromFile) {
    if (data === null || typeof data !== "object" || Array.isArray(data))
      return "it is not a JSON object";
    if (data.format !== FORMAT) return "it is not a progress export from this playbook";
    if (data.version !== VERSION)
      return "it has version " + JSON.stringify(data.version) + ", this site reads version " + VERSION;
    var items = data.items;
    if (items === null || typeof items !== "object" || Array.isArray(items))
      return "its \"items\" is not an object";
    var keys = Object.keys(items);
    if (keys.length > 50000) return "it has more than 50,000 entries";
    var latest = Date.now() + 24 * 3600 * 1000;
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      var entry = items[key];
      var where = "entry " + JSON.stringify(key.slice(0, 80));
      if (key.length > 500) return where + " has a key longer than 500 characters";
      if (entry === null || typeof entry !== "object" || Array.isArray(entry))
        return where + " is not an object";
      if (typeof entry.t !== "number" || !isFinite(entry.t) || entry.t < 0 || (fromFile && entry.t > latest))
        return where + " has no valid time";
      var kind = parseKey(key);
      if (kind === null) return where + " is not a question or task entry";
      if (kind === "task") {
        if (typeof entry.v !== "boolean") return where + " must be true or false";
      } else if (VALUES[kind].indexOf(entry.v) < 0) {
        return where + " has the value " + JSON.stringify(entry.v) + ", not one of " + VALUES[kind].filter(Boolean).join(", ");
      }
    }
    return null;
  }

  function parseKey(key) {
    if (/^q:[^:]+\.md:status$/.test(key)) return "status";
    if (/^q:[^:]+\.md:score:.+$/.test(key)) return "score";
    if (/^t:[^:]+\.md:.+$/.test(key)) return "task";
    return null;
  }

  /* Merge an export into what is stored; returns the changes, in file order. */
  function merge(incoming) {
    var items = readStore();
    var changes = [];
    var unchanged = 0;
    Object.keys(incoming).forEach(function (key) {
      var mine = items[key];
      var theirs = incoming[key];
      if (!mine) {
        items[key] = { v: theirs.v, t: theirs.t };
        changes.push({ key: key, kind: "added", to: theirs.v });
      } else if (theirs.t > mine.t && theirs.v !== mine.v) {
        items[key] = { v: theirs.v, t: theirs.t };
        changes.push({ key: key, kind: "updated", from: mine.v, to: theirs.v });
      } else {
        if (theirs.t > mine.t) items[key] = { v: mine.v, t: theirs.t };
        unchanged += 1;
      }
    });
    return { items: items, changes: changes, unchanged: unchanged };
  }

  function describe(change) {
    var parts = change.key.split(":");
    var page = parts[1].replace(/\.md$/, "").replace(/\/index$/, "");
    var what;
    if (parts[0] === "t") what = "task \"" + parts.slice(2).join(":") + "\" on " + page;
    else if (parts[2] === "status") what = page;
    else what = "\"" + parts.slice(3).join(":") + "\" on " + page;
    function shown(value) {
      if (value === true) return "ticked";
      if (value === false) return "not ticked";
      return STATUS_LABEL[value] || value || "unmarked";
    }
    if (change.kind === "added") return what + ": " + shown(change.to) + " (new)";
    return what + ": " + shown(change.from) + " \u2192 " + shown(change.to);
  }

  /* ---------------------------------------------------------------- helpers */

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  function listen(target, type, handler) {
    target.addEventListener(type, handler);
    cleanups.push(function () { target.removeEventListener(type, handler); });
  }

  function slug(text) {
    return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "item";
  }

  function ownText(item) {
    var copy = item.cloneNode(true);
    all(copy, "ul, ol").forEach(function (list) { list.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  /* ---------------------------------------------------------------- timer */

  function format(ms) {
    var seconds = Math.max(0, Math.ceil(ms / 1000));
    var minutes = Math.floor(seconds / 60);
    return (minutes < 10 ? "0" : "") + minutes + ":" + (seconds % 60 < 10 ? "0" : "") + (seconds % 60);
  }

  function setupTimer(bar) {
    var total = Number(bar.getAttribute("data-pb-minutes")) * 60 * 1000;
    var shown = bar.querySelector(".pb-timer__time");
    var note = bar.querySelector(".pb-timer__note");
    var left = total;
    var startedAt = null;
    var ticker = null;

    function remaining() {
      return startedAt === null ? left : left - (Date.now() - startedAt);
    }
    function render() {
      var ms = remaining();
      shown.textContent = format(ms);
      bar.setAttribute("data-pb-running", startedAt === null ? "false" : "true");
      if (ms <= 0 && startedAt !== null) {
        stop();
        left = 0;
        shown.textContent = format(0);
        note.textContent = "Time is up. Open the reveals and score yourself.";
        bar.setAttribute("data-pb-running", "false");
      }
    }
    function stop() {
      if (ticker !== null) window.clearInterval(ticker);
      ticker = null;
      if (startedAt !== null) left = remaining();
      startedAt = null;
    }
    function start() {
      if (startedAt !== null || left <= 0) return;
      startedAt = Date.now();
      note.textContent = "";
      ticker = window.setInterval(render, 250);
      render();
    }
    listen(bar, "click", function (event) {
      var button = event.target instanceof Element && event.target.closest("[data-pb-timer]");
      if (!button) return;
      var action = button.getAttribute("data-pb-timer");
      if (action === "start") start();
      if (action === "pause") { stop(); note.textContent = "Paused."; }
      if (action === "reset") { stop(); left = total; note.textContent = ""; }
      render();
    });
    cleanups.push(stop);
    render();
  }

  /* ---------------------------------------------------------------- question page */

  function setupQuestion(bar) {
    var page = bar.getAttribute("data-pb-question");
    var key = "q:" + page + ":status";
    var buttons = all(bar, "[data-pb-status]");
    function render() {
      var status = get(key) || "";
      buttons.forEach(function (button) {
        button.setAttribute("aria-pressed", String(button.getAttribute("data-pb-status") === status));
      });
    }
    listen(bar, "click", function (event) {
      var button = event.target instanceof Element && event.target.closest("[data-pb-status]");
      if (!button) return;
      var value = button.getAttribute("data-pb-status");
      set(key, get(key) === value ? "" : value);
      render();
    });
    setupTimer(bar);
    bar.hidden = false;
    return render;
  }

  function setupScore(section) {
    var page = section.getAttribute("data-pb-question");
    var total = section.querySelector(".pb-score__total");
    var sets = all(section, "[data-pb-signal]");
    function keyOf(fieldset) {
      return "q:" + page + ":score:" + fieldset.getAttribute("data-pb-signal");
    }
    function render() {
      var counts = { hit: 0, partly: 0, missed: 0 };
      sets.forEach(function (fieldset) {
        var value = get(keyOf(fieldset)) || "";
        all(fieldset, "input[type=radio]").forEach(function (input) {
          input.checked = input.value === value;
        });
        if (value) counts[value] += 1;
      });
      var marked = counts.hit + counts.partly + counts.missed;
      total.textContent = marked === 0
        ? "No signal scored yet."
        : counts.hit + " hit, " + counts.partly + " partly, " + counts.missed + " missed, of " + sets.length + " signals.";
    }
    listen(section, "change", function (event) {
      var input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== "radio") return;
      var fieldset = input.closest("[data-pb-signal]");
      if (fieldset) set(keyOf(fieldset), input.value);
      render();
    });
    section.hidden = false;
    return render;
  }

  /* ---------------------------------------------------------------- task lists */

  function setupTasks(marker) {
    var page = marker.getAttribute("data-pb-page");
    var content = marker.closest(".md-content") || document;
    var used = {};
    var boxes = all(content, ".task-list-item > .task-list-control > input[type=checkbox], .task-list-item > input[type=checkbox]");
    boxes.forEach(function (box) {
      var text = ownText(box.closest(".task-list-item"));
      var id = slug(text);
      used[id] = (used[id] || 0) + 1;
      if (used[id] > 1) id += "-" + used[id];
      box.setAttribute("data-pb-task", "t:" + page + ":" + id);
      box.setAttribute("aria-label", text.slice(0, 160));
      box.disabled = false;
    });
    function render() {
      var items = readStore();
      boxes.forEach(function (box) {
        var entry = items[box.getAttribute("data-pb-task")];
        box.checked = entry ? entry.v === true : box.defaultChecked;
      });
      renderTaskSummary(content, boxes);
    }
    listen(content, "change", function (event) {
      var box = event.target;
      if (!(box instanceof HTMLInputElement) || !box.hasAttribute("data-pb-task")) return;
      set(box.getAttribute("data-pb-task"), box.checked);
      renderTaskSummary(content, boxes);
    });
    return render;
  }

  function renderTaskSummary(content, boxes) {
    var summary = content.querySelector("[data-pb-tasks]");
    if (!summary) return;
    /* Each box counts under the level-2 section it sits in; the tasks of an optional
       section (marked data-pb-optional at build time) are counted apart. */
    var sections = [];
    var headings = all(content, "h2");
    boxes.forEach(function (box) {
      var name = "This page";
      var optional = false;
      headings.forEach(function (heading) {
        if (heading.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING) {
          name = heading.textContent.replace(/\u00b6/g, "").replace(/\s+/g, " ").trim();
          optional = heading.hasAttribute("data-pb-optional");
        }
      });
      var last = sections[sections.length - 1];
      if (!last || last.name !== name) {
        sections.push(last = { name: name, optional: optional, ticked: 0, total: 0 });
      }
      last.total += 1;
      if (box.checked) last.ticked += 1;
    });
    var required = { ticked: 0, total: 0 };
    var extra = { ticked: 0, total: 0 };
    sections.forEach(function (section) {
      var sum = section.optional ? extra : required;
      sum.ticked += section.ticked;
      sum.total += section.total;
    });
    var text = required.ticked + " of " + required.total + " tasks on this page ticked.";
    if (extra.total) text += " Optional: " + extra.ticked + " of " + extra.total + " more.";
    summary.textContent = text;
    var brief = content.querySelector("[data-pb-tasks-brief]");
    if (brief) brief.textContent = ": " + required.ticked + " of " + required.total + " tasks";
    var list = content.querySelector(".pb-progress__sections");
    if (!list) return;
    list.textContent = "";
    sections.forEach(function (section) {
      var item = document.createElement("li");
      item.textContent = section.name + (section.optional ? " (optional)" : "") + ": " +
        section.ticked + " of " + section.total;
      list.appendChild(item);
    });
  }

  /* ---------------------------------------------------------------- progress panel */

  function setupPanel(panel, refreshAll) {
    var message = panel.querySelector(".pb-progress__message");
    var file = panel.querySelector("[data-pb-import]");

    function say(lines, problem) {
      message.textContent = "";
      message.classList.toggle("pb-progress__message--problem", Boolean(problem));
      var first = document.createElement("p");
      first.textContent = lines[0];
      message.appendChild(first);
      if (lines.length > 1) {
        var list = document.createElement("ul");
        lines.slice(1).forEach(function (line) {
          var item = document.createElement("li");
          item.textContent = line;
          list.appendChild(item);
        });
        message.appendChild(list);
      }
    }

    function render() {
      var items = readStore();
      all(panel, "tr[data-pb-round]").forEach(function (row) {
        var ids = row.getAttribute("data-pb-ids").split(" ");
        ["done", "review"].forEach(function (status) {
          var count = ids.filter(function (id) {
            var entry = items["q:" + id + ":status"];
            return entry && entry.v === status;
          }).length;
          row.querySelector("[data-pb-count=" + status + "]").textContent = String(count);
        });
      });
    }

    function exportFile() {
      var items = readStore();
      var data = { format: FORMAT, version: VERSION, exported: new Date().toISOString(), items: items };
      var blob = new Blob([JSON.stringify(data, null, 2) + "\n"], { type: "application/json" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "playbook-progress-" + new Date().toISOString().slice(0, 10) + ".json";
      document.body.appendChild(link);
      link.click();
      link.remove();
      window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
      say(["Exported " + Object.keys(items).length + " entries to " + link.download + "."]);
    }

    function importText(text, name) {
      var data;
      try {
        data = JSON.parse(text);
      } catch (error) {
        say(["Not imported: " + name + " is not JSON. Nothing was changed."], true);
        return;
      }
      var problem = validate(data, true);
      if (problem !== null) {
        say(["Not imported: " + name + " is not a valid progress export (" + problem + "). Nothing was changed."], true);
        return;
      }
      var result = merge(data.items);
      if (!writeStore(result.items)) {
        say(["Not imported: this browser refused to store the progress. Nothing was changed."], true);
        return;
      }
      refreshAll();
      var head = "Imported " + name + ": " +
        result.changes.filter(function (c) { return c.kind === "added"; }).length + " added, " +
        result.changes.filter(function (c) { return c.kind === "updated"; }).length + " updated (set later in the file), " +
        result.unchanged + " kept as they were here. Nothing was removed.";
      var shown = result.changes.slice(0, 30).map(describe);
      if (result.changes.length > 30) shown.push("and " + (result.changes.length - 30) + " more");
      say([head].concat(shown));
    }

    listen(panel, "click", function (event) {
      var button = event.target instanceof Element && event.target.closest("[data-pb-action]");
      if (!button) return;
      var action = button.getAttribute("data-pb-action");
      if (action === "export") exportFile();
      if (action === "import") file.click();
      if (action === "clear") {
        if (!window.confirm("Clear all your saved progress in this browser? This cannot be undone; export it first to keep a copy.")) {
          say(["Nothing was cleared."]);
          return;
        }
        try { window.localStorage.removeItem(STORE_KEY); } catch (error) { /* nothing stored */ }
        refreshAll();
        say(["Cleared all saved progress in this browser."]);
      }
    });
    listen(file, "change", function () {
      var chosen = file.files && file.files[0];
      if (!chosen) return;
      if (chosen.size > 5 * 1024 * 1024) {
        say(["Not imported: " + chosen.name + " is larger than 5 MB, too large for a progress export. Nothing was changed."], true);
      } else {
        chosen.text().then(function (text) { importText(text, chosen.name); });
      }
      file.value = "";
    });
    /* Open on a wide screen; closed on a phone, where it would fill the first screen. */
    if (panel.tagName === "DETAILS" && window.matchMedia("(max-width: 44.9375em)").matches) {
      panel.open = false;
    }
    panel.hidden = false;
    return render;
  }

  /* ---------------------------------------------------------------- the bank */

  function setupBank(form, content) {
    var rows = all(content, "table.pb-bank tbody tr");
    var count = form.querySelector(".pb-filter__count");
    var params = new URLSearchParams(window.location.search);
    all(form, "select").forEach(function (select) {
      var wanted = params.get(select.name);
      if (wanted && all(select, "option").some(function (o) { return o.value === wanted; })) select.value = wanted;
    });

    function render() {
      var items = readStore();
      rows.forEach(function (row) {
        var entry = items["q:" + row.getAttribute("data-pb-question") + ":status"];
        var status = entry ? entry.v : "";
        row.setAttribute("data-status", status || "todo");
        row.querySelector(".pb-bank__status").textContent = STATUS_LABEL[status];
      });
      apply();
    }

    function apply() {
      var want = {};
      all(form, "select").forEach(function (select) { want[select.name] = select.value; });
      var shown = 0;
      rows.forEach(function (row) {
        var status = row.getAttribute("data-status") || "todo";
        var visible =
          (!want.round || row.getAttribute("data-round") === want.round) &&
          (!want.difficulty || row.getAttribute("data-difficulty") === want.difficulty) &&
          (!want.topic || row.getAttribute("data-topics").split(" ").indexOf(want.topic) >= 0) &&
          (!want.status || (want.status === "todo" ? status !== "done" : status === want.status));
        row.hidden = !visible;
        if (visible) shown += 1;
      });
      all(content, "table.pb-bank").forEach(function (table) {
        var empty = all(table, "tbody tr").every(function (row) { return row.hidden; });
        table.hidden = empty;
        /* Hide the round's heading and its introduction along with its table. */
        var node = table.previousElementSibling;
        while (node && !node.matches("h2, .pb-filter, .pb-progress")) {
          node.hidden = empty;
          node = node.previousElementSibling;
        }
        if (node && node.tagName === "H2") node.hidden = empty;
      });
      count.textContent = shown === rows.length
        ? rows.length + " questions"
        : shown + " of " + rows.length + " questions match";
    }

    listen(form, "change", apply);
    listen(form, "submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    return render;
  }

  /* ---------------------------------------------------------------- wiring */

  /* Tables that scroll sideways on a phone must be reachable by keyboard (axe:
     scrollable-region-focusable). Material wraps them after the page loads. */
  function labelScrollRegions(content) {
    all(content, ".md-typeset__scrollwrap:not([tabindex])").forEach(function (wrap) {
      wrap.tabIndex = 0;
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", "Table, scrolls sideways");
    });
  }

  function setup() {
    cleanups.splice(0).forEach(function (undo) { undo(); });
    var content = document.querySelector(".md-content") || document.body;
    labelScrollRegions(content);
    window.requestAnimationFrame(function () { labelScrollRegions(content); });
    var renders = [];
    function refreshAll() { renders.forEach(function (render) { render(); }); }
    all(content, ".pb-practice[data-pb-question]").forEach(function (bar) { renders.push(setupQuestion(bar)); });
    all(content, ".pb-score[data-pb-question]").forEach(function (section) { renders.push(setupScore(section)); });
    all(content, "[data-pb-page]").forEach(function (marker) { renders.push(setupTasks(marker)); });
    all(content, "form.pb-filter").forEach(function (form) { renders.push(setupBank(form, content)); });
    all(content, ".pb-progress").forEach(function (panel) { renders.push(setupPanel(panel, refreshAll)); });
    /* Another tab changed the progress: show it here too. */
    listen(window, "storage", function (event) { if (event.key === STORE_KEY || event.key === null) refreshAll(); });
    refreshAll();
  }

  /* Once per page: at load (Material's document$ does not emit for file:// pages of the
     offline build) and after each instant navigation, which brings a new article. */
  function setupOnce() {
    var article = document.querySelector("article") || document.body;
    if (article.hasAttribute("data-pb-ready")) return;
    article.setAttribute("data-pb-ready", "");
    setup();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setupOnce);
  else setupOnce();
  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(setupOnce);
  }

  /* For the tests and the curious: the pure parts, without the page. */
  window.playbookProgress = { key: STORE_KEY, validate: validate, describe: describe };
})();
