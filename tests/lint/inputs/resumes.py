"""Resumes in every format, made by the tests themselves (see conftest.py for PDFs)."""

from __future__ import annotations

from pathlib import Path

# The bullets every format carries: one with a measured outcome, two without.
GOOD = "Cut p99 latency from 800 ms to 120 ms by caching embeddings"
VAGUE = "Worked on the recommendation service"
RESPONSIBLE = "Responsible for the ranking models"

_STYLE = "body { font: 11pt sans-serif; margin: 0; } li { margin: 2pt 0; }"

ONE_COLUMN_HTML = f"""<!doctype html><html><head><style>{_STYLE}</style></head><body>
<h1>Ada Lovelace</h1>
<h2>EXPERIENCE</h2>
<p>Shop, ML engineer, 2021 to 2024</p>
<ul><li>{GOOD}</li><li>{VAGUE}</li><li>{RESPONSIBLE}, which grew from a two-person
prototype into the service that ranks every product on the storefront and its app</li></ul>
<h2>SKILLS</h2>
<ul><li>Python, PyTorch, Kubernetes</li></ul>
</body></html>"""

# Two columns side by side: a reader that reads across the page mixes them line by line.
TWO_COLUMN_HTML = f"""<!doctype html><html><head><style>{_STYLE}
.grid {{ display: grid; grid-template-columns: 1fr 1fr; gap: 36pt; }}
</style></head><body>
<h1>Ada Lovelace</h1>
<div class="grid">
<section><h2>EXPERIENCE</h2>
<ul><li>{GOOD}</li><li>{VAGUE} for the storefront search team</li>
<li>Shipped a feature store that serves 2 million lookups a day</li></ul></section>
<section><h2>PROJECTS</h2>
<ul><li>{RESPONSIBLE} in the marketplace and the internal tools</li>
<li>Raised recall at 10 from 0.61 to 0.74 on the held-out queries</li></ul></section>
</div></body></html>"""

IMAGE_ONLY_HTML = """<!doctype html><html><body>
<svg width="400" height="200"><rect x="10" y="10" width="300" height="150" fill="#333"/>
<circle cx="200" cy="90" r="40" fill="#eee"/></svg></body></html>"""


def make_docx(path: Path) -> Path:
    """A resume with a heading, bullets, a table whose cell holds a bullet, and skills."""
    import docx

    document = docx.Document()
    document.add_heading("Ada Lovelace", 0)
    document.add_paragraph("EXPERIENCE")
    document.add_paragraph(GOOD, style="List Bullet")
    document.add_paragraph(VAGUE, style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Shop, 2021 to 2024"
    table.cell(0, 1).paragraphs[0].text = RESPONSIBLE
    table.cell(0, 1).paragraphs[0].style = "List Bullet"
    document.add_paragraph("SKILLS")
    document.add_paragraph("Python, PyTorch", style="List Bullet")
    document.save(str(path))
    return path


JSON_RESUME = f"""{{
  "basics": {{"name": "Ada Lovelace"}},
  "work": [
    {{
      "name": "Shop",
      "position": "ML engineer",
      "highlights": [
        "{GOOD}",
        "{VAGUE}"
      ]
    }}
  ],
  "projects": [
    {{"name": "Ranking", "description": "{RESPONSIBLE}"}}
  ],
  "education": [{{"institution": "Uni", "area": "Computer science"}}]
}}
"""

RENDERCV = f"""cv:
  name: Ada Lovelace
  sections:
    experience:
      - company: Shop
        position: ML engineer
        highlights:
          - {GOOD}
          - "{VAGUE}"
    projects:
      - name: Ranking
        highlights:
          - {RESPONSIBLE}
    technical skills:
      - label: Languages
        details: Python, PyTorch
    education:
      - institution: Uni
        highlights:
          - Thesis on ranking models
"""

LATEX = rf"""\documentclass{{article}}
\newcommand{{\resumeItem}}[1]{{\item\small{{#1}}}}
\begin{{document}}
\section{{Experience}}
\begin{{itemize}}
  \item \textbf{{Cut}} p99 latency from 800~ms to 120\,ms by caching embeddings
  \item Search platform
  \begin{{itemize}}
    \item {VAGUE}
  \end{{itemize}}
\end{{itemize}}
\resumeItem{{{RESPONSIBLE}}}
\cvitem{{2021}}{{Shipped a feature store that serves 2 million lookups a day}}
\section{{Technical Skills}}
\begin{{itemize}}\item Python, PyTorch, Kubernetes\end{{itemize}}
\end{{document}}
"""


def line_of(text: str, needle: str) -> int:
    """The 1-based line of a text where needle first appears."""
    return text[: text.index(needle)].count("\n") + 1


def pdf_with_content(content: bytes, compress: bool = False) -> bytes:
    """A one-page PDF whose page draws ``content`` (a content stream, Helvetica as /F1),
    written by hand: for tests that need a PDF without a browser."""
    import zlib

    data = zlib.compress(content, 9) if compress else content
    flate = b" /Filter /FlateDecode" if compress else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(data), flate, data),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a text layer: one Helvetica line per item of ``lines``."""
    shown = " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*"
        for line in lines
    )
    return pdf_with_content(f"BT /F1 11 Tf 14 TL 72 760 Td {shown} ET".encode("latin-1"))
