"""`extractor view`: one article as a self-contained HTML page — its text with every mention highlighted by
type (in the manner of spaCy's displaCy entity view, with our types, amounts, percentages and dates), a
legend, and the record as tables. Clicking a relation highlights its evidence sentence and arguments.

No network: CSS and a few lines of JavaScript are inline. The highlights are plain HTML and need no
JavaScript; the text stays selectable.
"""
from __future__ import annotations

import html
import json
from decimal import Decimal

from extractor.models import ArticleRecord

# displaCy's palette where its labels match ours.
COLORS = {
    "COMPANY": "#7aecec", "ORGANIZATION": "#bfeeb7", "PERSON": "#aa9cfc", "PRODUCT": "#ffeb80",
    "LOCATION": "#ff9561", "MONEY": "#e4e7d2", "PERCENT": "#e4e7d2", "DATE": "#bfe1d9",
}
LABELS = {"COMPANY": "Entreprise", "ORGANIZATION": "Organisation", "PERSON": "Personne", "PRODUCT": "Produit",
          "LOCATION": "Lieu", "MONEY": "Montant", "PERCENT": "Pourcentage", "DATE": "Date"}

CSS = """
body{font-family:-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:1rem 2rem;background:#fff;border-bottom:1px solid #ddd}header h1{font-size:1.3rem;margin:0}
header p{margin:.3rem 0 0;color:#666;font-size:.9rem}
main{display:flex;gap:2rem;padding:1rem 2rem;align-items:flex-start}
article{flex:3;background:#fff;padding:1rem 1.5rem;line-height:2.4;white-space:pre-wrap;border:1px solid #ddd}
aside{flex:2;min-width:22rem;overflow-x:auto}
mark.m{padding:.2em .35em;margin:0 .1em;border-radius:.35em;line-height:1;box-decoration-break:clone;
-webkit-box-decoration-break:clone}
mark.m .tag{font-size:.65em;font-weight:bold;text-transform:uppercase;margin-left:.4rem;vertical-align:middle}
.legend span{display:inline-block;padding:.1em .5em;margin:.15em;border-radius:.3em;font-size:.8rem}
table{border-collapse:collapse;width:100%;margin:.3rem 0 1.2rem;background:#fff;font-size:.85rem}
th,td{border:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
tr.relation td:first-child{white-space:nowrap}
th{background:#f0f0f0}
h2{font-size:1rem;margin:1rem 0 .2rem}
tr.relation{cursor:pointer}tr.relation:hover{background:#f3f7ff}tr.relation.active{background:#dde8ff}
.seg.evidence{background:#fff3b0}mark.m.argument{outline:3px solid #e8590c}
.muted{color:#888}
"""

SCRIPT = """
document.querySelectorAll('tr.relation').forEach(function (row) {
  row.addEventListener('click', function () {
    document.querySelectorAll('.evidence').forEach(function (e) { e.classList.remove('evidence'); });
    document.querySelectorAll('.argument').forEach(function (e) { e.classList.remove('argument'); });
    document.querySelectorAll('tr.relation.active').forEach(function (e) { e.classList.remove('active'); });
    row.classList.add('active');
    var start = +row.dataset.start, end = +row.dataset.end, refs = JSON.parse(row.dataset.refs);
    document.querySelectorAll('.seg').forEach(function (seg) {
      if (+seg.dataset.start >= start && +seg.dataset.start < end) { seg.classList.add('evidence'); }
    });
    document.querySelectorAll('mark.m').forEach(function (m) {
      if (+m.dataset.start >= start && +m.dataset.start < end && refs.indexOf(m.dataset.ref) >= 0) {
        m.classList.add('argument');
      }
    });
    var first = document.querySelector('.seg.evidence');
    if (first) { first.scrollIntoView({block: 'center'}); }
  });
});
"""


def french_number(value: Decimal | int | float | None) -> str:
    """'26 300 000 000', '3,5' (French grouping with a narrow no-break space, decimal comma)."""
    if value is None:
        return ""
    number = Decimal(str(value))
    text = f"{number:,.2f}" if number != number.to_integral_value() else f"{int(number):,}"
    return text.replace(",", "\u202f").replace(".", ",")


def mentions_of(record: ArticleRecord) -> list[dict]:
    """Every mention to highlight, without overlaps (the longer one wins), in text order."""
    found = [{"start": m.start, "end": m.end, "label": e.type, "ref": e.id, "title": e.name}
             for e in record.entities for m in e.mentions]
    found += [{"start": a.start, "end": a.end, "label": "MONEY", "ref": f"amounts/{i}",
               "title": f"{french_number(a.value)} {a.currency or '?'}"} for i, a in enumerate(record.amounts)]
    found += [{"start": p.start, "end": p.end, "label": "PERCENT", "ref": f"percentages/{i}",
               "title": f"{french_number(p.value)} {p.unit}"} for i, p in enumerate(record.percentages)]
    found += [{"start": d.start, "end": d.end, "label": "DATE", "ref": f"dates/{i}", "title": d.value or "?"}
              for i, d in enumerate(record.dates)]
    chosen: list[dict] = []
    for m in sorted(found, key=lambda m: (-(m["end"] - m["start"]), m["start"])):
        if not any(m["start"] < c["end"] and c["start"] < m["end"] for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m["start"])


def _segments(text: str, start: int, end: int, cuts: list[int]) -> str:
    """text[start:end] as spans cut at sentence boundaries, each with its start offset (for highlighting)."""
    points = [start] + [c for c in cuts if start < c < end] + [end]
    return "".join(f'<span class="seg" data-start="{a}">{html.escape(text[a:b])}</span>'
                   for a, b in zip(points, points[1:]) if b > a)


