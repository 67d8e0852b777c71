"""Extraction on a Dask cluster (optional extra `[dask]`): a LocalCluster on a laptop, or any scheduler.

Inputs are local paths or fsspec URLs (`file://`, `s3://`…), grouped into partitions of about
`partition_bytes` bytes. Each task reads its files through fsspec and extracts them; each worker process
loads the spaCy pipeline once (`load_pipeline` is cached per process) and the model never travels through
the scheduler. A failing article gives an error record, like the local CLI. Output is written by the
client, one `part-NNNNN.jsonl` per partition, through a temporary file and a rename: a task that Dask
re-runs after a worker died rewrites the same part, so nothing is lost or written twice.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from extractor.api import error_record, extract_many
from extractor.errors import ExtractorError
from extractor.inputs import ARTICLE_SUFFIXES, Article, articles_from_bytes, coerce_date
from extractor.pipeline import DEFAULT_MODEL

PARTITION_BYTES = 2_000_000


def _require_dask():
    try:
        import dask.bag  # noqa: F401
        import fsspec  # noqa: F401
    except ImportError as err:  # pragma: no cover - depends on the install
        raise ExtractorError("distributed extraction needs the [dask] extra: pip install -e '.[dask]'") from err


def list_inputs(paths_or_urls: list[str]) -> list[tuple[str, int]]:
    """(URL or path, size in bytes) of every article file, folders searched recursively, in sorted order."""
    _require_dask()
    import fsspec

    found: list[tuple[str, int]] = []
    for raw in paths_or_urls:
        fs, root = fsspec.core.url_to_fs(str(raw))
        protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
        prefix = "" if protocol in ("file", "local") else f"{protocol}://"
        if fs.isdir(root):
            files = sorted(p for p in fs.find(root) if PurePosixPath(p).suffix.lower() in ARTICLE_SUFFIXES)
        else:
            files = [root]
        for path in files:
            try:
                size = fs.size(path) or 0
            except OSError:
                size = 0  # read fails later, in its task, with an error record
            found.append((prefix + path, size))
    return found


def partitions(inputs: list[tuple[str, int]], partition_bytes: int = PARTITION_BYTES) -> list[list[str]]:
    """Consecutive groups of inputs of about `partition_bytes` bytes each (at least one input each)."""
    groups: list[list[str]] = []
    size = 0
    for url, nbytes in inputs:
        if not groups or size + nbytes > partition_bytes:
            groups.append([])
            size = 0
        groups[-1].append(url)
        size += nbytes
    return groups


def extract_partition(urls: list[str], published: str | None = None, model: str = DEFAULT_MODEL) -> list[str]:
    """JSON lines of the records of `urls`, in order (runs on a worker)."""
    import fsspec

    items: list[Article | object] = []
    for url in urls:
        try:
            with fsspec.open(url, "rb") as f:
                data = f.read()
        except (OSError, ValueError) as err:
            items.append(error_record(url, "E_READ", f"cannot read file: {err}"))
            continue
        for article in articles_from_bytes(data, url, PurePosixPath(url).suffix):
            items.append(error_record(article.source, article.code, article.message)
                         if isinstance(article, ExtractorError) else article)
    records: list[str] = []
    articles = [i for i in items if isinstance(i, Article)]
    extracted = iter(extract_many(articles, published=published, model=model))
    for item in items:
        record = next(extracted) if isinstance(item, Article) else item
        records.append(record.model_dump_json())
    return records


def extract_bag(paths_or_urls: list[str], *, published: dt.date | str | None = None, model: str = DEFAULT_MODEL,
                partition_bytes: int = PARTITION_BYTES):
    """A `dask.bag.Bag` of records (as JSON strings), one bag partition per group of input files."""
    _require_dask()
    import dask.bag as db
    from dask import delayed

    day = coerce_date(published)
    groups = partitions(list_inputs(paths_or_urls), partition_bytes)
    parts = [delayed(extract_partition)(g, day.isoformat() if day else None, model) for g in groups]
    return db.from_delayed(parts) if parts else db.from_sequence([])


@dataclass
class DistributedRun:
    output_dir: Path
    parts: int = 0
    articles: int = 0
    errors: int = 0
    seconds: float = 0.0
    inputs: list[str] = field(default_factory=list)


def run_distributed(paths_or_urls: list[str], output_dir: Path, *, client, published: dt.date | str | None = None,
                    model: str = DEFAULT_MODEL, partition_bytes: int = PARTITION_BYTES) -> DistributedRun:
    """Extract on the cluster of `client` and write `output_dir/part-NNNNN.jsonl` plus `manifest.json`."""
    _require_dask()
    from distributed import as_completed

    started = time.perf_counter()
    output_dir.mkdir(parents=True, exist_ok=True)
    inputs = list_inputs(paths_or_urls)
    # At least about four partitions per worker, so that every worker has work and a lost one costs little.
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    partition_bytes = max(1, min(partition_bytes, sum(size for _, size in inputs) // (4 * workers)))
    groups = partitions(inputs, partition_bytes)
    day = coerce_date(published)
    futures = {client.submit(extract_partition, group, day.isoformat() if day else None, model, pure=True,
                             retries=2): index for index, group in enumerate(groups)}
    run = DistributedRun(output_dir=output_dir, parts=len(groups), inputs=[url for url, _ in inputs])
    for future in as_completed(futures):
        lines = future.result()
        index = futures[future]
        part = output_dir / f"part-{index:05d}.jsonl"
        temporary = part.with_name(part.name + ".tmp")
        temporary.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        os.replace(temporary, part)
        for line in lines:
            if "error" in json.loads(line):
                run.errors += 1
            else:
                run.articles += 1
    run.seconds = time.perf_counter() - started
    manifest = {"inputs": run.inputs, "parts": [f"part-{i:05d}.jsonl" for i in range(run.parts)],
                "articles": run.articles, "errors": run.errors, "seconds": round(run.seconds, 2),
                "model": model, "published": day.isoformat() if day else None}
    (output_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
    return run


def local_client(workers: int):
    """A LocalCluster of `workers` processes with one thread each (spaCy is not thread-parallel)."""
    _require_dask()
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster)
