"""The language server (pygls): ``playbook-lint lsp`` over standard input and output.

- Diagnostics on open, change (full text sync) and save; cleared on close.
- Hover on a number: whether it counts as a measured outcome and why (the verdicts of
  ``--show-numbers``).
- Code actions on a finding: insert a suppression comment above its answer with an
  empty ``reason=""`` to fill in, and open the rule's page on the site.
- Settings ``kind``, ``select``, ``ignore`` (and ``siteUrl``) from
  ``initializationOptions`` and ``workspace/didChangeConfiguration``, on top of the
  project's configuration file (``[tool.playbook-lint]`` or ``.playbook-lint.toml``).

The message loop is this module's own (:func:`serve`), not pygls's: it answers a body
that is not JSON with a JSON-RPC parse error (-32700, id null), a message that is not a
JSON-RPC request with -32600, and finds the next ``Content-Length`` header after a frame
whose length was wrong, so one bad message never ends the session. pygls answers an
unknown request with -32601 and bad parameters with -32602.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import sys
import threading
from pathlib import Path
from typing import Any, BinaryIO

from lsprotocol import types as lsp
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams
from pygls.io_ import StdinAsyncReader, StdoutWriter
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from playbook_lint import __version__
from playbook_lint.config import Config, find, load
from playbook_lint.lsp.analysis import (
    Analysis,
    Settings,
    analyse,
    hover_text,
    number_at,
    parse_settings,
    rule_url,
    site_url,
    suppression_insert,
)
from playbook_lint.registry import lookup
from playbook_lint.source import InputError

logger = logging.getLogger("playbook_lint.lsp")

SOURCE = "playbook-lint"
OPEN_RULE_PAGE = "playbook-lint.openRulePage"
EXPLAIN_RULE = "playbook-lint.explainRule"
MAX_BODY = 16 * 1024 * 1024  # a larger frame is read, dropped and answered with -32600
PARSE_ERROR, INVALID_REQUEST, INVALID_PARAMS, INTERNAL_ERROR = -32700, -32600, -32602, -32603
LANGUAGE_SUFFIX = {"plaintext": ".txt", "markdown": ".md"}


class PlaybookLintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(SOURCE, __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Full)
        self.settings = Settings()
        self.problems: list[str] = []
        self.analyses: dict[str, Analysis] = {}
        self.shown_config_errors: set[str] = set()

    # --- what a document is linted with -------------------------------------------------

    def path_for(self, uri: str, language_id: str | None) -> str:
        """The path the reader sees: the file's path, or a name whose suffix fits the
        document's language for unsaved buffers."""
        path = to_fs_path(uri) if uri.startswith("file:") else None
        if path:
            return path
        name = uri.rsplit("/", 1)[-1] or "untitled"
        if "." not in name:
            name += LANGUAGE_SUFFIX.get(language_id or "", ".md")
        return name

    def config_for(self, path: str) -> Config:
        """The configuration file the command line would read for this file."""
        folder = Path(path).parent
        try:
            found = find(folder) if folder.is_dir() else None
            return load(found) if found is not None else Config()
        except InputError as error:
            message = f"playbook-lint: configuration ignored: {error}"
            if message not in self.shown_config_errors:
                self.shown_config_errors.add(message)
                self.show(message, lsp.MessageType.Error)
            return Config()

    def effective(self, path: str) -> Settings:
        """The editor's settings over the configuration file's, as the command line's
        options go over the file's."""
        config = self.config_for(path)
        mine = self.settings
        select = mine.select if mine.select is not None else config.select
        return Settings(
            kind=mine.kind or config.kind,
            select=None if select is None else tuple(select),
            ignore=(*config.ignore, *mine.ignore),
            site_url=mine.site_url,
            extend_select=tuple(config.extend_select),
        )

    # --- messages to the client ---------------------------------------------------------

    def show(self, message: str, kind: lsp.MessageType = lsp.MessageType.Info) -> None:
        self.window_show_message(lsp.ShowMessageParams(type=kind, message=message))

    def encoding(self) -> str:
        chosen = self.server_capabilities.position_encoding if self.protocol else None
        return str(chosen or lsp.PositionEncodingKind.Utf16)

    def lint(self, uri: str, version: int | None = None) -> None:
        """Lint the open document and publish its diagnostics."""
        text_doc = self.workspace.get_text_document(uri)
        path = self.path_for(uri, text_doc.language_id)
        settings = self.effective(path)
        base = site_url(settings)
        diagnostics: list[lsp.Diagnostic] = []
        try:
            analysis = analyse(path, text_doc.source, settings)
        except InputError as error:
            self.analyses.pop(uri, None)
            line = (error.line or 1) - 1
            diagnostics.append(
                lsp.Diagnostic(
                    range=lsp.Range(lsp.Position(line, 0), lsp.Position(line + 1, 0)),
                    message=error.message,
                    severity=lsp.DiagnosticSeverity.Error,
                    source=SOURCE,
                    code="input-error",
                )
            )
        except Exception as error:  # a bug: one diagnostic, the server carries on
            logger.exception("linting %s failed", uri)
            self.analyses.pop(uri, None)
            diagnostics.append(
                lsp.Diagnostic(
                    range=lsp.Range(lsp.Position(0, 0), lsp.Position(1, 0)),
                    message=f"internal error ({type(error).__name__}: {error}); please report it",
                    severity=lsp.DiagnosticSeverity.Error,
                    source=SOURCE,
                )
            )
        else:
            self.analyses[uri] = analysis
            encoding = self.encoding()
            for finding in analysis.findings:
                rule = finding.rule
                url = rule_url(rule, base)
                diagnostics.append(
                    lsp.Diagnostic(
                        range=lsp.Range(
                            to_client(analysis, finding.line, finding.column, encoding),
                            to_client(analysis, finding.end_line, finding.end_column, encoding),
                        ),
                        message=f"{finding.message}.\nfix: {rule.fix}",
                        severity=lsp.DiagnosticSeverity.Error
                        if rule.severity.value == "error"
                        else lsp.DiagnosticSeverity.Warning,
                        code=f"{rule.code} {rule.name}",
                        code_description=lsp.CodeDescription(href=url) if url else None,
                        source=SOURCE,
                        data={"rule": rule.name},
                    )
                )
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )


