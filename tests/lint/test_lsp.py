"""The language server, ``playbook-lint lsp``, driven as an editor drives it: a real
process, Content-Length framed JSON-RPC over its standard input and output, a reader
thread and a timeout on every wait. Malformed messages get the error the protocol asks
for and the session goes on."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from playbook_lint import lint_text
from playbook_lint.lsp import analysis
from playbook_lint.numbers import mentions
from playbook_lint.registry import lookup

pytest.importorskip("pygls")

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 20.0
SITE = "https://playbook.example.org/"
RESUME = (
    "## Experience\n"
    "\n"
    "- Worked on the search service and made it much faster.\n"
    "- Cut checkout p99 from 820 ms to 310 ms with a team of 12, watched on a Grafana "
    "dashboard.\n"
)
Message = dict[str, Any]


class Client:
    """A minimal LSP client: frames, a reader thread, waits with timeouts."""

    def __init__(self, cwd: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT / "lint"))
        self.log = (cwd / "lsp-stderr.log").open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "playbook_lint", "lsp"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            cwd=cwd,
            env=env,
        )
        self.inbox: queue.Queue[Message | None] = queue.Queue()
        self.backlog: list[Message] = []
        self.next_id = 0
        assert self.proc.stdout is not None
        threading.Thread(target=self._read, args=(self.proc.stdout,), daemon=True).start()

    def _read(self, out: IO[bytes]) -> None:
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                name, _, value = line.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
                elif not line.strip() and length is not None:
                    break
            self.inbox.put(json.loads(out.read(length)))

    def send_raw(self, data: bytes) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, payload: Message) -> None:
        body = json.dumps(payload).encode("utf-8")
        self.send_raw(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))

    def notify(self, method: str, params: Any) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request_id(self, method: str, params: Any) -> int:
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.next_id

    def wait(self, match: Callable[[Message], bool], timeout: float = TIMEOUT) -> Message:
        for index, kept in enumerate(self.backlog):
            if match(kept):
                return self.backlog.pop(index)
        while True:
            try:
                message = self.inbox.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"no matching message in {timeout} s") from None
            if message is None:
                raise AssertionError(f"the server ended (exit code {self.proc.poll()})")
            if match(message):
                return message
            self.backlog.append(message)

    def response(self, msg_id: int | str | None) -> Message:
        return self.wait(lambda m: "method" not in m and m.get("id") == msg_id)

    def request(self, method: str, params: Any) -> Message:
        return self.response(self.request_id(method, params))

    def diagnostics(self, uri: str, version: int | None = None) -> list[Message]:
        message = self.wait(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri
                and (version is None or m["params"].get("version") == version)
            )
        )
        found: list[Message] = message["params"]["diagnostics"]
        return found

    def initialize(self, options: Any = None, root: Path | None = None) -> Message:
        capabilities = {
            "general": {"positionEncodings": ["utf-16"]},
            "window": {"showDocument": {"support": True}},
            "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}},
        }
        result = self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": root.as_uri() if root else None,
                "capabilities": capabilities,
                "initializationOptions": options,
            },
        )
        self.notify("initialized", {})
        return result

    def open(self, uri: str, text: str, version: int = 1, language: str = "markdown") -> None:
        self.notify(
            "textDocument/didOpen",
            {
                "textDocument": {
                    "uri": uri,
                    "languageId": language,
                    "version": version,
                    "text": text,
                }
            },
        )

    def change(self, uri: str, text: str, version: int) -> None:
        self.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]},
        )

    def close(self) -> int:
        if self.proc.poll() is None:
            try:
                self.request("shutdown", None)
                self.notify("exit", None)
                self.proc.wait(timeout=TIMEOUT)
            except (AssertionError, BrokenPipeError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        return self.proc.returncode


@pytest.fixture
def client(tmp_path: Path) -> Iterator[Client]:
    c = Client(tmp_path)
    yield c
    c.close()


def codes(diagnostics: list[Message]) -> list[str]:
    return [d["code"].split(" ", 1)[0] for d in diagnostics]


def expected_codes(text: str, kind: str | None = None, **options: Any) -> list[str]:
    return [f.rule.code for f in lint_text(text, kind=kind, path="resume.md", **options)]


def test_capabilities_and_a_clean_exit(tmp_path: Path) -> None:
    c = Client(tmp_path)
    result = c.initialize()["result"]
    capabilities = result["capabilities"]
    assert result["serverInfo"]["name"] == "playbook-lint"
    assert capabilities["hoverProvider"]
    assert capabilities["codeActionProvider"]
    sync = capabilities["textDocumentSync"]
    assert sync["openClose"] and sync["change"] == 1 and sync["save"] is not False
    assert set(capabilities["executeCommandProvider"]["commands"]) == {
        "playbook-lint.openRulePage",
        "playbook-lint.explainRule",
    }
    assert c.close() == 0


def test_diagnostics_on_open_change_save_and_close(tmp_path: Path, client: Client) -> None:
    client.initialize({"kind": "resume", "siteUrl": SITE})
    path = tmp_path / "resume.md"
    path.write_text(RESUME, encoding="utf-8")
    uri = path.as_uri()
    client.open(uri, RESUME)
    found = client.diagnostics(uri, 1)
    assert codes(found) == expected_codes(RESUME, "resume")
    vague = next(d for d in found if d["code"].startswith("PL101"))
    assert vague["range"] == {
        "start": {"line": 2, "character": 2},
        "end": {"line": 2, "character": 11},
    }
    assert vague["severity"] == 2 and vague["source"] == "playbook-lint"
    assert vague["codeDescription"]["href"] == f"{SITE}lint/rules/vague-verb/"
    first = next(d for d in found if d["code"].startswith("PL001"))
    assert first["severity"] == 1 and "\nfix: " in first["message"]

    fixed = RESUME.replace(
        "Worked on the search service and made it much faster.",
        "Cut search p95 from 900 ms to 200 ms, tracked on the latency dashboard.",
    )
    client.change(uri, fixed, 2)
    assert codes(client.diagnostics(uri, 2)) == expected_codes(fixed, "resume") == []

    client.change(uri, RESUME, 3)
    assert codes(client.diagnostics(uri, 3)) == codes(found)
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert codes(client.diagnostics(uri)) == codes(found)
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert client.diagnostics(uri) == []


def test_positions_are_in_utf16_units(client: Client) -> None:
    client.initialize({"kind": "resume"})
    uri = "untitled:Untitled-1"
    text = "- 🚀 Worked on the search service.\n"
    client.open(uri, text)
    vague = next(d for d in client.diagnostics(uri) if d["code"].startswith("PL101"))
    # '-', ' ', the rocket (two UTF-16 units), ' ': 'Worked' starts at unit 5.
    assert vague["range"]["start"] == {"line": 0, "character": 5}


def test_hover_says_why_a_number_counts_or_not(client: Client) -> None:
    client.initialize({"kind": "resume"})
    uri = "untitled:resume.md"
    client.open(uri, RESUME)
    client.diagnostics(uri)
    line = RESUME.splitlines()[3]
    verdicts = {m.text: m for m in mentions(line)}
    for text in ("820 ms", "12"):
        found = next(m for m in verdicts.values() if m.text.startswith(text))
        hover = client.request(
            "textDocument/hover",
            {
                "textDocument": {"uri": uri},
                "position": {"line": 3, "character": found.start + 1},
            },
        )["result"]
        value = hover["contents"]["value"]
        assert found.reason.value in value
        assert ("counts as a measured outcome" in value) is found.counts
        assert hover["range"]["start"] == {"line": 3, "character": found.start}
    assert any(m.counts for m in verdicts.values()) and not all(m.counts for m in verdicts.values())
    off_number = client.request(
        "textDocument/hover",
        {"textDocument": {"uri": uri}, "position": {"line": 2, "character": 4}},
    )
    assert off_number["result"] is None


def apply_edit(text: str, edit: Message) -> str:
    lines = text.splitlines(keepends=True)
    start = edit["range"]["start"]
    assert edit["range"]["start"] == edit["range"]["end"] and start["character"] == 0
    inserted: str = edit["newText"]
    return "".join(lines[: start["line"]]) + inserted + "".join(lines[start["line"] :])


def test_code_actions_suppress_with_a_reason_and_open_the_rule_page(client: Client) -> None:
    client.initialize({"kind": "resume", "siteUrl": SITE})
    uri = "untitled:resume.md"
    client.open(uri, RESUME)
    found = client.diagnostics(uri, 1)
    vague = next(d for d in found if d["code"].startswith("PL101"))
    actions = client.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": vague["range"],
            "context": {"diagnostics": [vague]},
        },
    )["result"]
    titles = [action["title"] for action in actions]
    assert titles == [
        "Suppress vague-verb for this answer (fill in the reason)",
        "Open the page for vague-verb (PL101)",
    ]
    edit = actions[0]["edit"]["changes"][uri][0]
    assert edit["newText"] == '<!-- playbook-lint: disable=vague-verb reason="" -->\n'

    # Applied, the comment suppresses nothing until its reason is filled in, and says so
    # (invalid-suppression) ...
    suppressed = apply_edit(RESUME, edit)
    client.change(uri, suppressed, 2)
    after = codes(client.diagnostics(uri, 2))
    assert "PL902" in after and "PL101" in after
    assert after == expected_codes(suppressed, "resume")
    # ... and with one, the finding is gone for good.
    reasoned = suppressed.replace('reason=""', 'reason="internal tool, no metrics kept"')
    client.change(uri, reasoned, 3)
    assert set(codes(client.diagnostics(uri, 3))) == set(codes(found)) - {"PL101"}

    command = actions[1]["command"]
    assert command["command"] == "playbook-lint.openRulePage"
    assert command["arguments"] == [f"{SITE}lint/rules/vague-verb/"]
    msg_id = client.request_id(
        "workspace/executeCommand",
        {"command": command["command"], "arguments": command["arguments"]},
    )
    show = client.wait(lambda m: m.get("method") == "window/showDocument")
    assert show["params"] == {"uri": f"{SITE}lint/rules/vague-verb/", "external": True}
    client.send({"jsonrpc": "2.0", "id": show["id"], "result": {"success": True}})
    assert "error" not in client.response(msg_id)


def test_settings_from_initialization_and_configuration_changes(client: Client) -> None:
    client.initialize({"playbook-lint": {"kind": "resume", "select": ["vague-verb", "PL001"]}})
    uri = "untitled:resume.md"
    client.open(uri, RESUME)
    assert sorted(set(codes(client.diagnostics(uri)))) == ["PL001", "PL101"]
    client.notify(
        "workspace/didChangeConfiguration",
        {"settings": {"playbook-lint": {"select": None, "ignore": "vague-verb,PL102"}}},
    )
    expected = expected_codes(RESUME, "resume", ignore=["vague-verb", "PL102"])
    assert codes(client.diagnostics(uri)) == expected
    assert "PL101" not in expected and "PL001" in expected

    client.notify(
        "workspace/didChangeConfiguration",
        {"settings": {"playbook-lint": {"kind": "poem", "ignore": ["no-such-rule"]}}},
    )
    shown = client.wait(lambda m: m.get("method") == "window/showMessage")
    assert shown["params"]["type"] == 1 and "kind" in shown["params"]["message"]
    shown = client.wait(lambda m: m.get("method") == "window/showMessage")
    assert "no-such-rule" in shown["params"]["message"]
    # The bad values are refused; the previous settings stay.
    assert codes(client.diagnostics(uri)) == expected


def test_bad_settings_at_start_are_reported(client: Client) -> None:
    client.initialize({"select": 5})
    shown = client.wait(lambda m: m.get("method") == "window/showMessage")
    assert "select" in shown["params"]["message"]


def test_input_error_becomes_one_diagnostic(client: Client) -> None:
    client.initialize()
    uri = "untitled:story.md"
    text = "---\ntitle: [unclosed\n---\n\n- Worked on search.\n"
    client.open(uri, text)
    found = client.diagnostics(uri)
    assert len(found) == 1 and found[0]["code"] == "input-error" and found[0]["severity"] == 1


def error_of(message: Message) -> int:
    code: int = message["error"]["code"]
    return code


def alive(client: Client) -> None:
    """The server still answers requests."""
    reply = client.request(
        "textDocument/hover",
        {"textDocument": {"uri": "untitled:none.md"}, "position": {"line": 0, "character": 0}},
    )
    assert reply["result"] is None and "error" not in reply


def test_malformed_messages_get_errors_and_the_server_survives(client: Client) -> None:
    client.initialize()
    # Not JSON: Parse error with a null id.
    client.send_raw(b'Content-Length: 12\r\n\r\n{"jsonrpc":,')
    assert error_of(client.response(None)) == -32700
    alive(client)
    # Not UTF-8.
    client.send_raw(b"Content-Length: 4\r\n\r\n\xff\xfe\x00{")
    assert error_of(client.response(None)) == -32700
    alive(client)
    # JSON but not a JSON-RPC request: Invalid Request, with the id when it has one.
    client.send({"jsonrpc": "1.0", "id": 71, "method": "textDocument/hover"})
    assert error_of(client.response(71)) == -32600
    client.send({"jsonrpc": "2.0", "id": 72, "method": 5})
    assert error_of(client.response(72)) == -32600
    client.send_raw(b"Content-Length: 2\r\n\r\n[]")
    assert error_of(client.response(None)) == -32600
    alive(client)
    # An unknown request: Method not found; an unknown notification is ignored.
    assert error_of(client.request("playbook/nonsense", {})) == -32601
    client.notify("$/nonsense", {})
    alive(client)
    # Parameters of the wrong shape: Invalid params.
    assert error_of(client.request("textDocument/hover", {"position": 3})) == -32602
    alive(client)
    # A command with no usable argument.
    reply = client.request(
        "workspace/executeCommand", {"command": "playbook-lint.openRulePage", "arguments": [3]}
    )
    assert error_of(reply) == -32602
    alive(client)


def test_wrong_content_length_does_not_end_the_session(client: Client) -> None:
    client.initialize()
    body = json.dumps(
        {"jsonrpc": "2.0", "id": 90, "method": "textDocument/hover", "params": {}}
    ).encode()
    # Too short: the cut body is not JSON; the rest is skipped up to the next header.
    client.send_raw(b"Content-Length: %d\r\n\r\n%s" % (len(body) - 10, body))
    assert error_of(client.response(None)) == -32700
    alive(client)
    # Too long: the server reads into the next message, answers the parse error, and
    # finds the header after that.
    client.send_raw(b"Content-Length: %d\r\n\r\n%s" % (len(body) + 25, body))
    client.send({"jsonrpc": "2.0", "method": "$/filler", "params": {}})
    assert error_of(client.response(None)) == -32700
    alive(client)
    # A header that is not a number.
    client.send_raw(b"Content-Length: lots\r\n\r\n")
    alive(client)
    assert client.proc.poll() is None


# --- the pure parts, without a process ---------------------------------------------------


def test_settings_parsing() -> None:
    settings, problems = analysis.parse_settings({"kind": "resume", "select": "PL001, vague-verb"})
    assert problems == []
    assert settings.kind == "resume" and settings.select == ("PL001", "vague-verb")
    kept, problems = analysis.parse_settings({"kind": "poem", "ignore": [1]}, settings)
    assert kept == settings and len(problems) == 2
    _, problems = analysis.parse_settings(["not", "an", "object"])
    assert problems == ["settings must be an object"]


def test_site_url_comes_from_mkdocs_yml_or_the_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text('site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/"]\n', encoding="utf-8")
    monkeypatch.delenv("SITE_URL", raising=False)
    assert analysis.site_url(analysis.Settings(), config) == "http://127.0.0.1:8000/"
    monkeypatch.setenv("SITE_URL", "https://example.org/playbook/")
    assert analysis.site_url(analysis.Settings(), config) == "https://example.org/playbook/"
    assert analysis.site_url(analysis.Settings(site_url=SITE), config) == SITE
    rule = lookup("PL001")
    assert rule is not None
    assert analysis.rule_url(rule, SITE) == f"{SITE}lint/rules/quantified-outcome/"
    assert (ROOT / "docs" / rule.page).with_suffix("").name == rule.name
    # The repository's own mkdocs.yml is the one the installed checkout finds.
    monkeypatch.delenv("SITE_URL")
    assert analysis.site_url(analysis.Settings()) == analysis.site_url(
        analysis.Settings(), ROOT / "mkdocs.yml"
    )


def test_lsp_subcommand_refuses_unknown_arguments() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "playbook_lint", "lsp", "--port", "1"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=dict(os.environ, PYTHONPATH=str(ROOT / "lint")),
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "--port" in result.stderr


CV_YAML = """cv:
  name: Ada Lovelace
  sections:
    experience:
      - company: Shop
        highlights:
          - Worked on the pricing model that sets every storefront discount
          - Responsible for the ranking models
