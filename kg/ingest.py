"""Ingest: files and folders -> :class:`~kg.records.Document`.

Reads ``.txt``, ``.md``, ``.html``/``.htm`` and ``.jsonl`` (one article per line). Errors are
yielded, not raised, so one bad file or line never costs the caller the rest of the batch: every
problem, including a parser's own crash, becomes one :class:`IngestError` naming the file, the line
where there is one, and what is wrong.

Input is untrusted web text, so what leaves this module is clean: valid Unicode in NFC, no control,
bidirectional-override or zero-width characters (they break serialisers, or make two names that look
the same differ), within size limits that keep one hostile file from exhausting memory.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from urllib.parse import quote

from kg.errors import IngestError
from kg.layout import BULLET_GLYPHS, flowing_text
from kg.records import Document

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
_FRONT_MATTER_KEYS = {"title", "url", "published", "source", "id"}
_FOLDER_DOCS = {"README", "LICENSE", "CHANGELOG", "CONTRIBUTING"}
# C0/C1 controls but tab and newline; bidi embeddings, overrides, isolates and marks; zero-width space,
# word joiner, soft hyphen, BOM; lone surrogates (JSON "\\ud800") and the XML-illegal U+FFFE/U+FFFF.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e"
                            "\u2060-\u2064\u2066-\u2069\ufeff\ufffe\uffff]")
_TEXT_BYTES = bytes([7, 8, 9, 10, 12, 13, 27]) + bytes(range(0x20, 0x100))  # what a text file is made of
_SURROGATES = re.compile("[\ud800-\udfff]")
_LATIN_JOINER = re.compile("(?<=[A-Za-z])[\u200c\u200d]+(?=[A-Za-z])")  # 'Nis\u200dsan' is Nissan; Persian ZWNJ stays
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85]")
#: Emoji and pictographs, with their flags, keycaps, skin tones and the joiners inside them; not the glyphs that open
#: list items. As ranges: a class of every code point one by one made cleaning 50 times slower. The spaces before them
#: are matched from the start of their run only, else a long run of spaces takes time in its square.
_PICTOGRAPH_RANGES = "".join(f"{re.escape(chr(first))}-{re.escape(chr(last))}" for first, last in (
    (0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x231A, 0x231B), (0x23E9, 0x23FA), (0xFE0E, 0xFE0F), (0xE0020, 0xE007F)))
#: '@Nordhavn Hydrogen A/S': a name tagged in a post, whose '@' the tokenizer would keep on its first word; not an
#: account's handle ('@DaesanAuto'), one word that is no name.
_TAGGED_NAME = re.compile(r"(?<![\w@])@(?=[A-Z][^\s@]*[ \t]+[A-Z])")
#: A thread's post counter: '2/ Halberd Biologics broke ground...', '... week in review (1/6)', 'says our CEO. 1/2'; not
#: a fraction ('2/3 of', 'rose 1/2') nor a date ('12/05'). A run of counters ending a line goes in one match, from its
#: start only: one per cleaning pass made a line of thousands take seconds.
_THREAD_COUNTER = re.compile(r"^[ \t]*\d{1,2}/\d{0,2}[ \t]+(?=[A-Z\"“'‘@#])"
                             r"|(?:(?<![ \t)])(?:[ \t]*+\(\d{1,2}/\d{1,2}\))++|(?<=[.!?:]) \d{1,2}/\d{1,2})[ \t]*$",
                             re.MULTILINE)
#: A numbered paragraph's number in minutes, reports and contracts ('8.2 Mr D. Sinclair, Operations Director of ...',
#: '4.1.3 The applicant ...'): the model takes it into the name that follows. Not a figure opening a line ('2.5 GW').
_PARAGRAPH_NUMBER = re.compile(r"^[ \t]*\d{1,2}(?:\.\d{1,2}){1,3}\.?[ \t]+(?=[A-Z][a-z])", re.MULTILINE)
#: A slide deck's slide numbers and speaker-notes labels, exported to text with the slides ('Slide 4 - Capacity roadmap',
#: 'Speaker notes (Ong): Phase 2 is ...'): the model takes 'Slide 1 - Arvion Semiconductor' for one name. The notes'
#: speaker stays, as a transcript's label ('Ong: Phase 2 is ...').
_SLIDE_LABEL = re.compile(r"^[ \t]*(?:Slide[ \t]+\d{1,3}[ \t]*[-–—:|.][ \t]*|Speaker[ \t]+notes?[ \t]*(?:\((?P<speaker>[^()\n]{1,40})\)[ \t]*)?:[ \t]*)",
                          re.MULTILINE | re.IGNORECASE)
#: The marks an e-mail reply puts before the lines it quotes ('> The draft says €125m', '>> On Monday ...'): the text
#: quoted is read as any other.
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
_PICTOGRAPHS = re.compile(rf"(?<![ \t])[ \t]*(?:(?:[0-9#*]\ufe0f?\u20e3|(?![{re.escape(''.join(sorted(BULLET_GLYPHS)))}])[{_PICTOGRAPH_RANGES}])\u200d?)+[ \t]*")
#: An advertisement slot pasted into the middle of a sentence ('... end-of-life packs to\n\nAdvertisement\n\nTeesside.'):
#: the sentence goes on after it, so the slot goes and the two halves are one sentence again. Only where the text
#: before stops on a word no sentence ends with, or a comma, or the text after starts in lower case.
_AD_SLOT = re.compile(
    r"(?P<before>\b(?:to|of|the|a|an|and|or|in|at|for|with|by|from|on|that|which|its|their|as|than|into|near|over|,)"
    r"|[^\W\d_](?=[ \t]*\n\s*\S+(?: \S+){0,3}[ \t]*\n\s*[a-z]))"
    r"[ \t]*\n\s*(?:Advertisement|ADVERTISEMENT|(?:Story|Article) continues below(?: advertisement)?|Continue reading below)"
    r"[ \t]*\n\s*(?=\S)"
)
_URL_ILLEGAL = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f]')
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S")
_HTML_DROP = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object")
MAX_FILE_BYTES = 64 * 2**20  # a .txt/.md/.html article; a 25 MB web page is mostly markup and fits
MAX_LINE_BYTES = 16 * 2**20  # one JSONL record
MAX_TEXT_CHARS = 10_000_000  # article text after cleaning; longer ones are split by the caller
MAX_HTML_DEPTH = 256  # deeper nesting is flattened: lxml stops parsing (and loses the article) past ~2,000
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_MD_BULLET = re.compile(r"^\s*[-*+]\s+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
#: An interviewer's question set in bold on a line of its own, the answer following unlabelled ('**Tell us about Mexico.**'
#: asks too, once the page has such questions).
_MD_BOLD_LINE = re.compile(r"^[ \t]*(?:\*\*|__)(?![ \t]*[QA]\d*[ \t]*:)([^*_\n]{2,300}?)[ \t]*(?:\*\*|__)[ \t]*$", re.MULTILINE)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Expand folders recursively into the supported files they hold, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not _is_folder_doc(p, path))
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                yield path
            else:
                yield IngestError(str(path), f"unsupported file type {path.suffix!r}; use one of {', '.join(SUPPORTED_SUFFIXES)}")
        else:
            yield IngestError(str(path), "no such file or folder")


def _is_folder_doc(path: Path, root: Path) -> bool:
    """README/LICENSE/CHANGELOG files and hidden files describe a folder; they are not articles."""
    parts = path.relative_to(root).parts
    return any(part.startswith(".") for part in parts) or path.stem.upper() in _FOLDER_DOCS


def read_documents(paths: Iterable[str | Path]) -> Iterator[Document | IngestError]:
    """Yield a Document for every article under ``paths``, or an IngestError for each one that fails.

    Never raises for a bad file: even an unexpected parser failure is turned into an IngestError.
    """
    for item in iter_files(paths):
        if isinstance(item, IngestError):
            yield item
            continue
        try:
            if item.suffix.lower() == ".jsonl":
                yield from read_jsonl(item)
            else:
                yield read_file(item)
        except IngestError as error:
            yield error
        except (Exception, RecursionError) as error:  # noqa: BLE001 - a parser crash costs one file, not the batch
            yield IngestError(str(item), f"cannot be read ({_one_line(error)})")


def read_file(path: Path) -> Document:
    """Read one ``.txt``, ``.md`` or ``.html`` article (at most :data:`MAX_FILE_BYTES`)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise IngestError(str(path), f"file is {size / 2**20:.1f} MiB, over the {MAX_FILE_BYTES // 2**20} MiB limit for one article")
        data = path.read_bytes()
    except OSError as error:
        raise IngestError(str(path), f"cannot read file ({error.strerror})") from None
    text = decode(data, str(path))
    if path.suffix.lower() in (".html", ".htm"):
        return document_from_html(text, origin=str(path))
    meta, body = split_front_matter(text, str(path))
    body = clean_markdown(body)
    if not meta.get("title"):
        meta["title"] = _first_heading(text)
    return make_document(body, origin=str(path), **meta)


