"""Read TimeML (.tml): the plain text of <TEXT>, the document creation time, gold TIMEX3s and links.

The text is the content of <TEXT> with the tags removed and nothing else changed, so character offsets
agree with TempEval-3's scorer.
"""
from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""
    mod: str = ""


@dataclass
class GoldEvent:
    start: int
    end: int
    text: str
    eid: str
    event_class: str = ""


@dataclass
class GoldTLink:
    relation: str
    event_id: str  # eid (through its MAKEINSTANCE)
    timex_id: str  # tid


@dataclass
class TimeMLDocument:
    name: str
    dct: str  # TIMEX3 value of the creation time, "" when missing
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    tlinks: list[GoldTLink] = field(default_factory=list)

    @property
    def dct_date(self) -> dt.date | None:
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", self.dct)
        return dt.date(int(match[1]), int(match[2]), int(match[3])) if match else None


class TimeMLError(ValueError):
    pass


def _walk(node: ET.Element, parts: list[str], pos: int, doc: TimeMLDocument) -> int:
    if node.text:
        parts.append(node.text)
        pos += len(node.text)
    for child in node:
        start = pos
        pos = _walk(child, parts, pos, doc)
        if child.tag == "TIMEX3":
            doc.timexes.append(
                GoldTimex(start, pos, "", child.get("type", ""), child.get("value", ""),
                          child.get("tid", ""), child.get("mod", ""))
            )
        elif child.tag == "EVENT":
            doc.events.append(GoldEvent(start, pos, "", child.get("eid", ""), child.get("class", "")))
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def parse_timeml(raw: str, name: str = "") -> TimeMLDocument:
    raw = re.sub(r"<\?xml[^>]*\?>", "", raw, count=1)
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise TimeMLError(f"not well-formed TimeML: {exc}") from exc
    text_node = root.find(".//TEXT")
    if text_node is None:
        raise TimeMLError("TimeML file has no <TEXT> element")
    dct = ""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = timex.get("value", "")
            break
    doc = TimeMLDocument(name, dct, "")
    parts: list[str] = []
    _walk(text_node, parts, 0, doc)
    doc.text = "".join(parts)
    for item in (*doc.timexes, *doc.events):
        item.text = doc.text[item.start:item.end]
    instance_event = {mi.get("eiid"): mi.get("eventID") for mi in root.iter("MAKEINSTANCE")}
    for link in root.iter("TLINK"):
        eiid = link.get("eventInstanceID")
        tid = link.get("relatedToTime")
        if eiid and tid:
            doc.tlinks.append(GoldTLink(link.get("relType", ""), instance_event.get(eiid, ""), tid))
        eiid = link.get("relatedToEventInstance")
        tid = link.get("timeID")
        if eiid and tid:
            doc.tlinks.append(GoldTLink(link.get("relType", ""), instance_event.get(eiid, ""), tid))
    return doc


def read_timeml(path: str | Path) -> TimeMLDocument:
    path = Path(path)
    return parse_timeml(path.read_text(encoding="utf-8-sig"), path.stem)
