"""The Spark recipe: mapPartitions over the same partitions gives the local run's output, byte for byte."""

from __future__ import annotations

import os
import sys

import pytest

pytest.importorskip("pyspark")

from persianews.cli import main
from persianews.spark import extract_lines

from .hostile_inputs import FIXTURES, hostile_inputs


@pytest.fixture(scope="module")
def spark_context():
    from pyspark import SparkConf, SparkContext

    before = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers run this interpreter, with persianews installed
    conf = (SparkConf().setMaster("local[2]").setAppName("persianews-tests").set("spark.ui.enabled", "false")
            .set("spark.driver.memory", "512m"))
    context = SparkContext.getOrCreate(conf)
    context.setLogLevel("ERROR")
    yield context
    context.stop()
    if before is None:
        del os.environ["PYSPARK_PYTHON"]
    else:
        os.environ["PYSPARK_PYTHON"] = before


def test_spark_lines_equal_the_local_output(tmp_path, spark_context):
    inputs = [str(hostile_inputs(tmp_path / "in")), str(FIXTURES / "news_irna.jsonl")]
    out = tmp_path / "local.jsonl"
    assert main(["extract", *inputs, "-o", str(out), "--quiet", "--max-record-chars", "2000"]) == 1
    lines = extract_lines(spark_context, inputs, max_record_chars=2000, blocksize=2500)
    assert lines.getNumPartitions() >= 8
    assert "".join(line + "\n" for line in lines.collect()).encode("utf-8") == out.read_bytes()
