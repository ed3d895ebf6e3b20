"""The checker page in headless Chromium: it gives the command line's findings and numbers
on the labelled corpus, sends nothing anywhere, shows what it is given as text, refuses
what it cannot check with a message, and explains itself when opened from file://.

One page session loads Pyodide once; the corpus goes through it in a single batch.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import quote

import pytest

from book.local_site import QuietHandler, serving
from macros.checker_assets import example_text
from macros.page_index import load_page
from tests.lint.corpus_eval import Case, load_cases
from tests.lint.inputs.resumes import LATEX
from tests.projects import ROOT

pytestmark = pytest.mark.browser

CHECKER = "lint/checker/"
DONE = (
    "['done', 'error', 'refused', 'failed']"
    ".includes(document.querySelector('#playbook-checker').dataset.state)"
)
SECRET = "Zanzibar-7f3a marker bullet"


class Recorder(QuietHandler):
    """Serves the built site, answers 404 for the paths in `missing` (a host that lost a
    file) and remembers every request line it was sent."""

    seen: ClassVar[list[str]] = []
    missing: ClassVar[frozenset[str]] = frozenset()

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        type(self).seen.append(self.requestline)

    def send_head(self) -> Any:
        if self.path.split("?")[0] in self.missing:
            self.send_error(404)
            return None
        return super().send_head()


@contextmanager
def recorded(site: Path, seen: list[str], missing: frozenset[str] = frozenset()) -> Iterator[str]:
    """The site served with every request line kept in `seen`."""
    handler = type("SiteRecorder", (Recorder,), {"seen": seen, "missing": missing})
    with serving(site, handler) as base:
        yield base


@pytest.fixture(scope="module")
def server(built_site: Path) -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []
    with recorded(built_site, seen) as base:
        yield base, seen


class Session:
    """One tab on the checker page, with every request it (or its worker) made."""

    def __init__(self, page: Any, base: str) -> None:
        self.page = page
        self.base = base
        self.requests: list[Any] = []
        self.errors: list[str] = []
        page.on("request", lambda request: self.requests.append(request))
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    def wait(self) -> None:
        self.page.wait_for_function(DONE, timeout=60_000)

    def state(self) -> str:
        return str(self.page.eval_on_selector("#playbook-checker", "el => el.dataset.state"))

    def settle(self) -> None:
        """Wait out a check already running: changing the kind checks the old text at
        once, and its answer must not be taken for the next one's."""
        self.page.wait_for_function(
            "document.querySelector('#playbook-checker').dataset.state !== 'checking'",
            timeout=60_000,
        )

    def check(self, text: str, kind: str = "") -> None:
        self.page.select_option("#checker-kind", kind)
        self.settle()
        self.page.fill("#checker-text", text)
        self.page.evaluate("document.querySelector('#playbook-checker').dataset.state = 'sent'")
        self.page.click("#checker-run")
        self.wait()


@pytest.fixture(scope="module")
def session(browser: Any, server: tuple[str, list[str]]) -> Iterator[Session]:
    base, _ = server
    page = browser.new_page()
    tab = Session(page, base)
    page.goto(base + CHECKER)
    page.wait_for_function(
        "document.querySelector('#playbook-checker').dataset.state === 'ready'", timeout=60_000
    )
    yield tab
    page.close()


# The page, given many texts in a row: the rendered findings and numbers of each.
BATCH = """async (items) => {
  const root = document.querySelector('#playbook-checker');
  const text = document.querySelector('#checker-text');
  const kind = document.querySelector('#checker-kind');
  const form = document.querySelector('#checker-form');
  const out = [];
  for (const item of items) {
    const done = new Promise((resolve) =>
      root.addEventListener('checker:done', resolve, {once: true}));
    text.value = item.text;
    kind.value = item.kind;
    form.requestSubmit();
    await done;
    const findings = [...root.querySelectorAll('.checker__finding')].map((li) => ({
      rule: li.dataset.rule, code: li.dataset.code, severity: li.dataset.severity,
      line: +li.dataset.line, column: +li.dataset.column,
      end_line: +li.dataset.endLine, end_column: +li.dataset.endColumn,
      message: li.querySelector('.checker__message').textContent,
      fix: li.querySelector('.checker__fix').textContent.replace(/^Fix: /, ''),
    }));
    const numbers = [...root.querySelectorAll('.checker__numbers tbody tr')].map((tr) => {
      const cells = [...tr.cells].map((cell) => cell.textContent);
      return {where: cells[0], text: cells[1], counts: cells[2] === 'yes', reason: cells[3]};
    });
    out.push({state: root.dataset.state, findings, numbers});
  }
  return out;
}"""