def render_text(text: str, record: ArticleRecord) -> str:
    cuts = sorted({r.sentence.start for r in record.relations} | {r.sentence.end for r in record.relations})
    out, position = [], 0
    for m in mentions_of(record):
        out.append(_segments(text, position, m["start"], cuts))
        out.append(f'<mark class="m" style="background:{COLORS[m["label"]]}" data-label="{m["label"]}" '
                   f'data-ref="{html.escape(m["ref"])}" data-start="{m["start"]}" title="{html.escape(m["title"])}">'
                   f'{_segments(text, m["start"], m["end"], cuts)}<span class="tag">{m["label"]}</span></mark>')
        position = m["end"]
    out.append(_segments(text, position, len(text), cuts))
    return "".join(out)


def _table(headers: list[str], rows: list[list[str]], *, row_attrs: list[str] | None = None) -> str:
    if not rows:
        return '<p class="muted">—</p>'
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(f"<tr{(' ' + row_attrs[i]) if row_attrs else ''}>" + "".join(f"<td>{c}</td>" for c in row)
                   + "</tr>" for i, row in enumerate(rows))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _argument_text(record: ArticleRecord, names: dict[str, str], ref: str) -> str:
    kind, _, index = ref.partition("/")
    if kind in ("amounts", "percentages", "dates") and index.isdigit():
        item = getattr(record, kind)[int(index)]
        return html.escape(item.text)
    return html.escape(names.get(ref, ref))


def display_names(record: ArticleRecord) -> dict[str, str]:
    """Every id the record uses -> the name to show: an entity's, or a reference's (a known entity the
    article does not name, such as a product's maker)."""
    return {r.id: r.name for r in record.references} | {e.id: e.name for e in record.entities}


def render_tables(record: ArticleRecord) -> str:
    names = display_names(record)
    entities = []
    for e in record.entities:
        facts = [f"{k}: {html.escape(str(v))}" for k, v in (("kind", e.kind), ("maker", names.get(e.maker or "", e.maker)),
                                                            ("parent", e.parent)) if v]
        facts += [f"{html.escape(r.title)} ({r.title_normalized}) — {html.escape(names.get(r.organization or '', r.organization or '?'))}"
                  for r in e.roles]
        row = [html.escape(e.name), e.type + (" <em>(source)</em>" if e.source_only else ""),
               html.escape(", ".join(e.aliases)), "<br>".join(facts), str(len(e.mentions))]
        if any(x.wikidata for x in record.entities):  # no column of blanks
            row.append(f'<a href="https://www.wikidata.org/wiki/{e.wikidata}">{e.wikidata}</a>' if e.wikidata else "")
        entities.append(row)
    amounts = [[html.escape(a.text), french_number(a.value) + (f" – {french_number(a.value_max)}" if a.value_max else ""),
                (a.currency or "?") + (" <em>(déduite)</em>" if a.currency_inferred else ""), a.qualifier,
                a.period or ""] for a in record.amounts]
    percentages = [[html.escape(p.text), french_number(p.value) + (f" – {french_number(p.value_max)}" if p.value_max
                                                                   else ""), p.unit] for p in record.percentages]
    dates = [[html.escape(d.text), (d.value or "?") + (f" – {d.value_max}" if d.value_max else ""), d.precision or "",
              "oui" if d.relative else ""] for d in record.dates]
    relations, attrs = [], []
    for r in record.relations:
        arguments = "<br>".join(
            f"{html.escape(role)}: " + (", ".join(_argument_text(record, names, v) for v in value)
                                        if isinstance(value, list) else _argument_text(record, names, value))
            for role, value in r.arguments.items())
        extra = "<br>".join(f"{html.escape(k)}: {html.escape(v)}" for k, v in r.attributes.items())
        # a rule name may break after each "_" ("partnership_<wbr>with"), so that the column stays narrow
        relations.append([r.type, arguments, extra, html.escape(r.rule).replace("_", "_<wbr>")])
        refs = [v for value in r.arguments.values() for v in (value if isinstance(value, list) else [value])]
        attrs.append(f'class="relation" data-start="{r.sentence.start}" data-end="{r.sentence.end}" '
                     f"data-refs='{html.escape(json.dumps(refs))}'")
    return (
        "<h2>Entités</h2>" + _table(["nom", "type", "alias", "faits", "mentions", "Wikidata"][: len(entities[0])]
                                     if entities else [], entities)
        + "<h2>Montants</h2>" + _table(["texte", "valeur", "devise", "qualificatif", "période"], amounts)
        + "<h2>Pourcentages</h2>" + _table(["texte", "valeur", "unité"], percentages)
        + "<h2>Dates</h2>" + _table(["texte", "valeur ISO", "précision", "relative"], dates)
        + "<h2>Relations <span class=\"muted\">(cliquer : phrase et arguments)</span></h2>"
        + _table(["type", "arguments", "attributs", "règle"], relations, row_attrs=attrs)
    )


def render_view(text: str, record: ArticleRecord, *, title: str | None = None) -> str:
    """The whole page for one article. `text` is the text the record's offsets refer to."""
    title = title or record.title or record.source or "Article"
    legend = "".join(f'<span style="background:{c}">{LABELS[k]} ({k})</span>' for k, c in COLORS.items())
    meta = " · ".join(x for x in (record.source, f"publié le {record.published}" if record.published else None,
                                  f"langue {record.language}") if x)
    return (
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>"
        f"<header><h1>{html.escape(title)}</h1><p>{html.escape(meta)}</p><div class=\"legend\">{legend}</div></header>"
        f"<main><article>{render_text(text, record)}</article><aside>{render_tables(record)}</aside></main>"
        f"<script>{SCRIPT}</script></body></html>"
    )