"""
CV_TEX = r"""\documentclass{article}
\begin{document}
\section{Experience}
\begin{itemize}
  \item Worked on the pricing model that sets every storefront discount.
  \item Cut ranking p99 from 120 ms to 45 ms, tracked on a Grafana dashboard.
\end{itemize}
\end{document}
"""


@pytest.mark.parametrize(
    ("path", "text", "comment"),
    [
        ("resume.md", RESUME, "<!-- playbook-lint:"),
        ("answer.txt", "Worked on the search service and made it much faster.\n", "playbook-lint:"),
        ("cv.yaml", CV_YAML, "# playbook-lint:"),
        ("cv.tex", CV_TEX, "% playbook-lint:"),
    ],
)
def test_the_suppression_comment_fits_each_format(path: str, text: str, comment: str) -> None:
    settings = analysis.Settings(kind="resume" if path != "answer.txt" else None)
    before = analysis.analyse(path, text, settings)
    finding = next(f for f in before.findings if f.rule.name == "vague-verb")
    insert = analysis.suppression_insert(before.doc, finding)
    assert insert is not None
    line, added = insert
    assert added.lstrip().startswith(comment)
    lines = text.splitlines(keepends=True)
    filled = added.replace('reason=""', 'reason="kept as the employer wrote it"')
    after = analysis.analyse(path, "".join([*lines[:line], filled, *lines[line:]]), settings)
    remaining = [(f.rule.name, f.line) for f in after.findings]
    # The suppressed finding is gone (its answer moved down one line); nothing else changed.
    assert ("vague-verb", finding.line + 1) not in remaining
    assert len(remaining) == len(before.findings) - 1
    assert "invalid-suppression" not in {name for name, _ in remaining}


def test_json_resume_gets_no_suppression_edit() -> None:
    text = '{"work": [{"name": "Shop", "highlights": ["Worked on search."]}]}\n'
    found = analysis.analyse("resume.json", text, analysis.Settings())
    assert found.findings
    assert all(analysis.suppression_insert(found.doc, f) is None for f in found.findings)


def test_hover_and_diagnostics_in_a_yaml_resume(tmp_path: Path, client: Client) -> None:
    client.initialize()
    path = tmp_path / "cv.yaml"
    text = CV_YAML.replace("the ranking models", "ranking for 4M daily users")
    uri = path.as_uri()
    client.open(uri, text, language="yaml")
    found = client.diagnostics(uri)
    assert codes(found) == [f.rule.code for f in lint_text(text, path="cv.yaml")]
    assert found[0]["range"]["start"] == {"line": 6, "character": 12}
    column = text.splitlines()[7].index("4M")
    hover = client.request(
        "textDocument/hover",
        {"textDocument": {"uri": uri}, "position": {"line": 7, "character": column + 1}},
    )["result"]
    assert "counts as a measured outcome" in hover["contents"]["value"]
    assert hover["range"]["start"] == {"line": 7, "character": column}
