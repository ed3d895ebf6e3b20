"""The document model: kinds, front matter, answers, masking and positions."""

from __future__ import annotations

import pytest

from playbook_lint.inputs import read
from playbook_lint.source import InputError, decode


def doc_of(text: str, path: str = "a.md", kind: str | None = None):  # type: ignore[no-untyped-def]
    return read(path, text.encode("utf-8"), kind)


def test_kind_option_beats_front_matter() -> None:
    text = "---\nlint:\n  kind: resume\n---\n- A bullet.\n"
    assert doc_of(text, kind="answer").kind == "answer"
    assert doc_of(text).kind == "resume"
    assert doc_of(text).kind_origin == "front matter"


def test_front_matter_lint_kind_beats_top_level_kind() -> None:
    text = "---\nkind: example\nlint:\n  kind: star-story\n---\n**Situation:** S.\n"
    assert doc_of(text).kind == "star-story"


def test_top_level_kind_is_used_when_it_is_an_answer_kind() -> None:
    assert doc_of("---\nkind: design-answer\n---\nText.\n").kind == "design-answer"
    assert doc_of("---\nkind: guide\n---\nText.\n").kind == "answer"


@pytest.mark.parametrize(
    ("text", "path", "kind"),
    [
        ("- one\n- two\n- three\n", "r.txt", "resume"),
        ("\u2022 one\n\u2022 two\n", "r.txt", "resume"),
        ("- one bullet\n- two bullets\nA line.\n", "r.md", "resume"),
        (
            "# Jane Doe\n\njane@example.com\n\n## Experience\n\n### Acme (2021-2024)\n\n"
            "- Cut p99 from 480 ms to 120 ms with batched reads.\n- Led the Kubernetes move.\n",
            "cv.md",
            "resume",
        ),
        (
            "A long paragraph of prose that explains the design at length.\n\n- a\n",
            "a.md",
            "answer",
        ),
        ("Situation: S.\nTask: T.\nAction: A.\nResult: R.\n", "s.txt", "star-story"),
        ("A paragraph.\n\n- one bullet\n\nAnother paragraph.\n", "a.md", "answer"),
        ("", "e.md", "answer"),
    ],
)
def test_kind_is_detected_when_nothing_names_it(text: str, path: str, kind: str) -> None:
    doc = doc_of(text, path)
    assert doc.kind == kind
    assert doc.kind_origin in ("detected", "default")


def test_resume_skips_heading_bullets_and_skills() -> None:
    text = (
        "- Acme, ML engineer\n  - Cut p99 by 30%.\n  - Built the feature store.\n\n"
        "## Skills\n\n- Python, Go\n"
    )
    doc = doc_of(text, kind="resume")
    assert [doc.source[a.start : a.end].strip() for a in doc.answers] == [
        "- Cut p99 by 30%.",
        "- Built the feature store.",
    ]


def test_plain_text_resume_joins_continuation_lines() -> None:
    doc = doc_of("- Cut p99 latency\n  from 120 ms to 45 ms.\n- Second.\n", "r.txt", "resume")
    assert len(doc.answers) == 2
    assert "45 ms" in doc.source[doc.answers[0].start : doc.answers[0].end]


def test_code_html_links_and_front_matter_are_masked() -> None:
    text = (
        "---\ntitle: 50% off\n---\nSet `timeout=30 ms` and see [the 99% report](http://x/99).\n"
        "<div>100 ms</div>\n\n```\nlatency 45 ms\n```\n"
    )
    doc = doc_of(text)
    assert len(doc.masked) == len(doc.source)
    assert doc.masked.count("\n") == doc.source.count("\n")
    for hidden in ("50%", "30 ms", "99)", "100 ms", "45 ms", "title"):
        assert hidden not in doc.masked
    assert "the 99% report" in doc.masked


def test_crlf_and_bom_keep_lines_and_columns() -> None:
    data = "\ufeff- Worked on search.\r\n- Worked on ads.\r\n".encode()
    doc = read("r.md", data, "resume")
    assert [doc.position(a.start) for a in doc.answers] == [(1, 1), (2, 1)]


def test_invalid_utf8_names_the_line() -> None:
    with pytest.raises(InputError) as error:
        decode("bad.md", b"ok\nstill ok\n\xff\xfe broken\n")
    assert str(error.value) == "bad.md:3: not valid UTF-8 (byte 12)"


def test_binary_input_is_refused() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode("img.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00")


def test_broken_front_matter_names_the_line() -> None:
    with pytest.raises(InputError) as error:
        doc_of("---\ntitle: a\nlint: [unclosed\n---\nBody.\n")
    assert error.value.line is not None
    assert "front matter is not valid YAML" in str(error.value)


def test_unknown_lint_kind_in_front_matter_is_an_error() -> None:
    with pytest.raises(InputError, match=r"lint\.kind 'essay'"):
        doc_of("---\nlint:\n  kind: essay\n---\nBody.\n")


def test_yaml_aliases_are_refused() -> None:
    bomb = (
        "---\na: &a [x, x, x, x, x, x, x, x, x]\n"
        "b: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n---\nBody.\n"
    )
    with pytest.raises(InputError, match="aliases are not allowed"):
        doc_of(bomb)


def test_yaml_tags_cannot_build_python_objects() -> None:
    with pytest.raises(InputError):
        doc_of("---\nx: !!python/object/apply:os.system ['true']\n---\nBody.\n")


def test_plain_text_resume_skips_skills_sections() -> None:
    text = (
        "EXPERIENCE\n- Cut p99 from 480 ms to 120 ms.\n- Led the Kubernetes move.\n\n"
        "SKILLS\n- Python, Go, Kafka\n\nPROJECTS\n- Built a RAG demo.\n"
    )
    doc = doc_of(text, "cv.txt", "resume")
    assert [doc.source[a.start : a.end].strip() for a in doc.answers] == [
        "- Cut p99 from 480 ms to 120 ms.",
        "- Led the Kubernetes move.",
        "- Built a RAG demo.",
    ]
