"""The playbook as an EPUB 3, made from the print page that print-site builds for the PDF
(the same pages, in nav order, with links between pages already turned into anchors).

    write_epub(print_page, output, metadata)

One XHTML file per nav page; the nav sections become the nesting of the contents
(nav.xhtml). Every ``#anchor`` link is pointed at the file that holds the anchor; links
that leave the book stay as they are; the rest (files beside the site) lose their link
and keep their text. Material's markup is reduced to what e-readers show: code without
line-number tables, every content tab under its label, task boxes as characters, and only
the attributes XHTML allows. The zip is written here (mimetype first and stored, as the
format requires); epubcheck validates the result in the tests.
"""

from __future__ import annotations

import datetime as dt
import html
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from lxml import html as lhtml

XHTML_NS = "http://www.w3.org/1999/xhtml"
KEEP_ATTRIBUTES = {
    "id",
    "class",
    "href",
    "src",
    "alt",
    "title",
    "colspan",
    "rowspan",
    "start",
    "open",
    "scope",
    "role",
    "lang",
}


def has_class(name: str) -> str:
    """An XPath test for an element with the class name."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


DROP_ELEMENTS = (
    f".//script | .//style | .//input | .//*[{has_class('headerlink')}]"
    f" | .//*[{has_class('md-source-file')}] | .//*[{has_class('md-tags')}]"
)

SVG_ATTRIBUTES = {"viewbox": "viewBox", "preserveaspectratio": "preserveAspectRatio"}

CSS = """
body { font-family: sans-serif; line-height: 1.45; }
h1 { font-size: 1.6em; margin: 0 0 0.8em; }
h2 { font-size: 1.3em; margin: 1.4em 0 0.5em; }
h3 { font-size: 1.1em; margin: 1.2em 0 0.4em; }
pre { font-size: 0.8em; white-space: pre-wrap; background: #f5f5f5; padding: 0.5em; }
code { font-family: monospace; }
table { border-collapse: collapse; font-size: 0.85em; }
th, td { border: 1px solid #999; padding: 0.3em 0.5em; vertical-align: top; }
.admonition, details { border-left: 0.25em solid #4051b5; margin: 1em 0; padding: 0 0.8em; }
.admonition-title, summary { font-weight: bold; }
.tab-label { font-weight: bold; text-transform: uppercase; font-size: 0.8em; }
.filename { font-family: monospace; font-weight: bold; font-size: 0.8em; }
img { max-width: 100%; }
"""


class EpubError(Exception):
    """The print page cannot be made into an EPUB (it names the file)."""


@dataclass(frozen=True)
class EpubMetadata:
    title: str
    author: str
    description: str
    language: str
    identifier: str  # a URN or URL that stays the same across editions
    date: dt.date
    version: str


@dataclass
class Chapter:
    file: str
    title: str
    body: str = ""


@dataclass
class NavNode:
    title: str
    file: str
    children: list[NavNode] = field(default_factory=list)


def _text(element: lhtml.HtmlElement) -> str:
    copy = lhtml.fromstring(lhtml.tostring(element))
    for link in copy.xpath(f".//*[{has_class('headerlink')}]"):
        link.drop_tree()
    return " ".join(copy.text_content().split())


def allowed_attribute(name: str) -> bool:
    """What XHTML allows of Material's and print-site's attributes."""
    if name.startswith("data-"):
        return re.fullmatch(r"data-[a-z][a-z0-9-]*", name) is not None
    return name in KEEP_ATTRIBUTES or name.startswith("aria-")


def _simplify(section: lhtml.HtmlElement) -> None:
    """Reduce Material's markup to what an e-reader shows, in place."""
    for table in section.xpath(f".//table[{has_class('highlighttable')}]"):
        pre = table.xpath(f".//td[{has_class('code')}]//pre")
        caption = table.xpath(f".//th[{has_class('filename')}]")
        replacement = []
        if caption:
            label = lhtml.Element("p", {"class": "filename"})
            label.text = _text(caption[0])
            replacement.append(label)
        replacement += pre[:1]
        parent = table.getparent()
        index = parent.index(table)
        parent.remove(table)
        for offset, element in enumerate(replacement):
            parent.insert(index + offset, element)
    for tabbed in section.xpath(f".//*[{has_class('tabbed-set')}]"):
        labels = [
            _text(label) for label in tabbed.xpath(f"./*[{has_class('tabbed-labels')}]/label")
        ]
        for number, block in enumerate(tabbed.xpath(f"./*[{has_class('tabbed-content')}]/div")):
            caption = lhtml.Element("p", {"class": "tab-label"})
            caption.text = labels[number] if number < len(labels) else f"Tab {number + 1}"
            block.addprevious(caption)
        for chrome in tabbed.xpath(f"./*[{has_class('tabbed-labels')}] | ./input"):
            chrome.drop_tree()
    for box in section.xpath(".//input[@type='checkbox']"):
        box.tail = "☐ " + (box.tail or "")
    for element in section.xpath(DROP_ELEMENTS):
        element.drop_tree()
    for anchor in section.xpath(".//pre//a"):
        anchor.drop_tag()  # line anchors and links inside code: their text stays
    for label in section.xpath(".//label"):
        label.drop_tag()
    for element in section.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in {"svg", "path", "g", "circle", "rect", "line", "polyline", "text"}:
            continue
        inside_svg = any(parent.tag == "svg" for parent in element.iterancestors())
        if inside_svg:
            continue
        for name in list(element.attrib):
            if not allowed_attribute(name):
                del element.attrib[name]
        if element.tag == "details":
            element.set("open", "open")


def split(print_page: Path) -> tuple[list[Chapter], list[NavNode], dict[str, str]]:
    """The chapters, the contents tree and where every id lives (id -> file)."""
    root = lhtml.parse(str(print_page)).getroot()
    book = root.get_element_by_id("print-site-page", None)
    if book is None:
        raise EpubError(f"{print_page}: no #print-site-page (is print-site enabled?)")
    chapters: list[Chapter] = []
    where: dict[str, str] = {}

    def walk(container: lhtml.HtmlElement) -> list[NavNode]:
        nodes: list[NavNode] = []
        for section in container.findall("section"):
            classes = (section.get("class") or "").split()
            if "print-page" not in classes:
                continue
            heading = section.find("h1")
            title = _text(heading) if heading is not None else section.get("id", "")
            if "md-section" in classes:
                children = walk(section)
                if children:
                    node = NavNode(title, children[0].file, children)
                    if section.get("id"):
                        where[section.get("id", "")] = children[0].file
                    if children[0].title == title:  # the section's index page
                        node.children = children[0].children + children[1:]
                    nodes.append(node)
                continue
            file = f"page-{len(chapters) + 1:03d}.xhtml"
            _simplify(section)
            for element in section.iter():
                if isinstance(element.tag, str) and element.get("id"):
                    where[element.get("id", "")] = file
            chapters.append(Chapter(file, title))
            section.set("data-file", file)
            nodes.append(NavNode(title, file))
        return nodes

    nav = walk(book)
    for section in book.iter("section"):
        file = section.get("data-file")
        if file is None:
            continue
        del section.attrib["data-file"]
        chapter = next(chapter for chapter in chapters if chapter.file == file)
        chapter.body = _serialize(section, where, file)
    if not chapters:
        raise EpubError(f"{print_page}: the print page holds no pages")
    return chapters, nav, where


def _serialize(section: lhtml.HtmlElement, where: dict[str, str], file: str) -> str:
    for link in section.iter("a"):
        href = link.get("href")
        if href is None:
            continue
        if href.startswith("#"):
            target = where.get(href[1:])
            if target is None:
                link.drop_tag()
            else:
                link.set("href", f"{target}{href}" if target != file else href)
        elif not href.startswith(("http://", "https://", "mailto:")):
            link.drop_tag()
    for image in section.iter("img"):
        source = image.get("src", "")
        image.set("src", f"images/{posixpath.basename(source)}")
    # Ids must be unique in a file and XML names: drop any that are not.
    seen: set[str] = set()
    for element in section.iter():
        if not isinstance(element.tag, str):
            continue
        ident = element.get("id")
        if ident is not None and (ident in seen or not re.fullmatch(r"[A-Za-z_][\w.-]*", ident)):
            del element.attrib["id"]
        elif ident is not None:
            seen.add(ident)
    # The HTML parser lowercases attribute names; SVG's are case-sensitive.
    for element in section.iter("svg"):
        for lower, name in SVG_ATTRIBUTES.items():
            if lower in element.attrib:
                element.set(name, element.attrib.pop(lower))
    return str(etree.tostring(section, method="xml", encoding="unicode"))


def _page(title: str, body: str, language: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
        f'<html xmlns="{XHTML_NS}" xmlns:epub="http://www.idpf.org/2007/ops" '
        f'xml:lang="{language}" lang="{language}">\n<head>\n<meta charset="utf-8"/>\n'
        f"<title>{html.escape(title)}</title>\n"
        '<link rel="stylesheet" type="text/css" href="book.css"/>\n</head>\n'
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def _nav_list(nodes: list[NavNode]) -> str:
    items = []
    for node in nodes:
        inner = f'<a href="{node.file}">{html.escape(node.title)}</a>'
        if node.children:
            inner += _nav_list(node.children)
        items.append(f"<li>{inner}</li>")
    return "<ol>" + "".join(items) + "</ol>"


def write_epub(
    print_page: Path, output: Path, meta: EpubMetadata, images_dir: Path | None = None
) -> int:
    """Write the EPUB; return the number of chapters."""
    chapters, nav, _ = split(print_page)
    images_dir = images_dir or print_page.parent
    images: dict[str, Path] = {}
    for chapter in chapters:
        for name in re.findall(r'src="images/([^"]+)"', chapter.body):
            found = list(images_dir.rglob(name))
            if not found:
                raise EpubError(f"{print_page}: image {name} not found under {images_dir}")
            images[name] = found[0]
    media = {".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg"}
    language = meta.language
    manifest = [
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
        '<item id="css" href="book.css" media-type="text/css"/>',
    ]
    for number, chapter in enumerate(chapters):
        svg = ' properties="svg"' if "<svg" in chapter.body else ""
        manifest.append(
            f'<item id="c{number}" href="{chapter.file}" media-type="application/xhtml+xml"{svg}/>'
        )
    for number, name in enumerate(sorted(images)):
        kind = media.get(Path(name).suffix.lower())
        if kind is None:
            raise EpubError(f"{print_page}: image {name} has a type an EPUB cannot hold")
        manifest.append(f'<item id="i{number}" href="images/{name}" media-type="{kind}"/>')
    spine = "".join(f'<itemref idref="c{number}"/>' for number in range(len(chapters)))
    modified = f"{meta.date:%Y-%m-%d}T00:00:00Z"
    opf = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" '
        f'xml:lang="{language}">\n'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        f'<dc:identifier id="uid">{html.escape(meta.identifier)}</dc:identifier>\n'
        f"<dc:title>{html.escape(meta.title)}</dc:title>\n"
        f"<dc:creator>{html.escape(meta.author)}</dc:creator>\n"
        f"<dc:language>{language}</dc:language>\n"
        f"<dc:date>{meta.date:%Y-%m-%d}</dc:date>\n"
        f"<dc:description>{html.escape(meta.description)}</dc:description>\n"
        f'<meta property="dcterms:modified">{modified}</meta>\n'
        f'<meta property="schema:version">{html.escape(meta.version)}</meta>\n'
        "</metadata>\n"
        f"<manifest>\n{chr(10).join(manifest)}\n</manifest>\n"
        f"<spine>{spine}</spine>\n</package>\n"
    )
    nav_body = f'<nav epub:type="toc" id="toc"><h1>Contents</h1>{_nav_list(nav)}</nav>'
    container = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
        '<rootfiles><rootfile full-path="OEBPS/content.opf" '
        'media-type="application/oebps-package+xml"/></rootfiles></container>\n'
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    stamp = (meta.date.year, meta.date.month, meta.date.day, 0, 0, 0)

    def put(archive: zipfile.ZipFile, name: str, data: str | bytes, stored: bool = False) -> None:
        info = zipfile.ZipInfo(name, date_time=stamp)
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        archive.writestr(info, data)

    partial = output.with_name(f".{output.name}.partial")
    with zipfile.ZipFile(partial, "w") as archive:
        put(archive, "mimetype", "application/epub+zip", stored=True)
        put(archive, "META-INF/container.xml", container)
        put(archive, "OEBPS/content.opf", opf)
        put(archive, "OEBPS/nav.xhtml", _page("Contents", nav_body, language))
        put(archive, "OEBPS/book.css", CSS)
        for chapter in chapters:
            put(archive, f"OEBPS/{chapter.file}", _page(chapter.title, chapter.body, language))
        for name, path in sorted(images.items()):
            put(archive, f"OEBPS/images/{name}", path.read_bytes())
    partial.replace(output)
    return len(chapters)
