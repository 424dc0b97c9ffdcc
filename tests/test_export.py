"""Network (GraphML, GEXF) and CSV exports, written atomically."""

from __future__ import annotations

import csv

import networkx as nx
import pytest

from kg.cli import main
from kg.export import CONTRACT_QUERIES, network_format
from kg.errors import StoreError
from kg.store import write_atomically
from kg.mapping import document_iri, extraction_quads

from conftest import crafted_extractions

CONTRACT_COLUMNS = {
    "organizations": "org,name,kind,source",
    "people": "person,name,role,org,orgName,source",
    "plants": "plant,label,kind,operator,operatorName,location,locationName,status,source,ordinal,confidence",
    "investments": "investment,investor,investorName,amount,currency,target,targetLabel,date,status,source,confidence",
    "partnerships": "partnership,partner,partnerName,status,date,source,about,since,confidence",
    "products": "product,name,maker,makerName,source",
}


def test_format_from_extension_or_flag():
    assert network_format("g.graphml") == "graphml" and network_format("G.GEXF") == "gexf"
    assert network_format("g.trig") is None and network_format("g.xml", "gexf") == "gexf" and network_format("g.gexf", "trig") is None


@pytest.mark.parametrize("suffix, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_exports_read_back(crafted_graph, tmp_path, suffix, read):
    path = crafted_graph.export(tmp_path / f"graph.{suffix}")
    network = crafted_graph.networkx()
    loaded = read(path)
    assert loaded.number_of_nodes() == network.number_of_nodes() > 20
    assert loaded.number_of_edges() == network.number_of_edges() > 20
    nissan = "https://w3id.org/industry-kg/id/org/nissan"
    assert loaded.nodes[nissan]["label"] == "Nissan" and loaded.nodes[nissan]["cls"] == "Organisation"
    assert any(data["label"] == "invests" for _, _, data in loaded.edges(data=True))
    assert [p.name for p in tmp_path.iterdir()] == [f"graph.{suffix}"], "no temporary file left behind"


def test_gexf_colours_nodes_by_class_for_gephi(crafted_graph, tmp_path):
    text = crafted_graph.export(tmp_path / "g.gexf").read_text(encoding="utf-8")
    assert 'r="78" g="121" b="167"' in text  # #4e79a7, the organisations' colour in the HTML view


def test_csv_tables_of_the_contract_queries(crafted_graph, tmp_path):
    paths = crafted_graph.export_tables(tmp_path / "tables")
    assert [p.name for p in paths] == [f"{name}.csv" for name in CONTRACT_QUERIES]
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert ",".join(rows[0]) == CONTRACT_COLUMNS[path.stem]
        assert len(rows) - 1 == len(crafted_graph.query(path.stem).rows) > 0
    investments = (tmp_path / "tables" / "investments.csv").read_text(encoding="utf-8")
    assert ",Nissan,2000000000,GBP," in investments


def test_a_failed_export_leaves_the_previous_file_intact(crafted_graph, tmp_path, monkeypatch):
    path = crafted_graph.export(tmp_path / "graph.graphml")
    good = path.read_bytes()

    def broken_writer(network, handle, **kwargs):
        handle.write(b"<?xml version='1.0'?><graphml><truncat")
        raise OSError("disk full")

    monkeypatch.setattr(nx, "write_graphml", broken_writer)
    with pytest.raises(StoreError, match="cannot write the export \\(disk full\\)"):
        crafted_graph.export(path)
    assert path.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]


def test_atomic_write_keeps_ordinary_permissions(tmp_path):
    import os
    import stat

    path = write_atomically(tmp_path / "a.csv", lambda handle: handle.write(b"x\n"))
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask


def test_kg_export_network_and_tables(tmp_path, capsys):
    from kg import KnowledgeGraph

    store = tmp_path / "store"
    with KnowledgeGraph(store) as graph:
        for extraction in crafted_extractions():
            graph.store.replace_document(document_iri(extraction.document.id), extraction_quads(extraction))
    assert main(["--store", str(store), "export", str(tmp_path / "g.gexf"), "--tables", str(tmp_path / "t")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"wrote {tmp_path / 'g.gexf'}" and out[1].startswith("wrote 6 tables: ")
    assert (tmp_path / "t" / "products.csv").read_text(encoding="utf-8").startswith("product,name,maker,makerName,source\n")
    assert main(["--store", str(store), "export", str(tmp_path / "g.xml"), "--format", "graphml"]) == 0
    assert nx.read_graphml(tmp_path / "g.xml").number_of_nodes() > 20
    assert main(["--store", str(store), "export"]) == 1
    assert "nothing to export" in capsys.readouterr().err