def linter_from_the_site(site: Path, target: Path) -> dict[str, str]:
    """Unpack the linter's wheel that the site serves; the environment that runs it.

    The command line is run from the very wheel the page runs, so the comparison holds
    even while lint/ changes under a long test session.
    """
    (wheel,) = (site / "assets/checker/wheels").glob("ai_engineer_interview_playbook-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run(
        [sys.executable, "-c", "import playbook_lint; print(playbook_lint.__file__)"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.startswith(str(target)), where.stdout
    return env


def cli_reports(cases: list[Case], folder: Path, env: dict[str, str]) -> list[dict[str, Any]]:
    """`playbook-lint --format json --show-numbers` on every case, one run per kind."""
    by_kind: dict[str, list[int]] = {}
    for number, case in enumerate(cases):
        target = folder / case.kind / f"case-{number:04d}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(case.text, encoding="utf-8")
        by_kind.setdefault(case.kind, []).append(number)
    reports: list[dict[str, Any]] = [{"findings": [], "numbers": []} for _ in cases]
    for kind in by_kind:
        command = [sys.executable, "-m", "playbook_lint", "--isolated", "--format", "json"]
        command += ["--show-numbers", "--kind", kind, str(folder / kind)]
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        assert result.returncode in (0, 1), result.stderr
        payload = json.loads(result.stdout)
        for key in ("findings", "numbers"):
            for row in payload[key]:
                reports[int(Path(row["path"]).stem.split("-")[1])][key].append(row)
    return reports


def test_the_page_gives_the_command_lines_findings_and_numbers_on_the_corpus(
    session: Session, built_site: Path, tmp_path: Path
) -> None:
    # an even sample of every group and kind, about 2,400 items however the corpus grows
    # (every third item took a minute once the corpus passed 20,000)
    everything = load_cases(held_out=True)
    cases = everything[:: max(3, len(everything) // 2400)]
    assert len(cases) >= 150
    assert {case.kind for case in cases} == {case.kind for case in everything}
    expected = cli_reports(
        cases, tmp_path / "cases", linter_from_the_site(built_site, tmp_path / "wheel")
    )
    started = time.perf_counter()
    shown = session.page.evaluate(BATCH, [{"text": c.text, "kind": c.kind} for c in cases])
    per_item = (time.perf_counter() - started) / len(cases)
    assert not session.errors
    mismatches = []
    for case, want, got in zip(cases, expected, shown, strict=True):
        fields = ("rule", "code", "severity", "line", "column", "end_line", "end_column")
        cli_findings = [{k: f[k] for k in (*fields, "message", "fix")} for f in want["findings"]]
        cli_numbers = [
            {
                "where": f"{n['line']}:{n['column']}",
                "text": n["text"],
                "counts": n["counts"],
                "reason": n["reason"],
            }
            for n in want["numbers"]
        ]
        if (
            got["state"] != "done"
            or got["findings"] != cli_findings
            or got["numbers"] != cli_numbers
        ):
            mismatches.append(f"{case.source}: page {got} != cli {cli_findings} {cli_numbers}")
    assert not mismatches, f"{len(mismatches)} of {len(cases)} differ; first: {mismatches[0]}"
    assert sum(len(r["findings"]) for r in expected) > 100  # the corpus exercises the rules
    assert per_item < 0.5, f"{per_item * 1000:.0f} ms per item through the page"


def test_every_request_is_a_get_to_the_site_itself_and_carries_no_text(
    session: Session, server: tuple[str, list[str]]
) -> None:
    session.check(f"- Led the {SECRET} migration.\n", "resume")
    assert session.state() == "done"
    assert SECRET in session.page.inner_text("#checker-results")
    _, seen = server
    outside = [r.url for r in session.requests if not r.url.startswith(session.base)]
    assert not outside, f"requests to other hosts: {outside[:3]}"
    assert {r.method for r in session.requests} == {"GET"}
    word = SECRET.split()[0]
    for request in session.requests:
        assert word not in request.url and word not in (request.post_data or "")
    assert all(line.startswith("GET ") and word not in line for line in seen)
    loaded = {r.url.removeprefix(session.base) for r in session.requests}
    assert "assets/checker/pyodide/pyodide.asm.wasm" in loaded  # the vendored copy ran
    assert any(path.startswith("assets/checker/wheels/ai_engineer") for path in loaded)


MARKUP = (
    '<img src="x" onerror="window.__owned = 1">\n'
    "<script>window.__owned = 2</script>\n"
    '- Built <b onmouseover="window.__owned = 3">ranking</b> <svg onload="window.__owned = 4"/>\n'
)


def test_pasted_markup_is_shown_as_text_and_never_runs(session: Session) -> None:
    session.check(MARKUP, "resume")
    page = session.page
    assert session.state() == "done"
    assert page.evaluate("window.__owned") is None
    assert (
        page.eval_on_selector(
            "#checker-results", "el => el.querySelectorAll('img, script, svg, b').length"
        )
        == 0
    )
    assert page.eval_on_selector(".checker__source", "el => el.textContent") == MARKUP


def test_markup_in_the_fragment_is_shown_as_text_and_never_runs(
    browser: Any, server: tuple[str, list[str]]
) -> None:
    base, _ = server
    page = browser.new_page()
    page.goto(f"{base}{CHECKER}#kind=resume&text={quote(MARKUP)}")
    page.wait_for_function(DONE, timeout=60_000)
    assert page.evaluate("window.__owned") is None
    assert page.input_value("#checker-text") == MARKUP
    assert page.eval_on_selector(".checker__source", "el => el.textContent") == MARKUP
    page.close()


def test_an_opened_file_is_read_as_text_and_checked(session: Session) -> None:
    page = session.page
    page.set_input_files(
        "#checker-file",
        files=[{"name": "story.txt", "mimeType": "text/plain", "buffer": MARKUP.encode()}],
    )
    session.wait()
    assert page.input_value("#checker-text") == MARKUP
    assert page.evaluate("window.__owned") is None
    assert (
        page.eval_on_selector(
            "#checker-results", "el => el.querySelectorAll('img, script, svg').length"
        )
        == 0
    )


def test_an_opened_latex_resume_gives_the_command_lines_findings(
    session: Session, built_site: Path, tmp_path: Path
) -> None:
    page = session.page
    page.select_option("#checker-kind", "")
    session.settle()
    page.evaluate("document.querySelector('#playbook-checker').dataset.state = 'sent'")
    page.set_input_files(
        "#checker-file",
        files=[{"name": "resume.tex", "mimeType": "text/x-tex", "buffer": LATEX.encode()}],
    )
    session.wait()
    assert session.state() == "done", page.inner_text("#checker-status")
    shown = page.eval_on_selector_all(
        ".checker__finding",
        "items => items.map((li) => [li.dataset.rule, +li.dataset.line, +li.dataset.column])",
    )
    command = [sys.executable, "-m", "playbook_lint", "--isolated", "--format", "json"]
    command += ["--stdin-filename", "resume.tex", "-"]
    env = linter_from_the_site(built_site, tmp_path)  # the same linter as the page's
    result = subprocess.run(
        command, input=LATEX, env=env, capture_output=True, text=True, check=False
    )
    expected = [[f["rule"], f["line"], f["column"]] for f in json.loads(result.stdout)["findings"]]
    assert shown == expected and expected
    assert "resume.tex (LaTeX)" in page.inner_text("#checker-status")
    page.fill("#checker-text", "")  # an emptied box is read as Markdown again
    page.click("#checker-run")
    assert page.evaluate("document.querySelector('#checker-results').children.length") == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("resume.md", b"%PDF-1.7\x00\x01\x02binary", "is not a text file"),
        ("resume.md", b"\xff\xfe\xfa not utf-8", "is not a text file"),
        ("resume.pdf", b"%PDF-1.7", "ai-engineer-interview-playbook[formats] @ git+"),
        ("resume.docx", b"PK\x03\x04", "export your resume as plain text"),
        ("resume.rtf", b"{\\rtf1 Cut costs.}", "is not a file the checker reads"),
        ("huge.md", b"- Cut costs.\n" * 90_000, "MB"),
    ],
)
def test_a_file_that_is_not_checkable_gets_a_message(
    session: Session, name: str, content: bytes, message: str
) -> None:
    page = session.page
    page.evaluate("document.querySelector('#playbook-checker').dataset.state = 'sent'")
    page.set_input_files(
        "#checker-file",
        files=[{"name": name, "mimeType": "application/octet-stream", "buffer": content}],
    )
    session.wait()
    assert session.state() == "refused"
    alert = page.locator("#checker-alert")
    assert alert.is_visible() and message in alert.inner_text()


def test_a_megabyte_paste_gets_a_message_and_the_tab_stays_responsive(session: Session) -> None:
    page = session.page
    big = "- Shipped the thing.\n" * 50_000  # about 1 MB
    started = time.perf_counter()
    page.evaluate(
        """(text) => {
          const area = document.querySelector('#checker-text');
          area.value = text;
          area.dispatchEvent(new Event('input'));
        }""",
        big,
    )
    session.wait()
    assert time.perf_counter() - started < 5
    assert session.state() == "refused"
    assert "million characters" in page.inner_text("#checker-alert")
    assert page.evaluate("1 + 1") == 2
    session.check("- Cut p99 latency from 800 ms to 120 ms.\n", "resume")  # still works
    assert session.state() == "done"
    assert not page.locator("#checker-alert").is_visible()


def test_findings_link_to_their_rule_pages_and_mark_their_spans(session: Session) -> None:
    session.check("- Worked on search ranking.\n", "resume")
    page = session.page
    links = page.eval_on_selector_all(".checker__rule", "els => els.map(a => a.href)")
    assert links and all(link.startswith(session.base + "lint/rules/") for link in links)
    for link in set(links):
        response = page.request.get(link)
        assert response.ok, link
    marks = page.eval_on_selector_all(
        ".checker__mark", "els => els.map(m => [m.textContent, m.className])"
    )
    # The bullet (quantified-outcome) and, inside it, "Worked on" (vague-verb) overlap.
    assert "".join(text for text, _ in marks) == "- Worked on search ranking."
    assert [text for text, classes in marks if "overlap" in classes] == ["Worked on"]
    assert "quantified-outcome" in page.inner_text(".checker__findings")
    assert "Fix:" in page.inner_text(".checker__findings")


def test_the_controls_have_labels_and_results_are_announced(session: Session) -> None:
    page = session.page
    for control in ("#checker-kind", "#checker-file", "#checker-text"):
        label = page.eval_on_selector(control, "el => [...el.labels].map(l => l.textContent)")
        assert label and label[0].strip(), control
    status = page.locator("#checker-status")
    assert status.get_attribute("role") == "status"
    assert status.get_attribute("aria-live") == "polite"
    assert page.locator("#checker-alert").get_attribute("role") == "alert"


def test_open_in_the_checker_carries_the_example_to_the_page(
    browser: Any, server: tuple[str, list[str]]
) -> None:
    base, _ = server
    page = browser.new_page()
    page.goto(base + "templates/star-story/")
    link = page.locator("a[data-checker-example]").first
    slug = link.get_attribute("data-checker-example")
    link.click()
    page.wait_for_url(f"**/{CHECKER}#*")
    page.wait_for_function(DONE, timeout=60_000)
    example = load_page(ROOT / "docs", ROOT / "docs/examples/answers" / f"{slug}.md")
    assert page.input_value("#checker-text") == example_text(example)
    assert example_text(example).startswith("---\nlint:\n  kind: star-story\n")
    assert page.input_value("#checker-kind") == "star-story"
    assert page.locator("#checker-status").inner_text()
    page.close()


def test_the_offline_build_says_how_to_serve_it_when_opened_from_a_file(
    browser: Any, offline_site: Path
) -> None:
    page = browser.new_page()
    page.goto((offline_site / "lint" / "checker.html").as_uri())
    page.wait_for_function(DONE.replace("'failed'", "'failed', 'file'"), timeout=20_000)
    status = page.inner_text("#checker-status")
    assert "python3 -m http.server -d site-offline" in status
    assert not page.locator("#checker-form").is_visible()
    assert (offline_site / "assets/checker/pyodide/pyodide.asm.wasm").is_file()
    page.close()


AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# The page's content (the header and navigation are Material's, checked site-wide).
SERIOUS = """async () => (await axe.run('.md-content', {resultTypes: ['violations']})).violations
  .filter((v) => ['serious', 'critical'].includes(v.impact))
  .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)"""


def test_the_checker_with_findings_has_no_serious_accessibility_violation(
    browser: Any, server: tuple[str, list[str]]
) -> None:
    if not AXE.is_file():
        pytest.fail("node_modules/axe-core is missing: run `npm ci`")
    base, _ = server
    page = browser.new_page(viewport={"width": 1280, "height": 900}, color_scheme="light")
    page.goto(f"{base}{CHECKER}#kind=resume&text=-%20Worked%20on%20search%2C%20up%2020%25.%0A")
    page.wait_for_function(DONE, timeout=60_000)
    assert page.locator(".checker__finding").count() > 0
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = {}
    for width, scheme in [(1280, "default"), (390, "default"), (390, "slate"), (1280, "slate")]:
        page.set_viewport_size({"width": width, "height": 900})
        if page.eval_on_selector("body", "b => b.dataset.mdColorScheme") != scheme:
            page.locator("[title='Switch to dark mode']:visible").click()  # Material's toggle
            page.wait_for_function(f"document.body.dataset.mdColorScheme === '{scheme}'")
            page.mouse.move(0, 600)  # no tooltip left over the page
            page.wait_for_timeout(500)  # the colour transition ends
        found[f"{width}px {scheme}"] = page.evaluate(SERIOUS)
    page.close()
    assert found == {key: [] for key in found}


# Each file the start-up needs, as a host that lost it would answer: with a 404. The server
# refuses it rather than a Playwright route, whose hold on a worker's requests can come too
# late on a loaded machine (the wasm then loaded and the test waited for a failure that never
# came). Pyodide itself never rejects when its WebAssembly module fails: worker.js turns the
# warning it logs into the failure.
PYTHON_FILES = {
    "the WebAssembly module": "pyodide/pyodide.asm.wasm",
    "the standard library": "pyodide/python_stdlib.zip",
    "Pyodide's loader": "pyodide/pyodide.mjs",
    "the list of wheels": "manifest.json",
}


@pytest.mark.parametrize("path", PYTHON_FILES.values(), ids=PYTHON_FILES.keys())
def test_when_python_cannot_load_the_page_says_so(
    built_site: Path, browser: Any, path: str
) -> None:
    with recorded(built_site, [], frozenset({f"/assets/checker/{path}"})) as base:
        page = browser.new_page()
        page.goto(base + CHECKER)
        # Under a second when idle; a loaded 2-core machine is much slower.
        page.wait_for_function(DONE, timeout=60_000)
        assert page.eval_on_selector("#playbook-checker", "el => el.dataset.state") == "failed"
        status = page.inner_text("#checker-status")
        page.close()
    assert status.startswith("The checker could not start: "), status
    assert status.endswith(". Reload the page to try again."), status
    assert ".." not in status


def with_watchdogs(page: Any, base: str, slow_start_ms: int, check_limit_ms: int) -> None:
    """Serve the checker page with shorter watchdog limits than the real ones."""

    def shorten(route: Any) -> None:
        response = route.fetch()
        body = response.text()
        for name, value in (("slow-start", slow_start_ms), ("check-limit", check_limit_ms)):
            body, count = re.subn(rf'data-{name}="\d+"', f'data-{name}="{value}"', body)
            assert count == 1, f"the page has no data-{name} attribute"
        route.fulfill(response=response, body=body)

    page.route(base + CHECKER, shorten)


def test_a_start_up_that_takes_long_says_so_and_goes_on_loading(
    browser: Any, server: tuple[str, list[str]]
) -> None:
    base, _ = server
    page = browser.new_page()
    with_watchdogs(page, base, slow_start_ms=1500, check_limit_ms=20_000)
    page.route("**/pyodide.asm.wasm", lambda route: None)  # never answered: a stalled download
    page.goto(base + CHECKER)
    page.wait_for_function(
        "document.querySelector('#playbook-checker').dataset.slow === 'true'", timeout=30_000
    )
    assert page.eval_on_selector("#playbook-checker", "el => el.dataset.state") == "loading"
    status = page.inner_text("#checker-status")
    assert "Still loading the checker after 2 seconds" in status
    assert "reload the page" in status
    page.close()


def test_a_check_with_no_answer_is_stopped_and_the_checker_starts_again(
    browser: Any, server: tuple[str, list[str]]
) -> None:
    base, _ = server
    page = browser.new_page()
    with_watchdogs(page, base, slow_start_ms=30_000, check_limit_ms=1500)
    page.goto(base + CHECKER)
    tab = Session(page, base)
    page.wait_for_function(
        "document.querySelector('#playbook-checker').dataset.state === 'ready'", timeout=90_000
    )
    # A worker that swallows the text stands for Python stuck on it.
    page.evaluate("window.__playbookChecker.worker.postMessage = () => {}")
    tab.check("Cut p95 latency from 800 ms to 120 ms.\n", "answer")
    assert tab.state() == "error"
    assert "The check was stopped: it had no answer after 2 seconds" in page.inner_text(
        "#checker-status"
    )
    # A new worker starts; once it is ready, the same text is checked as usual.
    page.wait_for_function("window.__playbookChecker.ready === true", timeout=90_000)
    assert "The check was stopped" in page.inner_text("#checker-status")
    tab.check("Cut p95 latency from 800 ms to 120 ms.\n", "answer")
    assert tab.state() == "done"
    assert page.locator(".checker__finding[data-rule='observability']").count() == 1
    assert tab.errors == []
    page.close()
