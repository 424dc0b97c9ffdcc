"""Ingest: files and folders -> :class:`~kg.records.Document`.

Reads ``.txt``, ``.md``, ``.html``/``.htm`` and ``.jsonl`` (one article per line). Errors are
yielded, not raised, so one bad file or line never costs the caller the rest of the batch.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from kg.errors import IngestError
from kg.records import Document

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
_FRONT_MATTER_KEYS = {"title", "url", "published", "source", "id"}
_FOLDER_DOCS = {"README", "LICENSE", "CHANGELOG", "CONTRIBUTING"}
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_MD_BULLET = re.compile(r"^\s*[-*+]\s+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


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
    """Yield a Document for every article under ``paths``, or an IngestError for each one that fails."""
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


def read_file(path: Path) -> Document:
    """Read one ``.txt``, ``.md`` or ``.html`` article."""
    try:
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
    """One article per line: ``text`` required; ``id``, ``url``, ``title``, ``published``, ``source`` optional."""
    try:
        raw = decode(path.read_bytes(), str(path))
    except (OSError, IngestError) as error:
        yield error if isinstance(error, IngestError) else IngestError(str(path), f"cannot read file ({error.strerror})")
        return
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield IngestError(origin, f"invalid JSON ({error.msg} at column {error.colno})")
            continue
        try:
            yield document_from_record(record, origin)
        except IngestError as error:
            yield error


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
    """Strip navigation, ads and footers with trafilatura and keep the article body and metadata."""
    import trafilatura  # heavy import, only when HTML is actually read

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
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
    return Document(
        id=document_id(text, url=url, given_id=id),
        text=text,
        origin=origin,
        url=url or None,
        title=(title or "").strip() or None,
        published=parse_published(published, origin),
        publisher=(source or "").strip() or None,
    )


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
    """Decode UTF-8 (BOM tolerated); name the byte offset when it is not UTF-8."""
    if not data.strip():
        raise IngestError(origin, "empty file")
    if b"\x00" in data[:4096] and data.count(b"\x00") > len(data) // 20:
        raise IngestError(origin, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise IngestError(origin, f"not valid UTF-8 (byte {error.start}); convert the file to UTF-8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_text(text: str) -> str:
    """Drop control characters that break tokenisers and serialisers; keep newlines and tabs."""
    return _CONTROL_CHARS.sub("", text).strip()


def clean_markdown(text: str) -> str:
    """Turn light Markdown into plain prose: links become their text, heading and bullet marks go."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_BULLET.sub("", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return clean_text(text)


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


def _first_heading(text: str) -> str | None:
    for line in text.splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip() or None
        if line.strip() and not line.startswith("---"):
            return None
    return None

