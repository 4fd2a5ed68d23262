"""Tables: one row per item, fixed columns and dtypes, Parquet and CSV folders that read back the same."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import persianews
from persianews.cli import EXIT_FAILED_RECORDS, EXIT_OK, EXIT_USAGE, main
from persianews.errors import MissingExtraError
from persianews.export.tables import (
    TABLES,
    CsvTables,
    ParquetTables,
    open_table_writer,
    read_table,
    to_dataframe,
)
from persianews.records import FailedRecord, Provenance

from .conftest import SEEDS, schema_errors

pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")

FIXTURES = Path(__file__).parent / "fixtures"
ITEMS = {"entities": "entities", "officials": "officials", "quotes": "quotes"}


@pytest.fixture(scope="module")
def seed_lines(seed_documents):
    return [d.to_dict() for d in seed_documents]


def _dtypes(table: str) -> list[str]:
    return [{"str": "string", "int": "Int64", "float": "Float64"}[kind] for _, kind in TABLES[table]]


@pytest.mark.parametrize("table", TABLES)
def test_columns_and_dtypes_are_fixed_even_when_empty(seed_lines, table):
    for frame in (to_dataframe(seed_lines, table), to_dataframe([], table)):
        assert list(frame.columns) == [name for name, _ in TABLES[table]]
        assert [str(dtype) for dtype in frame.dtypes] == _dtypes(table)
        assert list(frame.columns[:4]) == ["doc_id", "source_path", "source_record", "date"]


@pytest.mark.parametrize("table", TABLES)
def test_documents_and_their_dicts_give_the_same_table(seed_documents, seed_lines, table):
    pd.testing.assert_frame_equal(to_dataframe(seed_documents, table), to_dataframe(seed_lines, table))


def test_one_row_per_item(seed_lines):
    assert len(persianews.to_dataframe(seed_lines, "documents")) == 8
    for table, key in ITEMS.items():
        assert len(to_dataframe(seed_lines, table)) == sum(len(line[key]) for line in seed_lines)
    assert len(to_dataframe(seed_lines[4], "quotes")) == len(seed_lines[4]["quotes"])


def test_offsets_slice_the_normalized_and_source_texts(seed_documents):
    texts = {d.article.id: d for d in seed_documents}
    entities = to_dataframe(seed_documents, "entities")
    for row in entities.itertuples():
        doc = texts[row.doc_id]
        assert doc.text[row.start:row.end] == row.text
        assert doc.source_text[row.source_start:row.source_end].strip()
    quotes = to_dataframe(seed_documents, "quotes")
    for row in quotes.itertuples():
        assert texts[row.doc_id].text[row.content_start:row.content_end] == row.content


def test_fifth_post_quotes_golden(seed_lines):
    quotes = to_dataframe(seed_lines[5], "quotes")
    first = quotes.iloc[0]
    assert (first.speaker, first.speaker_mention, first.speaker_title, first.speaker_place, first.cue, first.kind) == (
        "غفوری", "فرماندار البرز", "فرماندار البرز", "البرز", "تصریح کرد", "direct")
    assert first.source_record == 4 and first.doc_id.endswith("002_da0e034b362ac932.txt#4")
    assert first.evidence.split()[0].startswith("cue:")
    assert set(quotes.speaker) == {"غفوری"}


def test_tables_join_on_doc_id(seed_lines):
    documents, quotes = to_dataframe(seed_lines, "documents"), to_dataframe(seed_lines, "quotes")
    joined = quotes.merge(documents[["doc_id", "channel"]], on="doc_id", how="left")
    assert len(joined) == len(quotes) and joined.channel.notna().sum() == 31 - 14


def test_error_records_are_document_rows_only():
    record = FailedRecord(Provenance("bad.jsonl", 7, "news-jsonl"), ValueError("broken")).to_dict()
    documents = to_dataframe([record], "documents")
    assert documents.iloc[0].error_type == "ValueError" and documents.iloc[0].source_record == 7
    assert pd.isna(documents.iloc[0].quotes)
    for table in ITEMS:
        assert to_dataframe([record], table).empty


def test_unknown_table_and_format_are_refused(seed_lines, tmp_path):
    with pytest.raises(ValueError, match="unknown table 'people'; the tables are documents"):
        to_dataframe(seed_lines, "people")
    with pytest.raises(ValueError, match="unknown table format"):
        open_table_writer("xlsx", tmp_path)


def test_missing_pandas_names_the_extra(seed_lines, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"persianews\[pandas\]"):
        to_dataframe(seed_lines, "quotes")


def test_parquet_streams_in_row_groups(seed_lines, tmp_path):
    writer = ParquetTables(tmp_path, row_group_size=5)
    for line in seed_lines:
        writer.write(line)
    writer.close()
    metadata = pq.ParquetFile(tmp_path / "entities.parquet").metadata
    rows = len(to_dataframe(seed_lines, "entities"))
    assert rows > 5 and [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)] \
        == [5] * (rows // 5) + ([rows % 5] if rows % 5 else [])
    for table in TABLES:
        pd.testing.assert_frame_equal(read_table(tmp_path, table), to_dataframe(seed_lines, table))


def test_csv_has_a_bom_and_reads_back(seed_lines, tmp_path):
    writer = CsvTables(tmp_path)
    for line in seed_lines:
        writer.write(line)
    writer.close()
    assert (tmp_path / "quotes.csv").read_bytes().startswith(b"\xef\xbb\xbfdoc_id,")
    for table in TABLES:
        pd.testing.assert_frame_equal(read_table(tmp_path, table, "csv"), to_dataframe(seed_lines, table))


@pytest.mark.parametrize("output_format", ["parquet", "csv"])
def test_extract_writes_a_folder_of_tables(output_format, tmp_path):
    folder = tmp_path / "tables"
    inputs = [str(SEEDS), str(FIXTURES / "news_broken.jsonl")]
    assert main(["extract", *inputs, "--output-format", output_format, "-o", str(folder), "--quiet"]) == \
        EXIT_FAILED_RECORDS
    jsonl = tmp_path / "out.jsonl"
    main(["extract", *inputs, "-o", str(jsonl), "--quiet"])
    lines = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.{output_format}" for t in TABLES)
    documents = read_table(folder, "documents", output_format)
    assert len(documents) == len(lines) == 11 and documents.error_type.notna().sum() == 1
    pd.testing.assert_frame_equal(read_table(folder, "quotes", output_format), to_dataframe(lines, "quotes"))


@pytest.mark.parametrize("output", ["-", "file"])
def test_tables_need_a_folder(output, tmp_path):
    if output == "file":
        output = str(tmp_path / "file")
        Path(output).write_text("x")
    assert main(["extract", str(SEEDS), "--output-format", "csv", "-o", output, "--quiet"]) == EXIT_USAGE
    assert main(["extract", str(SEEDS), "--output-format", "csv", "--quiet"]) == EXIT_USAGE


# --- news-dev: 1,470 agency items, extracted once for the module ---------------------------------

@pytest.fixture(scope="module")
def news_dev(shared, tmp_path_factory):
    source = shared / "corpora" / "news-dev" / "farsnews-dev.jsonl"
    if not source.is_file():
        pytest.skip("../shared/corpora/news-dev is not available")
    out = tmp_path_factory.mktemp("news-dev") / "news-dev.jsonl"
    assert main(["extract", str(source), "-o", str(out), "--quiet"]) in (EXIT_OK, EXIT_FAILED_RECORDS)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert schema_errors(lines) == []
    return [json.loads(line) for line in lines]


def test_news_dev_row_counts_equal_the_jsonl_items(news_dev):
    assert len(news_dev) == 1470
    assert len(to_dataframe(news_dev, "documents")) == len(news_dev)
    for table, key in ITEMS.items():
        assert len(to_dataframe(news_dev, table)) == sum(len(line.get(key, ())) for line in news_dev)


@pytest.mark.parametrize("output_format", ["parquet", "csv"])
def test_news_dev_quotes_round_trip(news_dev, output_format, tmp_path):
    writer = open_table_writer(output_format, tmp_path)
    for line in news_dev:
        writer.write(line)
    writer.close()
    expected = to_dataframe(news_dev, "quotes")
    assert len(expected) > 1000
    pd.testing.assert_frame_equal(read_table(tmp_path, "quotes", output_format), expected)
    assert len(read_table(tmp_path, "documents", output_format)) == 1470
