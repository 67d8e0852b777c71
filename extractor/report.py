"""`extractor report`: a corpus overview from the records the CLI writes, as one self-contained HTML page.

Counts; top companies, people and products by number of articles, and apart from them the media and agencies
only cited as sources; money announced per company and currency (bar chart); events by type over time, by
publication month, or by the month of a date the article states when it has no publication date (timeline);
and a table of every investment, funding round and acquisition, linked to the article view when one was
written. Charts are
inline SVG drawn here (no library, no network). The page stays small whatever the corpus: rankings are
cut to their top entries and the event table to MAX_EVENTS rows, paginated in the browser.
"""
from __future__ import annotations

import html
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from decimal import Decimal

from extractor.view import CSS as VIEW_CSS
from extractor.view import french_number

TOP = 15
SOURCES = "SOURCES"  # the ranking of entities only cited as sources (media, agencies)
MAX_EVENTS = 2000
PAGE_ROWS = 50
MONEY_EVENTS = ("INVESTMENT", "FUNDING_ROUND", "ACQUISITION")
EVENT_COLORS = {"INVESTMENT": "#4c6ef5", "FUNDING_ROUND": "#12b886", "ACQUISITION": "#f59f00",
                "PARTNERSHIP": "#ae3ec9", "PRODUCT_LAUNCH": "#e8590c", "STOCK_MOVE": "#868e96",
                "REVENUE": "#1098ad", "MAKER": "#74c0fc", "EMPLOYMENT": "#c0eb75", "QUOTE": "#ffa8a8"}

CSS = VIEW_CSS + """
section{padding:0 2rem 1rem}.cards{display:flex;gap:1rem;flex-wrap:wrap}
.card{background:#fff;border:1px solid #ddd;padding:.6rem 1rem;min-width:8rem}.card b{display:block;font-size:1.4rem}
.pager button{margin:.2rem}.cols{display:flex;gap:1.5rem;flex-wrap:wrap}.cols>div{flex:1;min-width:16rem}
svg text{font-size:11px;fill:#333}
"""

SCRIPT = """
document.querySelectorAll('table.paged').forEach(function (table) {
  var rows = Array.prototype.slice.call(table.tBodies[0].rows), size = +table.dataset.page, page = 0;
  var pager = document.createElement('div'); pager.className = 'pager';
  function show() {
    rows.forEach(function (r, i) { r.style.display = (i >= page * size && i < (page + 1) * size) ? '' : 'none'; });
    pager.textContent = '';
    var pages = Math.ceil(rows.length / size);
    for (var p = 0; p < pages; p++) {
      var b = document.createElement('button'); b.textContent = p + 1; b.disabled = (p === page);
      b.addEventListener('click', (function (q) { return function () { page = q; show(); }; })(p));
      pager.appendChild(b);
    }
  }
  table.parentNode.insertBefore(pager, table.nextSibling);
  show();
});
"""


def _entity_names(record: dict) -> dict[str, str]:
    return {r["id"]: r["name"] for r in record.get("references", [])} | {e["id"]: e["name"] for e in record.get("entities", [])}


def aggregate(records: Iterable[dict]) -> dict:
    """Everything the page shows, from records (dicts as in the JSONL output)."""
    articles = errors = 0
    by_type: dict[str, Counter] = defaultdict(Counter)
    names: dict[tuple[str, str], str] = {}
    money: Counter = Counter()
    timeline: dict[str, Counter] = defaultdict(Counter)
    stated_months = 0  # events placed by a date the article states, for want of a publication date
    events: list[dict] = []
    for index, record in enumerate(records):
        if "error" in record:
            errors += 1
            continue
        articles += 1
        for entity in record.get("entities", []):
            kind = SOURCES if entity.get("source_only") else entity["type"]
            by_type[kind][entity["id"]] += 1
            names[(kind, entity["id"])] = entity["name"]
        entity_names = _entity_names(record)
        for relation in record.get("relations", []):
            month, stated = event_month(record, relation)
            stated_months += stated
            timeline[month][relation["type"]] += 1
            when = record.get("published") or (f"{month} (cité)" if stated else "")
            if relation["type"] not in MONEY_EVENTS:
                continue
            args = relation["arguments"]
            amount = _amount(record, args.get("amount"))
            actor = args.get("investor") or args.get("company") or args.get("acquirer")
            if amount is not None and amount["currency"] and actor:
                money[(entity_names.get(actor, actor), amount["currency"])] += Decimal(str(amount["value"]))
            events.append({
                "index": index, "type": relation["type"], "date": when,
                "source": record.get("source") or "", "view": record.get("view"),
                "who": ", ".join(entity_names.get(args[k], args[k]) for k in ("investor", "company", "acquirer")
                                 if k in args),
                "target": entity_names.get(args.get("target", ""), args.get("target", "")),
                "amount": f"{french_number(amount['value'])} {amount['currency'] or '?'}" if amount else "",
            })
    events.sort(key=lambda e: (e["date"], e["index"]), reverse=True)
    return {"articles": articles, "errors": errors, "by_type": by_type, "names": names, "money": money,
            "timeline": timeline, "stated_months": stated_months, "events": events}


