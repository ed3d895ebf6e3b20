"""The navigation's plain page links, rendered once per build instead of once per page.

Material renders the whole open section of the navigation on every page: a section of
n pages costs n * n runs of its ``render`` macro (a 1,000-page section: a million, most
of a build's time). A link to a page other than the current one is the same on every
page but for its relative ``href``, so ``overrides/partials/nav-item.html`` hands each
section's children to :func:`nav_children`, which renders a plain link through
Material's own macro the first time, keeps it with a placeholder for the ``href`` and
fills in the ``href`` on every later page. The output is byte for byte what Material's
loop writes; anything that is not a plain link (sections, the current page, the active
item) still goes through the macro every time.

``macros/hooks.py`` registers :func:`nav_children` as a template global and calls
:func:`clear` when a build starts (``mkdocs serve`` rebuilds in the same process).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from markupsafe import Markup
from mkdocs.utils import normalize_url

GLOBAL_NAME = "playbook_nav_children"
_HOLE = "\x00href\x00"
# The whitespace Material's loop in partials/nav-item.html writes around each child.
_BEFORE_ITEM = "\n              "
_BEFORE_RENDER = "\n                "
_AFTER_RENDER = "\n              "
_AFTER_ITEM = "\n            "

# id(nav item) -> (the item, its link with _HOLE for the href); the item is kept so that
# its id cannot be reused by another object within the build.
_links: dict[int, tuple[Any, str]] = {}


def clear() -> None:
    """Forget every cached link (a new build may have new titles or pages)."""
    _links.clear()


def _is_plain_link(item: Any, page: Any) -> bool:
    """A page or link with no children that is neither the current page nor active."""
    if not (getattr(item, "is_page", False) or getattr(item, "is_link", False)):
        return False  # a section, even an empty one, goes through the macro
    if getattr(item, "children", None) or getattr(item, "active", False):
        return False
    if getattr(item, "pages", None):  # Material replaces such items by the current page
        return False
    # Material's test is `nav_item == page` (same title and file); a build has one Page
    # per file, so comparing the objects and their files is the same test, and cheaper.
    return item is not page and getattr(item, "file", None) is not getattr(page, "file", 0)


def _link(render: Callable[..., Any], item: Any, args: tuple[Any, ...], href: str) -> str:
    cached = _links.get(id(item))
    if cached is not None and cached[0] is item:
        return cached[1].replace(_HOLE, href)
    rendered = str(render(item, *args))
    attribute = f'href="{href}"'
    if rendered.count(attribute) == 1:  # otherwise render it every time
        _links[id(item)] = (item, rendered.replace(attribute, f'href="{_HOLE}"'))
    return rendered


def nav_children(
    render: Callable[..., Any],
    nav_item: Any,
    index: Any,
    path: str,
    level: int,
    page: Any,
    base_url: str,
) -> Markup:
    """What Material's ``for item in nav_item.children`` loop writes, links from the cache."""
    parts: list[str] = []
    for number, item in enumerate(nav_item.children, start=1):
        parts.append(_BEFORE_ITEM)
        if not index or item != index:
            args = (f"{path}_{number}", level + 1, nav_item)
            if _is_plain_link(item, page):
                href = normalize_url(str(item.url), page=page, base=base_url)
                output = _link(render, item, args, href)
            else:
                output = str(render(item, *args))
            parts += (_BEFORE_RENDER, output, _AFTER_RENDER)
        parts.append(_AFTER_ITEM)
    return Markup("".join(parts))
