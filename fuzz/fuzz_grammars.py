"""Fuzz the pure normalisation grammars (numbers, amounts, percentages, dates). No spaCy needed.

    .venv/bin/python fuzz/fuzz_grammars.py --seconds 300

The script is a driver: it starts itself as a worker (`--worker`) that runs atheris/libFuzzer (or, when
atheris cannot be imported, a hypothesis loop with the same properties) for the time budget, then reads
the worker's stats file, re-times the slowest inputs without coverage instrumentation, minimises every
finding and prints a summary. Findings go to fuzz/findings/ (one .txt report + one .bin raw input each).

Each fuzzer input is read twice: as UTF-8 text (errors="replace") and as a "newsy" text where every byte
picks a token from a dictionary of French money/date/percent words (see TOKENS).

Properties checked (a violation is a finding, the run goes on):
  * no function raises;
  * spans are in bounds, non-empty, sorted and non-overlapping; percentage text == text[start:end];
  * parse_number / percentage values are finite Decimals or None; amount values (value, value_max) are
    finite Decimals with abs <= 1e18 or None;
  * parse_date values are None or match ISO_RE;
  * with published=2025-02-07, a non-None value with relative=False needs an explicit year in the text;
    with published=None, relative=True implies value None (the module promises never to guess from today);
  * timing: calls slower than SLOW_MS_PER_KB per KB of input are reported as possibly super-linear.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import heapq
import json
import os
import re
import subprocess
import sys
import time
import traceback
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = HERE / "corpus"
FINDINGS = HERE / "findings"
DICT_FILE = HERE / "french.dict"
STATS_DEFAULT = HERE / ".stats.json"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PUBLISHED = dt.date(2025, 2, 7)
MAX_AMOUNT = Decimal(10) ** 18
SLOW_MS_PER_KB = 50.0
MIN_KB = 0.25  # inputs shorter than 256 bytes are judged as if 256 bytes long (12.5 ms absolute)
MAX_LEN = 4096
# re.ASCII: an ISO value is ASCII; without it \d would also accept "20٢٤" (Arabic-Indic digits).
ISO_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-Q[1-4]|-H[12]|-W\d{2})?(/\d{4}(-\d{2})?)?$", re.ASCII)
# A written year: four digits, or two to four glued/spaced after a period code ("T1 25", "S12025").
EXPLICIT_YEAR_RE = re.compile(r"(?<!\d)\d{4}(?!\d)|(?i:[TQSH][1-4])[ \u00a0\u202f\u2009]*\d{2,4}(?!\d)")
DATE_KINDS = {"interval", "month_interval", "day", "numeric", "iso", "quarter", "half", "fiscal", "month",
              "month_alone", "relative", "weekday", "year"}

REPEAT = object()  # newsy: repeat the previous piece 8 * (next byte % 64) times (finds super-linear scans)
# Dictionary for the "newsy" inputs: one byte -> one token (b & 0x7F) % len, glued when b >= 0x80.
TOKENS = [
    "26,3", "1 500", "1\u202f500", "3\u00a0000,50", "1.500.000", "0,5", "2", "15", "65", "75", "600", "-4",
    "+3,5", "−2", "1er", "3", "31", "2024", "2025", "25", "99", "vingt-cinq", "quatre-vingt-dix-neuf",
    "cent", "mille", "trois", "cinq",
    "milliards", "milliard", "millions", "million", "milliers", "billions", "demi-milliard", "demi-million",
    "Md€", "M€", "Mds$", "k€", "M", "K", "€", "$", "US$", "£", "¥", "EUR", "USD", "CHF",
    "de dollars", "d'euros", "d’euros", "euros", "dollars", "dollars canadiens", "francs", "livres sterling",
    "cents", "centimes", "pence",
    "jusqu'à", "jusqu’à", "environ", "plus de", "moins de", "entre", "de", "à", "-", "–", "et",
    "%", "pour cent", "pourcent", "p. 100", "points", "points de pourcentage",
    "le 3 février 2025", "le", "février", "févr.", "sept.", "mars", "janvier", "décembre", "mardi", "lundi dernier",
    "T1 2025", "T4", "Q2", "S1", "H2", "au premier trimestre", "second semestre", "trimestre", "exercice",
    "exercice 2024-25", "fiscal", "l'an dernier", "l’année prochaine", "hier", "demain", "il y a", "dans",
    "ans", "jours", "semaines", "mois", "cette année", "fin", "début", "mi-", "courant",
    "/", ".", ",", "\u00a0", "\u202f", "\u2009", "’", "'", " ",
    # characters that `re` (IGNORECASE, \d) and str.lower()/int() treat differently, and a large number
    "\u0130", "\u017f", "\u212a", "\u0663", "999999",
    REPEAT,
]
assert len(TOKENS) <= 128, len(TOKENS)
# Extra entries for libFuzzer's dictionary (raw UTF-8 reading only): characters whose case folding or
# digit class differs between `re` and str methods, and large numbers.
EXTRA_DICT = ["\u0130", "\u017f", "\u212a", "\u0660", "\uff11", "\u00b2", "999999", "3000", "0000"]


# ------------------------------------------------------------------------------------------ properties
class Checker:
    """Runs every function on one text, collects (signature, details) findings and per-call timings."""

    def __init__(self):
        from extractor.normalize import amounts, dates, numbers, percentages

        self.numbers, self.amounts, self.percentages, self.dates = numbers, amounts, percentages, dates

    # each finding: dict(sig, function, kind, message, traceback)
    def check(self, text: str, timer=None) -> list[dict]:
        out: list[dict] = []
        n = self.numbers
        a = self.amounts
        p = self.percentages
        d = self.dates

        def call(fname, fn, *args, **kw):
            t0 = time.perf_counter()
            try:
                return True, fn(*args, **kw)
            except Exception as exc:  # noqa: BLE001 - every exception is a finding
                tb = traceback.extract_tb(exc.__traceback__)
                where = next((f for f in reversed(tb) if "/extractor/" in f.filename), tb[-1])
                out.append(dict(
                    sig=f"{fname}:{type(exc).__name__}:{Path(where.filename).name}:{where.lineno}",
                    function=fname, kind="exception",
                    message=f"{type(exc).__name__}: {exc}",
                    traceback="".join(traceback.format_exception(type(exc), exc, exc.__traceback__)[-6:]),
                ))
                return False, None
            finally:
                if timer is not None:
                    timer(fname, args[0] if args else "", time.perf_counter() - t0)

        def violation(fname, what, detail, shape=""):
            out.append(dict(sig=f"{fname}:{what}" + (f":{shape}" if shape else ""), function=fname, kind="property", message=f"{what}: {detail}",
                            traceback=""))

        def check_spans(fname, spans):
            last_end = -1
            for s, e in spans:
                if not (0 <= s < e <= len(text)):
                    violation(fname, "span out of bounds or empty", f"({s}, {e}) in len {len(text)}")
                if s < last_end:
                    violation(fname, "spans overlap or unsorted", f"start {s} < previous end {last_end}")
                last_end = max(last_end, e)

        def finite(fname, what, v, bound=None):
            if v is None:
                return
            if not isinstance(v, Decimal):
                violation(fname, f"{what} not a Decimal", repr(v))
            elif not v.is_finite():
                violation(fname, f"{what} not finite", repr(v))
            elif bound is not None and abs(v) > bound:
                violation(fname, f"{what} abs > 1e18", repr(v))

        # numbers: the whole text and its first whitespace tokens
        for piece in [text] + text.split()[:20]:
            ok, v = call("parse_number", n.parse_number, piece)
            if ok:
                finite("parse_number", "value", v)

        # amounts
        ok, spans = call("find_amount_spans", a.find_amount_spans, text)
        pieces = [text]
        if ok:
            check_spans("find_amount_spans", [(s.start, s.end) for s in spans])
            for s in spans:
                if s.label not in a.AMOUNT_LABELS:
                    violation("find_amount_spans", "unknown label", repr(s.label))
            pieces += [text[s.start:s.end] for s in spans if 0 <= s.start < s.end <= len(text)]
        for piece in pieces:
            ok, r = call("parse_amount", a.parse_amount, piece)
            if ok:
                finite("parse_amount", "value", r.value, MAX_AMOUNT)
                finite("parse_amount", "value_max", r.value_max, MAX_AMOUNT)
                if r.currency is not None and not isinstance(r.currency, str):
                    violation("parse_amount", "currency not a str", repr(r.currency))

        # percentages
        ok, hits = call("find_percentages", p.find_percentages, text)
        pieces = [text]
        if ok:
            check_spans("find_percentages", [(h[0], h[1]) for h in hits])
            for s, e, t, v, unit, v_max in hits:
                if t != text[s:e]:
                    violation("find_percentages", "text != text[start:end]", repr((s, e, t)))
                if unit not in ("percent", "points"):
                    violation("find_percentages", "unknown unit", repr(unit))
                finite("find_percentages", "value", v)
                finite("find_percentages", "value_max", v_max)
                pieces.append(t)
        for piece in pieces:
            ok, r = call("parse_percentage", p.parse_percentage, piece)
            if ok:
                finite("parse_percentage", "value", r[0])

        # dates
        ok, dspans = call("find_date_spans", d.find_date_spans, text)
        pieces = [text]
        if ok:
            check_spans("find_date_spans", [(s, e) for s, e, _ in dspans])
            for _, _, kind in dspans:
                if kind not in DATE_KINDS:
                    violation("find_date_spans", "unknown kind", repr(kind))
            pieces += [text[s:e] for s, e, _ in dspans if 0 <= s < e <= len(text)]
        for piece in pieces:
            for published in (None, PUBLISHED):
                fname = "parse_date" if published is None else "parse_date(published)"
                ok, r = call(fname, d.parse_date, piece, published=published)
                if not ok:
                    continue
                if r.value is not None:
                    if not isinstance(r.value, str) or not ISO_RE.match(r.value):
                        violation(fname, "value not ISO-like", repr(r.value), value_shape(r))
                    if published is None and r.relative:
                        violation(fname, "relative value without published date", repr(r))
                    if published is not None and not r.relative and not EXPLICIT_YEAR_RE.search(piece):
                        violation(fname, "non-relative value without explicit year", repr(r))
        return out


def value_shape(r) -> str:
    """Coarse shape of a bad date value, so that distinct bugs get distinct signatures: '2024/20253' ->
    'interval=N/N', '-975' -> 'year=-N', '20٢٤' -> 'year=NU' (U: non-ASCII digits)."""
    v = re.sub(r"[0-9]+", "N", str(r.value))
    v = re.sub(r"\d+", "U", v)
    return f"{r.precision}={v[:20]}"


def newsy(data: bytes) -> str:
    parts: list[str] = []
    size, last = 0, ""
    it = iter(data[:1024])
    for b in it:
        tok = TOKENS[(b & 0x7F) % len(TOKENS)]
        if tok is REPEAT:  # repeats the last token only (not an earlier repeat): size stays bounded
            times = 8 * (next(it, 0) % 64)
            piece = last * min(times, MAX_LEN // max(1, len(last)))
        else:
            piece = last = tok + ("" if b >= 0x80 else " ")
        parts.append(piece)
        size += len(piece)
        if size >= MAX_LEN:
            break
    return "".join(parts)[:MAX_LEN]


def texts_of(data: bytes) -> list[str]:
    return [data.decode("utf-8", errors="replace"), newsy(data)]


# ---------------------------------------------------------------------------------------------- worker
class State:
    def __init__(self, stats_path: Path, budget: float):
        self.stats_path = stats_path
        self.budget = budget
        self.t0 = time.monotonic()
        self.executed = 0
        self.texts = 0
        self.findings: dict[str, dict] = {}
        self.slow: list[tuple[float, int, dict]] = []  # min-heap of the slowest (ms/KB) calls
        self.slow_abs: list[tuple[float, int, dict]] = []  # min-heap of the slowest calls in absolute ms
        self.seq = 0
        self.last_dump = 0.0
        self.checker = Checker()

    def timer(self, fname, arg, seconds):
        size = len(arg.encode("utf-8", "surrogatepass")) if isinstance(arg, str) else 0
        ms = seconds * 1000
        per_kb = ms / max(size / 1024, MIN_KB)
        self.seq += 1
        for heap, key in ((self.slow, per_kb), (self.slow_abs, ms)):
            if len(heap) < 15 or key > heap[0][0]:
                item = (key, self.seq, dict(function=fname, ms=ms, ms_per_kb=per_kb, size=size, input=arg))
                (heapq.heappush if len(heap) < 15 else heapq.heapreplace)(heap, item)

    def run_one(self, data: bytes):
        self.executed += 1
        for text in texts_of(data):
            self.texts += 1
            for f in self.checker.check(text, self.timer):
                if f["sig"] not in self.findings:
                    f["input"] = text
                    self.findings[f["sig"]] = f
                    save_finding(f)
                    print(f"\n[fuzz] NEW FINDING {f['sig']}: {f['message']}\n       input={text[:200]!r}",
                          file=sys.stderr, flush=True)
                else:
                    f0 = self.findings[f["sig"]]
                    f0["count"] = f0.get("count", 1) + 1
                    if len(text) < len(f0["input"]):  # keep the shortest reproducer seen
                        f0["input"] = text
        now = time.monotonic()
        if now - self.last_dump > 2:
            self.dump()
            self.last_dump = now

    def dump(self, done=False):
        stats = dict(
            executed=self.executed, texts=self.texts, elapsed=time.monotonic() - self.t0, done=done,
            findings=list(self.findings.values()),
            slowest=[x[2] for x in sorted(self.slow, reverse=True)],
            slowest_abs=[x[2] for x in sorted(self.slow_abs, reverse=True)],
        )
        tmp = self.stats_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(stats, ensure_ascii=True, default=str))
        tmp.replace(self.stats_path)


def save_finding(f: dict, minimal: str | None = None):
    FINDINGS.mkdir(exist_ok=True)
    h = hashlib.sha1(f["sig"].encode()).hexdigest()[:10]
    name = re.sub(r"[^A-Za-z0-9]+", "_", f["sig"])[:60] + "_" + h
    repro = minimal if minimal is not None else f["input"]
    (FINDINGS / f"{name}.bin").write_bytes(repro.encode("utf-8", "surrogatepass"))
    (FINDINGS / f"{name}.txt").write_text(
        f"signature: {f['sig']}\nfunction:  {f['function']}\nkind:      {f['kind']}\n"
        f"failure:   {f['message']}\nrepro:     {repro!r}\n"
        + (f"\ntraceback (tail):\n{f['traceback']}" if f["traceback"] else ""),
        encoding="utf-8",
    )
    return name


def seeds() -> list[bytes]:
    return [p.read_bytes() for p in sorted(CORPUS.glob("*")) if p.is_file()]


def warm_up(state: State):
    # Compile the regexes and import dateparser before timing anything.
    for data in seeds() + [b"hier l'an dernier 3 M\xe2\x82\xac 40 %"]:
        state.checker.check(data.decode("utf-8", "replace"))


def worker_atheris(args) -> None:
    import atheris

    with atheris.instrument_imports(include=["extractor.normalize", "extractor.lang_fr"]):
        from extractor.normalize import amounts, dates, numbers, percentages  # noqa: F401

    state = State(Path(args.stats), args.seconds)
    warm_up(state)
    state.dump()

    def test_one_input(data: bytes):
        state.run_one(data)
        if time.monotonic() - state.t0 > args.seconds + 5:  # libFuzzer's -max_total_time is the real stop
            state.dump(done=True)
            os._exit(0)

    import atexit

    FINDINGS.mkdir(exist_ok=True)
    atexit.register(state.dump, True)
    libfuzzer_args = [
        sys.argv[0], f"-max_total_time={int(args.seconds)}", f"-max_len={MAX_LEN}",
        f"-dict={DICT_FILE}", "-print_final_stats=1", "-len_control=10", "-timeout=10", "-rss_limit_mb=4096",
        f"-artifact_prefix={FINDINGS}/libfuzzer-", str(args.work_corpus), str(CORPUS),
    ]
    atheris.Setup(libfuzzer_args, test_one_input)
    atheris.Fuzz()


def worker_hypothesis(args) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    state = State(Path(args.stats), args.seconds)
    warm_up(state)
    for data in seeds():
        state.run_one(data)
    deadline = time.monotonic() + args.seconds
    alphabet = st.sampled_from([t for t in TOKENS if isinstance(t, str)])

    @settings(max_examples=500, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.one_of(st.binary(max_size=MAX_LEN),
                     st.lists(alphabet, max_size=200).map(lambda ts: " ".join(ts).encode("utf-8"))))
    def prop(data):
        if time.monotonic() < deadline:  # past the budget: let hypothesis finish its batch quickly
            state.run_one(data)

    while time.monotonic() < deadline:
        prop()  # run_one records findings instead of raising, so hypothesis never shrinks or stops
    state.dump(done=True)


# ---------------------------------------------------------------------------------------------- driver
def minimize(checker: Checker, sig: str, text: str, budget_s: float = 20.0) -> str:
    """Greedy delta debugging: drop chunks (then single chars) while the same signature still fires."""
    t_end = time.monotonic() + budget_s

    def fires(t: str) -> bool:
        return any(f["sig"] == sig for f in checker.check(t))

    if not fires(text):
        return text
    chunk = max(1, len(text) // 2)
    while chunk >= 1 and time.monotonic() < t_end:
        i, changed = 0, False
        while i < len(text) and time.monotonic() < t_end:
            cand = text[:i] + text[i + chunk:]
            if cand and fires(cand):
                text, changed = cand, True
            else:
                i += chunk
        if not changed:
            chunk //= 2
    return text


def retime(checker: Checker, text: str, fname: str) -> float:
    """Uninstrumented time (ms, best of 3) of one function on `text`, caches cleared."""
    fns = {
        "parse_number": lambda t: checker.numbers.parse_number(t),
        "find_amount_spans": lambda t: checker.amounts.find_amount_spans(t),
        "parse_amount": lambda t: checker.amounts.parse_amount(t),
        "find_percentages": lambda t: checker.percentages.find_percentages(t),
        "parse_percentage": lambda t: checker.percentages.parse_percentage(t),
        "find_date_spans": lambda t: checker.dates.find_date_spans(t),
        "parse_date": lambda t: checker.dates.parse_date(t),
        "parse_date(published)": lambda t: checker.dates.parse_date(t, published=PUBLISHED),
    }
    best = float("inf")
    for _ in range(3):
        checker.dates._parse_cached.cache_clear()
        checker.dates._dateparser.cache_clear()
        t0 = time.perf_counter()
        fns[fname](text)
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def driver(args) -> int:
    try:
        import atheris  # noqa: F401
        engine = "atheris"
    except ImportError:
        engine = "hypothesis"
    if args.engine:
        engine = args.engine
    stats_path = Path(args.stats)
    stats_path.unlink(missing_ok=True)
    work_corpus = Path(args.work_corpus)
    work_corpus.mkdir(parents=True, exist_ok=True)
    write_dict()
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", "--engine", engine,
           "--seconds", str(args.seconds), "--stats", str(stats_path), "--work-corpus", str(work_corpus)]
    print(f"[fuzz] engine={engine} budget={args.seconds}s", flush=True)
    log = open(HERE / ".worker.log", "w")
    rc = subprocess.call(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    log.close()
    if not stats_path.exists():
        print(f"[fuzz] worker left no stats (rc={rc}); see {HERE / '.worker.log'}")
        return 2
    stats = json.loads(stats_path.read_text())
    libfuzzer_crashes = sorted(str(p) for p in FINDINGS.glob("libfuzzer-*")) if FINDINGS.exists() else []

    checker = Checker()
    for seed in seeds():  # compile the regexes, import dateparser: not part of any timing below
        checker.check(seed.decode("utf-8", "replace"))
    print()
    print("=" * 100)
    print(f"engine:               {engine} (worker rc={rc})")
    print(f"inputs executed:      {stats['executed']} fuzzer inputs "
          f"({stats['texts']} texts, each through every function) in {stats['elapsed']:.0f} s")
    findings = stats["findings"]
    crashes = [f for f in findings if f["kind"] == "exception"]
    props = [f for f in findings if f["kind"] == "property"]
    print(f"crashes found:        {len(crashes)} distinct exception(s)"
          + (f" + {len(libfuzzer_crashes)} libFuzzer artifact(s)" if libfuzzer_crashes else ""))
    print(f"property violations:  {len(props)} distinct")
    for f in findings:
        small = minimize(checker, f["sig"], f["input"])
        name = save_finding(f, small)
        print(f"\n  [{f['kind']}] {f['sig']}  (seen {f.get('count', 1)}x)")
        print(f"    failure: {f['message'][:300]}")
        print(f"    repro:   {small!r}")
        print(f"    saved:   fuzz/findings/{name}.txt")
        if f["traceback"]:
            print("    " + f["traceback"].strip().splitlines()[-3].strip())
    for p in libfuzzer_crashes:
        print(f"  libFuzzer artifact: {p}")

    print("\nslowest inputs (fuzzer-time incl. instrumentation, then re-timed uninstrumented):")
    seen = set()
    slow_found = 0
    for item in stats["slowest"] + stats["slowest_abs"]:
        key = (item["function"], item["input"])
        if key in seen:
            continue
        seen.add(key)
        ms = retime(checker, item["input"], item["function"])
        per_kb = ms / max(item["size"] / 1024, MIN_KB)
        flag = per_kb > SLOW_MS_PER_KB
        slow_found += flag
        print(f"  {'SLOW ' if flag else '     '}{item['function']:<22} {item['size']:>5} B  fuzz {item['ms']:8.2f} ms"
              f"  clean {ms:8.2f} ms = {per_kb:7.2f} ms/KB  input={item['input'][:80]!r}")
        if flag:
            f = dict(sig=f"{item['function']}:slow", function=item["function"], kind="slow",
                     message=f"{ms:.1f} ms for {item['size']} bytes = {per_kb:.1f} ms/KB (> {SLOW_MS_PER_KB})",
                     traceback="", input=item["input"])
            save_finding(f)
    print(f"\nslow inputs (> {SLOW_MS_PER_KB:g} ms/KB, uninstrumented): {slow_found}")
    print("=" * 100)
    return 0


def write_dict():
    """libFuzzer dictionary (for the raw UTF-8 reading) built from TOKENS."""
    lines = []
    for t in [t for t in TOKENS if isinstance(t, str)] + EXTRA_DICT:
        esc = "".join(c if 0x20 <= ord(c) < 0x7F and c not in '"\\' else "".join(f"\\x{b:02X}" for b in c.encode())
                      for c in t)
        lines.append(f'"{esc}"')
    DICT_FILE.write_text("\n".join(lines) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=300)
    ap.add_argument("--engine", choices=["atheris", "hypothesis"])
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--stats", default=str(STATS_DEFAULT), help=argparse.SUPPRESS)
    ap.add_argument("--work-corpus", default=str(HERE / ".work_corpus"),
                    help="where libFuzzer writes the inputs it finds interesting (seeds stay in fuzz/corpus)")
    args, _ = ap.parse_known_args()
    if args.worker:
        (worker_atheris if args.engine == "atheris" else worker_hypothesis)(args)
        return 0
    return driver(args)


if __name__ == "__main__":
    sys.exit(main())
