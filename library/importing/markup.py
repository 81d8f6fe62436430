"""The legacy texts' light markup (paragraphs, "- " lists, "### " headings, **bold**, links) as Wagtail values."""

import html
import re
import uuid

LIST_ITEM = re.compile(r"^\s*(?:[-•–*]|\d+\s*[.)])\s+")
BOLD = re.compile(r"\*\*(.+?)\*\*")
ITALIC = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])")
MD_LINK = re.compile(r"\[([^\]]+)\]\(((?:https?://|www\.)[^)\s]+)\)")
ANGLE_LINK = re.compile(r"&lt;((?:https?://|www\.)[^\s&]+?)&gt;")
SUP = re.compile(r"&lt;sup&gt;(\w+)&lt;/sup&gt;")
HEADING_ANCHOR = re.compile(r"\s*\{#([\w-]+)\}\s*$")  # "Heading {#anchor}", Pandoc's attribute syntax


def _href(url):
    url = url.replace("\\_", "_").replace("\\", "")
    return url if url.startswith("http") else "http://" + url


def inline_html(text):
    text = html.escape(text.strip(), quote=False)
    text = MD_LINK.sub(lambda m: f'<a href="{html.escape(_href(m.group(2)))}">{m.group(1)}</a>', text)
    text = ANGLE_LINK.sub(lambda m: f'<a href="{html.escape(_href(m.group(1)))}">{m.group(1)}</a>', text)
    text = SUP.sub(r"<sup>\1</sup>", text)
    text = BOLD.sub(r"<b>\1</b>", text)
    text = ITALIC.sub(r"<i>\1</i>", text)
    return text.replace("\\", "").replace("\n", "<br/>")


def plain_text(text):
    """The text without markup, paragraphs kept: for summaries."""
    text = MD_LINK.sub(r"\1", text)
    text = re.sub(r"<((?:https?://|www\.)[^>\s]+)>", r"\1", text)
    text = re.sub(r"\*+|<sup>\w+</sup>|^#+\s*", "", text, flags=re.MULTILINE)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _blocks(text):
    """Yields ("heading", text) and ("html", fragment) for each paragraph, heading and list."""
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines = [line for line in paragraph.split("\n") if line.strip()]
        chunk = []
        for line in lines + [None]:
            if line is not None and line.startswith("#"):
                if chunk:
                    yield "html", _fragment(chunk)
                    chunk = []
                yield "heading", line.lstrip("#").strip()
            elif line is None:
                if chunk:
                    yield "html", _fragment(chunk)
            else:
                chunk.append(line)


def _fragment(lines):
    parts, items, text = [], [], []
    for line in lines:
        if LIST_ITEM.match(line):
            if text:
                parts.append(f"<p>{inline_html(chr(10).join(text))}</p>")
                text = []
            items.append(f"<li>{inline_html(LIST_ITEM.sub('', line))}</li>")
        else:
            if items:
                parts.append("<ul>" + "".join(items) + "</ul>")
                items = []
            text.append(line)
    if text:
        parts.append(f"<p>{inline_html(chr(10).join(text))}</p>")
    if items:
        parts.append("<ul>" + "".join(items) + "</ul>")
    return "".join(parts)


def rich_text(text):
    """HTML for a RichTextField: paragraphs, lists, and headings as <h3>."""
    out = []
    for kind, value in _blocks(text or ""):
        out.append(f"<h3>{inline_html(value)}</h3>" if kind == "heading" else value)
    return "".join(out)


def block_id(key, *parts):
    """Deterministic block ids: the same source gives the same StreamField JSON, so re-imports compare equal."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join([key, *map(str, parts)])))


def heading_value(text):
    """A heading block's value; a final "{#anchor}" gives its anchor (else the page makes none)."""
    match = HEADING_ANCHOR.search(text)
    heading, anchor = (text[: match.start()], match.group(1)) if match else (text, "")
    return {"text": heading.strip()[:255], "anchor": anchor[:80]}


def body_stream(text, key, heading=None):
    """Raw StreamField data for BodyBlock: heading blocks and paragraph blocks."""
    blocks = []
    if heading:
        blocks.append({"type": "heading", "value": heading_value(str(heading))})
    for kind, value in _blocks(text or ""):
        if kind == "heading":
            blocks.append({"type": "heading", "value": heading_value(value)})
        else:
            blocks.append({"type": "paragraph", "value": value})
    for index, block in enumerate(blocks):
        block["id"] = block_id(key, index)
    return blocks
