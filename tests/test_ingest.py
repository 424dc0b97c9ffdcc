"""Ingest: formats, metadata, stable ids, and one clear error per bad file or line."""

from __future__ import annotations

import json
from datetime import date

from kg.errors import IngestError
from kg.ingest import document_id, read_documents


def read(*paths):
    return list(read_documents(paths))


def test_markdown_front_matter_and_cleanup(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Plant opens\nurl: https://x.example/a\npublished: 2024-03-01\nsource: Wire\n---\n"
                    "# Plant opens\n\nAcme opened a [new plant](https://x.example/p) in **Ohio**.\n", encoding="utf-8")
    [doc] = read(path)
    assert (doc.title, doc.url, doc.published, doc.publisher) == ("Plant opens", "https://x.example/a", date(2024, 3, 1), "Wire")
    assert "Acme opened a new plant in Ohio." in doc.text and "](" not in doc.text


def test_txt_heading_is_title_and_bom_is_ignored(tmp_path):
    path = tmp_path / "b.txt"
    path.write_bytes("\ufeff# Headline here\n\nBody text.".encode("utf-8"))
    [doc] = read(path)
    assert doc.title == "Headline here" and doc.text.startswith("Headline here")


def test_html_boilerplate_is_stripped(tmp_path):
    path = tmp_path / "c.html"
    path.write_text("<html><head><title>T</title></head><body><nav>Home | Login | Subscribe</nav><article><h1>Big plant</h1>"
                    "<p>Acme Corp will build a battery plant in Ohio, the company said on Monday in a statement to investors.</p>"
                    "<p>The plant will employ 2,000 people when it opens in 2027, according to the firm's plans.</p></article>"
                    "<footer>Copyright 2024</footer></body></html>", encoding="utf-8")
    [doc] = read(path)
    assert "Acme Corp will build" in doc.text and "Login" not in doc.text and "Copyright" not in doc.text


def test_jsonl_metadata_and_errors_do_not_stop_the_rest(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": "Acme invests.", "url": "https://x.example/1", "title": "One", "published": "2024-01-02", "source": "S"}),
        '{"text": "truncated',
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Bad date.", "published": "yesterday"}),
        json.dumps({"text": "Second good one.", "id": "local-7"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    documents = [i for i in items if not isinstance(i, IngestError)]
    errors = [str(i) for i in items if isinstance(i, IngestError)]
    assert [d.title for d in documents] == ["One", None]
    assert errors[0].startswith(f"{path}:2: invalid JSON")
    assert errors[1] == f"{path}:3: missing or non-string 'text' field"
    assert errors[2].startswith(f"{path}:4: 'published' must be an ISO 8601 date")


def test_bad_files_give_one_line_errors(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 opens".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "good.txt").write_text("Acme opened a plant.", encoding="utf-8")
    items = read(tmp_path)
    errors = {str(i).split(": ", 1)[1] for i in items if isinstance(i, IngestError)}
    assert errors == {"empty file", "not valid UTF-8 (byte 3); convert the file to UTF-8", "binary file, not text"}
    assert [d.text for d in items if not isinstance(d, IngestError)] == ["Acme opened a plant."]
    assert all("\n" not in str(i) for i in items if isinstance(i, IngestError))


def test_folder_readme_and_hidden_files_are_not_articles(tmp_path):
    (tmp_path / "README.md").write_text("# About this folder", encoding="utf-8")
    (tmp_path / ".draft.md").write_text("Hidden draft.", encoding="utf-8")
    (tmp_path / "story.md").write_text("Acme opened a plant.", encoding="utf-8")
    assert [d.text for d in read(tmp_path)] == ["Acme opened a plant."]
    assert [d.text for d in read(tmp_path / "README.md")] == ["About this folder"], "named explicitly, it is read"


def test_missing_path_and_unsupported_type(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    errors = [str(e) for e in read(tmp_path / "nope.txt", tmp_path / "x.pdf")]
    assert errors[0].endswith("no such file or folder")
    assert "unsupported file type '.pdf'" in errors[1]


def test_document_ids_are_stable_and_prefer_the_url():
    assert document_id("text", url="https://x.example/a") == document_id("other text", url="https://x.example/a")
    assert document_id("text") == document_id("text") != document_id("text!")
    assert len(document_id("text")) == 20