def units(text: str, encoding: str) -> int:
    """The length of text in the client's position units."""
    if encoding == lsp.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8"))
    if encoding == lsp.PositionEncodingKind.Utf32:
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def to_client(analysis: Analysis, line: int, column: int, encoding: str) -> lsp.Position:
    """A 1-based line and character column as an LSP position in the client's units."""
    text = analysis.doc.line_text(line)
    return lsp.Position(line=line - 1, character=units(text[: column - 1], encoding))


def from_client(analysis: Analysis, position: lsp.Position, encoding: str) -> tuple[int, int]:
    """An LSP position as a 1-based line and character column of the file."""
    line = position.line + 1
    try:
        text = analysis.doc.line_text(line)
    except (IndexError, ValueError):
        return line, 1
    count = 0
    for index, char in enumerate(text):
        if count >= position.character:
            return line, index + 1
        count += units(char, encoding)
    return line, len(text) + 1


def create_server() -> PlaybookLintServer:
    server = PlaybookLintServer()

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: PlaybookLintServer, params: lsp.InitializeParams) -> None:
        ls.settings, ls.problems = parse_settings(params.initialization_options)

    @server.feature(lsp.INITIALIZED)
    def initialized(ls: PlaybookLintServer, params: lsp.InitializedParams) -> None:
        for problem in ls.problems:
            ls.show(f"playbook-lint: {problem}", lsp.MessageType.Error)

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: PlaybookLintServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.lint(params.text_document.uri, params.text_document.version)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: PlaybookLintServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.lint(params.text_document.uri, params.text_document.version)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE, lsp.SaveOptions(include_text=False))
    def did_save(ls: PlaybookLintServer, params: lsp.DidSaveTextDocumentParams) -> None:
        ls.lint(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: PlaybookLintServer, params: lsp.DidCloseTextDocumentParams) -> None:
        ls.analyses.pop(params.text_document.uri, None)
        ls.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
        )

    @server.feature(lsp.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def did_change_configuration(
        ls: PlaybookLintServer, params: lsp.DidChangeConfigurationParams
    ) -> None:
        ls.settings, problems = parse_settings(params.settings, ls.settings)
        for problem in problems:
            ls.show(f"playbook-lint: {problem}", lsp.MessageType.Error)
        for uri in list(ls.workspace.text_documents):
            ls.lint(uri)

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: PlaybookLintServer, params: lsp.HoverParams) -> lsp.Hover | None:
        return hover_for(ls, params)

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]),
    )
    def code_action(
        ls: PlaybookLintServer, params: lsp.CodeActionParams
    ) -> list[lsp.CodeAction] | None:
        return code_actions_for(ls, params)

    @server.command(OPEN_RULE_PAGE)
    def open_rule_page(ls: PlaybookLintServer, *args: Any) -> None:
        url = _first_string(args)
        if url is None or not url.startswith(("http://", "https://")):
            raise JsonRpcInvalidParams(message=f"{OPEN_RULE_PAGE} takes the page's address")
        capabilities = ls.client_capabilities.window
        if capabilities is not None and capabilities.show_document is not None:
            ls.window_show_document(lsp.ShowDocumentParams(uri=url, external=True))
        else:
            ls.show(f"playbook-lint: the rule's page is {url}")

    @server.command(EXPLAIN_RULE)
    def explain_rule(ls: PlaybookLintServer, *args: Any) -> None:
        from playbook_lint.outputs.text import explain

        name = _first_string(args)
        rule = lookup(name) if name else None
        if rule is None:
            raise JsonRpcInvalidParams(message=f"{EXPLAIN_RULE} takes a rule name or code")
        ls.show(explain(rule))

    return server