def read_jsonl(path: Path) -> Iterator[Document | IngestError]:
    """One article per line: ``text`` required; ``id``, ``url``, ``title``, ``published``, ``source`` optional.

    Streams the file, so memory stays bounded by :data:`MAX_LINE_BYTES` however large the feed; each
    line is decoded on its own, so one bad line (invalid UTF-8, bad JSON, too long) costs only itself.
    """
    try:
        handle = path.open("rb")
    except OSError as error:
        yield IngestError(str(path), f"cannot read file ({error.strerror})")
        return
    with handle:
        seen_text = False
        for number, line in enumerate(_bounded_lines(handle, MAX_LINE_BYTES), start=1):
            origin = f"{path}:{number}"
            if isinstance(line, int):
                yield IngestError(origin, f"line is {line / 2**20:.1f} MiB, over the {MAX_LINE_BYTES // 2**20} MiB limit for one record")
                seen_text = True
                continue
            if number == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8):]
            if not line.strip():
                continue
            seen_text = True
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as error:
                yield IngestError(origin, f"not valid UTF-8 (byte {error.start} of the line); convert the file to UTF-8")
                continue
            try:
                record = json.loads(text)
            except json.JSONDecodeError as error:
                yield IngestError(origin, f"invalid JSON ({error.msg} at column {error.colno})")
                continue
            except RecursionError:
                yield IngestError(origin, "invalid JSON (nested too deeply)")
                continue
            try:
                yield document_from_record(record, origin)
            except IngestError as error:
                yield error
        if not seen_text:
            yield IngestError(str(path), "empty file")