_MONTH = re.compile(r"^\d{4}-\d{2}")


def event_month(record: dict, relation: dict) -> tuple[str, bool]:
    """(YYYY-MM, stated): the publication month; without one, the month of the date the relation names, else
    of the first date of the article with a month (stated=True); else "sans date"."""
    published = record.get("published")
    if published:
        return published[:7], False
    dates = record.get("dates", [])
    ref = relation.get("arguments", {}).get("date")
    named = [dates[int(ref.split("/")[1])]] if isinstance(ref, str) and ref.startswith("dates/") \
        and int(ref.split("/")[1]) < len(dates) else []
    for date in named + dates:
        m = _MONTH.match(date.get("value") or "")
        if m:
            return m.group(0), True
    return "sans date", False


def _amount(record: dict, ref: str | None) -> dict | None:
    if not ref or not ref.startswith("amounts/"):
        return None
    index = int(ref.split("/")[1])
    amounts = record.get("amounts", [])
    return amounts[index] if index < len(amounts) else None


def bar_chart(items: list[tuple[str, Decimal]], *, width: int = 560) -> str:
    """Horizontal bars, one per (label, value), as inline SVG."""
    if not items:
        return '<p class="muted">—</p>'
    top = max(v for _, v in items) or Decimal(1)
    row, label_width = 22, 210
    height = row * len(items) + 10
    bars = []
    for i, (label, value) in enumerate(items):
        length = float(value / top) * (width - label_width - 110)
        y = 5 + i * row
        bars.append(f'<text x="{label_width - 6}" y="{y + 14}" text-anchor="end">{html.escape(label[:34])}</text>'
                    f'<rect x="{label_width}" y="{y + 3}" width="{length:.1f}" height="{row - 8}" fill="#4c6ef5"/>'
                    f'<text x="{label_width + length + 4:.1f}" y="{y + 14}">{html.escape(_short(value))}</text>')
    return (f'<svg class="chart" role="img" aria-label="montants par entreprise" width="{width}" height="{height}" '
            f'xmlns="http://www.w3.org/2000/svg">{"".join(bars)}</svg>')


def _short(value: Decimal) -> str:
    for scale, word in ((Decimal(10) ** 9, " Md"), (Decimal(10) ** 6, " M"), (Decimal(10) ** 3, " k")):
        if abs(value) >= scale:
            return f"{french_number((value / scale).quantize(Decimal('0.1')))}{word}"
    return french_number(value)