def hover_for(ls: PlaybookLintServer, params: lsp.HoverParams) -> lsp.Hover | None:
    """Why the number under the cursor did or did not count; None off a number."""
    analysis = ls.analyses.get(params.text_document.uri)
    if analysis is None:
        return None
    doc, encoding = analysis.doc, ls.encoding()
    found = number_at(doc, *from_client(analysis, params.position, encoding))
    if found is None:
        return None
    start_line, start_col = doc.position(found.mention.start)
    end_line, end_col = doc.position(found.mention.end)
    return lsp.Hover(
        contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=hover_text(found)),
        range=lsp.Range(
            to_client(analysis, start_line, start_col, encoding),
            to_client(analysis, end_line, end_col, encoding),
        ),
    )


def code_actions_for(
    ls: PlaybookLintServer, params: lsp.CodeActionParams
) -> list[lsp.CodeAction] | None:
    """For each finding in the range (and among the client's diagnostics, if it sent
    ours): a suppression comment to insert and the rule's page."""
    uri = params.text_document.uri
    analysis = ls.analyses.get(uri)
    if analysis is None:
        return None
    doc, encoding = analysis.doc, ls.encoding()
    first = from_client(analysis, params.range.start, encoding)
    last = max(first, from_client(analysis, params.range.end, encoding))
    ours = [d for d in params.context.diagnostics if d.source == SOURCE and d.code is not None]
    wanted = {str(d.code).split(" ", 1)[0] for d in ours}
    base = site_url(ls.effective(ls.path_for(uri, None)))
    actions: list[lsp.CodeAction] = []
    done: set[tuple[str, int]] = set()
    for finding in analysis.findings:
        rule = finding.rule
        span = ((finding.line, finding.column), (finding.end_line, finding.end_column))
        if span[1] < first or span[0] > last or (wanted and rule.code not in wanted):
            continue
        insert = suppression_insert(doc, finding)
        key = (rule.name, insert[0] if insert else finding.line)
        if key in done:
            continue
        done.add(key)
        related = [d for d in ours if str(d.code).startswith(rule.code)] or None
        if rule.scope == "answer" and insert is not None:
            at = lsp.Position(line=insert[0], character=0)
            edit = lsp.TextEdit(range=lsp.Range(at, at), new_text=insert[1])
            actions.append(
                lsp.CodeAction(
                    title=f"Suppress {rule.name} for this answer (fill in the reason)",
                    kind=lsp.CodeActionKind.QuickFix,
                    diagnostics=related,
                    edit=lsp.WorkspaceEdit(changes={uri: [edit]}),
                )
            )
        url = rule_url(rule, base)
        command = (
            lsp.Command(
                title=f"Open the page for {rule.name}", command=OPEN_RULE_PAGE, arguments=[url]
            )
            if url
            else lsp.Command(
                title=f"Explain {rule.name}", command=EXPLAIN_RULE, arguments=[rule.name]
            )
        )
        actions.append(
            lsp.CodeAction(
                title=f"{command.title} ({rule.code})",
                kind=lsp.CodeActionKind.QuickFix,
                diagnostics=related,
                command=command,
            )
        )
    return actions