def _bounded_lines(handle, limit: int) -> Iterator[bytes | int]:
    """Lines of a binary file, or the byte length of a line longer than ``limit`` (skipped, never held whole)."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):  # readline returned the whole line
            yield line
            continue
        length = len(line)
        while not line.endswith(b"\n"):
            line = handle.readline(2**20)
            if not line:
                break
            length += len(line)
        yield length


def document_from_record(record: object, origin: str) -> Document:
    """Validate one JSON object and make a Document of it."""
    if not isinstance(record, dict):
        raise IngestError(origin, "expected a JSON object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str):
        raise IngestError(origin, "missing or non-string 'text' field")
    fields = {key: record[key] for key in _FRONT_MATTER_KEYS if record.get(key) is not None}
    for key, value in fields.items():
        if not isinstance(value, str):
            raise IngestError(origin, f"field {key!r} must be a string, got {type(value).__name__}")
    if "published" not in fields and isinstance(record.get("date"), str):
        fields["published"] = record["date"]
    return make_document(clean_text(text), origin=origin, **fields)


def document_from_html(html: str, origin: str) -> Document:
    """Strip navigation, ads and footers with trafilatura and keep the article body and metadata.

    The page is parsed here rather than by trafilatura so that scripts, styles and inline images
    (most of a 25 MB page) are dropped first and pathological nesting is flattened; libxml2 would
    otherwise stop at its text-node or depth limits and lose the article. Nothing is fetched:
    external entities, DTDs and links are never loaded.
    """
    import trafilatura  # heavy import, only when HTML is actually read

    tree = _parse_html(html, origin)
    extracted = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=False)
    if extracted is None or not (extracted.text or "").strip():
        raise IngestError(origin, "no article text found in the HTML page")
    body = clean_text(extracted.text.replace("\n", "\n\n"))
    return make_document(
        body,
        origin=origin,
        title=extracted.title,
        url=extracted.url,
        published=extracted.date,
        source=extracted.sitename,
    )


def _parse_html(html: str, origin: str):
    from lxml import etree
    from lxml.html import HTMLParser, document_fromstring

    parser = HTMLParser(collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True,
                        huge_tree=True, no_network=True)
    html = _flatten_nesting(_DECLARED_ENCODING.sub("", html[:4096], count=1) + html[4096:], MAX_HTML_DEPTH)
    try:
        tree = document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise IngestError(origin, f"not a readable HTML page ({_one_line(error)})") from None
    etree.strip_elements(tree, *_HTML_DROP, with_tail=False)
    for element in tree.iter("img", "source", "a", "link"):
        for attribute in ("src", "srcset"):
            if element.get(attribute, "").startswith("data:"):
                del element.attrib[attribute]
    return tree


_DECLARED_ENCODING = re.compile(r"^\s*<\?xml[^>]*\?>")  # lxml refuses str input that declares an encoding
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _flatten_nesting(html: str, max_depth: int) -> str:
    """Drop the opening and closing tags of elements nested deeper than ``max_depth``; keep their text.

    Cheap when the page is shallow (the common case): it only rewrites when the depth is exceeded.
    """
    depth = deepest = 0
    for match in _TAG.finditer(html):
        name = match.group(2).lower()
        if match.group(1):
            depth = max(depth - 1, 0)
        elif not match.group(3) and name not in _VOID:
            depth += 1
            deepest = max(deepest, depth)
            if deepest > max_depth:
                break
    if deepest <= max_depth:
        return html
    parts: list[str] = []
    stack: list[tuple[str, bool]] = []  # (tag name, kept)
    kept_depth = position = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        keep = True
        if closing:
            keep = False  # a stray closing tag (none open nearby) is dropped; the HTML parser would ignore it
            for index in range(len(stack) - 1, max(len(stack) - 64, 0) - 1, -1):
                if stack[index][0] == name:
                    keep = stack[index][1]
                    kept_depth -= sum(1 for _, kept in stack[index:] if kept)
                    del stack[index:]
                    break
        elif not self_closing and name not in _VOID:
            keep = kept_depth < max_depth
            kept_depth += keep
            stack.append((name, keep))
        parts.append(html[position : match.start()])
        if keep:
            parts.append(match.group(0))
        position = match.end()
    parts.append(html[position:])
    return "".join(parts)


def make_document(
    text: str,
    *,
    origin: str,
    title: str | None = None,
    url: str | None = None,
    published: str | date | None = None,
    source: str | None = None,
    id: str | None = None,  # noqa: A002 - the JSONL field is called id
) -> Document:
    """Build a Document with its stable id; raise IngestError on empty text or a bad date."""
    if not text.strip():
        raise IngestError(origin, "empty article (no text)")
    if len(text) > MAX_TEXT_CHARS:
        raise IngestError(origin, f"article text is {len(text):,} characters, over the {MAX_TEXT_CHARS:,} limit; split it")
    url = clean_url(url, origin)
    return Document(
        id=document_id(text, url=url, given_id=clean_field(id)),
        text=text,
        origin=origin,
        url=url,
        title=clean_field(title),
        published=parse_published(clean_field(published) if isinstance(published, str) else published, origin),
        publisher=clean_field(source),
    )


def clean_field(value: str | None) -> str | None:
    """A metadata value (title, source, id): one line of clean text, or None when nothing is left."""
    if value is None:
        return None
    return " ".join(clean_text(value).split()) or None


def clean_url(url: str | None, origin: str) -> str | None:
    """An absolute IRI: characters IRIs forbid (spaces, quotes, angle brackets...) percent-encoded.

    Raises:
        IngestError: the value has no scheme (``example.com/a``), so it cannot name the article.
    """
    url = clean_field(url)
    if url is None:
        return None
    url = _URL_ILLEGAL.sub(lambda m: quote(m.group(), safe=""), url)
    if not _URL_SCHEME.match(url):
        raise IngestError(origin, f"'url' must be an absolute URL such as https://example.org/a, got {url[:80]!r}")
    return url


def document_id(text: str, *, url: str | None = None, given_id: str | None = None) -> str:
    """Stable id: the same URL (or given id, or text) always gives the same document, so re-ingesting replaces it."""
    if url:
        basis = "url:" + url.strip()
    elif given_id:
        basis = "id:" + given_id.strip()
    else:
        basis = "text:" + text
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:20]


def parse_published(value: str | date | None, origin: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise IngestError(origin, f"'published' must be an ISO 8601 date (YYYY-MM-DD), got {value!r}") from None


def decode(data: bytes, origin: str) -> str:
    """Decode UTF-8 (a UTF-8, UTF-16 or UTF-32 BOM is honoured); name the line and byte when it is not UTF-8.

    Raises:
        IngestError: the file is empty, binary, or not UTF-8 (cp1252 and Latin-1 are not guessed:
            a wrong guess would silently change names).
    """
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                data = data.decode(encoding).encode("utf-8")
            except UnicodeError:
                raise IngestError(origin, f"not valid {encoding.upper()} despite its byte-order mark") from None
            break
    if not data.strip(b" \t\r\n\x00" + codecs.BOM_UTF8):
        raise IngestError(origin, "empty file")
    sample = data[:8192]
    if len(sample.translate(None, _TEXT_BYTES)) > len(sample) // 20:  # over 5 % control bytes: an image, archive...
        raise IngestError(origin, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        location = f"{origin}:{line}" if line > 1 else origin
        raise IngestError(location, f"not valid UTF-8 (byte {error.start}); convert the file to UTF-8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_text(text: str) -> str:
    """Valid, NFC-normalised Unicode without control, bidi-override or zero-width characters, nor advertisement slots
    that cut a sentence in two, nor page headers and footers; hard-wrapped paragraphs joined into one line each, other
    newlines and tabs kept.

    Lone surrogates become U+FFFD; U+2028/U+2029 and CR become newlines. Evidence offsets are
    offsets into this cleaned text. Cleaning cleaned text changes nothing, so the steps run until none has work left:
    a control character gone can make a page number out of a line ('0\x1f'), and joined lines can make a name out of
    letters a joiner kept apart. Every pass after the first that changes the text shortens it, so the loop stops.
    """
    while (cleaner := _cleaned_once(text)) != text:
        text = cleaner
    return text


def _cleaned_once(text: str) -> str:
    text = _SURROGATES.sub("\ufffd", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROL_CHARS.sub("", text)
    text = _LATIN_JOINER.sub("", text)
    text = _PICTOGRAPHS.sub(_between_words, text)
    text = _TAGGED_NAME.sub("", text)
    text = _THREAD_COUNTER.sub("", text)
    text = _PARAGRAPH_NUMBER.sub("", text)
    text = _QUOTE_MARKS.sub("", text)
    text = _SLIDE_LABEL.sub(lambda label: f"{label['speaker']}: " if label["speaker"] else "", text)
    text = _AD_SLOT.sub(lambda slot: slot["before"] + " ", text)
    text = flowing_text(text)
    return unicodedata.normalize("NFC", text).strip()


def _between_words(pictographs: re.Match) -> str:
    """Emoji carry no facts and break the parse ('🤝 Land allotted by MIDC' tagged as an organisation '🤝 Land'), so
    they go, with the spaces around them where they open a line or stand before punctuation, else leaving one space
    between the words around them ('hiring 😊 and' gives 'hiring and'). Where they end a line after a word, they end
    its sentence, as a full stop would ('...near Nagpur 🇮🇳' gives '...near Nagpur.'): a line without one reads as a
    heading."""
    text, start, end = pictographs.string, pictographs.start(), pictographs.end()
    if start == 0 or text[start - 1] == "\n":
        return ""
    if end == len(text) or text[end] == "\n":
        return "." if text[start - 1].isalnum() else ""  # '...near Nagpur, Maharashtra 🇮🇳': the sentence ends there
    return "" if text[end] in ".,;:!?)”\"'’" else " "


def clean_markdown(text: str) -> str:
    """Turn light Markdown into plain prose: links become their text, heading and bullet marks go."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_BULLET.sub("", text)
    text = _labelled_interview(text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return clean_text(text)


def _labelled_interview(text: str) -> str:
    """'**Hence the decision to close Schwäbisch Hall?**' and the paragraph after it: in an interview printed with its
    questions in bold (two at least), each answer gets the 'A:' label a transcript writes, since the bold is lost below
    and with it who speaks (the answer's 'we' is the interviewee's company). The questions stay plain text: what a
    question states ('You signed with X last month. Why?') is still news."""
    if sum(line.endswith("?") for line in _MD_BOLD_LINE.findall(text)) < 2:
        return text
    lines = text.split("\n")
    answer_due = False
    for k, line in enumerate(lines):
        if _MD_BOLD_LINE.match(line) is not None:
            answer_due = True
        elif answer_due and line.strip():
            lines[k], answer_due = f"A: {line.lstrip()}", False
    return "\n".join(lines)


def split_front_matter(text: str, origin: str) -> tuple[dict[str, str], str]:
    """Parse an optional ``---`` block of ``key: value`` lines at the top of a text/Markdown file."""
    stripped = text.lstrip("\n")
    if not stripped.startswith("---\n"):
        return {}, text
    end = stripped.find("\n---", 4)
    if end < 0:
        raise IngestError(f"{origin}:1", "front matter opened with '---' is never closed")
    meta: dict[str, str] = {}
    for number, line in enumerate(stripped[4:end].splitlines(), start=2):
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or key not in _FRONT_MATTER_KEYS:
            raise IngestError(f"{origin}:{number}", f"front matter line must be 'key: value' with key in {sorted(_FRONT_MATTER_KEYS)}")
        meta[key] = value.strip()
    return meta, stripped[end + 4 :]


def _one_line(error: BaseException) -> str:
    message = " ".join(str(error).split())[:200]
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def _first_heading(text: str) -> str | None:
    for line in text.splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip() or None
        if line.strip() and not line.startswith("---"):
            return None
    return None