def timeline_chart(timeline: dict[str, Counter], *, width: int = 760) -> str:
    """Stacked columns of events per publication month, one colour per type, as inline SVG."""
    months = sorted(m for m in timeline if m != "sans date") + (["sans date"] if "sans date" in timeline else [])
    if not months:
        return '<p class="muted">—</p>'
    top = max(sum(c.values()) for c in timeline.values()) or 1
    plot_height, base = 160, 175
    column = max(8, min(56, (width - 40) // len(months)))
    label_every = -(-48 // column)  # a month label is about 48 px wide: label one column in so many
    shapes = []
    for i, month in enumerate(months):
        x, y = 30 + i * column, base
        for kind, color in EVENT_COLORS.items():
            count = timeline[month].get(kind, 0)
            if not count:
                continue
            h = count / top * plot_height
            y -= h
            shapes.append(f'<rect x="{x}" y="{y:.1f}" width="{column - 2}" height="{h:.1f}" fill="{color}">'
                          f"<title>{month} {kind}: {count}</title></rect>")
        if i % max(label_every, 1 if len(months) <= 24 else len(months) // 12) == 0:
            shapes.append(f'<text x="{x}" y="{base + 14}">{html.escape(month)}</text>')
    legend = "".join(f'<span style="background:{c};color:#fff">{k}</span>' for k, c in EVENT_COLORS.items())
    return (f'<svg class="chart" role="img" aria-label="événements par mois" width="{width}" height="{base + 20}" '
            f'xmlns="http://www.w3.org/2000/svg">{"".join(shapes)}</svg><div class="legend">{legend}</div>')


def _ranking(data: dict, entity_type: str) -> str:
    counts = data["by_type"].get(entity_type, Counter())
    rows = "".join(f"<tr><td>{html.escape(data['names'][(entity_type, i)])}</td><td>{n}</td></tr>"
                   for i, n in counts.most_common(TOP))
    return (f"<table><thead><tr><th>{entity_type}</th><th>articles</th></tr></thead><tbody>{rows}</tbody></table>"
            if rows else '<p class="muted">—</p>')


def _stated_note(data: dict) -> str:
    count = data["stated_months"]
    if not count:
        return ""
    return (f'<p class="muted" id="stated-months">{count} événement{"s" if count > 1 else ""} sans date de '
            "publication, placé" + ("s" if count > 1 else "") + " au mois d'une date citée dans l'article.</p>")


def render_report(records: Iterable[dict], *, title: str = "Rapport du corpus") -> str:
    data = aggregate(records)
    cards = "".join(f'<div class="card"><b>{v}</b>{html.escape(k)}</div>' for k, v in (
        ("articles", data["articles"]), ("erreurs", data["errors"]),
        ("entreprises", len(data["by_type"].get("COMPANY", {}))), ("personnes", len(data["by_type"].get("PERSON", {}))),
        ("produits", len(data["by_type"].get("PRODUCT", {}))), ("événements financiers", len(data["events"]))))
    currencies = Counter(currency for _, currency in data["money"])
    money_charts = "".join(  # one chart per currency: a yen and a dollar do not share a scale
        f"<h3>{html.escape(currency)}</h3>" + bar_chart(
            [(who, value) for (who, cur), value in data["money"].most_common() if cur == currency][:TOP])
        for currency, _ in currencies.most_common(4)) or '<p class="muted">—</p>'
    shown = data["events"][:MAX_EVENTS]
    rows = "".join(
        "<tr><td>{date}</td><td>{type}</td><td>{who}</td><td>{target}</td><td>{amount}</td><td>{source}</td></tr>".format(
            date=html.escape(e["date"]), type=e["type"], who=html.escape(e["who"]), target=html.escape(e["target"]),
            amount=html.escape(e["amount"]),
            source=(f'<a href="{html.escape(e["view"])}">{html.escape(e["source"])}</a>' if e["view"]
                    else html.escape(e["source"])))
        for e in shown)
    cut = (f'<p class="muted">{MAX_EVENTS} plus récents sur {len(data["events"])}</p>'
           if len(data["events"]) > MAX_EVENTS else "")
    events = (f'<table class="paged" data-page="{PAGE_ROWS}"><thead><tr><th>publié</th><th>type</th><th>qui</th>'
              f"<th>cible</th><th>montant</th><th>article</th></tr></thead><tbody>{rows}</tbody></table>{cut}"
              if rows else '<p class="muted">—</p>')
    return (
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>"
        f"<header><h1>{html.escape(title)}</h1></header>"
        f'<section><h2>En chiffres</h2><div class="cards">{cards}</div></section>'
        f'<section><h2>Les plus cités</h2><div class="cols"><div>{_ranking(data, "COMPANY")}</div>'
        f'<div>{_ranking(data, "PERSON")}</div><div>{_ranking(data, "PRODUCT")}</div></div></section>'
        f'<section><h2>Sources citées</h2><p class="muted">Médias et agences seulement cités comme source '
        f'(« selon… », « (AFP) », crédits photo), hors du classement ci-dessus.</p>{_ranking(data, SOURCES)}</section>'
        f"<section><h2>Argent annoncé par entreprise et devise</h2>{money_charts}</section>"
        f"<section><h2>Événements par mois de publication</h2>{_stated_note(data)}"
        f"{timeline_chart(data['timeline'])}</section>"
        f"<section><h2>Investissements, levées de fonds, acquisitions</h2>{events}</section>"
        f"<script>{SCRIPT}</script></body></html>"
    )


def read_records(lines: Iterable[str]) -> Iterable[dict]:
    for line in lines:
        if line.strip():
            yield json.loads(line)