def _first_string(args: tuple[Any, ...]) -> str | None:
    """The first argument of workspace/executeCommand, however pygls passes them."""
    values: list[Any] = list(args)
    while values and isinstance(values[0], list | tuple):
        values = list(values[0])
    return values[0] if values and isinstance(values[0], str) else None


# --- the message loop ------------------------------------------------------------------

_CONTENT_LENGTH = re.compile(rb"Content-Length:[ \t]*(\d+)[ \t]*\r?\n$", re.IGNORECASE)


def _frame(payload: dict[str, Any]) -> bytes:
    body = json.dumps(payload, separators=(",", ":")).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


def _valid_message(message: object) -> bool:
    """A JSON-RPC 2.0 request, notification or response (to a request of ours)."""
    if not isinstance(message, dict) or message.get("jsonrpc") != "2.0":
        return False
    if "id" in message and not isinstance(message["id"], int | str | None):
        return False
    if "method" in message:
        return isinstance(message["method"], str) and (
            "params" not in message or isinstance(message["params"], dict | list | None)
        )
    return "id" in message and ("result" in message or "error" in message)


class Session:
    """Reads framed messages from the client and hands them to pygls."""

    def __init__(self, server: PlaybookLintServer, writer: StdoutWriter) -> None:
        self.server = server
        self.writer = writer

    def error(self, msg_id: int | str | None, code: int, message: str) -> None:
        self.writer.write(
            _frame({"jsonrpc": "2.0", "id": msg_id, "error": {"code": code, "message": message}})
        )

    def handle(self, body: bytes) -> None:
        try:
            raw = json.loads(body)
        except ValueError as error:  # not JSON, or not UTF-8
            self.error(None, PARSE_ERROR, f"Parse error: {error}")
            return
        if not _valid_message(raw):
            msg_id = raw.get("id") if isinstance(raw, dict) else None
            if not isinstance(msg_id, int | str):
                msg_id = None
            self.error(msg_id, INVALID_REQUEST, "Invalid Request: not a JSON-RPC 2.0 message")
            return
        is_request = "method" in raw and raw.get("id") is not None
        try:
            message = json.loads(body, object_hook=self.server.protocol.structure_message)
        except JsonRpcException as error:
            if is_request:
                self.error(raw["id"], error.code, f"{error.message} for {raw['method']}")
            return
        except Exception as error:
            logger.warning("cannot read a message: %s", error)
            if is_request:
                self.error(raw["id"], INTERNAL_ERROR, f"Internal error: {error}")
            return
        self.server.protocol.handle_message(message)

    async def run(self, reader: StdinAsyncReader, stop: threading.Event) -> None:
        while not stop.is_set():
            length: int | None = None
            while True:
                line = await reader.readline()
                if not line:
                    return  # the client closed standard input
                match = _CONTENT_LENGTH.search(line)
                if match:
                    length = int(match.group(1))
                elif not line.strip() and length is not None:
                    break
            if length > MAX_BODY:
                remaining = length
                while remaining > 0:
                    chunk = await reader.readexactly(min(remaining, 1 << 20))
                    if not chunk:
                        return
                    remaining -= len(chunk)
                self.error(None, INVALID_REQUEST, f"Invalid Request: body over {MAX_BODY} bytes")
                continue
            body = await reader.readexactly(length)
            if len(body) < length:
                return
            self.handle(body)


class OneLineFormatter(logging.Formatter):
    """Log lines for the editor's log panel: the first line of each message, no
    tracebacks (the client already got the error in the response)."""

    def format(self, record: logging.LogRecord) -> str:
        first = record.getMessage().split("\n", 1)[0]
        return f"playbook-lint lsp: {record.levelname.lower()}: {first}"


def _log_to_stderr() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(OneLineFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)


def serve(stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> int:
    """Run the server until the client sends exit or closes standard input."""
    _log_to_stderr()
    server = create_server()
    stop = threading.Event()
    server._stop_event = stop
    writer = StdoutWriter(stdout or sys.stdout.buffer)
    server.protocol.set_writer(writer)
    reader = StdinAsyncReader(stdin or sys.stdin.buffer, server.thread_pool)
    session = Session(server, writer)
    try:
        asyncio.run(session.run(reader, stop))
    except SystemExit as done:  # the exit notification
        return done.code if isinstance(done.code, int) else 0
    except (BrokenPipeError, KeyboardInterrupt):
        return 0
    finally:
        server.shutdown()  # type: ignore[no-untyped-call]
    return 0
