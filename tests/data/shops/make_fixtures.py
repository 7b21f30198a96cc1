#!/usr/bin/env python3
"""Deterministic generator for the ShopTuner shop-export fixtures.

Writes one folder per platform next to this script (shopify/, woocommerce/, etsy/,
amazon/, bigcommerce/, magento/), each a small invented shop whose files link to
each other the way real exports do, plus an expected.json per folder describing
what an importer should find.  Standard library only, fixed seed:

    /usr/bin/python3 tests/data/shops/make_fixtures.py          # (re)write files
    /usr/bin/python3 tests/data/shops/make_fixtures.py --check  # verify files on disk

All products, people, addresses, e-mail addresses (reserved example domains),
phone numbers and review texts are invented.  See README.md for the layouts and
the sources they were taken from.
"""

import argparse
import base64
import csv
import io
import json
import os
import random
import sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240611


def rng(name):
    # random.Random(str) seeds through SHA-512: stable across runs and PYTHONHASHSEED.
    return random.Random(f"{SEED}:{name}")


# ---------------------------------------------------------------------------
# GS1 check digits, money, dates
# ---------------------------------------------------------------------------

def gs1_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def gtin(body):
    """body without check digit: 12 digits -> EAN-13, 11 digits -> UPC-A."""
    return body + gs1_check_digit(body)


def gtin_is_valid(code):
    return code.isdigit() and len(code) in (8, 12, 13, 14) and gs1_check_digit(code[:-1]) == code[-1]


def money(cents, dec="."):
    s = "%d.%02d" % (cents // 100, cents % 100)
    return s.replace(".", dec)


def vat_included(gross_cents, rate_percent):
    """VAT contained in a gross amount, rounded half up to a cent."""
    return (gross_cents * rate_percent * 2 + (100 + rate_percent)) // (2 * (100 + rate_percent))


def last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def eu_offset(dt):
    """+0100 in winter, +0200 in summer (EU rule, close enough for fixtures)."""
    start = last_sunday(dt.year, 3).replace(hour=2)
    end = last_sunday(dt.year, 10).replace(hour=3)
    return "+0200" if start <= dt < end else "+0100"


def uk_zone(dt):
    start = last_sunday(dt.year, 3).replace(hour=1)
    end = last_sunday(dt.year, 10).replace(hour=2)
    return "BST" if start <= dt < end else "GMT"


def slug(text):
    out = []
    repl = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "à": "a", "&": "and", "×": "x"}
    for ch in text.lower():
        ch = repl.get(ch, ch)
        out.append(ch if ch.isalnum() else "-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


def code_of(value, n=3):
    """Short upper-case code for an option value: 'Speckled White' -> 'SPW', '140 × 260 cm' -> '140260'."""
    digits = "".join(c for c in value if c.isdigit())
    if digits:
        return digits[:6]
    return name_code(value, n)


def name_code(value, n=3):
    """Short upper-case code from words: 'linen apron sage' -> 'LAS'."""
    repl = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "Ø": "O"}
    words = [w for w in "".join(repl.get(c, c) for c in value.upper()).replace("/", " ").replace("-", " ").replace("×", " ").split() if w]
    words = ["".join(c for c in w if c.isalnum()) for w in words]
    words = [w for w in words if w]
    if not words:
        return "X"
    if len(words) == 1:
        return words[0][:n]
    return (words[0][: n - 1] + words[1][0])[:n] if len(words) == 2 else "".join(w[0] for w in words[:n])


# ---------------------------------------------------------------------------
# Serialisation
# ---------------------------------------------------------------------------

def csv_text(rows, delimiter=",", eol="\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=eol, quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return buf.getvalue()


def php_fputcsv_text(rows, delimiter=",", eol="\n"):
    """PHP's fputcsv(): a field is enclosed when it holds the delimiter, a quote,
    a backslash, CR, LF, TAB or a SPACE; empty fields stay bare."""
    out = []
    for r in rows:
        cells = []
        for v in r:
            v = "" if v is None else str(v)
            if any(c in v for c in (delimiter, '"', "\\", "\n", "\r", "\t", " ")):
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(delimiter.join(cells) + eol)
    return "".join(out)


def tsv_text(rows, eol="\n"):
    """Amazon-style tab text: no quoting at all (values must not hold TAB/CR/LF)."""
    out = []
    for r in rows:
        cells = ["" if v is None else str(v) for v in r]
        for c in cells:
            assert "\t" not in c and "\n" not in c and "\r" not in c, c
        out.append("\t".join(cells) + eol)
    return "".join(out)


def encode(text, encoding, bom=False):
    data = text.encode(encoding)  # strict: fails loudly on an unencodable character
    return (b"\xef\xbb\xbf" + data) if bom else data


def json_bytes(obj):
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


class Table:
    """Rows as dicts, written in a fixed header order."""

    def __init__(self, header):
        self.header = list(header)
        self.rows = []

    def add(self, **kw):
        row = {}
        for k, v in kw.items():
            row[k.replace("__", " ")] = v
        return self.add_dict(row)

    def add_dict(self, row):
        for k in row:
            if k not in self.header:
                raise KeyError(f"unknown column {k!r}")
        self.rows.append(row)
        return row

    def matrix(self, with_header=True):
        out = [self.header] if with_header else []
        for r in self.rows:
            out.append(["" if r.get(h) is None else str(r.get(h)) for h in self.header])
        return out


# ---------------------------------------------------------------------------
# People (all invented) and places
# ---------------------------------------------------------------------------

FIRST = {
    "de": ["Jürgen", "Lena", "Maximilian", "Sophie", "Jonas", "Hannah", "Lukas", "Marie", "Felix", "Anja",
           "Björn", "Katrin", "Tobias", "Ute", "Sören", "Greta", "Moritz", "Frieda", "Henrik", "Clara"],
    "fr": ["Camille", "Léa", "Hugo", "Chloé", "Mathieu", "Élodie", "Julien", "Manon", "Théo", "Inès"],
    "es": ["Javier", "Lucía", "Carmen", "Diego", "Marta", "Álvaro"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo"],
    "nl": ["Sanne", "Daan", "Femke", "Joris", "Lotte", "Bram"],
    "en": ["Maria", "Tom", "Emily", "James", "Olivia", "Harry", "Grace", "Oliver", "Amelia", "Jack",
           "Isla", "Noah", "Chloe", "Ethan", "Freya", "Alfie", "Poppy", "Rosie", "Callum", "Imogen"],
}
LAST = {
    "de": ["Vogt", "Krämer", "Hoffmann", "Schulte", "Brandt", "Lindner", "Petersen", "Roth", "Engel", "Wagner",
           "Böhm", "Seidel", "Kühn", "Franke", "Albrecht", "Haas", "Lorenz", "Winkler", "Sauer", "Busch"],
    "fr": ["Durand", "Lefèvre", "Moreau", "Girard", "Fontaine", "Chevalier", "Rousseau", "Garnier", "Faure", "Mercier"],
    "es": ["García", "Martínez", "Navarro", "Romero", "Ortega", "Delgado"],
    "it": ["Rossi", "Bianchi", "Colombo", "Ricci", "Marino", "Greco"],
    "nl": ["de Vries", "Jansen", "Visser", "Bakker", "Smit", "van Dijk"],
    "en": ["Kowalski", "Hughes", "Patel", "Fletcher", "Whitaker", "Doyle", "Ashworth", "Pryce", "Gallagher", "Okafor",
           "Hartley", "Pemberton", "Lambert", "Fairbairn", "Oduya", "Marsh", "Redfern", "Quinn", "Shaw", "Ellison"],
}
# Reserved example domains (RFC 2606 / 6761): nothing here can reach a real mailbox.
MAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "posteo.example", "web.example"]

CITIES = {
    "DE": [("Hamburg", "20095"), ("Bremen", "28195"), ("Leipzig", "04109"), ("Freiburg im Breisgau", "79098"),
           ("Münster", "48143"), ("Kiel", "24103"), ("Regensburg", "93047"), ("Köln", "50667")],
    "AT": [("Wien", "1070"), ("Graz", "8010"), ("Salzburg", "5020")],
    "FR": [("Lyon", "69002"), ("Nantes", "44000"), ("Lille", "59000"), ("Bordeaux", "33000")],
    "NL": [("Utrecht", "3511 AB"), ("Haarlem", "2011 CD"), ("Groningen", "9711 EF")],
    "BE": [("Gent", "9000"), ("Antwerpen", "2000")],
    "IT": [("Bologna", "40121"), ("Torino", "10121"), ("Verona", "37121")],
    "ES": [("Valencia", "46001"), ("Sevilla", "41001"), ("Bilbao", "48001")],
    "GB": [("Bristol", "BS1 4ST"), ("Leeds", "LS1 3EX"), ("Norwich", "NR2 1TU"), ("York", "YO1 7HH"),
           ("Brighton", "BN1 1UG"), ("Glasgow", "G1 2FF"), ("Cardiff", "CF10 1EP"), ("Bath", "BA1 1LT")],
    "US": [("Portland", "97205"), ("Madison", "53703"), ("Asheville", "28801")],
}
STREETS = {
    "DE": ["Lindenweg", "Am Mühlbach", "Birkenallee", "Gartenstraße", "Kastanienhof", "Uferweg", "Hopfenmarkt"],
    "AT": ["Kirchengasse", "Lindengasse", "Bäckerstraße"],
    "FR": ["Rue des Tilleuls", "Rue du Moulin", "Allée des Cerisiers", "Quai des Brumes"],
    "NL": ["Lindelaan", "Molenstraat", "Kerkpad"],
    "BE": ["Veldstraat", "Kouter"],
    "IT": ["Via dei Tigli", "Via del Mulino", "Vicolo dei Pescatori"],
    "ES": ["Calle de los Tilos", "Calle del Molino", "Paseo de la Ribera"],
    "GB": ["Alder Lane", "Mill Street", "Orchard Close", "Kingfisher Way", "Rowan Crescent", "Church Row"],
    "US": ["Alder Street", "Maple Avenue", "Willow Court"],
}
LANG_OF = {"DE": "de", "AT": "de", "FR": "fr", "BE": "nl", "NL": "nl", "IT": "it", "ES": "es", "GB": "en", "US": "en"}
COUNTRY_NAME = {"DE": "Germany", "AT": "Austria", "FR": "France", "BE": "Belgium", "NL": "Netherlands",
                "IT": "Italy", "ES": "Spain", "GB": "United Kingdom", "US": "United States"}


def phone_for(r, country, style=0):
    """Invented numbers; GB uses Ofcom's drama range 07700 900xxx, US the 555-01xx range."""
    if country == "GB":
        n = r.randint(100, 999)
        return ["+44 7700 900%03d" % n, "07700 900%03d" % n, "+447700900%03d" % n][style % 3]
    if country == "US":
        n = r.randint(100, 199)
        return ["(503) 555-0%03d" % n, "+1 503-555-0%03d" % n][style % 2]
    if country in ("DE", "AT"):
        a, b = r.randint(150, 179), r.randint(1000000, 9999999)
        cc = "49" if country == "DE" else "43"
        return ["+%s %d %d" % (cc, a, b), "0%d %d" % (a, b), "+%s%d%d" % (cc, a, b)][style % 3]
    if country == "FR":
        d = [r.randint(10, 99) for _ in range(4)]
        return ["+33 6 %02d %02d %02d %02d" % tuple(d), "06 %02d %02d %02d %02d" % tuple(d)][style % 2]
    if country in ("NL", "BE"):
        cc = "31" if country == "NL" else "32"
        return "+%s 6 %08d" % (cc, r.randint(10000000, 99999999)) if country == "NL" else "+32 470 %02d %02d %02d" % (
            r.randint(10, 99), r.randint(10, 99), r.randint(10, 99))
    if country == "IT":
        return "+39 347 %03d %04d" % (r.randint(100, 999), r.randint(1000, 9999))
    if country == "ES":
        return "+34 612 %03d %03d" % (r.randint(100, 999), r.randint(100, 999))
    raise ValueError(country)


def ascii_fold(s):
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "É": "E", "à": "a",
             "í": "i", "á": "a", "Á": "A", "ó": "o", "ú": "u", "ñ": "n", "ç": "c", "ë": "e", "ï": "i", " ": ""}
    return "".join(table.get(c, c) for c in s)


class Person:
    def __init__(self, first, last, country, city, zipcode, street, email, phone, username=""):
        self.first, self.last, self.country = first, last, country
        self.city, self.zip, self.street = city, zipcode, street
        self.email, self.phone, self.username = email, phone, username
        self.lang = LANG_OF[country]

    @property
    def name(self):
        return f"{self.first} {self.last}"


def make_people(r, count, country_weights, forced=()):
    """forced: list of (first, last, country) pinned at the start of the list."""
    people, used = [], set()
    countries = [c for c, w in country_weights for _ in range(w)]
    specs = list(forced)
    while len(specs) < count:
        c = r.choice(countries)
        lang = LANG_OF[c] if LANG_OF[c] in FIRST else "en"
        if c in ("BE", "NL"):
            lang = "nl"
        specs.append((r.choice(FIRST[lang]), r.choice(LAST[lang]), c))
    for first, last, c in specs:
        key = (first, last)
        if key in used:
            last = r.choice(LAST[LANG_OF[c] if LANG_OF[c] in LAST else "en"])
            key = (first, last)
            if key in used:
                continue
        used.add(key)
        city, zipcode = r.choice(CITIES[c])
        num = r.randint(1, 88)
        st = r.choice(STREETS[c])
        street = f"{num} {st}" if c in ("GB", "US", "FR") else f"{st} {num}"
        local = ascii_fold(first.lower()) + r.choice([".", "_", ""]) + ascii_fold(last.lower().replace(" ", ""))
        if r.random() < 0.3:
            local += str(r.randint(1, 99))
        email = f"{local}@{r.choice(MAIL_DOMAINS)}"
        phone = phone_for(r, c, r.randint(0, 2))
        people.append(Person(first, last, c, city, zipcode, street, email, phone))
    return people[:count]


# ---------------------------------------------------------------------------
# PII bookkeeping
# ---------------------------------------------------------------------------

class PII:
    """Collects every invented personal datum that a cleaner must keep out of training data."""

    def __init__(self):
        self.planted = []          # free-text plants with file/row/column
        self.structured = {}       # kind -> set of values found in PII columns

    def plant(self, file, row, column, kind, value, text):
        self.planted.append({"file": file, "row": row, "column": column, "type": kind, "value": value, "text": text})

    def add(self, kind, value):
        if value:
            self.structured.setdefault(kind, set()).add(value)

    def to_json(self):
        structured = {k: sorted(v) for k, v in sorted(self.structured.items())}
        all_values = set()
        for p in self.planted:
            all_values.add(p["value"])
        for v in self.structured.values():
            all_values |= v
        planted = sorted(self.planted, key=lambda p: (p["file"], p["row"], p["column"], p["text"]))
        return {"planted_in_text": planted, "structured": structured, "all_values": sorted(all_values)}


def attach(item, column, kind, value, text):
    """Remember a plant on a record; its row number is resolved when the file is written."""
    item.setdefault("_pii", []).append((column, kind, value, text))


def resolve_plants(pii, file, records, first_row=1):
    for i, rec in enumerate(records):
        for column, kind, value, text in rec.get("_pii", []):
            body = rec.get(column, "")
            assert text in body, (file, column, text, body)
            assert value in text, (value, text)
            pii.plant(file, first_row + i, column, kind, value, text)


# ---------------------------------------------------------------------------
# Review / question text (invented, template based, several languages)
# ---------------------------------------------------------------------------

TITLES = {
    "en": {5: ["Love it", "Beautiful quality", "Perfect", "Exactly as described", "Gorgeous!", "Just lovely"],
           4: ["Very nice", "Really good", "Happy with it", "Nice, one small thing"],
           3: ["OK", "Decent, but...", "Mixed feelings"], 2: ["Not great", "Disappointed"],
           1: ["Poor quality", "Would not buy again"]},
    "de": {5: ["Wunderschön", "Top Qualität", "Absolut empfehlenswert", "Genau wie beschrieben"],
           4: ["Sehr schön", "Gut, kleine Abzüge", "Zufrieden"], 3: ["Ganz okay", "Geht so"],
           2: ["Leider enttäuscht", "Nicht überzeugt"], 1: ["Schlechte Qualität", "Nie wieder"]},
    "fr": {5: ["Superbe", "Très belle qualité", "Parfait"], 4: ["Très bien", "Satisfaite"], 3: ["Correct"],
           2: ["Déçue"], 1: ["Mauvaise qualité"]},
    "es": {5: ["Precioso", "Calidad excelente"], 4: ["Muy bien", "Contenta"], 3: ["Normal"], 2: ["Decepcionante"],
           1: ["Mala calidad"]},
    "it": {5: ["Bellissimo", "Qualità ottima"], 4: ["Molto bello", "Soddisfatta"], 3: ["Discreto"],
           2: ["Deludente"], 1: ["Pessima qualità"]},
}
OPENERS = {
    "en": {"pos": ["Really happy with this.", "Lovely quality, as always.", "Exactly as pictured.",
                   "Second one I've bought, that says it all.", "Bought this as a gift and kept it for myself."],
           "mid": ["It's fine, nothing special.", "Nice enough, but a bit pricey for what it is."],
           "neg": ["Bit disappointed, to be honest.", "Not what I expected from the photos."]},
    "de": {"pos": ["Bin sehr zufrieden.", "Tolle Qualität, wie immer.", "Sieht genauso aus wie auf den Fotos.",
                   "Schon das zweite Mal bestellt."],
           "mid": ["Ist in Ordnung, mehr aber auch nicht.", "Ganz nett, aber für den Preis etwas dünn."],
           "neg": ["Leider etwas enttäuscht.", "Hatte mir mehr erwartet."]},
    "fr": {"pos": ["Très contente de mon achat.", "Belle qualité, conforme aux photos."],
           "mid": ["Correct, sans plus."], "neg": ["Un peu déçue, honnêtement."]},
    "es": {"pos": ["Muy contenta con la compra.", "Muy buena calidad, igual que en las fotos."],
           "mid": ["Está bien, sin más."], "neg": ["Un poco decepcionada, la verdad."]},
    "it": {"pos": ["Molto soddisfatta dell'acquisto.", "Ottima qualità, come nelle foto."],
           "mid": ["Carino, niente di speciale."], "neg": ["Un po' delusa, sinceramente."]},
}
DETAILS = {
    "en": {
        "textile": {"pos": ["The linen is soft and gets even softer after a wash.", "Stitching is neat, no loose threads.",
                            "Washed it at 40 degrees, no shrinking at all."],
                    "neg": ["It shrank a little after the first wash, despite following the label.",
                            "The fabric is thinner than I expected."]},
        "ceramic": {"pos": ["The glaze is beautiful, every piece is slightly different.", "Sits nicely in the hand, good weight.",
                            "Survived the dishwasher many times now."],
                    "neg": ["Mine arrived with a small chip on the rim.", "The glaze is patchy on the inside."]},
        "wood": {"pos": ["Smooth finish, smells lovely when you oil it.", "Solid and well made."],
                 "neg": ["It cracked after a couple of weeks.", "Rougher than expected, needed sanding."]},
        "candle": {"pos": ["The scent fills the room without being overpowering.", "Burns evenly, no tunnelling."],
                   "neg": ["Hardly any scent once lit.", "The wick drowned after an hour."]},
        "bag": {"pos": ["Holds a full week of shopping.", "Sturdy handles, good stitching."],
                "neg": ["The handle seam came loose after a month."]},
        "clothing": {"pos": ["Warm, cosy and the cut is great.", "Survived a whole week of hiking."],
                     "neg": ["The seams started to pill quickly."]},
        "gear": {"pos": ["Light, robust and does exactly what it should.", "Used it on a three-day trek, no complaints."],
                 "neg": ["The clip broke on the second trip."]},
        "craft": {"pos": ["Instructions are clear, even for a beginner like me.", "Everything you need is in the box, lovely threads."],
                  "neg": ["Not quite enough thread to finish the design."]},
        "jewellery": {"pos": ["So light I forget I'm wearing them.", "Beautifully packaged, perfect gift."],
                      "neg": ["One hook was bent on arrival."]},
        "print": {"pos": ["Colours are rich and the paper is heavy.", "Looks great in a simple oak frame."],
                  "neg": ["The print arrived with a crease in the corner."]},
        "generic": {"pos": ["Well made and nicely packaged.", "Arrived quickly and well protected."],
                    "neg": ["Took nearly three weeks to arrive."]},
    },
    "de": {
        "textile": {"pos": ["Das Leinen ist weich und wird nach jeder Wäsche schöner.", "Saubere Nähte, keine losen Fäden."],
                    "neg": ["Nach der ersten Wäsche etwas eingelaufen.", "Der Stoff ist dünner als gedacht."]},
        "ceramic": {"pos": ["Die Glasur ist wunderschön, jedes Stück ein Unikat.", "Liegt gut in der Hand."],
                    "neg": ["Kam leider mit einer kleinen Macke am Rand an."]},
        "wood": {"pos": ["Schön verarbeitet, glatte Oberfläche."], "neg": ["Nach zwei Wochen gerissen."]},
        "candle": {"pos": ["Der Duft ist angenehm und nicht zu aufdringlich."], "neg": ["Riecht beim Brennen kaum."]},
        "bag": {"pos": ["Passt ein ganzer Wocheneinkauf rein."], "neg": ["Die Naht am Henkel hat sich gelöst."]},
        "clothing": {"pos": ["Warm, kuschelig und der Schnitt passt perfekt.", "Eine Woche Hüttentour überstanden."],
                     "neg": ["Fängt schnell an zu pillen."]},
        "gear": {"pos": ["Leicht, robust und macht, was es soll.", "Auf der Alpenüberquerung dabei gewesen, top."],
                 "neg": ["Der Verschluss ist beim zweiten Einsatz gebrochen."]},
        "craft": {"pos": ["Die Anleitung ist auch für Anfänger gut verständlich."], "neg": ["Das Garn hat nicht ganz gereicht."]},
        "jewellery": {"pos": ["Federleicht und hübsch verpackt."], "neg": ["Ein Haken war verbogen."]},
        "print": {"pos": ["Satte Farben, schweres Papier."], "neg": ["Kam mit Knick an."]},
        "generic": {"pos": ["Gut verarbeitet und schön verpackt."], "neg": ["Die Lieferung hat fast drei Wochen gedauert."]},
    },
    "fr": {"generic": {"pos": ["Bien emballé et livré rapidement.", "Finitions soignées."],
                       "neg": ["La livraison a pris presque trois semaines."]}},
    "es": {"generic": {"pos": ["Llegó rápido y muy bien embalado.", "Muy bien acabado."],
                       "neg": ["Tardó casi tres semanas en llegar."]}},
    "it": {"generic": {"pos": ["Arrivato in fretta e ben imballato.", "Rifinito con cura."],
                       "neg": ["La spedizione ha impiegato quasi tre settimane."]}},
}
ATTR_LINES = {
    "en": {"colour": ["The {v} colour is even nicer in person.", "The {v} is a little darker than on my screen."],
           "size": ["I went for {v} and it fits perfectly.", "Ordered {v}, true to size."]},
    "de": {"colour": ["Die Farbe {v} ist in echt noch schöner.", "{v} ist etwas dunkler als auf dem Bildschirm."],
           "size": ["Habe {v} genommen, passt genau.", "Größe {v} fällt normal aus."]},
    "fr": {"colour": ["La couleur {v} est encore plus jolie en vrai."], "size": ["J'ai pris la taille {v}, parfait."]},
    "es": {"colour": ["El color {v} es aún más bonito en persona."], "size": ["Pedí la talla {v} y me queda perfecta."]},
    "it": {"colour": ["Il colore {v} è ancora più bello dal vivo."], "size": ["Ho preso la taglia {v}, perfetta."]},
}
CLOSERS = {
    "en": {"pos": ["Will definitely order again.", "Highly recommend.", ""], "mid": ["", "Might try another colour."],
           "neg": ["", "Customer service was helpful though."]},
    "de": {"pos": ["Gerne wieder!", "Klare Kaufempfehlung.", ""], "mid": [""], "neg": ["", "Der Kundenservice war aber nett."]},
    "fr": {"pos": ["Je recommande !", ""], "mid": [""], "neg": [""]},
    "es": {"pos": ["¡Lo recomiendo!", ""], "mid": [""], "neg": [""]},
    "it": {"pos": ["Lo consiglio!", ""], "mid": [""], "neg": [""]},
}
COLOUR_KEYS = {"colour", "color", "farbe", "primary color", "color_name"}
SIZE_KEYS = {"size", "größe", "size_name", "hoop size", "volumen", "länge"}


