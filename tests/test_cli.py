"""The kg command: help for everything, one-line errors and non-zero exit codes on bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.cli import build_parser, main

from conftest import DATA, SEED

COMMANDS = ["ingest", "build", "query", "queries", "viz", "export", "remove", "eval", "validate", "reason", "show"]


@pytest.fixture
def store(tmp_path, monkeypatch, nlp):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KG_STORE", raising=False)
    return tmp_path / "kg-store"


def test_every_command_has_help_and_is_in_the_readme():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    assert sorted(subparsers.choices) == sorted(COMMANDS)
    for name, sub in subparsers.choices.items():
        assert sub.description, name
        assert f"kg {name}" in readme, f"README does not show `kg {name}`"


def test_help_runs_as_a_console_script():
    result = subprocess.run([sys.executable, "-m", "kg.cli", "--help"], capture_output=True, text=True, check=True)
    assert "ingest" in result.stdout and "query" in result.stdout


def test_ingest_then_query_without_flags(store, capsys):
    assert main(["ingest", str(DATA / "hostile.md")]) == 0
    assert store.is_dir()
    assert main(["query", "investments", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert data["results"]["bindings"][0]["currency"]["value"] == "USD"


def test_bad_input_is_reported_and_the_rest_is_ingested(store, tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "feed.jsonl").write_text('{"text": "Acme Corp will invest $5m in a plant in Ohio."}\n{bad json\n')
    (folder / "good.md").write_text("Nissan will invest £2bn in Sunderland.")
    assert main(["ingest", str(folder)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert f"kg: {folder / 'empty.txt'}: empty file" in err
    assert any(line.startswith(f"kg: {folder / 'feed.jsonl'}:2: invalid JSON") for line in err)
    assert err[-1] == "2 ingested, 0 unchanged (skipped), 2 failed"


def test_unknown_query_and_malformed_parameter(store, capsys):
    assert main(["query", "nope"]) == 1
    assert capsys.readouterr().err.startswith("kg: error: unknown query 'nope'")
    assert main(["query", "investments-by-organization", "--param", "org"]) == 1
    assert "malformed parameter 'org'" in capsys.readouterr().err


def test_store_flag_and_environment_variable(tmp_path, monkeypatch, nlp):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KG_STORE", str(tmp_path / "env-store"))
    assert main(["ingest", str(DATA / "hostile.md")]) == 0
    assert (tmp_path / "env-store").is_dir()
    assert main(["--store", str(tmp_path / "flag-store"), "ingest", str(DATA / "hostile.md")]) == 0
    assert (tmp_path / "flag-store").is_dir()


def test_build_writes_export_and_html(store, tmp_path, capsys):
    assert main(["build", str(DATA / "hostile.md"), "-o", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "graph.trig").stat().st_size > 0
    assert "vis.Network" in (tmp_path / "out" / "network.html").read_text(encoding="utf-8")


def test_viz_focus_and_unknown_focus(store, tmp_path, capsys):
    main(["ingest", str(DATA / "hostile.md")])
    assert main(["viz", "-o", str(tmp_path / "f.html"), "--focus", "Acme Robotics", "--hops", "1"]) == 0
    assert main(["viz", "--focus", "Nobody Inc"]) == 1
    assert "no node named 'Nobody Inc'" in capsys.readouterr().err


@pytest.mark.skipif(not SEED.is_file(), reason="seed article not present next to the checkout")
def test_seed_article_through_the_cli(store, capsys):
    assert main(["ingest", str(SEED)]) == 0
    capsys.readouterr()
    assert main(["query", "people", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "Lei Zhang,chairman" in out and "Alan Johnson,senior vice president for manufacturing" in out


def test_hostile_folder_ends_with_a_summary_and_exit_code(store, tmp_path, capsys):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 16)
    (folder / "cp1252.txt").write_bytes("\u201cNissan\u201d will invest \xa32bn.".encode("cp1252"))
    (folder / "controls.md").write_bytes("Nis\u200bsan\x00 will invest \u00a32bn in Sunderland.\u202e".encode())
    (folder / "feed.jsonl").write_bytes(b'{"text": "AESC will build a plant.", "url": "https://x.example/a b"}\n{"text": "trunc')
    assert main(["ingest", str(folder)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == "2 ingested, 0 unchanged (skipped), 3 failed"
    assert len(err) == 4 and not any("Traceback" in line for line in err)
    assert main(["ingest", str(folder)]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == "0 ingested, 2 unchanged (skipped), 3 failed"
