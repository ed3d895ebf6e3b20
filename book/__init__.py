"""The playbook as a book and as drills: the PDF, the printable sheets, the Anki deck and the
EPUB, all made from the same sources as the site.

A local package like ``macros/`` (not installed): scripts/ holds thin entry points that
import it, and tests/ imports it directly. ``book.pdf`` drives Chromium and edits PDFs;
``book.anki`` and ``book.epub`` build the deck and the e-book.
"""