def sentiment(rating):
    return "pos" if rating >= 4 else ("mid" if rating == 3 else "neg")


def review_text(r, lang, kind, rating, attrs):
    """attrs: list of (name, value) of the bought variant; at most one is mentioned."""
    lang = lang if lang in TITLES else "en"
    s = sentiment(rating)
    title = r.choice(TITLES[lang][rating])
    parts = [r.choice(OPENERS[lang][s])]
    det = DETAILS[lang].get(kind) or DETAILS[lang]["generic"]
    pool = det["neg" if s == "neg" else "pos"] if s != "mid" else det["pos"] + det["neg"]
    parts.append(r.choice(pool))
    for name, value in attrs:
        k = name.lower()
        if k in COLOUR_KEYS and r.random() < 0.6:
            parts.append(r.choice(ATTR_LINES[lang]["colour"]).format(v=value))
            break
        if k in SIZE_KEYS and r.random() < 0.6:
            parts.append(r.choice(ATTR_LINES[lang]["size"]).format(v=value))
            break
    closer = r.choice(CLOSERS[lang][s])
    if closer:
        parts.append(closer)
    return title, " ".join(parts)


# Order-number phrasings as customers write them (brief: keep every one of these forms).
ORDER_FORMS = [
    ("en", "#798449", "798449", "Ordered twice (#798449) and both parcels arrived within three days."),
    ("en", "order no. 12345", "12345", "Had a question about order no. 12345 and got an answer the same day."),
    ("en", "Order number: {n}", "{n}", "Order number: {n} - the second delivery was even faster."),
    ("de", "Bestellnummer 884213", "884213", "Meine Bestellnummer 884213 kam einen Tag zu spät, aber egal."),
    ("fr", "n° de commande 55123", "55123", "J'ai dû écrire au service client pour le n° de commande 55123, réponse rapide."),
    ("es", "número de pedido 77812", "77812", "Con el número de pedido 77812 tuve un pequeño problema, pero lo resolvieron."),
    ("it", "ordine n. 44120", "44120", "Per l'ordine n. 44120 mi hanno rimborsato la spedizione, gentilissimi."),
]


# ---------------------------------------------------------------------------
# Shared catalog model
# ---------------------------------------------------------------------------

class Product:
    def __init__(self, key, title, **kw):
        self.key, self.title = key, title
        self.options = kw.pop("options", [])          # [(name, [values])]
        self.variants = []                             # dicts: values, sku, price, ...
        self.images = []
        for k, v in kw.items():
            setattr(self, k, v)

    def attribute_values(self):
        """name -> values in first-seen order, taken from the option name/value pairs."""
        out = {}
        for name, values in self.options:
            if name == "Title":           # Shopify's placeholder option, not an attribute
                continue
            out.setdefault(name, [])
            for v in values:
                if v not in out[name]:
                    out[name].append(v)
        # Shopify's category metafields hold metaobject entry handles, one product-wide list.
        for name, values in getattr(self, "metafields", {}).items():
            out[name] = list(values)
        return out


def variant_combos(options):
    combos = [()]
    for _name, values in options:
        combos = [c + (v,) for c in combos for v in values]
    return combos


def price_for(spec_price, values):
    if isinstance(spec_price, dict):
        for v in values:
            if v in spec_price:
                return spec_price[v]
        raise KeyError(values)
    return spec_price


def catalog_expectation(products, extra=None):
    names = set()
    entries = {}
    for p in products:
        av = p.attribute_values()
        names |= set(av)
        e = {"title": p.title, "variants": len(p.variants), "skus": [v["sku"] for v in p.variants if v.get("sku")],
             "attributes": {k: ", ".join(v) for k, v in av.items()}, "attribute_values": av}
        if extra:
            e.update(extra(p))
        entries[p.key] = e
    return sorted(names), entries


def link_summary(values, lookup, what):
    """values: per-row link values; lookup: value -> product key (or None)."""
    linked, products, unlinked = 0, set(), []
    for v in values:
        k = lookup(v)
        if k is None:
            if v not in unlinked:
                unlinked.append(v)
        else:
            linked += 1
            products.add(k)
    return {"link_column": what, "linked_rows": linked, "unlinked_rows": len(values) - linked,
            "unlinked_values": sorted(unlinked), "products": len(products)}


def per_customer(keys):
    counts = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    return {"min": min(counts.values()), "max": max(counts.values())}


