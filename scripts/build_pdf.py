"""Build the whole playbook as one PDF, with the checklist and score sheet beside it.

    .venv/bin/python scripts/build_pdf.py [--output site/pdf/ai-engineer-interview-playbook.pdf]

The work is done by the ``book.pdf`` package (see book/pdf/build.py for the steps and the
exit codes).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from book.pdf.build import main

if __name__ == "__main__":
    raise SystemExit(main())
