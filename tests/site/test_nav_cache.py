"""The navigation's link cache (macros/nav_cache.py, overrides/partials/nav-item.html)
writes exactly what Material's own template writes, on every page of the real nav, and
renders each plain link once per build instead of once per page."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2
import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.structure.nav import Navigation, get_navigation

from macros import nav_cache
from tests.projects import ROOT

NAV = (
    '{% import "partials/nav-item.html" as item with context %}'
    "{% for nav_item in nav.items %}"
    '{{ item.render(nav_item, "__nav_" ~ loop.index, 1) }}'
    "{% endfor %}"
)


@pytest.fixture(scope="module", params=["mkdocs.yml", "mkdocs.offline.yml"])
def site(request: pytest.FixtureRequest) -> tuple[Any, Navigation]:
    """The nav of the online site and of the offline one (links to .html files)."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    config = load_config(str(ROOT / request.param))
    return config, get_navigation(get_files(config), config)


def environments(config: Any) -> tuple[jinja2.Environment, jinja2.Environment]:
    """The site's template environment, and the same without overrides/ (Material's own)."""
    ours = config.theme.get_env()
    ours.globals[nav_cache.GLOBAL_NAME] = nav_cache.nav_children
    material = config.theme.get_env()
    overrides = (ROOT / "overrides").resolve()
    material.loader = jinja2.FileSystemLoader(
        [d for d in config.theme.dirs if Path(d).resolve() != overrides]
    )
    return ours, material


def each_page(nav: Navigation) -> Iterator[Any]:
    for page in nav.pages:
        page.active = True  # marks its sections active too, as a build does
        try:
            yield page
        finally:
            page.active = False


def render(env: jinja2.Environment, config: Any, nav: Navigation, page: Any) -> str:
    features = config.theme["features"]
    context = {"nav": nav, "page": page, "base_url": "..", "features": features}
    return env.from_string(NAV).render(config=config, **context)


def test_every_page_gets_materials_navigation_byte_for_byte(
    site: tuple[Any, Navigation],
) -> None:
    config, nav = site
    ours, material = environments(config)
    nav_cache.clear()
    for page in each_page(nav):
        assert render(ours, config, nav, page) == render(material, config, nav, page), page
    assert nav_cache._links, "no link was cached: the override did not call the cache"


def test_a_plain_link_is_rendered_once_per_build(site: tuple[Any, Navigation]) -> None:
    config, nav = site
    calls: list[Any] = []

    def counting(render: Any, nav_item: Any, *args: Any) -> Any:
        def counted(item: Any, *rest: Any) -> Any:
            calls.append(item)
            return render(item, *rest)

        return nav_cache.nav_children(counted, nav_item, *args)

    ours, _ = environments(config)
    ours.globals[nav_cache.GLOBAL_NAME] = counting
    nav_cache.clear()
    pages = list(nav.pages)
    for page in each_page(nav):
        render(ours, config, nav, page)
    plain = [item for item in calls if not getattr(item, "children", None)]
    # Each page is rendered once as a link (then cached) and once as the current page.
    assert len(plain) <= 2 * len(pages)