def spread_dates(r, start, end, n, min_gap_days=12, max_gap_days=120):
    """n increasing datetimes for one customer between start and end."""
    span = (end - start).days
    first = start + timedelta(days=r.randint(0, max(1, span // 2)))
    out = [first]
    for _ in range(n - 1):
        nxt = out[-1] + timedelta(days=r.randint(min_gap_days, max_gap_days))
        if nxt > end:
            nxt = out[-1] + timedelta(days=r.randint(1, 5))
        out.append(nxt)
    return [d.replace(hour=r.randint(7, 22), minute=r.randint(0, 59), second=r.randint(0, 59)) for d in out]


# ---------------------------------------------------------------------------
# 1. Shopify: "Fernhill Kitchen & Linen" (EUR)
# ---------------------------------------------------------------------------

SHOPIFY_LEGACY = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option1 Linked To", "Option2 Name", "Option2 Value", "Option2 Linked To",
    "Option3 Name", "Option3 Value", "Option3 Linked To",
    "Variant SKU", "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
    "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price", "Variant Requires Shipping",
    "Variant Taxable", "Unit Price Total Measure", "Unit Price Total Measure Unit", "Unit Price Base Measure",
    "Unit Price Base Measure Unit", "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card",
    "SEO Title", "SEO Description", "Google Shopping / Google Product Category", "Google Shopping / Gender",
    "Google Shopping / Age Group", "Google Shopping / MPN", "Google Shopping / Condition",
    "Google Shopping / Custom Product", "Google Shopping / Custom Label 0", "Google Shopping / Custom Label 1",
    "Google Shopping / Custom Label 2", "Google Shopping / Custom Label 3", "Google Shopping / Custom Label 4",
    "Color (product.metafields.shopify.color-pattern)", "Variant Image", "Variant Weight Unit", "Variant Tax Code",
    "Cost per item", "Status",
]
# Header names of the product CSV as Shopify's help page documents it since the 2025 rename.
SHOPIFY_CURRENT = [
    "Title", "URL handle", "Description", "Vendor", "Product category", "Type", "Tags", "Published on online store",
    "Status", "SKU", "Barcode", "Option1 name", "Option1 value", "Option1 Linked To", "Option2 name", "Option2 value",
    "Option2 Linked To", "Option3 name", "Option3 value", "Option3 Linked To", "Price", "Compare-at price",
    "Cost per item", "Charge tax", "Tax code", "Unit price total measure", "Unit price total measure unit",
    "Unit price base measure", "Unit price base measure unit", "Inventory tracker", "Inventory quantity",
    "Continue selling when out of stock", "Weight value (grams)", "Weight unit for display", "Requires shipping",
    "Fulfillment service", "Product image URL", "Image position", "Image alt text", "Variant image URL", "Gift card",
    "SEO title", "SEO description", "Color (product.metafields.shopify.color-pattern)",
    "Google Shopping / Google product category", "Google Shopping / Gender", "Google Shopping / Age group",
    "Google Shopping / Manufacturer part number (MPN)", "Google Shopping / Ad group name", "Google Shopping / Ads labels",
    "Google Shopping / Condition", "Google Shopping / Custom product", "Google Shopping / Custom label 0",
    "Google Shopping / Custom label 1", "Google Shopping / Custom label 2", "Google Shopping / Custom label 3",
    "Google Shopping / Custom label 4",
]
LEGACY_TO_CURRENT = {
    "Handle": "URL handle", "Title": "Title", "Body (HTML)": "Description", "Vendor": "Vendor",
    "Product Category": "Product category", "Type": "Type", "Tags": "Tags", "Published": "Published on online store",
    "Status": "Status", "Variant SKU": "SKU", "Variant Barcode": "Barcode", "Variant Price": "Price",
    "Variant Compare At Price": "Compare-at price", "Cost per item": "Cost per item", "Variant Taxable": "Charge tax",
    "Variant Tax Code": "Tax code", "Variant Inventory Tracker": "Inventory tracker",
    "Variant Inventory Qty": "Inventory quantity", "Variant Inventory Policy": "Continue selling when out of stock",
    "Variant Grams": "Weight value (grams)", "Variant Weight Unit": "Weight unit for display",
    "Variant Requires Shipping": "Requires shipping", "Variant Fulfillment Service": "Fulfillment service",
    "Image Src": "Product image URL", "Image Position": "Image position", "Image Alt Text": "Image alt text",
    "Variant Image": "Variant image URL", "Gift Card": "Gift card", "SEO Title": "SEO title",
    "SEO Description": "SEO description",
    "Color (product.metafields.shopify.color-pattern)": "Color (product.metafields.shopify.color-pattern)",
}
for _i in (1, 2, 3):
    LEGACY_TO_CURRENT[f"Option{_i} Name"] = f"Option{_i} name"
    LEGACY_TO_CURRENT[f"Option{_i} Value"] = f"Option{_i} value"
    LEGACY_TO_CURRENT[f"Option{_i} Linked To"] = f"Option{_i} Linked To"

SH_CATEGORY = {
    "textile": "Home & Garden > Kitchen & Dining > Kitchen Linens",
    "apron": "Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Aprons",
    "bedding": "Home & Garden > Linens & Bedding > Bedding",
    "towel": "Home & Garden > Linens & Bedding > Towels",
    "ceramic": "Home & Garden > Kitchen & Dining > Tableware",
    "wood": "Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils",
    "candle": "Home & Garden > Decor > Candles",
    "bag": "Luggage & Bags > Shopping Totes",
    "decor": "Home & Garden > Decor",
    "gift": "Gift Cards",
    "paper": "Office Supplies > General Office Supplies > Paper Products",
    "generic": "Home & Garden > Kitchen & Dining",
}
COL4 = ["Sage", "Sand", "Rust", "Ink"]
GLAZES = ["Speckled White", "Moss", "Slate"]


def sh_spec(handle, title, ptype, kind, options, price, **kw):
    d = dict(handle=handle, title=title, ptype=ptype, kind=kind, options=options, price=price)
    d.update(kw)
    return d


SHOPIFY_SPECS = [
    sh_spec("linen-apron-sage", "Linen Apron – Sage", "Apron", "apron", [("Size", ["S/M", "L/XL"])], 3900, colour="Sage", images=3),
    sh_spec("linen-apron-sand", "Linen Apron – Sand", "Apron", "apron", [("Size", ["S/M", "L/XL"])], 3900, colour="Sand", images=3),
    sh_spec("linen-apron-charcoal", "Linen Apron – Charcoal", "Apron", "apron", [("Size", ["S/M", "L/XL"])], 3900, colour="Charcoal", images=2),
    sh_spec("linen-tea-towel", "Linen Tea Towel", "Tea Towel", "textile", [("Colour", COL4)], 1490),
    sh_spec("waffle-tea-towel-set", "Waffle Tea Towel, Set of 2", "Tea Towel", "textile", [("Colour", ["Oat", "Stone", "Forest"])], 1990, compare=2490),
    sh_spec("linen-napkins", "Linen Napkins", "Napkins", "textile", [("Colour", ["Natural", "Sage", "Rust", "Ink"]), ("Pack", ["Set of 2", "Set of 4"])],
            {"Set of 2": 1890, "Set of 4": 3290}),
    sh_spec("linen-tablecloth", "Linen Tablecloth", "Tablecloth", "textile",
            [("Size", ["140 × 180 cm", "140 × 240 cm", "160 × 300 cm"]), ("Colour", ["Natural", "Sage"])],
            {"140 × 180 cm": 6900, "140 × 240 cm": 8900, "160 × 300 cm": 11900}),
    sh_spec("linen-table-runner", "Linen Table Runner", "Table Runner", "textile", [("Colour", ["Natural", "Charcoal"])], 3490),
    sh_spec("stoneware-mug-350", "Stoneware Mug 350 ml", "Mug", "ceramic", [("Colour", GLAZES)], 2200, old_handle="stoneware-mug-small"),
    sh_spec("stoneware-mug-450", "Stoneware Mug 450 ml", "Mug", "ceramic", [("Colour", GLAZES)], 2600, blank_price={("Slate",)}),
    sh_spec("espresso-cup-set", "Espresso Cup Set of 4", "Cup", "ceramic", [], 3400),
    sh_spec("cereal-bowl", "Stoneware Cereal Bowl", "Bowl", "ceramic", [("Colour", GLAZES)], 2400),
    sh_spec("dinner-plate", "Stoneware Dinner Plate", "Plate", "ceramic", [("Colour", GLAZES)], 2900),
    sh_spec("side-plate", "Stoneware Side Plate", "Plate", "ceramic", [("Colour", GLAZES)], 2100),
    sh_spec("serving-bowl-large", "Large Serving Bowl", "Bowl", "ceramic", [], 5400),
    sh_spec("olive-wood-spoon", "Olive Wood Spoon", "Utensil", "wood", [], 1290),
    sh_spec("olive-wood-spatula", "Olive Wood Spatula", "Utensil", "wood", [], 1390),
    sh_spec("olive-wood-salad-servers", "Olive Wood Salad Servers", "Utensil", "wood", [], 2890),
    sh_spec("beech-cutting-board", "Beech Cutting Board", "Cutting Board", "wood", [("Size", ["S", "M", "L"])], {"S": 2490, "M": 3490, "L": 4490}),
    sh_spec("walnut-serving-board", "Walnut Serving Board", "Serving Board", "wood", [], 6900, compare=7900),
    sh_spec("end-grain-chopping-block", "End-Grain Chopping Block", "Cutting Board", "wood", [], 12900, status="draft"),
    sh_spec("soy-candle-fig-cedar", "Soy Candle – Fig & Cedar", "Candle", "candle", [], 2490, no_barcode=True),
    sh_spec("soy-candle-sea-salt-sage", "Soy Candle – Sea Salt & Sage", "Candle", "candle", [], 2490, no_barcode=True),
    sh_spec("soy-candle-black-tea-amber", "Soy Candle – Black Tea & Amber", "Candle", "candle", [], 2490, no_barcode=True),
    sh_spec("beeswax-taper-candles", "Beeswax Taper Candles, Pair", "Candle", "candle", [("Colour", ["Natural", "Ochre", "Sage"])], 1690),
    sh_spec("canvas-tote-bag", "Canvas Tote Bag", "Bag", "bag", [("Colour", ["Natural", "Navy", "Rust"])], 2290),
    sh_spec("market-basket", "Seagrass Market Basket", "Basket", "bag", [("Size", ["Small", "Large"])], {"Small": 3490, "Large": 4990}),
    sh_spec("linen-duvet-cover", "Linen Duvet Cover", "Bedding", "bedding",
            [("Size", ["Single", "Double", "King"]), ("Colour", ["Natural", "Sage"]), ("Closure", ["Buttons", "Ties"])],
            {"Single": 11900, "Double": 14900, "King": 17900}),
    sh_spec("linen-pillowcase-pair", "Linen Pillowcases, Pair", "Bedding", "bedding",
            [("Size", ["50 × 75 cm", "65 × 65 cm"]), ("Colour", ["Natural", "Sage", "Ink"])], 4900),
    sh_spec("waffle-bath-towel", "Waffle Bath Towel", "Towel", "towel",
            [("Size", ["Hand towel", "Bath towel", "Bath sheet"]), ("Colour", ["White", "Stone"])],
            {"Hand towel": 1890, "Bath towel": 3990, "Bath sheet": 5490}),
    sh_spec("hanging-planter", "Hanging Planter", "Planter", "ceramic", [], 2890),
    sh_spec("ceramic-vase-small", "Ceramic Bud Vase", "Vase", "ceramic", [("Colour", ["Chalk", "Terracotta"])], 3200),
    sh_spec("ceramic-vase-tall", "Tall Ceramic Vase", "Vase", "ceramic", [("Colour", ["Chalk", "Terracotta"])], 4800),
    sh_spec("linen-oven-mitt", "Linen Oven Mitt", "Kitchen Textile", "textile", [("Colour", ["Sage", "Rust"])], 1790),
    sh_spec("pot-holder-set", "Quilted Pot Holders, Set of 2", "Kitchen Textile", "textile", [], 1590),
    sh_spec("herb-keeper-glass", "Glass Herb Keeper", "Storage", "generic", [], 2690),
    sh_spec("linen-bread-bag", "Linen Bread Bag", "Storage", "textile", [("Colour", ["Natural", "Charcoal"])], 1890),
    sh_spec("beeswax-wraps", "Beeswax Food Wraps", "Storage", "generic", [("Size", ["Starter (3 pcs)", "Family (5 pcs)"])],
            {"Starter (3 pcs)": 1690, "Family (5 pcs)": 2490}),
    sh_spec("cotton-string-bag", "Cotton String Bag", "Bag", "bag", [("Colour", ["Natural", "Black"])], 1290),
    sh_spec("enamel-camping-mug", "Enamel Camping Mug", "Mug", "generic", [("Colour", ["White", "Blue"])], 1490, vendor="Oak & Ember"),
    sh_spec("fernhill-gift-card", "Fernhill Gift Card", "Gift Card", "gift", [("Denominations", ["€25", "€50", "€100"])],
            {"€25": 2500, "€50": 5000, "€100": 10000}, gift=True, no_barcode=True),
    sh_spec("kids-linen-apron", "Kids' Linen Apron", "Apron", "apron", [("Size", ["3–5 years", "6–8 years"]), ("Colour", ["Sage", "Rust"])],
            2490, status="archived"),
    sh_spec("recipe-journal", "Linen-Bound Recipe Journal", "Stationery", "paper", [], 2400, vendor="Paper Grove", upc=True),
    sh_spec("brass-measuring-spoons", "Brass Measuring Spoons", "Utensil", "generic", [], 2990, upc=True, vendor="Paper Grove"),
    sh_spec("linen-curtain-panel", "Linen Curtain Panel", "Curtain", "textile",
            [("Size", ["140 × 225 cm", "140 × 260 cm"]), ("Colour", ["Natural", "Sage"])],
            {"140 × 225 cm": 8900, "140 × 260 cm": 9900}, blank_price={("140 × 260 cm", "Sage")}),
    sh_spec("steel-tea-infuser", "Steel Tea Infuser", "Utensil", "generic", [], 990),
    sh_spec("olive-wood-salt-cellar", "Olive Wood Salt Cellar", "Utensil", "wood", [], 1990),
]

SH_FEATURES = {
    "apron": ["100% stonewashed European linen", "adjustable neck strap, cross-back ties", "one deep patch pocket"],
    "textile": ["100% European linen, stonewashed", "machine washable at 40 °C", "softens with every wash"],
    "bedding": ["100% stonewashed linen, OEKO-TEX certified", "machine washable at 60 °C"],
    "towel": ["waffle-weave cotton-linen blend", "quick drying, highly absorbent"],
    "ceramic": ["hand-thrown stoneware, reactive glaze", "dishwasher and microwave safe", "every piece is unique"],
    "wood": ["sustainably sourced hardwood", "finished with food-safe oil", "hand wash only, re-oil occasionally"],
    "candle": ["100% soy wax, cotton wick", "approx. 45 hours burn time", "reusable glass jar"],
    "bag": ["sturdy natural fibres", "reinforced handles", "folds flat"],
    "generic": ["built to last", "plastic-free packaging"],
    "gift": ["delivered by e-mail", "valid for 3 years", "redeemable online and in our Hamburg shop"],
    "paper": ["180 pages of 120 gsm paper", "lay-flat binding", "linen-covered boards"],
}


def sh_body(r, spec):
    feats = SH_FEATURES[spec["kind"]]
    quote = r.choice(["our \"everyday\" favourite", "what we call the \"forever\" piece", "a \"use it daily\" kind of thing"])
    intro = f"<p>{spec['title']} – {quote}, made in small batches, designed in Hamburg.</p>"
    li = "\n".join(f"<li>{f[0].upper() + f[1:]}</li>" for f in feats)
    return intro + "\n<ul>\n" + li + "\n</ul>\n<p><strong>Care:</strong> see label; colours may vary slightly, naturally.</p>"


def build_shopify_catalog(r):
    products = []
    used_skus = set()
    ean_counter, upc_counter = 1, 1
    pid = 8123456000000
    img_v = 1700000000
    for idx, spec in enumerate(SHOPIFY_SPECS):
        handle = spec["handle"]
        options = spec["options"] or [("Title", ["Default Title"])]
        p = Product(handle, spec["title"], options=options, kind=spec["kind"], ptype=spec["ptype"],
                    vendor=spec.get("vendor", "Fernhill"), status=spec.get("status", "active"),
                    category=SH_CATEGORY[spec["kind"]],
                    shopify_id=pid + idx * 1000 + r.randint(1, 999), old_handle=spec.get("old_handle"),
                    body=sh_body(r, spec), gift=spec.get("gift", False))
        tags = [spec["ptype"].lower(), spec["kind"]]
        if spec.get("compare"):
            tags.append("sale")
        if "colour" in spec:
            tags.append(spec["colour"].lower())
            # The owner set the colour category metafield on these: an entry of the shop's own
            # (Shopify writes its handle; the display name "Sage" has the handle "sage").
            p.metafields = {"Color": [slug(spec["colour"])]}
        p.tags = ", ".join(sorted(set(tags)))
        # images: one per colour for colour options, else 1-3 views
        colour_idx = next((i for i, (n, _) in enumerate(options) if n == "Colour"), None)
        views = []
        if colour_idx is not None:
            views = [(slug(v), f"{spec['title']}, {v}") for v in options[colour_idx][1]]
        n_extra = spec.get("images", r.randint(1, 3)) if not views else r.randint(0, 1)
        views += [(f"detail-{i + 1}", f"{spec['title']} – detail {i + 1}") for i in range(n_extra)]
        if not views:
            views = [("front", spec["title"])]
        for s, alt in views:
            img_v += r.randint(10, 9999)
            p.images.append((f"https://cdn.shopify.com/s/files/1/0739/4412/0021/files/{handle}-{s}.jpg?v={img_v}", alt))
        base_code = "FH-" + name_code(spec["ptype"], 3) + "-" + name_code(handle.replace("-", " "), 3)
        while any(s_ == base_code or s_.startswith(base_code + "-") for s_ in used_skus):
            base_code = base_code[:-1] + chr(ord(base_code[-1]) + 1) if base_code[-1].isalpha() else base_code + "2"
        for combo in variant_combos(options):
            if options[0][0] == "Title":
                sku = base_code
            else:
                sku = base_code + "-" + "-".join(code_of(v, 3) for v in combo)
            while sku in used_skus:
                sku += "X"
            used_skus.add(sku)
            price = price_for(spec["price"], combo)
            if combo in spec.get("blank_price", ()):
                price = None
            if spec.get("no_barcode") or r.random() < 0.06:
                barcode = ""
            elif spec.get("upc"):
                barcode = gtin("084217%05d" % upc_counter)
                upc_counter += 1
            else:
                barcode = gtin("4262351%05d" % ean_counter)
                ean_counter += 1
            vimg = ""
            if colour_idx is not None:
                want = slug(combo[colour_idx])
                vimg = next((u for u, _a in p.images if f"{handle}-{want}.jpg" in u), "")
            grams = {"textile": 180, "apron": 260, "bedding": 1400, "towel": 520, "ceramic": 420, "wood": 310,
                     "candle": 380, "bag": 240, "generic": 150, "gift": 0, "paper": 640}[spec["kind"]] + r.randint(0, 40)
            p.variants.append(dict(values=combo, sku=sku, price=price, compare=spec.get("compare"),
                                   grams=0 if p.gift else grams, barcode=barcode, image=vimg,
                                   qty=r.randint(0, 60), cost=None if price is None else price * r.randint(35, 48) // 100,
                                   policy="continue" if spec["kind"] == "candle" else "deny"))
        products.append(p)
    # one deliberately wrong GS1 check digit (a typo as merchants make them)
    bad = next(v for p in products if p.key == "linen-tea-towel" for v in p.variants if v["values"] == ("Ink",))
    bad["barcode"] = bad["barcode"][:-1] + str((int(bad["barcode"][-1]) + 1) % 10)
    return products


def shopify_product_rows(products, r):
    rows = []
    for p in products:
        n = max(len(p.variants), len(p.images))
        for i in range(n):
            row = {"Handle": p.key}
            if i == 0:
                row.update({"Title": p.title, "Body (HTML)": p.body, "Vendor": p.vendor, "Product Category": p.category,
                            "Type": p.ptype, "Tags": p.tags, "Published": "TRUE" if p.status == "active" else "FALSE",
                            "Gift Card": "TRUE" if p.gift else "FALSE", "Status": p.status})
                for k, (name, _vals) in enumerate(p.options):
                    row[f"Option{k + 1} Name"] = name
                for name, values in getattr(p, "metafields", {}).items():
                    row[f"{name} (product.metafields.shopify.color-pattern)"] = "; ".join(values)
                if p.status == "active" and r.random() < 0.5:
                    row["SEO Title"] = f"{p.title} | Fernhill"
                    row["SEO Description"] = f"Shop the {p.title.lower()} from Fernhill – made to be used every day."
            if i < len(p.variants):
                v = p.variants[i]
                for k, val in enumerate(v["values"]):
                    row[f"Option{k + 1} Value"] = val
                row.update({"Variant SKU": v["sku"], "Variant Grams": str(v["grams"]), "Variant Inventory Tracker": "shopify",
                            "Variant Inventory Qty": str(v["qty"]), "Variant Inventory Policy": v["policy"],
                            "Variant Fulfillment Service": "manual",
                            "Variant Price": "" if v["price"] is None else money(v["price"]),
                            "Variant Compare At Price": money(v["compare"]) if v["compare"] else "",
                            "Variant Requires Shipping": "FALSE" if p.gift else "TRUE",
                            "Variant Taxable": "FALSE" if p.gift else "TRUE", "Variant Barcode": v["barcode"],
                            "Variant Image": v["image"], "Variant Weight Unit": "kg" if v["grams"] >= 1000 else "g",
                            "Cost per item": "" if v["cost"] is None else money(v["cost"])})
            if i < len(p.images):
                url, alt = p.images[i]
                row["Image Src"] = url
                row["Image Position"] = str(i + 1)
                # image-only rows carry no alt text: Handle + Image Src + Image Position only
                row["Image Alt Text"] = alt if i < len(p.variants) else ""
            rows.append(row)
    return rows


SHOPIFY_ORDERS = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing", "Currency",
    "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method", "Created at",
    "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price", "Lineitem sku",
    "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street",
    "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip", "Billing Province",
    "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street", "Shipping Address1", "Shipping Address2",
    "Shipping Company", "Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone",
    "Notes", "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor",
    "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Source",
    "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value",
    "Tax 4 Name", "Tax 4 Value", "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties",
    "Billing Province Name", "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At",
    "Payment References",
]
# Columns Shopify repeats on the 2nd+ row of a multi-item order (everything else is left blank).
SHOPIFY_REPEATED = ["Name", "Email", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price",
                    "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable",
                    "Lineitem fulfillment status", "Vendor", "Lineitem discount"]
VAT = {"DE": ("MwSt", 19), "AT": ("USt", 20), "FR": ("TVA", 20), "NL": ("btw", 21), "BE": ("BTW", 21),
       "IT": ("IVA", 22), "ES": ("IVA", 21), "GB": (None, 0)}
JUDGEME = ["title", "body", "rating", "review_date", "source", "curated", "reviewer_name", "reviewer_email",
           "product_id", "product_handle", "reply", "reply_date", "picture_urls", "ip_address", "location"]
QUESTIONS = ["product_handle", "variant_sku", "question", "asker_name", "asker_email", "answer", "answered_by",
             "asked_at", "answered_at", "status"]


def shopify_ts(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S ") + eu_offset(dt)


def pick_rating(r):
    x = r.random()
    return 5 if x < 0.55 else 4 if x < 0.80 else 3 if x < 0.90 else 2 if x < 0.95 else 1


def build_shopify(out):
    r = rng("shopify")
    pii = PII()
    products = build_shopify_catalog(r)
    by_handle = {p.key: p for p in products}
    sku_to_handle = {v["sku"]: p.key for p in products for v in p.variants}
    variant_by_sku = {v["sku"]: (p, v) for p in products for v in p.variants}

    # ---- products_export.csv (legacy headers) and the same catalog under the 2025 header names
    rows = shopify_product_rows(products, r)
    legacy = Table(SHOPIFY_LEGACY)
    for row in rows:
        legacy.add_dict(row)
    current = Table(SHOPIFY_CURRENT)
    for row in rows:
        current.add_dict({LEGACY_TO_CURRENT[k]: v for k, v in row.items()})
    out.add("shopify/products_export.csv", encode(csv_text(legacy.matrix()), "utf-8", bom=True))
    out.add("shopify/products_export_2025.csv", encode(csv_text(current.matrix()), "utf-8", bom=True))

    # ---- customers and orders
    customers = make_people(r, 52, [("DE", 22), ("AT", 5), ("FR", 6), ("NL", 4), ("BE", 2), ("IT", 4), ("ES", 4), ("GB", 3)],
                            forced=[("Maria", "Kowalski", "GB"), ("Jürgen", "Brandt", "DE"), ("Lucía", "Navarro", "ES"),
                                    ("Giulia", "Colombo", "IT"), ("Camille", "Durand", "FR"), ("Ute", "Seidel", "DE"),
                                    ("Sören", "Haas", "DE")])
    orderable = [(p, v) for p in products if p.status != "draft" and not p.gift for v in p.variants if v["price"] is not None]
    gift_variants = [(p, v) for p in products if p.gift for v in p.variants]
    start, end = datetime(2023, 1, 9), datetime(2024, 12, 20)
    orders = []
    for c in customers:
        c.accepts = r.random() < 0.45
        favs = r.sample(products[:-3], 2)
        for n, dt in enumerate(spread_dates(r, start, end, r.randint(3, 6))):
            k = r.choices([1, 2, 3, 4], [55, 28, 12, 5])[0]
            items, seen = [], set()
            while len(items) < k:
                if r.random() < 0.55:
                    fp = r.choice(favs)
                    cands = [(p, v) for p, v in orderable if p is fp]
                    if not cands:
                        cands = orderable
                else:
                    cands = gift_variants if r.random() < 0.03 else orderable
                p, v = r.choice(cands)
                if p.status == "archived" and dt >= datetime(2024, 3, 1):
                    continue
                if v["sku"] in seen:
                    continue
                seen.add(v["sku"])
                items.append(dict(product=p, variant=v, qty=r.choices([1, 2, 3], [80, 15, 5])[0]))
            orders.append(dict(customer=c, created=dt, items=items, first=(n == 0), source="web"))
    # two point-of-sale orders without an e-mail address
    for dt in (datetime(2024, 5, 18, 11, 42, 5), datetime(2024, 11, 30, 15, 3, 51)):
        p, v = r.choice(orderable)
        orders.append(dict(customer=None, created=dt, items=[dict(product=p, variant=v, qty=1)], first=False, source="pos"))
    orders.sort(key=lambda o: o["created"])
    # lines that will not link to the catalog: a deleted product, a discontinued colour, custom gift wrapping
    teapot = dict(title="Enamel Teapot 1 l", variant="Cream", sku="FH-TPT-CRM", price=4900, handle="enamel-teapot-cream")
    olive = dict(title="Linen Apron – Olive", variant="S/M", sku="FH-APR-LAO-SM", price=3900, handle="linen-apron-olive")
    early = [o for o in orders if o["customer"] and o["created"] < datetime(2023, 9, 1)]
    for o in r.sample(early, 3):
        o["items"].append(dict(deleted=teapot, qty=1))
    for o in r.sample(early, 2):
        o["items"].append(dict(deleted=olive, qty=1))
    for o in r.sample([o for o in orders if o["customer"]], 5):
        o["items"].append(dict(custom="Gift wrapping", qty=1, price=350))

    pay_methods = [("Shopify Payments", 60), ("PayPal Express Checkout", 25), ("Klarna", 15)]
    order_id = 5512345000000
    latest = set(id(o) for o in orders[-6:])
    refunded = set(id(o) for o in r.sample(orders[:-10], 3))
    partial = set(id(o) for o in r.sample([o for o in orders[:-10] if id(o) not in refunded and len(o["items"]) > 1], 2))
    table = Table(SHOPIFY_ORDERS)
    order_names = []
    notes_plants = [
        ("Bitte beim Nachbarn abgeben (Fr. Schulte, Hausnr. 14).", "name", "Fr. Schulte"),
        ("Please call {phone} before delivery, the doorbell is broken.", "phone", None),
        ("Geschenk – bitte keine Rechnung beilegen. Rückfragen an {email}", "email", None),
    ]
    noted = [id(o) for o in r.sample([o for o in orders if o["customer"] and o["customer"].country in ("DE", "GB", "AT")], 6)]
    gift_msg_orders = set(id(o) for o in r.sample([o for o in orders if o["customer"]], 3))
    for num, o in enumerate(orders):
        o["name"] = "#%d" % (1001 + num)
        order_id += r.randint(20000, 90000)
        o["id"] = order_id
        c = o["customer"]
        created = o["created"]
        lines = []
        for it in o["items"]:
            if "deleted" in it:
                d = it["deleted"]
                lines.append(dict(name=f"{d['title']} - {d['variant']}", sku=d["sku"], price=d["price"], compare=None,
                                  qty=it["qty"], ship=True, vendor="Fernhill", handle=d["handle"], attrs=[]))
            elif "custom" in it:
                lines.append(dict(name=it["custom"], sku="", price=it["price"], compare=None, qty=1, ship=False, vendor="",
                                  handle=None, attrs=[]))
            else:
                p, v = it["product"], it["variant"]
                vt = " / ".join(v["values"])
                name = p.title if v["values"] == ("Default Title",) else f"{p.title} - {vt}"
                lines.append(dict(name=name, sku=v["sku"], price=v["price"], compare=v["compare"], qty=it["qty"],
                                  ship=not p.gift, vendor=p.vendor, handle=p.key,
                                  attrs=[(n, val) for (n, _), val in zip(p.options, v["values"]) if n != "Title"]))
        o["lines"] = lines
        items_total = sum(l["price"] * l["qty"] for l in lines)
        code, disc = "", 0
        if c and o["first"] and r.random() < 0.3:
            code, disc = "WELCOME10", items_total // 10
        elif datetime(2024, 6, 1) <= created < datetime(2024, 9, 1) and r.random() < 0.25:
            code, disc = "SUMMER15", items_total * 15 // 100
        alloc = [disc * l["price"] * l["qty"] // items_total for l in lines] if disc else [0] * len(lines)
        if disc:
            alloc[0] += disc - sum(alloc)
        subtotal = items_total - disc
        country = c.country if c else "DE"
        express = r.random() < 0.08
        if o["source"] == "pos":
            shipping, method = 0, ""
        elif country in ("DE",):
            shipping = 990 if express else (0 if subtotal >= 6000 else 490)
            method = "DHL Express" if express else "Standard (DHL)"
        else:
            shipping, method = (0 if subtotal >= 10000 else 990), "International Standard"
        total = subtotal + shipping
        tax_label, rate = VAT[country]
        taxes = vat_included(total, rate) if rate else 0
        fin = "paid"
        refunded_amount = 0
        if id(o) in refunded:
            fin, refunded_amount = "refunded", total
        elif id(o) in partial:
            fin, refunded_amount = "partially_refunded", lines[-1]["price"] * lines[-1]["qty"]
        unfulfilled = id(o) in latest
        paid_at = created + timedelta(seconds=r.randint(3, 40))
        fulfilled_at = (created + timedelta(days=r.randint(1, 3))).replace(hour=r.randint(9, 17))
        pay = r.choices([m for m, _ in pay_methods], [w for _, w in pay_methods])[0]
        ref = "c%d.1" % r.randint(10 ** 13, 10 ** 14 - 1)
        note = ""
        if id(o) in noted:
            tmpl, kind, fixed = notes_plants[noted.index(id(o)) % 3]
            value = fixed or (c.phone if kind == "phone" else c.email)
            note = tmpl.format(phone=c.phone, email=c.email)
            o["note_plant"] = (kind, value, note)
        note_attrs = ""
        if id(o) in gift_msg_orders:
            to = r.choice(FIRST["en"])
            note_attrs = f"gift_message: Happy birthday, {to}! Love, {c.first}"
            o["gift_plant"] = [("name", to, f"Happy birthday, {to}!"), ("name", c.first, f"Love, {c.first}")]
        first_row = None
        for li, l in enumerate(lines):
            row = {"Name": o["name"], "Email": c.email if c else "", "Created at": shopify_ts(created),
                   "Lineitem quantity": str(l["qty"]), "Lineitem name": l["name"], "Lineitem price": money(l["price"]),
                   "Lineitem compare at price": money(l["compare"]) if l["compare"] else "",
                   "Lineitem sku": l["sku"], "Lineitem requires shipping": "true" if l["ship"] else "false",
                   "Lineitem taxable": "true", "Lineitem fulfillment status": "pending" if unfulfilled else "fulfilled",
                   "Vendor": l["vendor"], "Lineitem discount": money(alloc[li])}
            if li == 0:
                b = {"Financial Status": fin, "Paid at": shopify_ts(paid_at),
                     "Fulfillment Status": "unfulfilled" if unfulfilled else "fulfilled",
                     "Fulfilled at": "" if unfulfilled else shopify_ts(fulfilled_at),
                     "Accepts Marketing": ("yes" if c.accepts else "no") if c else "no", "Currency": "EUR",
                     "Subtotal": money(subtotal), "Shipping": money(shipping), "Taxes": money(taxes), "Total": money(total),
                     "Discount Code": code, "Discount Amount": money(disc), "Shipping Method": method,
                     "Notes": note, "Note Attributes": note_attrs,
                     "Cancelled at": shopify_ts(created + timedelta(days=2)) if fin == "refunded" and r.random() < 0.5 else "",
                     "Payment Method": pay, "Payment Reference": ref,
                     "Refunded Amount": money(refunded_amount), "Outstanding Balance": "0.00", "Id": str(o["id"]),
                     "Risk Level": "Low", "Source": o["source"], "Payment ID": ref, "Payment References": ref}
                if rate:
                    b["Tax 1 Name"], b["Tax 1 Value"] = f"{tax_label} {rate}%", money(taxes)
                if c:
                    for pre in ("Billing", "Shipping"):
                        b.update({f"{pre} Name": c.name, f"{pre} Street": c.street, f"{pre} Address1": c.street,
                                  f"{pre} City": c.city, f"{pre} Zip": "'" + c.zip, f"{pre} Country": c.country,
                                  f"{pre} Phone": c.phone if r.random() < 0.5 else ""})
                    if r.random() < 0.4:
                        b["Phone"] = c.phone
                else:
                    b["Location"], b["Employee"], b["Device ID"] = "Fernhill Store Hamburg", "Jana Petersen", "1"
                    pii.add("names", "Jana Petersen")
                row.update(b)
                first_row = row
            table.add_dict(row)
            if li == 0:
                o["row_index"] = len(table.rows)
        order_names.append(o["name"])
        if c:
            for v in (c.name,):
                pii.add("names", v)
            pii.add("emails", c.email)
            pii.add("phones", first_row.get("Billing Phone", ""))
            pii.add("phones", first_row.get("Shipping Phone", ""))
            pii.add("phones", first_row.get("Phone", ""))
            pii.add("addresses", f"{c.street}, {c.zip} {c.city}")
        if "note_plant" in o:
            kind, value, text = o["note_plant"]
            pii.plant("orders_export.csv", o["row_index"], "Notes", kind, value, text if kind == "name" else value)
        for kind, value, text in o.get("gift_plant", []):
            pii.plant("orders_export.csv", o["row_index"], "Note Attributes", kind, value, text)
    # Shopify lists the newest order first
    by_name = {}
    for row in table.rows:
        by_name.setdefault(row["Name"], []).append(row)
    table.rows = [row for name in sorted(by_name, key=lambda n: -int(n[1:])) for row in by_name[name]]
    # row numbers changed with the re-ordering: recompute the planted rows
    first_rows = {}
    for i, row in enumerate(table.rows):
        first_rows.setdefault(row["Name"], i + 1)
    for pl in pii.planted:
        if pl["file"] == "orders_export.csv":
            name = next(o["name"] for o in orders if o.get("row_index") == pl["row"])
            pl["row"] = first_rows[name]
    out.add("shopify/orders_export.csv", encode(csv_text(table.matrix()), "utf-8", bom=True))

    # ---- Judge.me reviews
    reviews = []
    reviewed_lines = []
    for o in orders:
        if not o["customer"] or id(o) in latest:
            continue
        for l in o["lines"]:
            if l["handle"] and (r.random() < 0.3 or (l["handle"].startswith(("enamel", "linen-apron-olive")) and r.random() < 0.7)):
                reviewed_lines.append((o, l))
    o1043 = next(o for o in orders if o["name"] == "#1043")
    if not any(o is o1043 for o, _ in reviewed_lines) and o1043["customer"]:
        reviewed_lines.append((o1043, next(l for l in o1043["lines"] if l["handle"])))
    ip_pool = ["192.0.2.%d" % i for i in range(10, 250, 7)] + ["198.51.100.%d" % i for i in range(5, 250, 11)] + \
              ["203.0.113.%d" % i for i in range(3, 250, 13)]
    for o, l in reviewed_lines:
        c = o["customer"]
        rating = pick_rating(r)
        p = by_handle.get(l["handle"])
        kind = p.kind if p else "ceramic"
        title, body = review_text(r, c.lang, {"apron": "textile", "bedding": "textile", "towel": "textile",
                                              "paper": "generic", "gift": "generic"}.get(kind, kind), rating, l["attrs"])
        when = o["created"] + timedelta(days=r.randint(8, 45), hours=r.randint(0, 9), minutes=r.randint(0, 59))
        handle = l["handle"]
        product_id = p.shopify_id if p else {"enamel-teapot-cream": 8123455999001, "linen-apron-olive": 8123455999002}[handle]
        if p is not None and p.old_handle and not any(x.get("_old") for x in reviews):
            handle = p.old_handle  # renamed product: old handle, current numeric id
        rev = {"title": title, "body": body, "rating": str(rating), "_when": when, "source": "email", "curated": "ok",
               "reviewer_name": c.name, "reviewer_email": c.email, "product_id": str(product_id),
               "product_handle": handle, "_person": c, "_order": o, "_old": handle != l["handle"]}
        reviews.append(rev)
    # web reviews by visitors who are not in the order export
    visitors = make_people(r, 14, [("DE", 6), ("GB", 3), ("FR", 2), ("NL", 2), ("IT", 1)])
    for v_ in visitors:
        p = r.choice([p for p in products if p.status == "active"])
        vv = r.choice(p.variants)
        rating = pick_rating(r)
        title, body = review_text(r, v_.lang, "generic" if p.kind in ("gift", "paper") else
                                  {"apron": "textile", "bedding": "textile", "towel": "textile"}.get(p.kind, p.kind),
                                  rating, [(n, val) for (n, _), val in zip(p.options, vv["values"]) if n != "Title"])
        reviews.append({"title": title, "body": body, "rating": str(rating),
                        "_when": datetime(2023, 3, 1) + timedelta(days=r.randint(0, 640), hours=r.randint(7, 22)),
                        "source": "web", "curated": r.choice(["ok", "ok", "ok", "not-yet"]), "reviewer_name": v_.name,
                        "reviewer_email": v_.email, "product_id": str(p.shopify_id), "product_handle": p.key,
                        "_person": v_, "ip_address": r.choice(ip_pool)})
    spammer = visitors[0]
    reviews.append({"title": "Best prices!!!", "body": "Great products, even better deals at https://cheap-deals.example/promo – check it out!!!",
                    "rating": "5", "_when": datetime(2024, 2, 11, 3, 12, 9), "source": "web", "curated": "spam",
                    "reviewer_name": "Deal Hunter", "reviewer_email": "deals4you@example.net",
                    "product_id": str(by_handle["canvas-tote-bag"].shopify_id), "product_handle": "canvas-tote-bag",
                    "_person": spammer, "ip_address": "203.0.113.250"})
    for i, (ttl, txt) in enumerate([("Lovely shop", "Fast shipping, beautiful packaging and a handwritten note. Will be back."),
                                    ("Toller Laden", "Schnelle Lieferung, liebevoll verpackt.")]):
        c = customers[10 + i]
        reviews.append({"title": ttl, "body": txt, "rating": "5",
                        "_when": datetime(2024, 4, 2 + i, 18, 22, 31), "source": "email", "curated": "ok",
                        "reviewer_name": c.name, "reviewer_email": c.email, "product_id": "", "product_handle": "",
                        "_person": c})
    reviews.sort(key=lambda x: x["_when"], reverse=True)

    # plants: signatures, order numbers, e-mails, phones, names in replies
    def by_lang(lang, exclude=()):
        return [x for x in reviews if x["_person"].lang == lang and x["curated"] == "ok" and x["product_handle"]
                and id(x) not in exclude]
    used = set()

    def take(pool):
        pool = [x for x in pool if id(x) not in used]
        x = pool[r.randrange(len(pool))]
        used.add(id(x))
        return x

    maria = customers[0]
    jurgen = customers[1]
    sig_forms = [("en", lambda p: (f"{p.first} {p.last[0]}.", f"Thanks! – {p.first} {p.last[0]}.")),
                 ("de", lambda p: (p.first, f"Grüße, {p.first}")),
                 ("fr", lambda p: (p.first, f"Merci ! {p.first}")),
                 ("es", lambda p: (p.first, f"Saludos, {p.first}")),
                 ("it", lambda p: (p.first, f"Grazie, {p.first}")),
                 ("en", lambda p: (p.first, f"Cheers, {p.first}")),
                 ("de", lambda p: (f"{p.first} {p.last}", f"Viele Grüße aus {p.city}, {p.first} {p.last}"))]
    pinned = {"en": maria, "de": jurgen}
    for lang, form in sig_forms:
        pool = by_lang(lang)
        who = pinned.pop(lang, None)
        fixed = [x for x in pool if x["_person"] is who and id(x) not in used]
        x = take(fixed or pool)
        value, text = form(x["_person"])
        x["body"] = x["body"] + " " + text
        attach(x, "body", "name", value, text)
    for lang, text_form, value_form, sentence in ORDER_FORMS:
        if "{n}" in sentence:
            x = next(x for x in reviews if x.get("_order") is o1043)
            used.add(id(x))
            n = o1043["name"][1:]
            text, value, sentence = text_form.format(n=n), value_form.format(n=n), sentence.format(n=n)
        else:
            x = take(by_lang(lang))
            text, value = text_form, value_form
        x["body"] = x["body"] + " " + sentence
        attach(x, "body", "order_number", value, text)
    for lang, tmpl in [("en", "Happy to send more photos – drop me a line at {e}."),
                       ("de", "Bei Fragen gern an {e} schreiben.")]:
        x = take(by_lang(lang))
        p_ = x["_person"]
        e = f"{ascii_fold(p_.first.lower())}.{ascii_fold(p_.last.lower().replace(' ', ''))}.home@example.net"
        sentence = tmpl.format(e=e)
        x["body"] += " " + sentence
        attach(x, "body", "email", e, e)
    for lang, tmpl in [("en", "If the colour comes back in stock please ring me on {p}."),
                       ("de", "Rückruf gern unter {p}.")]:
        x = take(by_lang(lang))
        ph = phone_for(r, "GB" if lang == "en" else "DE", 0)
        x["body"] += " " + tmpl.format(p=ph)
        attach(x, "body", "phone", ph, ph)
    # merchant replies (some address the reviewer by name)
    for x in reviews:
        if x["curated"] == "ok" and x["product_handle"] and r.random() < 0.14:
            p_ = x["_person"]
            if p_.lang == "de":
                reply = f"Danke für Ihr Feedback, {p_.first}! Herzliche Grüße aus Hamburg, Ihr Fernhill-Team"
                text = f"Danke für Ihr Feedback, {p_.first}!"
            else:
                reply = f"Thank you so much, {p_.first}! We're so glad you like it. – The Fernhill team"
                text = f"Thank you so much, {p_.first}!"
            if int(x["rating"]) <= 2:
                reply = f"So sorry to hear this, {p_.first}. We've sent you an e-mail to put it right. – The Fernhill team"
                text = f"So sorry to hear this, {p_.first}."
            x["reply"] = reply
            x["reply_date"] = (x["_when"] + timedelta(days=r.randint(0, 3), hours=2)).strftime("%Y-%m-%d %H:%M:%S UTC")
            attach(x, "reply", "name", p_.first, text)
    for x in reviews:
        x["review_date"] = x["_when"].strftime("%Y-%m-%d %H:%M:%S UTC")
        if x["source"] == "email" and r.random() < 0.25:
            x["ip_address"] = r.choice(ip_pool)
        if r.random() < 0.4:
            p_ = x["_person"]
            x["location"] = f"{p_.city}, {p_.country}"
        if x["product_handle"] and r.random() < 0.1:
            n_pics = r.randint(1, 2)
            x["picture_urls"] = ",".join(
                f"https://judgeme.imgix.net/fernhill-kitchen/{1700000000 + r.randint(0, 40000000)}__img_{r.randint(1000, 9999)}__original.jpeg"
                for _ in range(n_pics))
        pii.add("names", x["reviewer_name"])
        pii.add("emails", x["reviewer_email"])
        pii.add("ip_addresses", x.get("ip_address", ""))
        pii.add("locations", x.get("location", ""))
    jt = Table(JUDGEME)
    for x in reviews:
        jt.add_dict({k: v for k, v in x.items() if not k.startswith("_")})
    resolve_plants(pii, "judgeme_reviews.csv", reviews)
    out.add("shopify/judgeme_reviews.csv", encode(csv_text(jt.matrix()), "utf-8"))

    # ---- questions.csv
    q_templates = {   # (question, answer); answer None = still unanswered in the app
        "textile": [("Does the linen shrink after washing?", "Only 2-3% at most if you wash it at 40 °C."),
                    ("Is the {v} more green or more grey in real life?", "It's a soft grey-green, a little lighter than on most screens."),
                    ("Can I tumble dry this?", "Yes, on low heat – take it out while still slightly damp.")],
        "apron": [("How long are the ties on the {v}?", "Each tie is about 95 cm long."),
                  ("Is the L/XL long enough for someone 1.90 m tall?", "Yes, it reaches just below the knee at that height.")],
        "bedding": [("Does the {v} fit a 155 × 220 cm duvet?", "The Double fits 200 × 200 cm; for 155 × 220 cm choose Single."),
                    ("Are the buttons wooden or plastic?", "They are coconut shell buttons.")],
        "towel": [("How heavy is the {v} (gsm)?", "About 350 gsm.")],
        "ceramic": [("Is the {v} glaze food safe and lead free?", "Yes, all our glazes are lead free and food safe."),
                    ("Can it go in the microwave?", "Yes, it's dishwasher and microwave safe."),
                    ("What is the exact height?", "It measures roughly 9.5 cm.")],
        "wood": [("Which oil do you recommend for re-oiling?", "A food-safe mineral oil or our board butter."),
                 ("Is the {v} dishwasher safe?", "No – hand wash only, please.")],
        "candle": [("Is the wax vegan?", "Yes, 100% soy wax."), ("How long does it burn?", "Around 45 hours.")],
        "bag": [("Can it hold a 5 kg bag of potatoes?", "Yes, the handles are tested to 12 kg."),
                ("Is the {v} washable?", "Yes, at 30 °C.")],
        "generic": [("Is this plastic free?", "Yes, including the packaging."), ("Do you ship to Switzerland?", "Unfortunately not at the moment.")],
        "paper": [("Is the paper suitable for fountain pens?", "Yes, 120 gsm paper with very little bleed-through.")],
        "gift": [("Can I choose the delivery date?", "Yes, you can pick a date at checkout.")],
    }
    askers = make_people(r, 30, [("DE", 12), ("GB", 6), ("AT", 3), ("FR", 3), ("NL", 3), ("IT", 3)],
                         forced=[("Ute", "Seidel", "DE"), ("Sören", "Haas", "DE")])
    qrows = []
    q_products = [p for p in products if p.status == "active"]
    for i in range(36):
        asker = askers[i % len(askers)]
        p = q_products[r.randrange(len(q_products))]
        v = r.choice(p.variants)
        label = " / ".join(v["values"]) if v["values"] != ("Default Title",) else p.title
        q, a = r.choice(q_templates[p.kind if p.kind in q_templates else "generic"])
        q = q.format(v=label)
        asked = datetime(2023, 2, 1) + timedelta(days=r.randint(0, 680), hours=r.randint(7, 22), minutes=r.randint(0, 59))
        row = {"product_handle": p.key, "variant_sku": "", "question": q, "asker_name": asker.name,
               "asker_email": asker.email, "_asked": asked, "_p": asker}
        if r.random() < 0.2:   # asked on a variant: some Q&A apps keep only the variant SKU
            row["product_handle"], row["variant_sku"] = "", v["sku"]
        if r.random() < 0.8:
            row["answer"] = a
            row["answered_by"] = r.choice(["Fernhill Team", "Jana from Fernhill"])
            row["answered_at"] = (asked + timedelta(hours=r.randint(2, 60))).strftime("%Y-%m-%d %H:%M")
            row["status"] = "published"
        else:
            row["status"] = "pending"
        qrows.append(row)
    for h, q in [("enamel-teapot-cream", "Will the cream teapot come back?"), ("enamel-teapot-cream", "Is the enamel chip resistant?")]:
        asker = askers[r.randrange(len(askers))]
        qrows.append({"product_handle": h, "question": q, "asker_name": asker.name, "asker_email": asker.email,
                      "status": "pending", "_asked": datetime(2023, 6, 1) + timedelta(days=r.randint(0, 60)), "_p": asker})
    asker = askers[5]
    qrows.append({"product_handle": "", "variant_sku": "FH-APR-LAO-SM", "question": "Is the olive apron sold out for good?",
                  "asker_name": asker.name, "asker_email": asker.email, "status": "published",
                  "answer": "Sadly yes – but have a look at Sage!", "answered_by": "Fernhill Team",
                  "_asked": datetime(2024, 1, 15, 9, 12), "answered_at": "2024-01-15 14:30", "_p": asker})
    qrows.sort(key=lambda x: x["_asked"])
    pool = [x for x in qrows if x["_p"].lang in ("de", "en")]
    ute = next(x for x in qrows if x["_p"] is askers[0]) if any(x["_p"] is askers[0] for x in qrows) else pool[0]
    ute["question"] += " Thanks, " + ute["_p"].first
    attach(ute, "question", "name", ute["_p"].first, "Thanks, " + ute["_p"].first)
    x = [y for y in pool if y is not ute][3]
    alt_mail = f"{ascii_fold(x['_p'].first.lower())}.{ascii_fold(x['_p'].last.lower().replace(' ', ''))}@posteo.example"
    x["question"] += f" Please reply to {alt_mail}, I don't check this account."
    attach(x, "question", "email", alt_mail, alt_mail)
    y = [z for z in pool if z is not ute and z is not x][7]
    ph = phone_for(r, "DE", 1)
    y["question"] += f" You can also call me: {ph}"
    attach(y, "question", "phone", ph, ph)
    z = next(q for q in qrows if q.get("answer") and q is not ute and q is not x and q is not y)
    z["answer"] = f"Hi {z['_p'].first}, " + z["answer"][0].lower() + z["answer"][1:]
    attach(z, "answer", "name", z["_p"].first, f"Hi {z['_p'].first},")
    qt = Table(QUESTIONS)
    for q in qrows:
        q["asked_at"] = q["_asked"].strftime("%Y-%m-%d %H:%M")
        qt.add_dict({k: v for k, v in q.items() if not k.startswith("_")})
        pii.add("names", q["asker_name"])
        pii.add("emails", q["asker_email"])
    pii.add("names", "Jana from Fernhill")
    resolve_plants(pii, "questions.csv", qrows)
    out.add("shopify/questions.csv", encode(csv_text(qt.matrix()), "utf-8"))

    # ---- expected.json
    names, entries = catalog_expectation(products, lambda p: {"shopify_product_id": p.shopify_id, "status": p.status,
                                                              "barcodes": [v["barcode"] for v in p.variants if v["barcode"]]})
    invalid = [v["barcode"] for p in products for v in p.variants if v["barcode"] and not gtin_is_valid(v["barcode"])]
    blank_prices = [v["sku"] for p in products for v in p.variants if v["price"] is None]
    n_variants = sum(len(p.variants) for p in products)
    catalog_common = dict(fmt("utf-8", True, ",", "LF", 1), kind="catalog", data_rows=len(rows),
                      **{ "products": len(products), "variants": n_variants,
                      "image_only_rows": sum(1 for x in rows if "Variant SKU" not in x),
                      "product_key_column": "Handle", "variant_key_column": "Variant SKU",
                      "blank_price_skus": blank_prices, "invalid_gtin_values": invalid,
                      "title_option_products": sorted(p.key for p in products if p.options[0][0] == "Title"),
                      "statuses": {s: sum(1 for p in products if p.status == s) for s in ("active", "draft", "archived")}})
    order_rows = [row["Lineitem sku"] for row in table.rows]
    custs = sorted({o["customer"].email for o in orders if o["customer"]})
    per_cust = [sum(1 for o in orders if o["customer"] and o["customer"].email == e) for e in custs]
    review_link = link_summary([x["product_handle"] for x in reviews], lambda h: h if h in by_handle else None, "product_handle")
    review_link["linkable_by_product_id"] = [x["product_handle"] for x in reviews if x.get("_old")]
    review_link["store_reviews_without_product"] = sum(1 for x in reviews if not x["product_handle"])
    q_values = [q["product_handle"] or q.get("variant_sku", "") for q in qrows]
    q_link = link_summary(q_values, lambda v: v if v in by_handle else sku_to_handle.get(v), "product_handle (falls back to variant_sku)")
    expected = {
        "shop": "Fernhill Kitchen & Linen (invented)", "platform": "shopify", "currency": "EUR", "seed": SEED,
        "files": {
            "products_export.csv": dict(catalog_common, layout="Shopify product CSV export, legacy header names (Handle, Body (HTML), Variant SKU, ...)"),
            "products_export_2025.csv": dict(catalog_common, layout="Shopify product CSV export, current header names (URL handle, Description, SKU, ...)",
                                             product_key_column="URL handle", variant_key_column="SKU"),
            "orders_export.csv": dict(fmt("utf-8", True, ",", "LF", 1),
                                      **{"layout": "Shopify orders export (one row per line item)", "kind": "orders",
                                       "data_rows": len(table.rows), "orders": len(orders), "customers": len(custs),
                                       "orders_per_customer": {"min": min(per_cust), "max": max(per_cust)},
                                       "orders_without_email": sum(1 for o in orders if not o["customer"]),
                                       "repeated_on_continuation_rows": SHOPIFY_REPEATED,
                                       "links_to": "products_export.csv:Variant SKU"},
                                      **link_summary(order_rows, lambda s: sku_to_handle.get(s), "Lineitem sku")),
            "judgeme_reviews.csv": dict(fmt("utf-8", False, ",", "LF", 1),
                                        **{"layout": "Judge.me reviews export", "kind": "reviews", "data_rows": len(reviews),
                                         "links_to": "products_export.csv:Handle",
                                         "pii_columns": ["reviewer_name", "reviewer_email", "ip_address", "location"]},
                                        **review_link),
            "questions.csv": dict(fmt("utf-8", False, ",", "LF", 1),
                                  **{"layout": "Q&A app export (own layout, see README)", "kind": "questions",
                                   "data_rows": len(qrows),
                                   "links_to": "products_export.csv:Handle or Variant SKU",
                                   "pii_columns": ["asker_name", "asker_email"]}, **q_link),
        },
        "catalog": {"key_column": "Handle", "attribute_names": names,
                    "note": "Option 'Title'/'Default Title' is Shopify's placeholder and is not an attribute.",
                    "products": entries},
        "pii": pii.to_json(),
    }
    out.add("shopify/expected.json", json_bytes(expected))
    return expected


# ---------------------------------------------------------------------------
# 2. WooCommerce: "Nordlicht Outdoor" (German shop, EUR, catalog re-saved by Excel)
# ---------------------------------------------------------------------------

WOO_PRODUCTS = [
    "ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?", "Visibility in catalog",
    "Short description", "Description", "Date sale price starts", "Date sale price ends", "Tax status", "Tax class",
    "In stock?", "Stock", "Low stock amount", "Backorders allowed?", "Sold individually?", "Weight (kg)", "Length (cm)",
    "Width (cm)", "Height (cm)", "Allow customer reviews?", "Purchase note", "Sale price", "Regular price",
    "Categories", "Tags", "Shipping class", "Images", "Download limit", "Download expiry days", "Parent",
    "Grouped products", "Upsells", "Cross-sells", "External URL", "Button text", "Position",
    "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global", "Attribute 1 default",
    "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible", "Attribute 2 global", "Attribute 2 default",
]
# "Advanced Order Export For WooCommerce" (algolplus) default CSV columns.
WOO_ORDERS = [
    "Order Number", "Order Status", "Order Date", "Customer Note", "First Name (Billing)", "Last Name (Billing)",
    "Company (Billing)", "Address 1&2 (Billing)", "City (Billing)", "State Code (Billing)", "Postcode (Billing)",
    "Country Code (Billing)", "Email (Billing)", "Phone (Billing)", "First Name (Shipping)", "Last Name (Shipping)",
    "Address 1&2 (Shipping)", "City (Shipping)", "State Code (Shipping)", "Postcode (Shipping)",
    "Country Code (Shipping)", "Item #", "SKU", "Name", "Product Variation", "Quantity", "Quantity (- Refund)",
    "Item Cost", "Order Line (w/o tax)", "Order Line Tax", "Order Line Total", "Order Line Total Refunded",
    "Order Line Total (- Refund)", "Image URL", "Coupon Code", "Discount Amount", "Discount Amount Tax",
    "Payment Method Title", "Coupons Used", "Cart Discount Amount", "Order Subtotal Amount", "Order Tax Amount",
    "Order Shipping Amount", "Order Refund Amount", "Order Total Amount", "Order Total Tax Amount", "Total items",
    "Total products",
]
YOTPO = ["Review ID", "Review Type", "Published", "Review Title", "Review Content", "Review Score", "Date",
         "Product ID", "Product Name", "Product URL", "Reviewer Display Name", "Reviewer Email", "Reviewer Type",
         "Comment Content", "Comment Public", "Comment Created Date", "Published Image URLs"]

FARBE3 = ["Rot", "Blau", "Grün"]
SIZES4 = ["S", "M", "L", "XL"]


def wspec(name, ptype, sku, cats, kind, price, attrs=(), **kw):
    d = dict(name=name, ptype=ptype, sku=sku, cats=cats, kind=kind, price=price, attrs=list(attrs))
    d.update(kw)
    return d


# attrs: (label, values, global, used_for_variations)
WOO_SPECS = [
    wspec("Kapuzenpullover Fjord", "variable", "NL-HOOD-FJORD", "Bekleidung > Hoodies, Sale", "clothing", 5990,
          [("Farbe", FARBE3, True, True), ("Größe", SIZES4, True, True)], sale=4790, sale_dates=True,
          tags="Bio-Baumwolle, Winter", default=("Blau", "M")),
    wspec("Fleecejacke Birke", "variable", "NL-FLEECE-BIRKE", "Bekleidung > Jacken", "clothing", 7990,
          [("Farbe", ["Anthrazit", "Moosgrün"], True, True), ("Größe", SIZES4, True, True)], tags="Fleece"),
    wspec("Merino-Mütze Polarkreis", "variable", "NL-MUETZE-POLAR", "Accessoires > Mützen", "clothing", 2990,
          [("Farbe", ["Grau", "Senf", "Petrol"], True, True), ("Material", ["Merinowolle"], False, False)], tags="Merino, Winter"),
    wspec("Wandersocken Alpin", "variable", None, "Bekleidung > Socken", "clothing", 1690,
          [("Größe", ["35–38", "39–42", "43–46"], True, True), ("Material", ["Merinowolle, Polyamid"], False, False)]),
    wspec("Softshell-Hose Gipfel", "variable", "NL-HOSE-GIPFEL", "Bekleidung > Hosen", "clothing", 8990,
          [("Größe", ["46", "48", "50", "52"], True, True), ("Länge", ["Kurz", "Normal"], False, True)]),
    wspec("Funktionsshirt Nordwind", "variable", "NL-SHIRT-NORD", "Bekleidung > Shirts, Sale", "clothing", 3490,
          [("Farbe", ["Weiß", "Schwarz", "Himmelblau"], True, True), ("Größe", ["S", "M", "L"], True, True)], sale=2790),
    wspec("Thermoflasche Eisbach", "variable", "NL-THERMO-EIS", "Ausrüstung > Trinken", "gear",
          {"0,5 l": 2490, "0,75 l": 2790, "1 l": 3190}, [("Volumen", ["0,5 l", "0,75 l", "1 l"], False, True)]),
    wspec("Rucksack Fjellpass", "variable", None, "Ausrüstung > Rucksäcke", "gear", {"20 l": 8990, "30 l": 10990},
          [("Volumen", ["20 l", "30 l"], False, True), ("Farbe", ["Oliv", "Schwarz"], True, True)]),
    wspec("Handschuhe Frostgrat", "variable", "NL-HANDSCH-FROST", "Accessoires > Handschuhe", "clothing", 3990,
          [("Größe", SIZES4, True, True)]),
    wspec("Regenjacke Sturmvogel", "variable", "NL-REGEN-STURM", "Bekleidung > Jacken", "clothing", 12990,
          [("Farbe", ["Gelb", "Marine"], True, True), ("Größe", SIZES4, True, True)]),
    wspec("Schlauchschal Nebelhorn", "variable", "NL-SCHAL-NEBEL", "Accessoires > Schals", "clothing", 1990,
          [("Farbe", ["Grau meliert", "Rot"], True, True)]),
    wspec("Trekkingstöcke Grat", "variable", "NL-STOECKE-GRAT", "Ausrüstung > Wandern", "gear", 5990,
          [("Länge", ["110–130 cm", "115–135 cm"], False, True)]),
    wspec("Stirnlampe Lichtblick 300", "simple", "NL-LAMPE-300", "Ausrüstung > Licht", "gear", 3990,
          [("Leuchtweite", ["80 m"], False, False)]),
    wspec("Kompass Nordstern", "simple", "NL-KOMPASS-NS", "Ausrüstung > Navigation", "gear", 2490, excel_gtin=True),
    wspec("Karabiner-Set (3 Stück)", "simple", "NL-KARAB-3", "Ausrüstung > Klettern", "gear", 1490),
    wspec("Sitzkissen Faltbar", "simple", None, "Ausrüstung > Camping", "gear", 1290),
    wspec("Trinkblase 2 l", "simple", "NL-TRINKBL-2", "Ausrüstung > Trinken", "gear", 2290),
    wspec("Biwaksack Ultraleicht", "simple", "NL-BIWAK-UL", "Ausrüstung > Camping", "gear", 4990),
    wspec("Erste-Hilfe-Set Tour", "simple", "NL-EHS-TOUR", "Ausrüstung > Sicherheit", "gear", 2990),
    wspec("Multitool Kleinholz", "simple", "NL-MULTI-KH", "Ausrüstung > Werkzeug", "gear", 4490),
    wspec("Isomatte Daunenwolke", "simple", "NL-ISO-DAUNE", "Ausrüstung > Camping", "gear", 11990, sale=9990),
    wspec("Feuerstahl Funkenflug", "simple", "NL-FEUER-FF", "Ausrüstung > Camping", "gear", 1290),
    wspec("Campingbecher Emaille", "simple", "NL-BECHER-EM", "Ausrüstung > Kochen", "gear", 1190,
          [("Farbe", ["Creme"], True, False)]),
    wspec("Reparaturset Zelt", "simple", "NL-REP-ZELT", "Ausrüstung > Camping", "gear", 990),
    wspec("Wanderführer Allgäu (Buch)", "simple", "NL-BUCH-ALLG", "Bücher", "gear", 1995, isbn=True),
    wspec("Expeditionsschlitten Polar", "simple", "NL-SCHLITTEN", "Ausrüstung > Winter", "gear", None, poa="auf Anfrage"),
    wspec("Kanu Fjell 16", "simple", "NL-KANU-16", "Ausrüstung > Wasser", "gear", None, poa="POA"),
    wspec("Gaskartusche 230 g", "simple", "NL-GAS-230", "Ausrüstung > Kochen", "gear", 690, out_of_stock=True),
    wspec("Wollsocken Kinder", "simple", "NL-SOCK-KIDS", "Bekleidung > Kinder", "clothing", 1290),
    wspec("Sonnenbrille Gletscher", "simple", "NL-BRILLE-GL", "Accessoires > Brillen", "gear", 6990),
    wspec("Lunchbox Edelstahl", "simple", "NL-LUNCH-ES", "Ausrüstung > Kochen", "gear", 2490),
    wspec("Hängematte Waldrast", "simple", "NL-HAENGE-WR", "Ausrüstung > Camping", "gear", 5490),
    wspec("Stirnband Fleece", "simple", "NL-STIRNB-FL", "Accessoires > Mützen", "clothing", 1490),
    wspec("Wasserfilter Quellklar", "simple", "NL-FILTER-QK", "Ausrüstung > Trinken", "gear", 3990),
    wspec("Notfalldecke Rettung", "simple", "NL-DECKE-RET", "Ausrüstung > Sicherheit", "gear", 390),
    wspec("Geschenkgutschein 50 €", "simple, virtual", "NL-GUTSCHEIN-50", "Gutscheine", "gear", 5000),
    wspec("Zelt Nordkap 2P", "external", "NL-EXT-ZELT", "Ausrüstung > Zelte", "gear", 34900,
          url="https://partner-outdoor.example/zelt-nordkap-2p", button="Beim Partner kaufen"),
    wspec("Winter-Set Polarkreis", "grouped", "NL-SET-WINTER", "Accessoires, Sale", "clothing", None,
          grouped=["NL-MUETZE-POLAR", "NL-HANDSCH-FROST", "NL-SCHAL-NEBEL"]),
]


def wc_values(values):
    """WooCommerce's exporter joins with ', ' and escapes commas inside a value as '\\,'."""
    return ", ".join(v.replace(",", "\\,") for v in values)


def woo_description(r, spec):
    feats = {"clothing": ["Atmungsaktiv und schnelltrocknend", "Bei 30 °C waschbar", "Fair produziert in Portugal"],
             "gear": ["Robust und leicht", "2 Jahre Garantie", "Getestet auf unseren Touren im Allgäu"]}[spec["kind"]]
    lines = [f"<p>Unser „{spec['name']}“ – für alle, die draußen zu Hause sind. Preis inkl. 19 % MwSt.</p>", "<ul>"]
    lines += [f"<li>{f}</li>" for f in feats] + ["</ul>"]
    # the exporter turns real newlines into the two characters backslash + n
    return "\\n".join(lines)


def build_woocommerce(out):
    r = rng("woocommerce")
    pii = PII()
    products, rows = [], []
    next_id = 1012
    ean = 1
    host = "https://nordlicht-outdoor.example"
    for spec in WOO_SPECS:
        pid = next_id
        next_id += r.randint(3, 9)
        var_attrs = [a for a in spec["attrs"] if a[3]]
        p = Product(str(pid), spec["name"], options=[(a[0], a[1]) for a in spec["attrs"]], wc_id=pid, sku=spec["sku"],
                    ptype=spec["ptype"], kind=spec["kind"], url=f"{host}/produkt/{slug(spec['name'])}/")
        img = f"{host}/wp-content/uploads/2023/{r.randint(1, 12):02d}/{slug(spec['name'])}.jpg"
        p.image = img
        row = {"ID": str(pid), "Type": spec["ptype"], "SKU": spec["sku"] or "", "Name": spec["name"], "Published": "1",
               "Is featured?": "1" if r.random() < 0.15 else "0", "Visibility in catalog": "visible",
               "Short description": f"„{spec['name']}“ – {'warm & robust' if spec['kind'] == 'clothing' else 'leicht & zuverlässig'}.",
               "Description": woo_description(r, spec), "Tax status": "taxable", "Tax class": "",
               "In stock?": "0" if spec.get("out_of_stock") else "1", "Stock": "", "Low stock amount": "",
               "Backorders allowed?": "0", "Sold individually?": "0",
               "Weight (kg)": money(r.randint(5, 120), ",").rstrip("0").rstrip(",") if spec["ptype"] not in ("grouped", "external") else "",
               "Length (cm)": str(r.randint(10, 60)), "Width (cm)": str(r.randint(5, 40)), "Height (cm)": str(r.randint(2, 20)),
               "Allow customer reviews?": "1", "Categories": spec["cats"], "Tags": spec.get("tags", ""),
               "Shipping class": "sperrgut" if spec["name"].startswith(("Kanu", "Expedition")) else "",
               "Images": img + (", " + img.replace(".jpg", "-2.jpg") if r.random() < 0.5 else ""), "Position": "0"}
        if spec["ptype"] in ("grouped", "external", "simple, virtual"):
            row.update({"Length (cm)": "", "Width (cm)": "", "Height (cm)": ""})
        if spec["ptype"] == "external":
            row.update({"External URL": spec["url"], "Button text": spec["button"]})
        if spec["ptype"] == "grouped":
            row["Grouped products"] = ", ".join(spec["grouped"])
        for i, (label, values, glob, _var) in enumerate(spec["attrs"][:2]):
            row[f"Attribute {i + 1} name"] = label
            row[f"Attribute {i + 1} value(s)"] = wc_values(values)
            row[f"Attribute {i + 1} visible"] = "1"
            row[f"Attribute {i + 1} global"] = "1" if glob else "0"
            if spec.get("default") and i < len(spec["default"]):
                row[f"Attribute {i + 1} default"] = spec["default"][i]
        if spec["ptype"] != "variable":
            if spec.get("poa"):
                row["Regular price"] = spec["poa"]     # typed over the price cell in Excel
            elif spec["price"] is not None:
                row["Regular price"] = money(spec["price"], ",")
                if spec.get("sale"):
                    row["Sale price"] = money(spec["sale"], ",")
            if spec["ptype"] in ("simple", "simple, virtual", "external"):
                if spec.get("isbn"):
                    row["GTIN, UPC, EAN, or ISBN"] = gtin("978395%06d" % r.randint(100000, 999999))
                elif spec.get("excel_gtin"):
                    row["GTIN, UPC, EAN, or ISBN"] = "4,25123E+12"   # Excel's scientific notation of an EAN
                elif spec["sku"] and r.random() < 0.85:
                    row["GTIN, UPC, EAN, or ISBN"] = gtin("4251234%05d" % ean)
                    ean += 1
            if spec["ptype"] in ("simple", "simple, virtual"):
                p.variants.append(dict(sku=spec["sku"] or "", id=pid, values=(), price=spec["price"] if not spec.get("poa") else None,
                                       sale=spec.get("sale"), name=spec["name"]))
        if spec.get("sale_dates"):
            row["Date sale price starts"] = "01.11.2024 00:00"
            row["Date sale price ends"] = "31.01.2025 23:59"
        rows.append(row)
        if spec["ptype"] == "variable":
            parent_ref = spec["sku"] or f"id:{pid}"
            for pos, combo in enumerate(variant_combos([(a[0], a[1]) for a in var_attrs])):
                vid = next_id
                next_id += 1
                price = price_for(spec["price"], combo)
                code = spec["sku"] or "NL-" + name_code(spec["name"], 6)
                vsku = code + "-" + "-".join(code_of(v, 3) for v in combo)
                if spec["sku"] is None and pos == 1:
                    vsku = ""          # a variation nobody gave a SKU
                vrow = {"ID": str(vid), "Type": "variation", "SKU": vsku, "Name": f"{spec['name']} - {', '.join(combo)}",
                        "Published": "1", "Is featured?": "0", "Visibility in catalog": "visible", "Short description": "",
                        "Description": "", "Tax status": "taxable", "Tax class": "parent",
                        "In stock?": "0" if r.random() < 0.08 else "1",
                        "Stock": str(r.randint(0, 25)) if r.random() < 0.6 else "", "Backorders allowed?": "0",
                        "Sold individually?": "0", "Weight (kg)": "", "Allow customer reviews?": "0",
                        "Regular price": money(price, ","), "Sale price": money(spec["sale"], ",") if spec.get("sale") else "",
                        "Images": f"{host}/wp-content/uploads/2023/10/{slug(spec['name'])}-{slug(combo[0])}.jpg",
                        "Parent": parent_ref, "Position": str(pos + 1)}
                if r.random() < 0.85:
                    vrow["GTIN, UPC, EAN, or ISBN"] = gtin("4251234%05d" % ean)
                    ean += 1
                for i, ((label, _vals, glob, _v), val) in enumerate(zip(var_attrs, combo)):
                    vrow[f"Attribute {i + 1} name"] = label
                    vrow[f"Attribute {i + 1} value(s)"] = val.replace(",", "\\,")
                    vrow[f"Attribute {i + 1} visible"] = ""
                    vrow[f"Attribute {i + 1} global"] = "1" if glob else "0"
                rows.append(vrow)
                p.variants.append(dict(sku=vsku, id=vid, values=combo, price=price, sale=spec.get("sale"),
                                       name=vrow["Name"], attrs=list(zip([a[0] for a in var_attrs], combo))))
        products.append(p)
    pt = Table(WOO_PRODUCTS)
    for row in rows:
        pt.add_dict(row)
    out.add("woocommerce/wc-product-export.csv", encode(csv_text(pt.matrix(), delimiter=";", eol="\r\n"), "cp1252"))

    by_id = {p.key: p for p in products}
    sku_to_pid = {v["sku"]: p.key for p in products for v in p.variants if v["sku"]}
    name_to_pid = {v["name"]: p.key for p in products for v in p.variants}
    sellable = [(p, v) for p in products for v in p.variants if v["price"] is not None and not p.ptype.startswith("simple, virtual")]

    # ---- orders (Advanced Order Export, one row per item, order fields repeated)
    customers = make_people(r, 40, [("DE", 28), ("AT", 7), ("NL", 2), ("BE", 1), ("GB", 2)],
                            forced=[("Jürgen", "Vogt", "DE"), ("Katrin", "Böhm", "DE"), ("Sanne", "de Vries", "NL")])
    orders = []
    for c in customers:
        favs = r.sample(products, 2)
        for n, dt in enumerate(spread_dates(r, datetime(2023, 3, 1), datetime(2024, 12, 18), r.randint(3, 5))):
            k = r.choices([1, 2, 3], [60, 30, 10])[0]
            items, seen = [], set()
            while len(items) < k:
                pool = [(p, v) for p, v in sellable if p in favs] if r.random() < 0.5 else sellable
                p, v = r.choice(pool or sellable)
                if (v["id"]) in seen:
                    continue
                seen.add(v["id"])
                items.append((p, v, r.choices([1, 2], [85, 15])[0]))
            orders.append(dict(c=c, dt=dt, items=items, first=n == 0))
    orders.sort(key=lambda o: o["dt"])
    deleted = dict(sku="NL-SCHLAF-EIS", name="Daunenschlafsack Eiszeit", price=24990, id=1999)
    for o in r.sample(orders[:60], 3):
        o["items"].append((None, deleted, 1))
    ot = Table(WOO_ORDERS)
    gifted = set(id(o) for o in r.sample(orders, 4))
    note_orders = [id(o) for o in r.sample(orders, 5)]
    refunded = set(id(o) for o in r.sample(orders[:-8], 3))
    for num, o in enumerate(orders):
        c = o["c"]
        o["number"] = str(4101 + num)
        status = "Processing" if num >= len(orders) - 5 else "Completed"
        if id(o) in refunded:
            status = "Refunded"
        if num == 40:
            status = "Cancelled"
        items_gross = sum((v.get("sale") or v["price"]) * q for _p, v, q in o["items"])
        coupon = "WILLKOMMEN10" if o["first"] and r.random() < 0.35 else ""
        disc = items_gross // 10 if coupon else 0
        ship = 0 if items_gross - disc >= 5000 else 490
        total = items_gross - disc + ship
        total_tax = vat_included(total, 19)
        ship_name = (c.first, c.last)
        ship_addr = (c.street, c.city, c.zip, c.country)
        if id(o) in gifted:
            g = make_people(rng(f"woo-gift-{num}"), 1, [("DE", 1)])[0]
            ship_name, ship_addr = (g.first, g.last), (g.street, g.city, g.zip, g.country)
            pii.add("names", g.name)
            pii.add("addresses", f"{g.street}, {g.zip} {g.city}")
        note = ""
        if id(o) in note_orders:
            k = note_orders.index(id(o))
            forms = [(f"Bitte vor der Zustellung anrufen: {c.phone}", "phone", c.phone),
                     ("Paket bitte bei Familie Krüger im EG abgeben.", "name", "Familie Krüger"),
                     (f"Rechnung bitte an {ascii_fold(c.first.lower())}.buchhaltung@example.com", "email",
                      f"{ascii_fold(c.first.lower())}.buchhaltung@example.com"),
                     ("Ist ein Geschenk für meinen Bruder Henrik – bitte ohne Preisschild.", "name", "Henrik"),
                     (f"Falls niemand da ist: Nachbarin Frau Albers, Tel. {phone_for(r, 'DE', 1)}", "phone", None)]
            note, kind, value = forms[k]
            if value is None:
                value = note.split("Tel. ")[1]
            o["plant"] = ("Customer Note", kind, value, value if kind != "name" else note)
        base = {"Order Number": o["number"], "Order Status": status, "Order Date": o["dt"].strftime("%Y-%m-%d %H:%M"),
                "Customer Note": note, "First Name (Billing)": c.first, "Last Name (Billing)": c.last,
                "Address 1&2 (Billing)": c.street, "City (Billing)": c.city, "Postcode (Billing)": c.zip,
                "Country Code (Billing)": c.country, "Email (Billing)": c.email, "Phone (Billing)": c.phone,
                "First Name (Shipping)": ship_name[0], "Last Name (Shipping)": ship_name[1],
                "Address 1&2 (Shipping)": ship_addr[0], "City (Shipping)": ship_addr[1],
                "Postcode (Shipping)": ship_addr[2], "Country Code (Shipping)": ship_addr[3],
                "Coupon Code": coupon, "Discount Amount": money(disc - vat_included(disc, 19)) if disc else "0",
                "Discount Amount Tax": money(vat_included(disc, 19)) if disc else "0",
                "Payment Method Title": r.choice(["PayPal", "Kreditkarte (Stripe)", "Vorkasse", "Klarna Rechnung"]),
                "Coupons Used": "1" if coupon else "0", "Cart Discount Amount": money(disc) if disc else "0",
                "Order Shipping Amount": money(ship - vat_included(ship, 19)),
                "Order Refund Amount": money(total) if status == "Refunded" else "0",
                "Order Total Amount": money(total), "Order Total Tax Amount": money(total_tax),
                "Order Tax Amount": money(total_tax - vat_included(ship, 19)),
                "Total items": str(sum(q for _p, _v, q in o["items"])), "Total products": str(len(o["items"]))}
        subtotal_net = 0
        lines = []
        for n_item, (p, v, q) in enumerate(o["items"]):
            gross = v.get("sale") or v["price"]
            net = gross - vat_included(gross, 19)
            subtotal_net += net * q
            refund = status == "Refunded"
            line = dict(base)
            line.update({"Item #": str(n_item + 1), "SKU": v["sku"], "Name": v["name"],
                         "Product Variation": ", ".join(f"{a}: {b}" for a, b in v.get("attrs", [])),
                         "Quantity": str(q), "Quantity (- Refund)": "0" if refund else str(q), "Item Cost": money(net),
                         "Order Line (w/o tax)": money(net * q), "Order Line Tax": money((gross - net) * q),
                         "Order Line Total": money(gross * q), "Order Line Total Refunded": money(gross * q) if refund else "0",
                         "Order Line Total (- Refund)": "0" if refund else money(gross * q),
                         "Image URL": p.image if p else ""})
            lines.append(line)
        for line in lines:
            line["Order Subtotal Amount"] = money(subtotal_net)
            ot.add_dict(line)
        o["first_row"] = len(ot.rows) - len(lines) + 1
        if "plant" in o:
            col, kind, value, text = o["plant"]
            pii.plant("orders-2025-01-06-08-15-42.csv", o["first_row"], col, kind, value, text)
        pii.add("names", c.name)
        pii.add("emails", c.email)
        pii.add("phones", c.phone)
        pii.add("addresses", f"{c.street}, {c.zip} {c.city}")
    out.add("woocommerce/orders-2025-01-06-08-15-42.csv", encode(php_fputcsv_text(ot.matrix(), ",", "\r\n"), "utf-8"))

    # ---- Yotpo reviews (Product ID = WooCommerce product id of the parent)
    reviews = []
    for o in orders:
        if o["dt"] > datetime(2024, 12, 1):
            continue
        for p, v, _q in o["items"]:
            if r.random() < 0.32:
                c = o["c"]
                rating = pick_rating(r)
                title, body = review_text(r, c.lang, p.kind if p else "generic", rating, v.get("attrs", []))
                reviews.append({"_when": o["dt"] + timedelta(days=r.randint(6, 40), hours=r.randint(1, 9)),
                                "Review Type": "product", "Published": "true" if rating >= 3 or r.random() < 0.5 else "false",
                                "Review Title": title, "Review Content": body, "Review Score": str(rating),
                                "Product ID": str(p.wc_id if p else v["id"]),
                                "Product Name": p.title if p else v["name"],
                                "Product URL": p.url if p else "https://nordlicht-outdoor.example/produkt/daunenschlafsack-eiszeit/",
                                "Reviewer Display Name": f"{c.first} {c.last[0]}.", "Reviewer Email": c.email,
                                "Reviewer Type": "verified_buyer", "_p": c})
    for i, (t, b) in enumerate([("Super Shop", "Schnelle Lieferung und super Beratung am Telefon."),
                                ("Gerne wieder", "Alles bestens, Paket war nach zwei Tagen da.")]):
        c = customers[5 + i]
        reviews.append({"_when": datetime(2024, 6, 3 + i, 19, 4), "Review Type": "site", "Published": "true",
                        "Review Title": t, "Review Content": b, "Review Score": "5", "Product ID": "yotpo_site_reviews",
                        "Product Name": "", "Product URL": "", "Reviewer Display Name": f"{c.first} {c.last[0]}.",
                        "Reviewer Email": c.email, "Reviewer Type": "verified_buyer", "_p": c})
    # a review stored under the product's old name: Product ID still links, the name does not
    hood = next(p for p in products if p.title == "Kapuzenpullover Fjord")
    old = next(x for x in reviews if x["Product ID"] == str(hood.wc_id))
    old["Product Name"] = "Hoodie Fjord"
    reviews.sort(key=lambda x: x["_when"])
    used = set()

    def take(lang):
        pool = [x for x in reviews if x["_p"].lang == lang and x["Review Type"] == "product" and id(x) not in used]
        x = pool[r.randrange(len(pool))]
        used.add(id(x))
        return x
    jv = next(x for x in reviews if x["_p"] is customers[0] and x["Review Type"] == "product")
    used.add(id(jv))
    jv["Review Content"] += " Grüße, Jürgen"
    attach(jv, "Review Content", "name", "Jürgen", "Grüße, Jürgen")
    x = take("de")
    x["Review Content"] += " LG Katrin B. aus Leipzig"
    attach(x, "Review Content", "name", "Katrin B.", "LG Katrin B. aus Leipzig")
    x = take("de")
    n = orders[17]["number"]
    x["Review Content"] += f" (Bestellung {n} – Ersatz kam nach Reklamation sofort.)"
    attach(x, "Review Content", "order_number", n, f"Bestellung {n}")
    x = take("de")
    x["Review Content"] += " Meine Bestellnummer 884213 war leider unvollständig, wurde aber nachgeliefert."
    attach(x, "Review Content", "order_number", "884213", "Bestellnummer 884213")
    x = take("de")
    x["Review Content"] += " Order #798449 – fast delivery to Vienna."
    attach(x, "Review Content", "order_number", "798449", "#798449")
    x = take("de")
    ph = phone_for(r, "DE", 0)
    x["Review Content"] += f" Für Rückfragen: {ph}"
    attach(x, "Review Content", "phone", ph, ph)
    x = take("de")
    em = "wanderfreund.alpen@posteo.example"
    x["Review Content"] += f" Tourenberichte gibt's auf Anfrage: {em}"
    attach(x, "Review Content", "email", em, em)
    for i, x in enumerate(reviews):
        x["Review ID"] = str(310000000 + i * 37 + r.randint(0, 30))
        x["Date"] = x["_when"].strftime("%Y-%m-%d")
        if x["Review Type"] == "product" and r.random() < 0.15:
            first = x["_p"].first
            x["Comment Content"] = f"Vielen Dank, {first}! Viel Spaß draußen wünscht das Nordlicht-Team."
            x["Comment Public"] = "true"
            x["Comment Created Date"] = (x["_when"] + timedelta(days=1)).strftime("%Y-%m-%d")
            attach(x, "Comment Content", "name", first, f"Vielen Dank, {first}!")
        if r.random() < 0.08:
            x["Published Image URLs"] = f"https://cdn-yotpo-images-production.example/Review/{r.randint(10 ** 8, 10 ** 9)}/original.jpg"
        pii.add("names", x["Reviewer Display Name"])
        pii.add("emails", x["Reviewer Email"])
    yt = Table(YOTPO)
    for x in reviews:
        yt.add_dict({k: v for k, v in x.items() if not k.startswith("_")})
    resolve_plants(pii, "yotpo_reviews.csv", reviews)
    out.add("woocommerce/yotpo_reviews.csv", encode(csv_text(yt.matrix()), "utf-8"))

    # ---- expected.json
    def extra(p):
        return {"wc_id": p.wc_id, "sku": p.sku or "", "type": p.ptype,
                "variation_ids": [v["id"] for v in p.variants if v["values"]]}
    names, entries = catalog_expectation(products, extra)
    order_skus = [row["SKU"] for row in ot.rows]
    o_link = link_summary(order_skus, lambda s_: sku_to_pid.get(s_), "SKU")
    o_link["unlinked_rows_linkable_by_name"] = sum(1 for row in ot.rows if not sku_to_pid.get(row["SKU"]) and row["Name"] in name_to_pid)
    y_link = link_summary([x["Product ID"] for x in reviews], lambda v: v if v in by_id else None, "Product ID")
    y_link["name_mismatch_but_id_links"] = [x["Product Name"] for x in reviews if x["Product ID"] in by_id and x["Product Name"] != by_id[x["Product ID"]].title]
    expected = {
        "shop": "Nordlicht Outdoor (invented)", "platform": "woocommerce", "currency": "EUR", "seed": SEED,
        "files": {
            "wc-product-export.csv": dict(fmt("cp1252", False, ";", "CRLF", 1), **{
                "layout": "WooCommerce core product CSV exporter, re-saved by Excel (German locale)", "kind": "catalog",
                "data_rows": len(rows), "products": len(products), "variation_rows": sum(1 for x in rows if x["Type"] == "variation"),
                "product_key_column": "ID", "parent_column": "Parent (parent SKU, or id:<ID> when the parent has no SKU)",
                "decimal_separator": ",", "price_on_request_values": sorted(s_.get("poa") for s_ in WOO_SPECS if s_.get("poa")),
                "excel_mangled_gtins": ["4,25123E+12"], "escaped_comma_values": ["0\\,5 l", "0\\,75 l", "Merinowolle\\, Polyamid"],
                "description_newline": "literal backslash-n", "types": sorted({x["Type"] for x in rows})}),
            "orders-2025-01-06-08-15-42.csv": dict(fmt("utf-8", False, ",", "CRLF", 1, quoting="php-fputcsv"), **{
                "layout": "Advanced Order Export For WooCommerce (algolplus), default fields", "kind": "orders",
                "data_rows": len(ot.rows), "orders": len(orders), "customers": len(customers),
                "orders_per_customer": per_customer([o["c"].email for o in orders]), "order_fields_repeated_on_every_item_row": True,
                "links_to": "wc-product-export.csv:SKU (variation or simple SKU)",
                "pii_columns": [h for h in WOO_ORDERS if "(Billing)" in h or "(Shipping)" in h] + ["Customer Note"]}, **o_link),
            "yotpo_reviews.csv": dict(fmt("utf-8", False, ",", "LF", 1), **{
                "layout": "Yotpo reviews export (column names best-known, see README)", "kind": "reviews",
                "data_rows": len(reviews), "links_to": "wc-product-export.csv:ID (parent product id)",
                "site_reviews": sum(1 for x in reviews if x["Review Type"] == "site"),
                "pii_columns": ["Reviewer Display Name", "Reviewer Email"]}, **y_link),
        },
        "catalog": {"key_column": "ID", "attribute_names": names, "products": entries},
        "pii": pii.to_json(),
    }
    out.add("woocommerce/expected.json", json_bytes(expected))


# ---------------------------------------------------------------------------
# 3. Etsy: "ThreadAndThimbleStudio" (UK seller, GBP)
# ---------------------------------------------------------------------------

ETSY_LISTINGS = (["TITLE", "DESCRIPTION", "PRICE", "CURRENCY_CODE", "QUANTITY", "TAGS", "MATERIALS"]
                 + [f"IMAGE{i}" for i in range(1, 11)]
                 + ["VARIATION 1 TYPE", "VARIATION 1 NAME", "VARIATION 1 VALUES",
                    "VARIATION 2 TYPE", "VARIATION 2 NAME", "VARIATION 2 VALUES", "SKU"])
ETSY_SOLD = ["Sale Date", "Item Name", "Buyer", "Quantity", "Price", "Coupon Code", "Coupon Details", "Discount Amount",
             "Shipping Discount", "Order Shipping", "Order Sales Tax", "Item Total", "Currency", "Transaction ID",
             "Listing ID", "Date Paid", "Date Shipped", "Ship Name", "Ship Address1", "Ship Address2", "Ship City",
             "Ship State", "Ship Zipcode", "Ship Country", "Order ID", "Variations", "Order Type", "Listings Type",
             "Payment Type", "InPerson Discount", "InPerson Location", "VAT Paid by Buyer", "SKU"]

HOOP = ("Custom property", "Hoop size")
ECOL = ("Primary color", "Colour")
ESIZE = ("Size", "Size")


def espec(title, kind, price, code, variations=(), sku="each", qty=5, tags="", materials="", digital=False, prices=None,
          old_title=None):
    return dict(title=title, kind=kind, price=price, code=code, variations=list(variations), sku=sku, qty=qty,
                tags=tags, materials=materials, digital=digital, prices=prices or {}, old_title=old_title)


ETSY_SPECS = [
    espec("Wildflower Meadow Embroidery Kit for Beginners, Modern Hand Embroidery Pattern, DIY Craft Kit", "craft", 2400,
          "TT-KIT-WILD", [(HOOP, ["6 inch", "8 inch"])], prices={"8 inch": 3000}, tags="embroidery kit,beginner embroidery,wildflower,diy kit,craft kit,gift for her",
          materials="cotton,linen,wood"),
    espec("Lavender Fields Embroidery Kit for Beginners, Botanical Hoop Art Kit", "craft", 2400, "TT-KIT-LAV", sku="single",
          tags="embroidery kit,lavender,botanical", materials="cotton,linen,wood", old_title="Lavender Field Embroidery Kit"),
    espec("Mushroom Forest Embroidery Kit, Cottagecore Craft Kit with Pattern and Threads", "craft", 2600, "TT-KIT-MUSH",
          sku="single", tags="mushroom,cottagecore,embroidery kit", materials="cotton,linen,wood"),
    espec("Seaside Cottage Embroidery Kit, Coastal Hoop Art", "craft", 2600, "", sku=None, tags="coastal,embroidery kit",
          materials="cotton,linen"),
    espec("Lemon Branch Embroidery Kit, Beginner Friendly Citrus Hoop", "craft", 2200, "TT-KIT-LEM",
          [(HOOP, ["6 inch", "8 inch"])], prices={"8 inch": 2800}, tags="lemon,citrus,embroidery kit"),
    espec("Bee & Clover Mini Embroidery Kit, 4 inch Hoop, Gift for Crafters", "craft", 1600, "TT-KIT-BEE", sku="single",
          tags="bee,mini kit,stocking filler"),
    espec("Moon Phases Embroidery Kit on Navy Linen", "craft", 2800, "TT-KIT-MOON", sku="single", tags="moon,celestial"),
    espec("Strawberry Patch Embroidery Kit for Kids and Beginners", "craft", 1900, "", sku=None, tags="strawberry,kids craft"),
    espec("Wildflower Meadow Embroidery Pattern PDF, Instant Download", "craft", 650, "TT-PDF-WILD", sku="single", digital=True,
          tags="embroidery pattern,pdf pattern,instant download"),
    espec("Mushroom Forest Embroidery Pattern PDF, Digital Download", "craft", 650, "TT-PDF-MUSH", sku="single", digital=True,
          tags="embroidery pattern,mushroom,pdf"),
    espec("Botanical Alphabet Embroidery Pattern, Printable PDF", "craft", 750, "TT-PDF-ABC", sku="single", digital=True,
          tags="alphabet,monogram,pdf pattern"),
    espec("Beginner Stitch Sampler Pattern PDF, Learn 12 Stitches", "craft", 500, "", sku=None, digital=True,
          tags="stitch sampler,learn embroidery"),
    espec("Christmas Wreath Embroidery Pattern PDF", "craft", 600, "TT-PDF-XMAS", sku="single", digital=True, tags="christmas,wreath"),
    espec("Hand Knitted Merino Beanie, Chunky Ribbed Winter Hat", "clothing", 3800, "TT-KNIT-BEAN",
          [(ECOL, ["Oatmeal", "Rust", "Forest Green", "Charcoal"])], tags="beanie,hand knitted,merino", materials="merino wool"),
    espec("Hand Knitted Baby Bonnet, Soft Merino Newborn Hat", "clothing", 2200, "TT-KNIT-BONN",
          [(ESIZE, ["0-3 months", "3-6 months", "6-12 months"])], tags="baby bonnet,new baby gift", materials="merino wool"),
    espec("Cable Knit Fingerless Gloves, Wool Wrist Warmers", "clothing", 2600, "TT-KNIT-GLOV",
          [(ECOL, ["Cream", "Mustard"]), (ESIZE, ["S/M", "M/L"])], tags="fingerless gloves,wrist warmers", materials="wool"),
    espec("Hand Knitted Wool Headband, Ear Warmer", "clothing", 1800, "TT-KNIT-HEAD", [(ECOL, ["Cream", "Sage"])],
          tags="headband,ear warmer", materials="wool"),
    espec("Speckled Ceramic Stud Earrings, Minimalist Handmade Studs", "jewellery", 1400, "TT-EAR-STUD",
          [(ECOL, ["Sage", "Terracotta", "Sand"])], tags="ceramic earrings,studs,minimalist", materials="ceramic,sterling silver"),
    espec("Ceramic Hoop Earrings, Lightweight Clay Statement Earrings", "jewellery", 2200, "TT-EAR-HOOP",
          [(ECOL, ["Blush", "Ochre"])], tags="statement earrings,clay earrings", materials="ceramic,gold plated brass"),
    espec("Tiny Ceramic Moon Earrings, Gold Plated Hooks", "jewellery", 1600, "TT-EAR-MOON", sku="single", tags="moon earrings"),
    espec("Ceramic Leaf Drop Earrings, Botanical Jewellery Gift", "jewellery", 1800, "", sku=None, tags="leaf earrings"),
    espec("Handmade Ceramic Brooch, Wildflower Pin", "jewellery", 1200, "TT-BRO-WILD", sku="single", tags="brooch,pin"),
    espec("Linen Tote Bag with Embroidered Wildflowers, Reusable Shopping Bag", "bag", 3200, "TT-TOTE-WILD",
          [(ECOL, ["Natural", "Sage"])], tags="tote bag,embroidered bag,linen bag", materials="linen,cotton thread"),
    espec("Embroidered Canvas Tote, Mushroom Design", "bag", 2800, "TT-TOTE-MUSH", sku="single", materials="cotton canvas"),
    espec("Linen Project Bag for Knitting, Drawstring Pouch", "bag", 1600, "TT-PROJ-BAG", [(ESIZE, ["Small", "Large"])],
          prices={"Large": 2200}, materials="linen"),
    espec("Wildflower Botanical Art Print, Giclée Wall Art", "print", 1200, "TT-PRT-WILD", [(ESIZE, ["A5", "A4", "A3"])],
          prices={"A4": 1800, "A3": 2600}, tags="art print,botanical print,wall art", materials="archival paper"),
    espec("Mushroom Study Art Print, Cottagecore Wall Decor", "print", 1200, "TT-PRT-MUSH", [(ESIZE, ["A5", "A4", "A3"])],
          prices={"A4": 1800, "A3": 2600}, materials="archival paper"),
    espec("Coastal Cottage Watercolour Print", "print", 1800, "TT-PRT-COAST", [(ESIZE, ["A4", "A3"])], prices={"A3": 2600}),
    espec("Moon Phases Print on Recycled Paper", "print", 1500, "TT-PRT-MOON", sku="single", materials="recycled paper"),
    espec("Custom Pet Portrait Embroidery, Personalised Hoop Art from Photo", "craft", 6500, "", [(HOOP, ["5 inch", "7 inch"])],
          sku=None, prices={"7 inch": 8500}, tags="pet portrait,custom embroidery,personalised gift", qty=3),
    espec("Personalised Name Embroidery Hoop, Nursery Decor", "craft", 3500, "TT-NAME-HOOP", [(HOOP, ["6 inch", "8 inch"])],
          prices={"8 inch": 4200}, tags="name hoop,nursery decor,new baby"),
    espec("Embroidery Thread Bundle, 20 Colours Cotton Floss", "craft", 900, "TT-THR-20", sku="single", materials="cotton"),
    espec("Wooden Embroidery Hoop Set, 4 Sizes", "craft", 1100, "TT-HOOP-SET", sku="single", materials="beech wood"),
    espec("Needle Minder Magnet, Ceramic Daisy", "jewellery", 800, "TT-NM-DAISY", sku="single", materials="ceramic,magnet"),
]


def etsy_description(r, spec):
    lines = [spec["title"].split(",")[0] + " ✿", "",
             "Every piece is designed and made by hand in my little studio in Bristol.", ""]
    if spec["digital"]:
        lines += ["• This is a DIGITAL download – no physical item will be sent.", "• You'll receive a 6-page PDF with the pattern,",
                  "  a colour guide and step-by-step \"how to\" photos."]
    else:
        lines += ["• Made to order, ships within 3–5 working days.", "• Gift wrapped in tissue with a handwritten note."]
    lines += ["", "Questions? Just send me a message through Etsy :)"]
    return "\n".join(lines)


def build_etsy(out):
    r = rng("etsy")
    pii = PII()
    listings = []
    used_listing_ids = set()
    for spec in ETSY_SPECS:
        p = Product(spec["title"], spec["title"], options=[(name, vals) for (_t, name), vals in spec["variations"]],
                    kind=spec["kind"], digital=spec["digital"], old_title=spec.get("old_title"))
        lid = r.randint(1200000000, 1799999999)
        while lid in used_listing_ids:
            lid += 1
        used_listing_ids.add(lid)
        p.listing_id = lid
        combos = variant_combos(p.options) if p.options else [()]
        for combo in combos:
            price = spec["price"]
            for v in combo:
                price = spec["prices"].get(v, price)
            if spec["sku"] == "each":
                sku = spec["code"] + ("-" + "-".join(code_of(v, 3) for v in combo) if combo else "")
            elif spec["sku"] == "single":
                sku = spec["code"]
            else:
                sku = ""
            p.variants.append(dict(values=combo, sku=sku, price=price,
                                   attrs=list(zip([n for n, _ in p.options], combo))))
        n_img = r.randint(3, 7)
        shop = 38291047
        images = []
        for i in range(n_img):
            num = r.randint(4000000000, 6999999999)
            images.append(f"https://i.etsystatic.com/{shop}/r/il/{r.randint(0, 0xffffff):06x}/{num}/il_fullxfull.{num}_{r.randint(0, 0xffff):04x}.jpg")
        row = {"TITLE": spec["title"], "DESCRIPTION": etsy_description(r, spec), "PRICE": money(min(v["price"] for v in p.variants)),
               "CURRENCY_CODE": "GBP", "QUANTITY": str(999 if spec["digital"] else spec["qty"] * len(p.variants)),
               "TAGS": spec["tags"], "MATERIALS": spec["materials"],
               "SKU": ",".join(dict.fromkeys(v["sku"] for v in p.variants if v["sku"]))}
        for i, url in enumerate(images):
            row[f"IMAGE{i + 1}"] = url
        for i, ((vtype, vname), vals) in enumerate(spec["variations"]):
            row[f"VARIATION {i + 1} TYPE"] = vtype
            row[f"VARIATION {i + 1} NAME"] = vname
            row[f"VARIATION {i + 1} VALUES"] = ",".join(vals)
        p.row = row
        listings.append(p)
    lt = Table(ETSY_LISTINGS)
    for p in listings:
        lt.add_dict(p.row)
    out.add("etsy/EtsyListingsDownload.csv", encode(csv_text(lt.matrix()), "utf-8"))
    by_title = {p.key: p for p in listings}
    sku_to_title = {v["sku"]: p.key for p in listings for v in p.variants if v["sku"]}

    # ---- sold order items
    buyers = make_people(r, 36, [("GB", 26), ("US", 4), ("DE", 3), ("FR", 2), ("NL", 1)],
                         forced=[("Rosie", "Pemberton", "GB"), ("Callum", "Redfern", "GB"), ("Imogen", "Fairbairn", "GB")])
    words = ["mossy", "fern", "thimble", "wren", "bramble", "clover", "button", "pebble", "maple", "hazel"]
    for b in buyers:
        b.username = f"{r.choice(words)}{b.first.lower()[:4]}{r.randint(10, 99)}"
    sellable = [(p, v) for p in listings for v in p.variants]
    orders = []
    for b in buyers:
        favs = r.sample(listings, 2)
        for dt in spread_dates(r, datetime(2023, 2, 1), datetime(2024, 12, 15), r.randint(3, 5), 15, 140):
            k = r.choices([1, 2, 3], [65, 27, 8])[0]
            items, seen = [], set()
            while len(items) < k:
                pool = [(p, v) for p, v in sellable if p in favs] if r.random() < 0.5 else sellable
                p, v = r.choice(pool)
                if (p.key, v["sku"], v["values"]) in seen:
                    continue
                seen.add((p.key, v["sku"], v["values"]))
                items.append(dict(p=p, v=v, q=r.choices([1, 2], [88, 12])[0]))
            orders.append(dict(b=b, dt=dt, items=items))
    orders.sort(key=lambda o: o["dt"])
    needle_book = dict(title="Vintage Floral Needle Book, Felt Needle Case", price=1400, listing_id=1133557799)
    for o in r.sample(orders[:50], 3):
        o["items"].append(dict(deleted=needle_book, q=1))
    rows = []
    used_ids = set()
    for o in orders:
        b = o["b"]
        oid = r.randint(2800000000, 3599999999)
        while oid in used_ids:
            oid += 1
        used_ids.add(oid)
        o["id"] = oid
        digital_only = all(it.get("p") is not None and it["p"].digital for it in o["items"])
        shipping = 0 if digital_only else (320 if b.country == "GB" else 850)
        coupon = "WELCOME15" if r.random() < 0.1 else ""
        for it in o["items"]:
            tid = r.randint(3000000000, 4299999999)
            if "deleted" in it:
                d = it["deleted"]
                name, price, lid, var, sku, digital = d["title"], d["price"], d["listing_id"], "", "", False
            else:
                p, v = it["p"], it["v"]
                name = p.old_title if p.old_title and o["dt"] < datetime(2023, 10, 1) else p.key
                price, lid, sku, digital = v["price"], p.listing_id, v["sku"], p.digital
                var = ",".join(f"{n}: {val}" for n, val in v["attrs"])
            total = price * it["q"]
            disc = total * 15 // 100 if coupon else 0
            row = {"Sale Date": o["dt"].strftime("%m/%d/%y"), "Item Name": name, "Buyer": b.username,
                   "Quantity": str(it["q"]), "Price": money(price), "Coupon Code": coupon,
                   "Coupon Details": "15% off" if coupon else "", "Discount Amount": money(disc) if disc else "",
                   "Shipping Discount": "", "Order Shipping": money(shipping), "Order Sales Tax": "0",
                   "Item Total": money(total), "Currency": "GBP", "Transaction ID": str(tid), "Listing ID": str(lid),
                   "Date Paid": o["dt"].strftime("%m/%d/%y"),
                   "Date Shipped": "" if digital else (o["dt"] + timedelta(days=r.randint(1, 5))).strftime("%m/%d/%y"),
                   "Ship Name": b.name, "Ship Address1": b.street, "Ship City": b.city,
                   "Ship State": "OR" if b.country == "US" else "", "Ship Zipcode": b.zip,
                   "Ship Country": COUNTRY_NAME[b.country], "Order ID": str(oid), "Variations": var,
                   "Order Type": "online", "Listings Type": "listing", "Payment Type": "online_cc",
                   "VAT Paid by Buyer": "0", "SKU": sku, "_o": o}
            rows.append(row)
        pii.add("names", b.name)
        pii.add("usernames", b.username)
        pii.add("addresses", f"{b.street}, {b.zip} {b.city}")
    st = Table(ETSY_SOLD)
    for row in rows:
        st.add_dict({k: v for k, v in row.items() if not k.startswith("_")})
    out.add("etsy/EtsySoldOrderItems.csv", encode(csv_text(st.matrix()), "utf-8"))

    def link_item(row):
        if row["SKU"] and row["SKU"] in sku_to_title:
            return sku_to_title[row["SKU"]]
        return row["Item Name"] if row["Item Name"] in by_title else None

    # ---- reviews.json (Etsy "Download Your Reviews")
    order_listings = {}
    for row in rows:
        order_listings.setdefault(row["Order ID"], set()).add(link_item(row) or ("?" + row["Item Name"]))
    reviews = []
    for o in orders:
        if o["dt"] > datetime(2024, 12, 5) or r.random() > (0.45 if len(o["items"]) == 1 else 0.06):
            continue
        first = o["items"][0]
        p = first.get("p")
        rating = pick_rating(r)
        if r.random() < 0.1:
            msg = ""
        else:
            _t, msg = review_text(r, o["b"].lang, p.kind if p else "craft", rating, first["v"]["attrs"] if p else [])
        reviews.append({"reviewer": o["b"].first if r.random() < 0.5 else o["b"].name,
                        "_when": o["dt"] + timedelta(days=r.randint(5, 40)), "star_rating": rating, "message": msg,
                        "order_id": o["id"], "_b": o["b"], "_o": o})
    # reviews of orders older than the sold-items download
    for i in range(3):
        b = buyers[20 + i]
        reviews.append({"reviewer": b.name, "_when": datetime(2022, 11, 3 + i * 5, 12), "star_rating": 5,
                        "message": "Beautiful work, thank you!", "order_id": r.randint(2500000000, 2790000000), "_b": b})
    reviews.sort(key=lambda x: x["_when"], reverse=True)
    used = set()

    def take(pred=lambda x: True):
        pool = [x for x in reviews if x["message"] and x["_b"].lang == "en" and id(x) not in used and pred(x)]
        x = pool[r.randrange(len(pool))]
        used.add(id(x))
        return x
    rosie = take(lambda x: x["_b"] is buyers[0]) if any(x["_b"] is buyers[0] and x["message"] for x in reviews) else take()
    t = f"Thanks so much! – {rosie['_b'].first} {rosie['_b'].last[0]}."
    rosie["message"] += " " + t
    attach(rosie, "message", "name", f"{rosie['_b'].first} {rosie['_b'].last[0]}.", t)
    x = take()
    t = f"Cheers, {x['_b'].first}"
    x["message"] += " " + t
    attach(x, "message", "name", x["_b"].first, t)
    x = take(lambda x: "_o" in x)
    oid = str(x["order_id"])
    x["message"] += f" My order #{oid} took a little longer than expected but worth the wait."
    attach(x, "message", "order_number", oid, f"#{oid}")
    x = take()
    x["message"] += " Had to chase order no. 12345 from the old shop too, all sorted now."
    attach(x, "message", "order_number", "12345", "order no. 12345")
    x = take()
    em = f"{ascii_fold(x['_b'].first.lower())}.makes@example.org"
    x["message"] += f" Would love a custom one – {em}"
    attach(x, "message", "email", em, em)
    x = take()
    ph = phone_for(r, "GB", 1)
    x["message"] += f" Text me on {ph} when the green is back!"
    attach(x, "message", "phone", ph, ph)
    for x in reviews:
        x["date_reviewed"] = x["_when"].strftime("%m/%d/%Y")
        pii.add("names", x["reviewer"])
    recs = [{k: x[k] for k in ("reviewer", "date_reviewed", "star_rating", "message", "order_id")} | {"_pii": x.get("_pii", [])}
            for x in reviews]
    resolve_plants(pii, "reviews.json", recs)
    out.add("etsy/reviews.json", json_bytes([{k: v for k, v in x.items() if not k.startswith("_")} for x in recs]))

    # ---- expected.json
    names, entries = catalog_expectation(listings, lambda p: {"listing_id_in_sold_items": p.listing_id,
                                                               "digital": p.digital,
                                                               "sku_cell": p.row["SKU"]})
    item_link = link_summary([(row["SKU"], row["Item Name"]) for row in rows],
                             lambda v: link_item({"SKU": v[0], "Item Name": v[1]}), "SKU, else Item Name = TITLE")
    item_link["unlinked_values"] = sorted({row["Item Name"] for row in rows if link_item(row) is None})
    item_link["linked_by_sku"] = sum(1 for row in rows if row["SKU"] in sku_to_title)
    item_link["linked_by_title_only"] = item_link["linked_rows"] - item_link["linked_by_sku"]
    item_link["old_titles_linked_by_sku"] = sorted({row["Item Name"] for row in rows if row["SKU"] in sku_to_title and row["Item Name"] not in by_title})
    rv_linked, rv_products, rv_missing, rv_ambiguous = 0, set(), [], []
    for x in reviews:
        ls = order_listings.get(str(x["order_id"]))
        if ls is None:
            rv_missing.append(x["order_id"])
        elif len(ls) != 1 or next(iter(ls)).startswith("?"):
            rv_ambiguous.append(x["order_id"])
        else:
            rv_linked += 1
            rv_products.add(next(iter(ls)))
    n_orders = len(orders)
    expected = {
        "shop": "ThreadAndThimbleStudio (invented)", "platform": "etsy", "currency": "GBP", "seed": SEED,
        "files": {
            "EtsyListingsDownload.csv": dict(fmt("utf-8", False, ",", "LF", 1), **{
                "layout": "Etsy Shop Manager > Settings > Options > Download Data > Listings", "kind": "catalog",
                "data_rows": len(listings), "products": len(listings), "variants": sum(len(p.variants) for p in listings),
                "product_key_column": "TITLE (the file has no listing id)",
                "sku_cell": "comma-separated variant SKUs for listings with variations; blank when the seller set none",
                "listings_without_sku": sorted(p.key for p in listings if not p.row["SKU"])}),
            "EtsySoldOrderItems.csv": dict(fmt("utf-8", False, ",", "LF", 1), **{
                "layout": "Etsy Download Data > Orders > Order Items", "kind": "orders", "data_rows": len(rows),
                "orders": n_orders, "customers": len(buyers),
                "orders_per_customer": per_customer([o["b"].username for o in orders]), "links_to": "EtsyListingsDownload.csv:SKU, else TITLE",
                "pii_columns": ["Buyer", "Ship Name", "Ship Address1", "Ship Address2", "Ship City", "Ship State", "Ship Zipcode"]},
                **item_link),
            "reviews.json": {"format": "json", "layout": "Etsy 'Download Your Reviews' (JSON array; field names best-known)",
                             "kind": "reviews", "data_rows": len(reviews), "encoding": "utf-8",
                             "link_column": "order_id -> EtsySoldOrderItems.csv:Order ID -> listing",
                             "linked_rows": rv_linked, "unlinked_rows": len(reviews) - rv_linked,
                             "unlinked_values": sorted(rv_missing), "ambiguous_order_ids": sorted(rv_ambiguous),
                             "products": len(rv_products), "empty_messages": sum(1 for x in reviews if not x["message"]),
                             "pii_columns": ["reviewer"]},
        },
        "catalog": {"key_column": "TITLE", "attribute_names": names, "products": entries},
        "pii": pii.to_json(),
    }
    out.add("etsy/expected.json", json_bytes(expected))


# ---------------------------------------------------------------------------
# 4. Amazon: "Brightwell Home" (amazon.co.uk seller, GBP)
# ---------------------------------------------------------------------------

AMAZON_FLAT = [
    ("feed_product_type", "Product Type"), ("item_sku", "Seller SKU"), ("brand_name", "Brand Name"),
    ("item_name", "Product Name"), ("external_product_id", "Product ID"), ("external_product_id_type", "Product ID Type"),
    ("item_type", "Item Type Keyword"), ("standard_price", "Standard Price"), ("quantity", "Quantity"),
    ("main_image_url", "Main Image URL"), ("other_image_url1", "Other Image URL1"), ("other_image_url2", "Other Image URL2"),
    ("parent_child", "Parentage"), ("parent_sku", "Parent SKU"), ("relationship_type", "Relationship Type"),
    ("variation_theme", "Variation Theme"), ("update_delete", "Update Delete"), ("product_description", "Product Description"),
    ("bullet_point1", "Key Product Features"), ("bullet_point2", "Key Product Features"),
    ("bullet_point3", "Key Product Features"), ("bullet_point4", "Key Product Features"),
    ("bullet_point5", "Key Product Features"), ("generic_keywords", "Search Terms"), ("color_name", "Colour"),
    ("color_map", "Colour Map"), ("size_name", "Size"), ("material_type", "Material Type"),
    ("manufacturer", "Manufacturer"), ("part_number", "Manufacturer Part Number"), ("condition_type", "Item Condition"),
    ("fulfillment_latency", "Handling Time"),
]
AMAZON_REPORT = ["item-name", "item-description", "listing-id", "seller-sku", "price", "quantity", "open-date", "image-url",
                 "item-is-marketplace", "product-id-type", "zshop-shipping-fee", "item-note", "item-condition",
                 "zshop-category1", "zshop-browse-path", "zshop-storefront-feature", "asin1", "asin2", "asin3",
                 "will-ship-internationally", "expedited-shipping", "zshop-boldface", "product-id",
                 "bid-for-featured-placement", "add-delete", "pending-quantity", "fulfillment-channel",
                 "merchant-shipping-group", "status"]

COLOR_MAP = {"Black": "Black", "White": "White", "Sage Green": "Green", "Plum": "Purple", "Slate": "Grey", "Teal": "Blue",
             "Oatmeal": "Beige", "Charcoal": "Grey", "Mustard": "Yellow", "Emerald": "Green", "Blush": "Pink",
             "Navy": "Blue", "Ochre": "Yellow", "Natural": "Beige", "Terracotta": "Orange"}
AMZ_FAMILIES = [
    ("BW-JAR", "Brightwell Glass Storage Jars with Bamboo Lids", "kitchen", "food-storage-jars", "Size",
     [("size_name", ["500 ml", "1 L", "1.5 L"])], {"500 ml": 1299, "1 L": 1599, "1.5 L": 1899}, "Glass"),
    ("BW-LAMP", "Brightwell LED Desk Lamp, Dimmable with USB Charging Port", "home", "desk-lamps", "Colour",
     [("color_name", ["Black", "White", "Sage Green"])], 2999, "Aluminium"),
    ("BW-MAT", "Brightwell Yoga Mat 183 x 61 cm, Non-Slip", "home", "yoga-mats", "SizeColour",
     [("size_name", ["4 mm", "6 mm"]), ("color_name", ["Plum", "Slate", "Teal"])], {"4 mm": 2199, "6 mm": 2499}, "TPE"),
    ("BW-THROW", "Brightwell Cotton Throw Blanket 130 x 170 cm", "home", "throws", "Colour",
     [("color_name", ["Oatmeal", "Charcoal", "Mustard"])], 2799, "Cotton"),
    ("BW-ORG", "Brightwell Bamboo Drawer Organiser", "home", "drawer-organisers", "Size",
     [("size_name", ["Small", "Medium", "Large"])], {"Small": 999, "Medium": 1399, "Large": 1799}, "Bamboo"),
    ("BW-BAKE", "Brightwell Silicone Baking Mats, Pack of 2", "kitchen", "baking-mats", "Size",
     [("size_name", ["Half Sheet", "Quarter Sheet"])], {"Half Sheet": 1199, "Quarter Sheet": 899}, "Silicone"),
    ("BW-CUSH", "Brightwell Velvet Cushion Cover 45 x 45 cm", "home", "cushion-covers", "Colour",
     [("color_name", ["Emerald", "Blush", "Navy", "Ochre"])], 1299, "Velvet"),
]
AMZ_SINGLES = [
    ("Magnetic Spice Rack with 12 Glass Jars", "kitchen", 2499, "Stainless Steel", None),
    ("Over-Door Hooks, Set of 6", "home", 899, "Steel", "White"),
    ("Kettle Descaler Tablets, 24 Pack", "kitchen", 699, None, None),
    ("Shoe Rack, 3 Tier – Bamboo", "home", 3499, "Bamboo", "Natural"),
    ("Bamboo Bath Mat 50 x 80 cm", "home", 1999, "Bamboo", "Natural"),
    ("Expandable Cutlery Tray", "kitchen", 1799, "Bamboo", None),
    ("Glass Oil Dispenser 500 ml", "kitchen", 1099, "Glass", None),
    ("Herb Scissors with 5 Blades", "kitchen", 799, "Stainless Steel", "Black"),
    ("Airtight Coffee Canister 1.2 L", "kitchen", 1999, "Stainless Steel", "Black"),
    ("Digital Kitchen Scale, 5 kg", "kitchen", 1499, "Glass", "Black"),
    ("Measuring Cups and Spoons Set", "kitchen", 1299, "Stainless Steel", None),
    ("Collapsible Laundry Basket 60 L", "home", 1899, "Polyester", "Grey"),
    ("Under-Shelf Storage Basket", "home", 1199, "Steel", "White"),
    ("Fridge Organiser Bins, Set of 4", "kitchen", 2199, "Plastic", None),
    ("Ceramic Soap Dispenser 350 ml", "home", 1399, "Ceramic", "White"),
    ("Toilet Brush and Holder", "home", 1599, "Ceramic", "White"),
    ("Enamel Bread Bin", "kitchen", 2999, "Enamel", "White"),
    ("Salad Spinner 5 L", "kitchen", 1799, "Plastic", "White"),
    ("Two-Tier Dish Drying Rack", "kitchen", 2699, "Stainless Steel", "Black"),
    ("Felt Pan Protectors, Pack of 6", "kitchen", 799, "Felt", "Grey"),
    ("Reusable Silicone Food Bags, 6 Pack", "kitchen", 1499, "Silicone", None),
    ("Wooden Coat Hangers, 20 Pack", "home", 2299, "Wood", "Natural"),
    ("Fabric Draught Excluder 90 cm", "home", 1299, "Cotton", "Grey"),
    ("Terracotta Plant Pot with Saucer, 20 cm", "home", 1499, "Terracotta", "Terracotta"),
    ("Silent Wall Clock 30 cm", "home", 1999, "Wood", "Natural"),
    ("Bamboo Utensil Holder", "kitchen", 999, "Bamboo", "Natural"),
    ("Picture Frame Set, 7 Pieces", "home", 3299, "Wood", "Black"),
]


def b64sig(types):
    return base64.b64encode(",".join(types).encode("ascii")).decode("ascii")


def asin(r, used):
    alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        a = "B0" + "".join(r.choice(alphabet) for _ in range(8))
        if a not in used:
            used.add(a)
            return a


def build_amazon(out):
    r = rng("amazon")
    used_asins = set()
    ean = 1
    img = "https://m.media-amazon.com/images/I/{}.jpg"
    flat_rows, offers, products = [], [], []

    def bullets(name, material):
        b = [f"PREMIUM {('quality ' + material.lower()) if material else 'quality'} – built to last for everyday use",
             "EASY CARE: wipe clean with a damp cloth",
             "THOUGHTFUL DESIGN: developed in Leeds, tested in real homes",
             "WHAT YOU GET: " + name.replace("Brightwell ", "") + ", instructions",
             "BRIGHTWELL PROMISE: 2 year guarantee, friendly UK customer service"]
        return b

    for sku, name, ftype, itype, theme, dims, price, material in AMZ_FAMILIES:
        p = Product(sku, name, options=dims + [("material_type", [material])], kind="home")
        parent = {"feed_product_type": ftype, "item_sku": sku, "brand_name": "Brightwell", "item_name": name,
                  "item_type": itype, "parent_child": "parent", "variation_theme": theme, "update_delete": "Update",
                  "product_description": f"The {name.replace('Brightwell ', '')} from Brightwell.<br>Designed for small homes, made to last.",
                  "material_type": material, "manufacturer": "Brightwell Home Ltd"}
        for i, b_ in enumerate(bullets(name, material)):
            parent[f"bullet_point{i + 1}"] = b_
        flat_rows.append(parent)
        for combo in variant_combos(dims):
            csku = sku + "-" + "-".join(code_of(v, 3) for v in combo)
            cprice = price_for(price, combo)
            suffix = ", ".join(combo)
            child = dict(parent)
            child.update({"item_sku": csku, "item_name": f"{name}, {suffix}", "parent_child": "child", "parent_sku": sku,
                          "relationship_type": "Variation", "standard_price": money(cprice),
                          "quantity": str(r.randint(5, 120)), "external_product_id": gtin("5061234%05d" % ean),
                          "external_product_id_type": "EAN", "condition_type": "New", "fulfillment_latency": "2",
                          "main_image_url": img.format(f"{r.randint(41, 91)}{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789') for _ in range(9))}L._AC_SL1500_"),
                          "part_number": csku})
            ean += 1
            for (dim, _vals), v in zip(dims, combo):
                child[dim] = v
                if dim == "color_name":
                    child["color_map"] = COLOR_MAP[v]
            flat_rows.append(child)
            p.variants.append(dict(sku=csku, values=combo, price=cprice, ean=child["external_product_id"]))
        products.append(p)
    for name, ftype, price, material, colour in AMZ_SINGLES:
        full = f"Brightwell {name}"
        sku = "BW-" + name_code(name.replace(",", " "), 4) + "-" + str(r.randint(10, 99))
        opts = []
        if colour:
            opts.append(("color_name", [colour]))
        if material:
            opts.append(("material_type", [material]))
        p = Product(sku, full, options=opts, kind="home")
        row = {"feed_product_type": ftype, "item_sku": sku, "brand_name": "Brightwell", "item_name": full,
               "external_product_id": gtin("5061234%05d" % ean), "external_product_id_type": "EAN",
               "item_type": slug(name.split(",")[0])[:30], "standard_price": money(price), "quantity": str(r.randint(0, 200)),
               "main_image_url": img.format(f"{r.randint(41, 91)}{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789') for _ in range(9))}L._AC_SL1500_"),
               "update_delete": "Update", "product_description": f"{full} – simple, sturdy and good-looking.<br>Only £{money(price)} for a piece you'll use every day.",
               "generic_keywords": " ".join(name.lower().replace(",", "").split()[:6]),
               "color_name": colour or "", "color_map": COLOR_MAP.get(colour, colour or "") if colour else "",
               "material_type": material or "", "manufacturer": "Brightwell Home Ltd", "part_number": sku,
               "condition_type": "New", "fulfillment_latency": "1"}
        ean += 1
        for i, b_ in enumerate(bullets(full, material)):
            row[f"bullet_point{i + 1}"] = b_
        flat_rows.append(row)
        p.variants.append(dict(sku=sku, values=(), price=price, ean=row["external_product_id"]))
        products.append(p)
    # one child exists only in the flat file (listing never went live), see report below
    machine = [m for m, _l in AMAZON_FLAT]
    labels = [l for _m, l in AMAZON_FLAT]
    row1 = ["TemplateType=fptcustom", "Version=2023.0517", "TemplateSignature=" + b64sig(["HOME", "KITCHEN"]),
            "The top 3 rows are for Amazon.com use only. Do not modify or delete the top 3 rows."] + [""] * (len(machine) - 4)
    ft = Table(machine)
    for row in flat_rows:
        ft.add_dict(row)
    flat_text = tsv_text([row1, labels] + ft.matrix(), eol="\r\n")
    out.add("amazon/Flat.File.Home.uk.txt", encode(flat_text, "utf-8"))

    # ---- All Listings Report (buyable offers only: no parents), Cp1252 as Amazon serves it for EU marketplaces
    sku_to_parent = {}
    for p in products:
        for v in p.variants:
            sku_to_parent[v["sku"]] = p.key
    never_live = "BW-CUSH-OCH"
    report = []
    for row in flat_rows:
        if row["parent_child"] == "parent" if "parent_child" in row else False:
            continue
        if row["item_sku"] == never_live:
            continue
        fba = r.random() < 0.3
        opened = datetime(2022, 9, 1) + timedelta(days=r.randint(0, 700), hours=r.randint(7, 20), minutes=r.randint(0, 59),
                                                   seconds=r.randint(0, 59))
        a = asin(r, used_asins)
        report.append({"item-name": row["item_name"],
                       "item-description": row["product_description"].replace("<br>", " ") if r.random() < 0.3 else "",
                       "listing-id": opened.strftime("%m%d") + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(7)),
                       "seller-sku": row["item_sku"], "price": row["standard_price"],
                       "quantity": "" if fba else row["quantity"], "open-date": opened.strftime("%Y-%m-%d %H:%M:%S ") + uk_zone(opened),
                       "item-is-marketplace": "y", "product-id-type": "1" if r.random() < 0.7 else "4",
                       "item-condition": "11", "asin1": a, "fulfillment-channel": "AMAZON_EU" if fba else "DEFAULT",
                       "merchant-shipping-group": "" if fba else "Migrated Template", "status": "Active"})
        report[-1]["product-id"] = a if report[-1]["product-id-type"] == "1" else row["external_product_id"]
    report[5]["status"], report[5]["quantity"] = "Inactive", "0"
    opened = datetime(2021, 11, 23, 9, 41, 2)
    report.append({"item-name": "Brightwell Kettle Descaler Powder – 4 Sachets (old version)", "item-description": "",
                   "listing-id": "1123" + "Z4K8QW2", "seller-sku": "BW-KET-DSC-OLD", "price": "4.99", "quantity": "0",
                   "open-date": opened.strftime("%Y-%m-%d %H:%M:%S ") + uk_zone(opened), "item-is-marketplace": "y",
                   "product-id-type": "1", "item-condition": "11", "asin1": asin(r, used_asins), "fulfillment-channel": "DEFAULT",
                   "merchant-shipping-group": "Migrated Template", "status": "Inactive"})
    report[-1]["product-id"] = report[-1]["asin1"]
    rt = Table(AMAZON_REPORT)
    for row in report:
        rt.add_dict(row)
    out.add("amazon/All+Listings+Report+01-06-2025.txt", encode(tsv_text(rt.matrix()), "cp1252"))

    names, entries = catalog_expectation(products, lambda p: {"parent": len(p.variants) > 1 or bool(p.variants[0]["values"]),
                                                               "eans": [v["ean"] for v in p.variants]})
    rep_link = link_summary([x["seller-sku"] for x in report], lambda s_: sku_to_parent.get(s_), "seller-sku")
    expected = {
        "shop": "Brightwell Home (invented, amazon.co.uk)", "platform": "amazon", "currency": "GBP", "seed": SEED,
        "files": {
            "Flat.File.Home.uk.txt": dict(fmt("utf-8", False, "\t", "CRLF", 3, quoting="none"), **{
                "layout": "Amazon category inventory file template (fptcustom), saved as tab-delimited text",
                "kind": "catalog", "data_rows": len(flat_rows), "products": len(products),
                "parent_rows": sum(1 for x in flat_rows if x.get("parent_child") == "parent"),
                "child_rows": sum(1 for x in flat_rows if x.get("parent_child") == "child"),
                "standalone_rows": sum(1 for x in flat_rows if not x.get("parent_child")),
                "header_row_1": "TemplateType=... / Version=... / TemplateSignature=... (metadata)",
                "header_row_2": "human labels (repeated 'Key Product Features')", "header_row_3": "attribute names (use these)",
                "product_key_column": "item_sku of the parent (children) or of the standalone row",
                "attribute_columns": ["color_name", "size_name", "material_type"]}),
            "All+Listings+Report+01-06-2025.txt": dict(fmt("cp1252", False, "\t", "LF", 1, quoting="none"), **{
                "layout": "Amazon Seller Central 'All Listings Report' (GET_MERCHANT_LISTINGS_ALL_DATA)",
                "kind": "catalog", "data_rows": len(report),
                "note": "offers only: parent SKUs never appear; one flat-file child never went live",
                "links_to": "Flat.File.Home.uk.txt:item_sku", "flat_file_skus_missing_from_report": [never_live],
                "statuses": {s_: sum(1 for x in report if x["status"] == s_) for s_ in ("Active", "Inactive")}}, **rep_link),
        },
        "catalog": {"key_column": "item_sku (parent or standalone)", "attribute_names": names, "products": entries},
        "pii": PII().to_json(),
    }
    out.add("amazon/expected.json", json_bytes(expected))


# ---------------------------------------------------------------------------
# 5. BigCommerce: "Copperline Coffee Gear" (USD) - legacy Product export
# ---------------------------------------------------------------------------

BIGCOMMERCE = [
    "Item Type", "Product ID", "Product Name", "Product Type", "Product Code/SKU", "Bin Picking Number", "Brand Name",
    "Option Set", "Option Set Align", "Product Description", "Price", "Cost Price", "Retail Price", "Sale Price",
    "Fixed Shipping Cost", "Free Shipping", "Product Warranty", "Product Weight", "Product Width", "Product Height",
    "Product Depth", "Allow Purchases?", "Product Visible?", "Product Availability", "Track Inventory",
    "Current Stock Level", "Low Stock Level", "Category", "Product Image ID - 1", "Product Image File - 1",
    "Product Image Description - 1", "Product Image Is Thumbnail - 1", "Product Image Sort - 1", "Product Image ID - 2",
    "Product Image File - 2", "Product Image Description - 2", "Product Image Is Thumbnail - 2", "Product Image Sort - 2",
    "Search Keywords", "Page Title", "Meta Keywords", "Meta Description", "MYOB Asset Acct", "MYOB Income Acct",
    "MYOB Expense Acct", "Product Condition", "Show Product Condition?", "Event Date Required?", "Event Date Name",
    "Event Date Is Limited?", "Event Date Start Date", "Event Date End Date", "Sort Order", "Product Tax Class",
    "Product UPC/EAN", "Stop Processing Rules", "Product URL", "Redirect Old URL?", "Global Trade Item Number",
    "Manufacturer Part Number",
]
BEAN_OPTS = [("RB", "Grind", ["Whole Bean", "Espresso", "Filter"]), ("S", "Size", ["250 g", "1 kg"])]
BC_SPECS = [
    # name, category, price, options [(type, name, values)], rules {(name, value): "[ADD]x"}, sku mode, brand
    ("Gooseneck Kettle 1 L", "Brewing/Kettles", 6900, [("S", "Finish", ["Copper", "Matte Black", "Brushed Steel"])],
     {("Finish", "Copper"): "[ADD]10.00"}, "sku"),
    ("Electric Pour-Over Kettle", "Brewing/Kettles;Sale", 11900, [("S", "Finish", ["Matte Black", "White"])], {}, "sku"),
    ("Hand Grinder C40", "Grinders", 8900, [], {}, "none"),
    ("Burr Grinder E65", "Grinders", 34900, [], {}, "none"),
    ("Ceramic Dripper", "Brewing/Pour-Over", 2800, [("S", "Size", ["01", "02"]), ("CS", "Colour", ["White", "Sand", "Slate"])],
     {("Size", "02"): "[ADD]4.00"}, "sku"),
    ("Paper Filters, 100 pcs", "Brewing/Filters", 650, [("S", "Size", ["01", "02"])], {("Size", "02"): "[ADD]1.50"}, "rules"),
    ("Ethiopia Yirgacheffe Coffee Beans", "Coffee/Beans", 1600, BEAN_OPTS, {("Size", "1 kg"): "[ADD]38.00"}, "sku"),
    ("Colombia Huila Coffee Beans", "Coffee/Beans", 1450, BEAN_OPTS, {("Size", "1 kg"): "[ADD]33.00"}, "sku"),
    ("Kenya Nyeri AA Coffee Beans", "Coffee/Beans", 1800, BEAN_OPTS, {("Size", "1 kg"): "[ADD]42.00"}, "sku"),
    ("Brazil Cerrado Coffee Beans", "Coffee/Beans;Sale", 1200, BEAN_OPTS, {("Size", "1 kg"): "[ADD]28.00"}, "sku"),
    ("House Espresso Blend", "Coffee/Beans", 1300, BEAN_OPTS, {("Size", "1 kg"): "[ADD]30.00"}, "sku"),
    ("Decaf Mountain Water Coffee Beans", "Coffee/Beans", 1500, BEAN_OPTS, {("Size", "1 kg"): "[ADD]35.00"}, "sku"),
    ("Double-Wall Glass Mug 300 ml", "Cups & Mugs", 1800, [], {}, "none"),
    ("Enamel Camp Mug", "Cups & Mugs", 1600, [("CS", "Colour", ["Cream", "Forest", "Rust"])], {}, "sku"),
    ("Espresso Cups, Set of 2", "Cups & Mugs", 2400, [], {}, "none"),
    ("Brew Scale with Timer", "Accessories", 5900, [], {}, "none"),
    ("Espresso Tamper", "Espresso", 4500, [("S", "Diameter", ["51 mm", "54 mm", "58 mm"])], {("Diameter", "58 mm"): "[ADD]5.00"}, "sku"),
    ("Milk Pitcher", "Espresso", 2600, [("S", "Size", ["350 ml", "600 ml"])], {("Size", "600 ml"): "[ADD]4.00"}, "sku"),
    ("Knock Box", "Espresso", 3500, [], {}, "none"),
    ("Cleaning Tablets, 100 pcs", "Espresso;Maintenance", 1400, [], {}, "none"),
    ("Descaler, 500 ml", "Maintenance", 1200, [], {}, "none"),
    ("Coffee Canister 1 L", "Storage", 3200, [("RB", "Colour", ["Copper", "Black", "White"])], {}, "sku"),
    ("Cold Brew Bottle 1 L", "Brewing/Cold Brew", 3400, [], {}, "none"),
    ("French Press 600 ml", "Brewing/Immersion", 4200, [("S", "Finish", ["Copper", "Chrome"])], {("Finish", "Copper"): "[ADD]8.00"}, "sku"),
    ("Press Filter Holder", "Brewing/Filters", 1900, [], {}, "none"),
    ("Barista Apron", "Accessories", 4800, [("RT", "Colour", ["Brown", "Black"])], {}, "sku"),
    ("Moka Pot, 6 Cup", "Brewing/Stovetop", 4600, [], {}, "none"),
    ("Dosing Cup 58 mm", "Espresso", 2200, [], {}, "none"),
    ("Brewing Guide (eBook)", "Books", 900, [], {}, "digital"),
    ("Latte Art Pens, Set of 3", "Accessories", 1500, [], {}, "none"),
    ("Copperline Gift Box", "Gifts", 9500, [("S", "Roast", ["Light", "Medium", "Dark"])], {}, "rules"),
    ("Travel Tumbler 350 ml", "Cups & Mugs;Sale", 2900, [("CS", "Colour", ["Copper", "Sage"])], {}, "sku"),
]


def build_bigcommerce(out):
    r = rng("bigcommerce")
    rows, products = [], []
    used_codes = set()
    pid = 112
    upc = 1
    for name, cat, price, opts, rules, mode in BC_SPECS:
        full = f"Copperline {name}" if not name.startswith(("Copperline", "House", "Ethiopia", "Colombia", "Kenya", "Brazil", "Decaf")) else name
        code = "CL-" + name_code(name.replace(",", " "), 4)
        while code in used_codes:
            code += "2"
        used_codes.add(code)
        options = [(n, vals) for _t, n, vals in opts]
        p = Product(str(pid), full, options=options, kind="coffee", product_sku=code)
        url = "/" + slug(full) + "/"
        main = {"Item Type": "Product", "Product ID": str(pid), "Product Name": full,
                "Product Type": "D" if mode == "digital" else "P", "Product Code/SKU": code, "Brand Name": "Copperline",
                "Option Set": f"{name.split(',')[0]} Options" if opts else "", "Option Set Align": "Right" if opts else "",
                "Product Description": f"<p>The {full}: made for people who care about the cup.</p>\n<ul>\n"
                                       f"<li>Designed in Portland, OR</li>\n<li>Backed by our 2-year \"no quibble\" warranty</li>\n</ul>",
                "Price": money(price), "Cost Price": money(price * 45 // 100), "Retail Price": money(price * 12 // 10) if r.random() < 0.3 else "0.00",
                "Sale Price": money(price * 85 // 100) if "Sale" in cat else "0.00", "Fixed Shipping Cost": "0.00",
                "Free Shipping": "Y" if price >= 10000 else "N",
                "Product Weight": "0.00" if mode == "digital" else "%.2f" % (r.randint(10, 250) / 100),
                "Product Width": "0.00", "Product Height": "0.00", "Product Depth": "0.00",
                "Allow Purchases?": "Y", "Product Visible?": "N" if name == "Press Filter Holder" else "Y",
                "Product Availability": "" if r.random() < 0.6 else "Usually ships in 1-2 business days",
                "Track Inventory": "by option" if mode == "sku" else ("none" if mode == "digital" else "by product"),
                "Current Stock Level": "0" if mode in ("sku", "digital") else str(r.randint(0, 80)),
                "Low Stock Level": "0" if mode in ("sku", "digital") else "5", "Category": cat,
                "Product Image ID - 1": str(300 + pid), "Product Image File - 1": f"https://cdn11.bigcommerce.com/s-a1b2c3d4e5/products/{pid}/images/{300 + pid}/{slug(name)}__{1700000000 + pid}.jpg",
                "Product Image Description - 1": full, "Product Image Is Thumbnail - 1": "Y", "Product Image Sort - 1": "0",
                "Search Keywords": ", ".join(w.lower() for w in name.replace(",", "").split()[:3]), "Page Title": "",
                "Meta Keywords": "", "Meta Description": "", "Product Condition": "New", "Show Product Condition?": "N",
                "Event Date Required?": "N", "Event Date Is Limited?": "N", "Sort Order": "0",
                "Product Tax Class": "Default Tax Class", "Product UPC/EAN": "" if opts else gtin("85000412%03d" % upc),
                "Stop Processing Rules": "N", "Product URL": url, "Redirect Old URL?": "N",
                "Global Trade Item Number": "", "Manufacturer Part Number": code}
        if not opts:
            upc += 1
        rows.append(main)
        if mode == "sku":
            for combo in variant_combos(options):
                vsku = code + "-" + "-".join(code_of(v, 3) for v in combo)
                label = ",".join(f"[{t}]{n}={v}" for (t, n, _vals), v in zip(opts, combo))
                rows.append({"Item Type": "SKU", "Product Name": label, "Product Code/SKU": vsku,
                             "Current Stock Level": str(r.randint(0, 40)), "Low Stock Level": "2",
                             "Product UPC/EAN": gtin("85000412%03d" % upc)})
                upc += 1
                p.variants.append(dict(sku=vsku, values=combo))
        else:
            p.variants.append(dict(sku=code, values=()))
        for (t, n, vals) in opts:
            for v in vals:
                if (n, v) in rules:
                    rows.append({"Item Type": "Rule", "Product Name": f"[{t}]{n}={v}", "Price": rules[(n, v)],
                                 "Product Weight": "[ADD]0.75" if v == "1 kg" else ""})
        if mode == "rules" and not any((n, v) in rules for (_t, n, vals) in opts for v in vals):
            for (t, n, vals) in opts:
                rows.append({"Item Type": "Rule", "Product Name": f"[{t}]{n}={vals[-1]}", "Price": "[ADD]0.00",
                             "Product Weight": ""})
        products.append(p)
        pid += r.randint(1, 4)
    bt = Table(BIGCOMMERCE)
    for row in rows:
        bt.add_dict(row)
    out.add("bigcommerce/products-2025-01-06.csv", encode(csv_text(bt.matrix(), eol="\r\n"), "utf-8"))
    names, entries = catalog_expectation(products, lambda p: {"product_code": p.product_sku})
    expected = {
        "shop": "Copperline Coffee Gear (invented)", "platform": "bigcommerce", "currency": "USD", "seed": SEED,
        "files": {
            "products-2025-01-06.csv": dict(fmt("utf-8", False, ",", "CRLF", 1), **{
                "layout": "BigCommerce legacy product export (Item Type rows Product / SKU / Rule)", "kind": "catalog",
                "data_rows": len(rows), "products": len(products),
                "row_types": {t: sum(1 for x in rows if x["Item Type"] == t) for t in ("Product", "SKU", "Rule")},
                "product_key_column": "Product ID (on Product rows; SKU and Rule rows belong to the Product row above them)",
                "option_syntax": "[S]Name=Value,[RB]Name=Value (S=dropdown, RB=radio, CS=swatch, RT=rectangle)",
                "rule_price_syntax": "[ADD]x.xx", "products_with_options_only_in_rules": sorted(
                    p.key for p, spec in zip(products, BC_SPECS) if spec[5] == "rules"),
                "category_syntax": "Parent/Child, several joined with ';'"}),
        },
        "catalog": {"key_column": "Product ID", "attribute_names": names, "products": entries},
        "pii": PII().to_json(),
    }
    out.add("bigcommerce/expected.json", json_bytes(expected))


# ---------------------------------------------------------------------------
# 6. Magento 2 / Adobe Commerce: "Bloom & Bark" pet supplies (GBP) - catalog_product export
# ---------------------------------------------------------------------------

MAGENTO = [
    "sku", "store_view_code", "attribute_set_code", "product_type", "categories", "product_websites", "name",
    "description", "short_description", "weight", "product_online", "tax_class_name", "visibility", "price",
    "special_price", "special_price_from_date", "special_price_to_date", "url_key", "meta_title", "meta_keywords",
    "meta_description", "base_image", "base_image_label", "small_image", "small_image_label", "thumbnail_image",
    "thumbnail_image_label", "swatch_image", "swatch_image_label", "created_at", "updated_at", "new_from_date",
    "new_to_date", "display_product_options_in", "map_price", "msrp_price", "map_enabled", "gift_message_available",
    "custom_design", "custom_design_from", "custom_design_to", "custom_layout_update", "page_layout",
    "product_options_container", "msrp_display_actual_price_type", "country_of_manufacture", "additional_attributes",
    "qty", "out_of_stock_qty", "use_config_min_qty", "is_qty_decimal", "allow_backorders", "use_config_backorders",
    "min_cart_qty", "use_config_min_sale_qty", "max_cart_qty", "use_config_max_sale_qty", "is_in_stock",
    "notify_on_stock_below", "use_config_notify_stock_qty", "manage_stock", "use_config_manage_stock",
    "use_config_qty_increments", "qty_increments", "use_config_enable_qty_inc", "enable_qty_increments",
    "is_decimal_divided", "website_id", "related_skus", "related_position", "crosssell_skus", "crosssell_position",
    "upsell_skus", "upsell_position", "additional_images", "additional_image_labels", "hide_from_product_page",
    "custom_options", "bundle_price_type", "bundle_sku_type", "bundle_price_view", "bundle_weight_type", "bundle_values",
    "bundle_shipment_type", "associated_skus", "downloadable_links", "downloadable_samples", "configurable_variations",
    "configurable_variation_labels",
]
MG_CONFIGS = [
    ("BB-COLLAR", "Reflective Dog Collar", "Default Category/Dogs/Collars & Leads", 1499, "Nylon",
     [("color", "Colour", ["Red", "Navy", "Forest"]), ("size", "Size", ["S", "M", "L"])]),
    ("BB-HARNESS", "Padded Dog Harness", "Default Category/Dogs/Harnesses", 2999, "Polyester",
     [("color", "Colour", ["Red", "Navy"]), ("size", "Size", ["S", "M", "L", "XL"])]),
    ("BB-BED", "Orthopaedic Dog Bed", "Default Category/Dogs/Beds,Default Category/Sale", 6999, "Memory Foam",
     [("size", "Size", ["M", "L", "XL"]), ("color", "Colour", ["Grey", "Oatmeal"])]),
    ("BB-JUMPER", "Knitted Dog Jumper", "Default Category/Dogs/Clothing", 2499, "Acrylic",
     [("size", "Size", ["XS", "S", "M", "L"]), ("color", "Colour", ["Cream", "Mustard"])]),
    ("BB-SCRATCH", "Cat Scratching Post", "Default Category/Cats/Furniture", 3499, "Sisal", [("size", "Size", ["60 cm", "90 cm"])]),
    ("BB-ROPE", "Cotton Rope Toy", "Default Category/Dogs/Toys", 899, "Cotton", [("color", "Colour", ["Multi", "Blue"])]),
]
MG_SIMPLES = [
    ("Salmon Training Treats 200 g", "Dogs/Treats", 599, "Salmon", None), ("Chicken Jerky Strips 150 g", "Dogs/Treats", 699, None, None),
    ("Stainless Steel Dog Bowl 1 L", "Dogs/Bowls", 1099, "Stainless Steel", None),
    ("Ceramic Cat Bowl", "Cats/Bowls", 1299, "Ceramic", "White"), ("Oatmeal Dog Shampoo 250 ml", "Dogs/Grooming", 899, None, None),
    ("Slicker Brush", "Dogs/Grooming", 1199, "Bamboo", None), ("Leather Dog Lead 1.2 m", "Dogs/Collars & Leads", 2499, "Leather", "Tan"),
    ("Compostable Poop Bags, 120 pcs", "Dogs/Walking", 799, None, "Green"), ("Treat Pouch", "Dogs/Walking", 1499, "Canvas", "Olive"),
    ("Catnip Mouse Toy, 3 Pack", "Cats/Toys", 599, "Felt", None), ("Feather Wand Toy", "Cats/Toys", 699, None, None),
    ("Cat Tunnel", "Cats/Toys", 1799, "Polyester", "Grey"), ("Self-Cleaning Cat Brush", "Cats/Grooming", 1299, None, None),
    ("Dog Towel Microfibre", "Dogs/Grooming", 1499, "Microfibre", "Grey"), ("Paw Balm 50 ml", "Dogs/Grooming", 999, None, None),
    ("Travel Water Bottle 500 ml", "Dogs/Walking", 1399, "Plastic", "Blue"), ("Puzzle Feeder", "Dogs/Toys", 1999, "Plastic", None),
    ("Dental Chews, 7 pcs", "Dogs/Treats", 549, None, None), ("Cat Litter Scoop", "Cats/Litter", 699, "Plastic", None),
    ("Tofu Cat Litter 6 L", "Cats/Litter", 1299, None, None), ("Reflective Rain Coat", "Dogs/Clothing", 3299, "Polyester", "Yellow"),
    ("Pet First Aid Kit", "Dogs/Health", 2499, None, "Red"), ("Tick Remover Set", "Dogs/Health", 499, "Plastic", None),
    ("Window Perch for Cats", "Cats/Furniture", 2999, None, None), ("Dog Car Seat Cover", "Dogs/Travel", 3999, "Polyester", "Black"),
    ("Lick Mat", "Dogs/Toys", 899, "Silicone", "Blue"),
]
MG_GERMAN = {"BB-COLLAR": ("Reflektierendes Hundehalsband", "reflektierendes-hundehalsband"),
             "BB-BED": ("Orthopädisches Hundebett", "orthopaedisches-hundebett"),
             "BB-JUMPER": ("Gestrickter Hundepullover", "gestrickter-hundepullover"),
             "BB-TREAT-SALMON": ("Lachs-Trainingssnacks 200 g", "lachs-trainingssnacks-200-g"),
             "BB-BOWL-STEEL": ("Hundenapf Edelstahl 1 l", "hundenapf-edelstahl-1-l")}


def build_magento(out):
    r = rng("magento")
    rows, products = [], []
    created = datetime(2023, 2, 14, 9, 0)

    def mdate(dt):   # Magento admin's en_US short format, e.g. 3/14/24, 9:05 AM
        h12 = dt.hour % 12 or 12
        return f"{dt.month}/{dt.day}/{dt:%y}, {h12}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"

    def img(name_slug):
        return f"/{name_slug[0]}/{name_slug[1]}/{name_slug}.jpg"

    def base_row(sku, name, ptype, visibility, price, cats, attrs, weight):
        nonlocal created
        created += timedelta(days=r.randint(0, 9), hours=r.randint(0, 8), minutes=r.randint(0, 59))
        u = slug(name)
        return {"sku": sku, "attribute_set_code": "Pet Apparel" if "Jumper" in name or "Coat" in name else "Default",
                "product_type": ptype, "categories": cats, "product_websites": "base", "name": name,
                "description": f"<p>{name} by Bloom &amp; Bark.</p><p>Tested by our office dogs, Pip and Biscuit.</p>",
                "short_description": f"{name} – made for happy pets.", "weight": "%.4f" % weight if ptype == "simple" else "",
                "product_online": "1", "tax_class_name": "Taxable Goods", "visibility": visibility,
                "price": "%d.%02d00" % (price // 100, price % 100), "url_key": u, "meta_title": name,
                "meta_description": f"{name} from Bloom & Bark", "base_image": img(u), "base_image_label": name,
                "small_image": img(u), "small_image_label": name, "thumbnail_image": img(u), "thumbnail_image_label": name,
                "created_at": mdate(created), "updated_at": mdate(created + timedelta(days=r.randint(1, 200))),
                "display_product_options_in": "Block after Info Column", "gift_message_available": "Use config",
                "msrp_display_actual_price_type": "Use config", "country_of_manufacture": r.choice(["United Kingdom", "Portugal", "China"]),
                "additional_attributes": ",".join(f"{k}={v}" for k, v in attrs), "qty": "%d.0000" % r.randint(0, 90),
                "out_of_stock_qty": "0.0000", "use_config_min_qty": "1", "is_qty_decimal": "0", "allow_backorders": "0",
                "use_config_backorders": "1", "min_cart_qty": "1.0000", "use_config_min_sale_qty": "1",
                "max_cart_qty": "10000.0000", "use_config_max_sale_qty": "1", "is_in_stock": "1",
                "notify_on_stock_below": "1.0000", "use_config_notify_stock_qty": "1", "manage_stock": "1",
                "use_config_manage_stock": "1", "use_config_qty_increments": "1", "qty_increments": "1.0000",
                "use_config_enable_qty_inc": "1", "enable_qty_increments": "0", "is_decimal_divided": "0", "website_id": "0"}

    for sku, name, cats, price, material, dims in MG_CONFIGS:
        options = [(label, vals) for _code, label, vals in dims]
        p = Product(sku, name, options=[(code, vals) for code, _l, vals in dims] + [("material", [material])], kind="pet")
        children = []
        for combo in variant_combos([(code, vals) for code, _l, vals in dims]):
            csku = sku + "-" + "-".join(code_of(v, 3) for v in combo)
            cname = f"{name}-{'-'.join(combo)}"
            attrs = [(code, v) for (code, _l, _vals), v in zip(dims, combo)] + [("material", material)]
            attrs.sort()
            row = base_row(csku, cname, "simple", "Not Visible Individually", price, cats, attrs, r.randint(80, 2500) / 1000)
            row["swatch_image"] = row["base_image"]
            row["swatch_image_label"] = cname
            children.append((row, combo))
            p.variants.append(dict(sku=csku, values=combo))
        parent = base_row(sku, name, "configurable", "Catalog, Search", price, cats, [("material", material)], 0)
        parent["qty"] = "0.0000"
        parent["configurable_variations"] = "|".join(
            "sku=" + row["sku"] + "," + ",".join(f"{code}={v}" for (code, _l, _vals), v in zip(dims, combo)) for row, combo in children)
        parent["configurable_variation_labels"] = ",".join(f"{code}={label}" for code, label, _v in dims)
        if "Sale" in cats:
            parent["special_price"] = "%d.%02d00" % ((price * 8 // 10) // 100, (price * 8 // 10) % 100)
            for row, _c in children:
                row["special_price"] = parent["special_price"]
        rows.extend(row for row, _c in children)
        rows.append(parent)
        products.append(p)
    short = {"Salmon Training Treats 200 g": "BB-TREAT-SALMON", "Stainless Steel Dog Bowl 1 L": "BB-BOWL-STEEL"}
    for name, cat, price, material, colour in MG_SIMPLES:
        sku = short.get(name) or "BB-" + name_code(name.replace(",", " "), 4) + "-" + str(r.randint(100, 999))
        attrs = []
        if colour:
            attrs.append(("color", colour))
        if material:
            attrs.append(("material", material))
        row = base_row(sku, name, "simple", "Catalog, Search", price, "Default Category/" + cat, attrs, r.randint(50, 3000) / 1000)
        if name == "Tofu Cat Litter 6 L":
            row["is_in_stock"], row["qty"] = "0", "0.0000"
        if name == "Pet First Aid Kit":
            row["product_online"] = "2"
        rows.append(row)
        products.append(Product(sku, name, options=[(k, [v]) for k, v in attrs], kind="pet",
                                variants=[]))
        products[-1].variants.append(dict(sku=sku, values=()))
    # store-view rows: only the values that differ for the German store view
    for sku, (de_name, de_key) in MG_GERMAN.items():
        rows.append({"sku": sku, "store_view_code": "de",
                     "attribute_set_code": next(x["attribute_set_code"] for x in rows if x["sku"] == sku),
                     "product_type": next(x["product_type"] for x in rows if x["sku"] == sku), "name": de_name,
                     "description": f"<p>{de_name} von Bloom &amp; Bark – von unseren Bürohunden getestet.</p>",
                     "url_key": de_key})
    mt = Table(MAGENTO)
    for row in rows:
        mt.add_dict(row)
    out.add("magento/catalog_product_20250106_081542.csv", encode(csv_text(mt.matrix()), "utf-8"))
    names, entries = catalog_expectation(products)
    expected = {
        "shop": "Bloom & Bark (invented)", "platform": "magento", "currency": "GBP", "seed": SEED,
        "files": {
            "catalog_product_20250106_081542.csv": dict(fmt("utf-8", False, ",", "LF", 1), **{
                "layout": "Magento 2 / Adobe Commerce System > Export > Products (catalog_product)", "kind": "catalog",
                "data_rows": len(rows), "products": len(products),
                "configurable_products": len(MG_CONFIGS), "child_simple_rows": sum(1 for x in rows if x.get("visibility") == "Not Visible Individually"),
                "standalone_simple_products": len(MG_SIMPLES), "store_view_rows": len(MG_GERMAN),
                "product_key_column": "sku of a configurable or of a visible simple (children are listed in configurable_variations)",
                "attribute_sources": ["configurable_variations", "additional_attributes"],
                "category_syntax": "path with '/', several paths joined with ','"}),
        },
        "catalog": {"key_column": "sku", "attribute_names": names,
                    "note": "attribute names are Magento attribute codes; labels are in configurable_variation_labels",
                    "products": entries},
        "pii": PII().to_json(),
    }
    out.add("magento/expected.json", json_bytes(expected))


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------

def fmt(encoding, bom, delimiter, eol, header_rows, quoting="minimal"):
    return {"encoding": encoding, "bom": bom, "delimiter": delimiter, "line_terminator": eol,
            "header_rows": header_rows, "quoting": quoting}


def parse_file(data, meta):
    """Decode and split a generated file back into (header, records) the way a reader would."""
    if meta.get("format") == "json":
        return None, json.loads(data.decode("utf-8"))
    if meta["bom"]:
        assert data.startswith(b"\xef\xbb\xbf"), "missing BOM"
        data = data[3:]
    else:
        assert not data.startswith(b"\xef\xbb\xbf"), "unexpected BOM"
    text = data.decode(meta["encoding"])
    eol = "\r\n" if meta["line_terminator"] == "CRLF" else "\n"
    first_line = text.split("\n", 1)[0] + "\n"
    assert first_line.endswith(eol), ("line terminator", meta["line_terminator"])
    quoting = csv.QUOTE_NONE if meta["quoting"] == "none" else csv.QUOTE_MINIMAL
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=meta["delimiter"], quoting=quoting))
    header = rows[meta["header_rows"] - 1]
    for row in rows:
        assert len(row) == len(header), ("ragged row", len(row), len(header))
    records = [dict(zip(header, row)) for row in rows[meta["header_rows"]:]]
    return header, records


def verify(out):
    """Re-read every generated file and check it against its expected.json."""
    for rel in sorted(out.files):
        if not rel.endswith("expected.json"):
            continue
        folder = os.path.dirname(rel)
        exp = json.loads(out.files[rel].decode("utf-8"))
        parsed = {}
        for name, meta in exp["files"].items():
            _header, records = parse_file(out.files[f"{folder}/{name}"], meta)
            assert len(records) == meta["data_rows"], (folder, name, len(records), meta["data_rows"])
            parsed[name] = records
        for pl in exp["pii"]["planted_in_text"]:
            rec = parsed[pl["file"]][pl["row"] - 1]
            assert pl["text"] in str(rec[pl["column"]]), (folder, pl)
            assert pl["value"] in pl["text"], pl
        listed = {f"{folder}/{n}" for n in exp["files"]} | {rel}
        missing = {k for k in out.files if k.startswith(folder + "/")} - listed
        assert not missing, missing


class Out:
    def __init__(self):
        self.files = {}

    def add(self, relpath, data):
        assert relpath not in self.files, relpath
        self.files[relpath] = data



def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="compare the files on disk with what would be written")
    args = ap.parse_args(argv)
    out = Out()
    for build in BUILDERS:
        build(out)
    verify(out)
    bad = []
    for rel, data in sorted(out.files.items()):
        path = os.path.join(HERE, rel)
        if args.check:
            try:
                with open(path, "rb") as f:
                    if f.read() != data:
                        bad.append(rel)
            except FileNotFoundError:
                bad.append(rel)
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
    total = sum(len(d) for d in out.files.values())
    if args.check:
        if bad:
            print("out of date: " + ", ".join(bad), file=sys.stderr)
            return 1
        print(f"ok: {len(out.files)} files match ({total} bytes)")
    else:
        print(f"wrote {len(out.files)} files ({total} bytes)")
    return 0


BUILDERS = [build_shopify, build_woocommerce, build_etsy, build_amazon, build_bigcommerce, build_magento]

if __name__ == "__main__":
    sys.exit(main())
