"""Extraction on a Dask LocalCluster of two worker processes: same records as a local run, and a worker
killed in the middle of a run loses nothing and duplicates nothing."""
import json
import os
import signal
import threading
import time

import pytest

from paths import FIXTURES

pytest.importorskip("distributed")
pytestmark = pytest.mark.model

ARTICLES = FIXTURES / "articles"


@pytest.fixture(scope="module")
def client():
    from extractor.distributed import local_client

    with local_client(2) as dask_client:
        yield dask_client


@pytest.fixture(scope="module")
def local_records(nlp):
    from extractor import extract_many

    return sorted(r.model_dump_json() for r in extract_many(sorted(ARTICLES.glob("*.txt"))))


def _records(folder):
    lines = [line for part in sorted(folder.glob("part-*.jsonl")) for line in part.read_text("utf-8").splitlines()]
    return sorted(lines)


def test_distributed_output_equals_local_output(client, local_records, tmp_path):
    from extractor.distributed import run_distributed

    run = run_distributed([str(ARTICLES)], tmp_path, client=client)
    assert _records(tmp_path) == local_records
    manifest = json.loads((tmp_path / "manifest.json").read_text("utf-8"))
    inputs = len(list(ARTICLES.glob("*.txt")))
    assert (manifest["articles"], manifest["errors"], len(manifest["inputs"])) == (len(local_records), 0, inputs)
    assert run.parts > 1 and len(manifest["parts"]) == run.parts


def test_a_killed_worker_loses_and_duplicates_nothing(client, local_records, tmp_path):
    from extractor.distributed import run_distributed

    killed = []

    def kill_one_worker_when_output_starts():
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not list(tmp_path.glob("part-*.jsonl")):
            time.sleep(0.02)
        victim, pid = sorted(client.run(os.getpid).items())[0]
        os.kill(pid, signal.SIGKILL)  # the worker process dies; its nanny starts a new one
        killed.append(victim)

    killer = threading.Thread(target=kill_one_worker_when_output_starts)
    killer.start()
    run_distributed([str(ARTICLES)], tmp_path, client=client, partition_bytes=1)
    killer.join()
    assert killed and killed[0] not in client.scheduler_info()["workers"]  # it did die
    assert _records(tmp_path) == local_records
    assert not list(tmp_path.glob("*.tmp"))


def test_bag_api_gives_the_same_records(client, local_records):
    from extractor.distributed import extract_bag

    bag = extract_bag([f"file://{ARTICLES}"], partition_bytes=20_000)
    assert sorted(bag.compute()) == local_records
