"""From raw items to ``Article`` records: normalised text, language, date, stable id."""

from __future__ import annotations

import hashlib
from datetime import date

import dateparser

from ..model import Article, stable_id
from .decode import BadInput
from .language import detect
from .normalize import normalize
from .readers import RawItem


def content_hash(text: str) -> str:
    # case and spacing differences do not make a different article
    return hashlib.sha1(" ".join(text.lower().split()).encode("utf-8")).hexdigest()


def parse_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    value = str(value).strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
        return parsed.date() if parsed else None


def build_article(item: RawItem, min_chars: int, overrides: dict | None = None) -> Article:
    overrides = {k: v for k, v in (overrides or {}).items() if v}
    text, offsets = normalize(item.text)
    if len(text) < min_chars:
        raise BadInput("empty", f"only {len(text)} characters of text")
    warnings = list(item.warnings)
    lang = overrides.get("language") or item.language
    if not lang:
        lang, prob = detect(text)
        if prob < 0.5:
            warnings.append(f"language uncertain ({lang}, p={prob:.2f})")
    published = parse_date(overrides.get("published") or item.published)
    if (overrides.get("published") or item.published) and published is None:
        warnings.append(f"unparseable date {item.published!r}")
    chash = content_hash(text)
    url = item.url
    return Article(
        id=stable_id("art", url or "", chash),
        url=url,
        outlet=overrides.get("outlet") or item.outlet,
        language=lang,
        published=published,
        title=item.title.strip(),
        text=text,
        raw_text=item.text if offsets.anchors else None,
        offset_map=offsets,
        source_path=item.source_path,
        content_hash=chash,
        warnings=warnings,
        meta=item.meta,
    )
