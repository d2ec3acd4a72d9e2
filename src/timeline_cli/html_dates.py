"""The publication date of a saved web page, from its publication-date metadata only.

A page's reference date is the day its relative dates count from, so a wrong one makes every "on
Wednesday" wrong. htmldate (trafilatura's date finder) falls back to any date in the page's text, a
footer's "Page generated 2010-05-06" or a script's build date included. Here only what a publisher
sets as the date of the article counts, most trusted first:

1. meta tags naming the publication date (`article:published_time`, `datePublished`, `dc.date`, ...);
2. JSON-LD `datePublished` (then `dateCreated`);
3. a `<time>` marked as the publication date (`pubdate`, `itemprop="datePublished"`), else the first
   `<time datetime>` inside the `<article>` (or `<main>`);
4. a date in the canonical URL (`/2024/06/27/`);
5. the modification date of the same metadata (meta tags, JSON-LD `dateModified`), as a last resort.

Never from scripts (other than JSON-LD), styles, footers or free text.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement  # what trafilatura.utils.load_html returns

PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "article.published",
    "article:published", "published_time", "published-time", "publish_date", "publish-date",
    "publishdate", "pubdate", "publication_date", "publication-date", "date_published", "datepublished",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created",
    "dc.created", "citation_publication_date", "citation_date", "citation_online_date", "sailthru.date",
    "parsely-pub-date", "cxenseparse:recs:publishtime", "original-publish-date", "iso-8601-publish-date",
    "article_date_original", "bt:pubdate", "rnews:datepublished", "date", "created",
)
MODIFIED_META = ("article:modified_time", "og:updated_time", "dcterms.modified", "dc.date.modified",
                 "last-modified", "datemodified", "lastmod")
_META_KEYS = ("property", "name", "itemprop", "http-equiv")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[^\d]|$)")


def _meta_dates(tree, names: tuple[str, ...]) -> Iterator[str]:
    wanted = {name: rank for rank, name in enumerate(names)}
    found: list[tuple[int, str]] = []
    for meta in tree.iter("meta"):
        content = meta.get("content") or meta.get("datetime")
        if not content:
            continue
        for key in _META_KEYS:
            rank = wanted.get((meta.get(key) or "").strip().lower())
            if rank is not None:
                found.append((rank, content))
                break
    yield from (content for _, content in sorted(found, key=lambda item: item[0]))


def _json_ld_dates(tree, keys: tuple[str, ...]) -> Iterator[str]:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:  # iterative: JSON-LD can nest deeply
            item = stack.pop()
            if isinstance(item, dict):
                for key in keys:
                    if isinstance(item.get(key), str):
                        yield item[key]
                stack.extend(reversed([value for value in item.values() if isinstance(value, (dict, list))]))
            elif isinstance(item, list):
                stack.extend(reversed(item))


def _time_dates(tree) -> Iterator[str]:
    for element in tree.xpath('//*[@itemprop="datePublished"]|//time[@pubdate]'):
        value = element.get("datetime") or element.get("content") or (element.text_content() or "").strip()
        if value:
            yield value
    for element in tree.xpath("//article//time[@datetime]|//main//time[@datetime]"):
        yield element.get("datetime")
        return  # the first in the article only: later ones are dates the article talks about


def _url_dates(tree) -> Iterator[str]:
    for element in tree.xpath('//link[@rel="canonical"]|//meta[@property="og:url"]'):
        match = _URL_DATE.search(element.get("href") or element.get("content") or "")
        if match:
            yield f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}"


def publication_date(tree: HtmlElement | None, parse: Callable[[str], dt.date | None]) -> dt.date | None:
    """The page's publication date (see the module doc), parsed with `parse`; None when it has none."""
    if tree is None:
        return None
    sources = (
        lambda: _meta_dates(tree, PUBLISHED_META),
        lambda: _json_ld_dates(tree, ("datePublished", "dateCreated")),
        lambda: _time_dates(tree),
        lambda: _url_dates(tree),
        lambda: _meta_dates(tree, MODIFIED_META),
        lambda: _json_ld_dates(tree, ("dateModified",)),
    )
    for source in sources:
        for value in source():
            date = parse(value)
            if date is not None:
                return date
    return None
