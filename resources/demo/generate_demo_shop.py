#!/usr/bin/env python3
"""Deterministic generator for ShopTuner's demo shop, "Kettle & Loom" (fictional homeware).

Makes the shop's exports -- catalog.csv, reviews.csv, questions.csv, searches.csv, orders.csv --
plus a README.md describing them. All data are synthetic, built so that the importers and every
e-commerce instruction-task builder (sentiment, attribute extraction, product matching and
relations, sequential recommendation, query relevance / ranking, substitutes, answerability,
answer generation) find records. Python 3 stdlib only, no network, fixed seed: reruns are
byte-identical. Rerun from the repository root with:

    /usr/bin/python3 resources/demo/generate_demo_shop.py resources/demo/shop
"""
import csv
import datetime
import os
import random
import sys

SEED = 20261129


class Rng(random.Random):
    """Python only promises that random() repeats across versions for a given seed (choice,
    shuffle, randrange may change), so every helper used here is built on random() alone."""
    def chance(self, p):
        return self.random() < p

    def int(self, lo, hi):  # inclusive
        return lo + int(self.random() * (hi - lo + 1))

    def pick(self, seq):
        return seq[int(self.random() * len(seq))]

    def weighted(self, seq, weights):
        x = self.random() * sum(weights)
        for item, w in zip(seq, weights):
            x -= w
            if x < 0:
                return item
        return seq[-1]

    def shuffle(self, seq):
        for i in range(len(seq) - 1, 0, -1):
            j = int(self.random() * (i + 1))
            seq[i], seq[j] = seq[j], seq[i]
        return seq

    def sample(self, seq, k):
        return self.shuffle(list(seq))[:k]


START = datetime.datetime(2024, 1, 1)
SPAN_S = 731 * 86400  # 2024-01-01 .. 2025-12-31


def when(rng):
    return START + datetime.timedelta(seconds=rng.int(0, SPAN_S - 1))


# ---------------------------------------------------------------- catalog vocabulary
# (path, key, base products, [(type, mpn code, sizes, base price)], materials, colours)
CATEGORIES = [
    ("Home > Kitchen > Mugs & Cups", "mugs", 52,
     [("Mug", "MUG", ["300 ml", "350 ml", "400 ml"], 16), ("Espresso Cup", "ESP", ["80 ml", "90 ml"], 11),
      ("Tea Cup", "TEA", ["220 ml", "250 ml"], 14), ("Travel Mug", "TRV", ["350 ml", "450 ml"], 24),
      ("Latte Cup", "LAT", ["280 ml", "320 ml"], 15)],
     ["Stoneware", "Porcelain", "Ceramic", "Enamel"],
     ["Sage Green", "Oat", "Charcoal", "Terracotta", "Ivory", "Slate Blue", "Mustard", "White"]),
    ("Home > Kitchen > Cookware", "cookware", 42,
     [("Frying Pan", "FP", ["20 cm", "24 cm", "28 cm"], 39), ("Saucepan", "SP", ["16 cm", "18 cm", "20 cm"], 45),
      ("Dutch Oven", "DO", ["4.5 L", "5.7 L"], 119), ("Skillet", "SK", ["25 cm", "30 cm"], 49),
      ("Wok", "WK", ["30 cm", "32 cm"], 59)],
     ["Cast Iron", "Enamelled Cast Iron", "Stainless Steel", "Carbon Steel", "Aluminium"],
     ["Terracotta", "Sage Green", "Slate Blue", "Ivory", "Mustard"]),  # enamel colours; see palette()
    ("Home > Textiles > Throws & Blankets", "throws", 44,
     [("Throw", "THR", ["130x170 cm", "140x200 cm"], 69), ("Blanket", "BLK", ["150x200 cm", "220x240 cm"], 99),
      ("Knitted Throw", "KTH", ["130x170 cm"], 79)],
     ["Merino Wool", "Lambswool", "Cotton", "Linen", "Recycled Cotton", "Alpaca Blend"],
     ["Oat", "Charcoal", "Rust", "Forest Green", "Mustard", "Dusty Pink", "Ivory", "Navy"]),
    ("Home > Textiles > Cushions", "cushions", 48,
     [("Cushion Cover", "CC", ["40x40 cm", "45x45 cm", "50x50 cm", "30x50 cm"], 24),
      ("Cushion", "CU", ["45x45 cm", "50x50 cm"], 39), ("Floor Cushion", "FC", ["60x60 cm", "70x70 cm"], 69)],
     ["Linen", "Cotton", "Velvet", "Bouclé", "Wool"],
     ["Oat", "Sage Green", "Rust", "Mustard", "Dusty Pink", "Charcoal", "Ivory", "Navy"]),
    ("Home > Decor > Candles", "candles", 46,
     [("Scented Candle", "SC", ["180 g", "300 g", "450 g"], 22), ("Pillar Candle", "PC", ["7x10 cm", "7x15 cm"], 12),
      ("Tealights", "TL", ["Set of 12", "Set of 24"], 9), ("Travel Tin Candle", "TT", ["100 g"], 12)],
     ["Soy Wax", "Rapeseed Wax", "Beeswax", "Coconut Wax"],
     ["Ivory", "Amber", "Charcoal", "Sage Green", "Terracotta", "White"]),
    ("Home > Bath > Towels", "towels", 46,
     [("Bath Towel", "BT", ["70x140 cm"], 29), ("Hand Towel", "HT", ["50x100 cm"], 17),
      ("Bath Sheet", "BS", ["100x150 cm"], 42), ("Guest Towel", "GT", ["30x50 cm"], 9),
      ("Towel Set", "TS", ["Set of 4"], 69)],
     ["Organic Cotton", "Turkish Cotton", "Waffle Cotton", "Linen", "Bamboo Blend"],
     ["White", "Oat", "Sage Green", "Slate Blue", "Charcoal", "Dusty Pink", "Rust"]),
]
# (name, mpn prefix, categories, price factor, made in, series); several brands span categories
BRANDS = [
    ("Nordvik", "NV", ["mugs", "cookware"], 1.10, "Denmark", ["Fjord", "Ask", "Vinter"]),
    ("Hallen & Co", "HC", ["cookware"], 1.25, "Germany", ["Classic", "Pro", "Heritage"]),
    ("Loomwell", "LW", ["throws", "cushions", "towels"], 1.00, "Portugal", ["Harbour", "Meadow", "Drift"]),
    ("Kettle & Loom", "KL", ["mugs", "throws", "cushions", "candles"], 0.90, "Portugal", ["Everyday", "Studio"]),
    ("Ember Row", "ER", ["candles"], 1.05, "the United Kingdom", ["Hearth", "Nightfall", "Orchard"]),
    ("Fernhill", "FH", ["cushions", "throws"], 1.15, "Lithuania", ["Moss", "Bracken", "Heath"]),
    ("Brae Pottery", "BP", ["mugs"], 1.20, "Scotland", ["Loch", "Glen"]),
    ("Saltmarsh", "SM", ["towels", "candles"], 1.00, "Turkey", ["Tide", "Dune", "Shore"]),
    ("Oakhaven", "OH", ["cookware", "mugs"], 0.95, "the Czech Republic", ["Acre", "Field"]),
    ("Tidewell", "TW", ["towels", "cushions"], 0.85, "Turkey", ["Coast", "Pebble"]),
]
SCENTS = ["Vanilla & Tonka", "Cedarwood", "Fig Leaf", "Lavender", "Sea Salt", "Orange Blossom", "Smoked Oak"]
# Types bought or shown together: co-purchases in orders, complements in search results.
COMPLEMENTS = {
    "Mug": ["Tea Cup", "Espresso Cup", "Scented Candle"], "Espresso Cup": ["Mug", "Latte Cup"],
    "Tea Cup": ["Mug", "Latte Cup"], "Travel Mug": ["Mug"], "Latte Cup": ["Espresso Cup", "Mug"],
    "Frying Pan": ["Saucepan", "Skillet"], "Saucepan": ["Frying Pan", "Dutch Oven"], "Wok": ["Frying Pan"],
    "Dutch Oven": ["Skillet", "Saucepan"], "Skillet": ["Frying Pan", "Dutch Oven"],
    "Throw": ["Cushion Cover", "Cushion"], "Blanket": ["Throw", "Cushion"], "Knitted Throw": ["Cushion Cover"],
    "Cushion Cover": ["Cushion Cover", "Throw"], "Cushion": ["Throw", "Cushion Cover"], "Floor Cushion": ["Blanket"],
    "Scented Candle": ["Tealights", "Pillar Candle"], "Pillar Candle": ["Tealights"],
    "Tealights": ["Scented Candle"], "Travel Tin Candle": ["Scented Candle"],
    "Bath Towel": ["Hand Towel", "Bath Sheet"], "Hand Towel": ["Bath Towel", "Guest Towel"],
    "Bath Sheet": ["Bath Towel"], "Guest Towel": ["Hand Towel", "Scented Candle"], "Towel Set": ["Scented Candle"],
}
OPENERS = {  # description openers; kept free of colour/material/size words so placement stays exact
    "mugs": ["A generous {t} for slow mornings and long phone calls.", "Our everyday {t}, made to stack neatly.",
             "Hand-glazed in small batches, each {t} is slightly different."],
    "cookware": ["A workhorse {t} that goes from hob to table.", "Professional-grade {t} for everyday cooking.",
                 "Built to last for decades, this {t} heats evenly and holds temperature."],
    "throws": ["A soft, generous {t} for the sofa or the end of the bed.", "Our best-selling {t}, finished with hand-knotted fringes.",
               "Woven on traditional looms, this {t} adds warmth and texture to any room."],
    "cushions": ["A relaxed {t} that softens any sofa or reading nook.", "A tailored {t} with piped edges.",
                 "Stonewashed for a lived-in look, this {t} gets softer with every wash."],
    "candles": ["Hand-poured in small batches, this {t} fills a room without overpowering it.",
                "A calm, slow-burning {t} for long evenings."],
    "towels": ["A plush {t} that stays soft wash after wash.", "A hotel-quality {t} for everyday use.",
               "Woven in a family-run mill, this {t} is absorbent and made to last."],
}
EXTRAS = {
    "mugs": ["Designed in our studio.", "Every glaze varies slightly, so no two pieces are identical."],
    "cookware": ["Comes with simple care instructions.", "Tested in our own kitchen for a year before launch."],
    "throws": ["Finished by hand and packed without plastic.", "Drape it over the sofa or fold it at the foot of the bed."],
    "cushions": ["Mix and match with our other textiles.", "Finished by hand and packed without plastic."],
    "candles": ["Trim the wick before each burn for a clean flame.", "Cured for two weeks before it ships."],
    "towels": ["Wash before first use to boost absorbency.", "Woven without optical brighteners."],
}


def palette(cat, mat, colours):
    # Bare metal pans come in their metal's colour; only enamelled ones are glazed in shades.
    if cat == "cookware" and mat != "Enamelled Cast Iron":
        return {"Stainless Steel": ["Silver"], "Aluminium": ["Black", "Charcoal"]}.get(mat, ["Black"])
    return colours


def make_facts(cat, typ, mat, rng):
    """Series-level facts that descriptions, bullets, reviews and answers all agree on."""
    if cat == "mugs":
        return dict(dishwasher=mat != "Enamel" and rng.chance(.8), microwave=mat != "Enamel" and rng.chance(.85))
    if cat == "cookware":
        return dict(induction=mat != "Aluminium" or rng.chance(.4), dishwasher=mat == "Stainless Steel",
                    oven={"Cast Iron": 260, "Enamelled Cast Iron": 250, "Stainless Steel": 220,
                          "Carbon Steel": 250, "Aluminium": 180}[mat],
                    lid=typ in ("Saucepan", "Dutch Oven") or rng.chance(.3),
                    seasoned=mat in ("Cast Iron", "Carbon Steel"), warranty=rng.pick([2, 5, 10, 25]))
    if cat in ("throws", "cushions"):
        wool = "Wool" in mat or "Alpaca" in mat or mat == "Lambswool"
        wash = "Dry clean only" if wool and rng.chance(.5) else f"Machine washable at {30 if wool else rng.pick([30, 40])} °C"
        return dict(wool=wool, wash=wash, insert=typ != "Cushion Cover", zip=rng.chance(.8),
                    fill=rng.pick(["feather", "recycled polyester"]))
    if cat == "candles":
        return dict(scent=rng.pick(SCENTS) if typ in ("Scented Candle", "Travel Tin Candle") else "",
                    wick=rng.pick(["cotton", "wooden"]), jar=typ in ("Scented Candle", "Travel Tin Candle"))
    return dict(gsm=rng.int(32, 38) * 10 if mat == "Waffle Cotton" else rng.int(10, 14) * 50,
                wash=40 if mat in ("Linen", "Bamboo Blend") else 60)


def features(p):
    """Bullet-point features derived from facts (never mention colour/size/material)."""
    f, c = p["facts"], p["cat"]
    if c == "mugs":
        out = ["Dishwasher safe" if f["dishwasher"] else "Hand wash recommended",
               "Microwave safe" if f["microwave"] else "Not suitable for the microwave",
               "Lead- and cadmium-free glaze", "Each piece is unique"]
        return out + (["Leakproof screw lid", "Double-walled"] if p["type"] == "Travel Mug" else ["Stackable design"])
    if c == "cookware":
        return ["Suitable for all hobs including induction" if f["induction"] else "Not suitable for induction",
                f"Oven safe up to {f['oven']} °C", "Dishwasher safe" if f["dishwasher"] else "Hand wash only",
                f"Weight: {f['kg']} kg", f"{f['warranty']}-year warranty"] + \
            (["Lid included"] if f["lid"] else []) + (["Pre-seasoned, ready to use"] if f["seasoned"] else [])
    if c in ("throws", "cushions"):
        out = [f["wash"], f"Made in {p['brand'][4]}", "OEKO-TEX certified"]
        if c == "cushions":
            out += [("Insert included" if f["insert"] else "Cover only, insert sold separately"),
                    ("Concealed zip" if f["zip"] else "Envelope closure")]
        return out + (["Hand-knotted fringes"] if c == "throws" else [])
    if c == "candles":
        out = [f"Burn time approx. {burn_hours(p)} hours" + (" each" if p["type"] == "Tealights" else ""),
               f"{f['wick'].capitalize()} wick", "Vegan" if p["material"] != "Beeswax" else "Not vegan"]
        return out + ([f"Scent: {f['scent']}", "Reusable jar"] if f["jar"] else ["Unscented"])
    return [f"{f['gsm']} gsm", f"Machine washable at {f['wash']} °C", "Tumble dry low",
            "Quick-drying" if f["gsm"] < 500 else "Extra plush"]


def burn_hours(p):
    return {"180 g": 40, "300 g": 60, "450 g": 90, "7x10 cm": 35, "7x15 cm": 55, "100 g": 25}.get(p["size"], 4)


def size_phrase(p, s):
    if p["cat"] == "mugs":
        return f"holds {s}"
    if s.endswith(" g"):
        return f"holds {s} of wax"
    return f"comes as a pack ({s})" if s.startswith("Set of") else f"measures {s}"


def join_and(parts):
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def render_text(p, rng, alt=False):
    """Title, description, bullets. p['where'] says where each attribute value is written verbatim;
    duplicate listings (alt) reuse the item's facts with a different title style and wording."""
    shown = lambda a, place: place in p["where"][a]
    c, s, m = (p[a] if shown(a, "title") else "" for a in ("color", "size", "material"))
    b, series, typ = p["brand"][0], p["series"], p["type"]
    head = [series, p["facts"].get("scent", ""), m, typ]
    style = rng.int(2, 3) if alt else rng.int(0, 1)
    j = lambda parts: " ".join(x for x in parts if x)
    if style == 0:    # "Nordvik Fjord Stoneware Mug 350 ml, Sage Green"
        title = j([b] + head + [s]) + (f", {c}" if c else "")
    elif style == 1:  # "Fjord Stoneware Mug in Sage Green, 350 ml"
        title = j(head) + (f" in {c}" if c else "") + (f", {s}" if s else "")
    elif style == 2:  # "Nordvik Mug Fjord (Sage Green, 350 ml, Stoneware)"
        extra = ", ".join(x for x in (c, s, m) if x)
        title = j([b, typ, series, p["facts"].get("scent", "")]) + (f" ({extra})" if extra else "")
    else:             # "Sage Green Stoneware Mug 350 ml by Nordvik – Fjord collection"
        title = j([c, m, typ, s]) + f" by {b} – {series} collection"
    noun = "set of tealights" if typ == "Tealights" else typ.lower()
    sents = [rng.pick(OPENERS[p["cat"]]).format(t=noun)]
    clauses = []
    if shown("material", "desc"):
        clauses.append(f"is made from {p['material']}")
    if shown("color", "desc"):
        clauses.append(rng.pick([f"comes in {p['color']}", f"is finished in {p['color']}"]))
    if shown("size", "desc"):
        clauses.append(size_phrase(p, p["size"]))
    if clauses:
        sents.append(f"This {noun} " + join_and(clauses) + ".")
    if rng.chance(.5):
        sents.append(rng.pick(EXTRAS[p["cat"]]))
    html = rng.random()  # about a third of shop exports carry the editor's light HTML
    if html < .12:
        desc = "<p>" + " ".join(sents) + "</p>"
    elif html < .24 and len(sents) > 1:
        desc = sents[0] + "<br>" + " ".join(sents[1:])
    elif html < .34:
        desc = f"<p><strong>{sents[0]}</strong></p>" + "".join(f"<p>{x}</p>" for x in sents[1:])
    else:
        desc = " ".join(sents)
    feats = rng.sample(features(p), rng.int(2, 4))
    if shown("material", "bullets"):
        blend = "Blend" in p["material"]
        feats.append(f"Material: {p['material']}" if blend or rng.chance(.5) else f"100% {p['material']}")
    if shown("color", "bullets"):
        feats.append(f"Colour: {p['color']}")
    if shown("size", "bullets"):
        feats.append(("Capacity: " if p["cat"] == "mugs" else "Size: ") + p["size"])
    return title, desc, " | ".join(rng.shuffle(feats))


def ean13(rng, valid=True):
    body = "42" + "".join(str(rng.int(0, 9)) for _ in range(10))
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return body + str(check if valid else (check + rng.int(1, 9)) % 10)


def price(v, rng):
    return f"{max(int(v), 3) + rng.pick([.90, .95, .50, .00]):.2f}"


def build_catalog(rng):
    items, used_mpn, used_gtin = [], set(), set()
    for path, cat, target, types, materials, colours in CATEGORIES:
        brands, made = [b for b in BRANDS if cat in b[2]], 0
        while made < target:  # a "series" of 1-4 colour/size variants shares facts: hard negatives
            brand, (typ, code, sizes, base) = rng.pick(brands), rng.pick(types)
            series, mat = rng.pick(brand[5]), rng.pick(materials)
            facts, quality = make_facts(cat, typ, mat, rng), rng.random()
            for _ in range(min(rng.int(1, 4), target - made)):
                col, size = rng.pick(palette(cat, mat, colours)), rng.pick(sizes)
                ccode = "".join(w[0] for w in col.split()) if " " in col else col[:3].upper()
                mpn = f"{brand[1]}-{code}-{''.join(ch for ch in size if ch.isdigit())}-{ccode}"
                if mpn in used_mpn:
                    continue
                used_mpn.add(mpn)
                p = dict(cat=cat, path=path, brand=brand, series=series, type=typ, material=mat, color=col,
                         size=size, mpn=mpn, quality=quality, pop=1 / (0.06 + rng.random()), dupe_of=None,
                         facts=dict(facts, kg=round({"Cast Iron": 2.6, "Enamelled Cast Iron": 3.2, "Aluminium": .9,
                                                     "Carbon Steel": 1.5}.get(mat, 1.3) * (1 + .12 * sizes.index(size)), 1)))
                p["price"] = price(base * brand[3] * (1 + .15 * sizes.index(size)) * (.9 + .2 * rng.random()), rng)
                # Where each value is written: mostly the title, sometimes only the description or
                # only the bullets, sometimes nowhere; some cells are empty (value maybe still in title).
                p["where"], p["cell"] = {}, {}
                for a in ("color", "size", "material"):
                    mode = rng.weighted(["title", "desc", "bullets", "nowhere", "empty"], [55, 13, 15, 9, 8])
                    places = {"title"} if mode == "title" or (mode == "empty" and rng.chance(.5)) else set()
                    if mode == "title" and rng.chance(.2):
                        places.add("desc")
                    if mode == "title" and rng.chance(.4):
                        places.add("bullets")
                    if mode in ("desc", "bullets"):
                        places.add(mode)
                    p["where"][a], p["cell"][a] = places, "" if mode == "empty" else p[a]
                gtin = ""
                if not rng.chance(.07):  # ~7% never got a GTIN in the shop system
                    while not gtin or gtin in used_gtin:
                        gtin = ean13(rng)
                    used_gtin.add(gtin)
                p["gtin"] = gtin
                p["title"], p["description"], p["bullets"] = render_text(p, rng)
                items.append(p)
                made += 1
    for p in rng.sample([p for p in items if p["gtin"]], 3):  # typos: wrong check digit
        p["gtin"] = p["gtin"][:12] + str((int(p["gtin"][12]) + rng.int(1, 9)) % 10)
        p["bad_gtin"] = True
    dupes = []  # the same item listed twice (marketplace relisting): product-matching positives
    for base in rng.sample([p for p in items if p["gtin"] and not p.get("bad_gtin")], 25):
        d = dict(base, dupe_of=base, pop=base["pop"] * .4)
        if rng.chance(.5):
            d["price"] = price(float(base["price"]) * (.88 + .24 * rng.random()), rng)
        d["title"], d["description"], d["bullets"] = render_text(d, rng, alt=True)
        dupes.append(d)
    catalog = rng.shuffle(items + dupes)
    for i, p in enumerate(catalog):
        p["id"] = f"KL-{10001 + i}"
    return catalog


def write_catalog(path, catalog):
    write_csv(path, ["product_id", "title", "description", "bullet_points", "brand", "price", "category",
                     "gtin", "mpn", "color", "size", "material"],
              [[p["id"], p["title"], p["description"], p["bullets"], p["brand"][0], p["price"], p["path"],
                p["gtin"], p["mpn"], p["cell"]["color"], p["cell"]["size"], p["cell"]["material"]] for p in catalog])


# ---------------------------------------------------------------- talking points
def topics_for(p):
    """What reviewers praise or criticise and what shoppers ask, resolved against the product's
    facts so reviews, answers and the catalog never contradict one another. Topics without
    review sentences are asked about but never reviewed (unanswerable from reviews)."""
    f, t, m, c, s = p["facts"], p["type"].lower(), p["material"], p["color"], p["size"]
    out = []

    def add(key, qs, answer, pos=(), neg=()):
        out.append(dict(key=key, qs=qs, answer=answer, pos=list(pos), neg=list(neg)))
    yes = lambda flag, a, b: a if flag else b
    if p["cell"]["color"]:
        add("colour", ["Is the colour true to the photos?", f"How accurate is the {c} in the pictures?"],
            f"The {c} is photographed in daylight and is close to the real thing, though screens vary a little.",
            [f"The {c} is exactly like the photos.", f"Love the {c}, even nicer in person."],
            [f"The {c} looks much duller than on the website.", f'The "{c}" is more grey than anything.'])
    if p["cell"]["size"]:
        ans = (f"It {size_phrase(p, s)}." if p["cat"] in ("mugs", "candles") else
               "It is a set of two 50x100 cm hand towels and two 70x140 cm bath towels." if s == "Set of 4"
               else f"It measures {s}.")
        add("size", ["What size is it?", "What are the exact dimensions?"] if p["cat"] != "mugs"
            else ["How much does it hold?", "What is the capacity?"], ans,
            [f"Good size – the {s} is just right for me."], [f"Smaller than I expected from the {s} in the listing."])
    if p["cell"]["material"]:
        ml = m.lower()
        praise = {"mugs": (f"The {ml} feels solid and well made.", f"The {ml} feels thin and cheap."),
                  "cookware": (f"Proper {ml}, heats evenly.", f"The {ml} warped after a few weeks."),
                  "candles": (f"You can tell it's real {ml} – burns clean.", f"Not convinced this is really {ml}."),
                  "towels": (f"The {ml} feels luxurious.", f"The {ml} feels cheap and rough.")}
        pr = praise.get(p["cat"], (f"The {ml} is beautifully soft.", f"The {ml} feels rough and cheap."))
        add("material", ["What is it made of?", "What material is this?"],
            f"It is made of {m}." + (f" The insert is filled with {f['fill']}." if p["cat"] == "cushions" and f["insert"] else ""),
            [pr[0]], [pr[1]])
    add("origin", ["Where is it made?", "Which country is this produced in?"],
        f"The {p['brand'][0]} {p['series']} range is made in {p['brand'][4]}.")
    add("giftwrap", ["Can you gift wrap it?", "Does it come in a gift box?"],
        "Yes – choose gift wrapping at checkout (3.50) and we add a handwritten card.")
    if p["cat"] == "mugs":
        dw, mw = f["dishwasher"], f["microwave"]
        add("dishwasher", ["Is it dishwasher safe?", "Can this go in the dishwasher?"],
            yes(dw, "Yes, it is dishwasher safe; the top rack keeps the glaze glossy longest.",
                "No, please wash it by hand – the glaze is not rated for the dishwasher."),
            [yes(dw, "Goes through the dishwasher every day and still looks new.", "Hand wash only, but it rinses clean in seconds, dishwasher or not.")],
            [yes(dw, "Dishwasher safe they say, yet the glaze went dull after a few cycles.", "Not dishwasher safe, which I only noticed after it arrived.")])
        add("microwave", ["Can I use it in the microwave?", "Is this microwave safe?"],
            yes(mw, f"Yes, the {t} is microwave safe.", "No, it is not suitable for the microwave."),
            [yes(mw, "Reheating coffee in the microwave is no problem at all.", "Can't go in the microwave, but it keeps coffee warm anyway.")],
            [yes(mw, "Gets scorching hot in the microwave.", "Annoying that it can't go in the microwave.")])
        add("heat", ["Does it keep drinks hot for long?", "How well does it retain heat?"],
            yes(t == "travel mug", "It is double-walled and keeps drinks hot for about two hours with the lid closed.",
                "The thick walls keep drinks warm for a while, but it is not insulated like a travel mug."),
            ["Keeps my tea hot for ages.", "Coffee stays hot right to the last sip, perfect for my café au lait."],
            ["Drinks go cold really quickly in it."])
        add("chip", ["Does the glaze chip easily?", "How durable is it?"],
            "The glaze is fired at high temperature and resists chipping in everyday use, though a hard knock on the rim can still chip it.",
            ["Two years of daily use and not a single chip."], ["Chipped on the rim within a month."])
        if t == "travel mug":
            add("lid", ["Is the lid leakproof?", "Does the lid leak in a bag?"],
                "Yes, the screw lid has a silicone seal and is leakproof when closed.",
                ["The lid is properly leakproof – survived my backpack."], ["The lid leaks if it tips over in a bag."])
        else:
            add("handle", ["Is the handle big enough for two fingers?", "How big is the handle?"],
                yes(t == "espresso cup", "The handle fits one finger, like a classic espresso cup.", "The handle fits two fingers comfortably."),
                ["The handle is comfortable, even for big hands."], ["The handle is tiny and awkward to hold."])
    elif p["cat"] == "cookware":
        ind, dw, lid = f["induction"], f["dishwasher"], f["lid"]
        add("induction", ["Does it work on induction?", "Is it suitable for an induction hob?"],
            yes(ind, "Yes, it works on all hobs including induction.", "No, the base does not work on induction hobs."),
            [yes(ind, "Works perfectly on my induction hob.", "No induction, but on gas it heats beautifully.")],
            [yes(ind, "Makes a loud buzzing on induction.", "Didn't realise it doesn't work on induction – useless for me.")])
        add("oven", ["Can it go in the oven?", "What temperature is it oven safe to?"],
            f"Yes, it is oven safe up to {f['oven']} °C" + (", lid included." if lid else "."),
            ["Goes from hob to oven without any fuss."], ["The handle discoloured after one go in the oven."])
        add("dishwasher", ["Is it dishwasher safe?", "Can I put it in the dishwasher?"],
            "Yes, it is dishwasher safe, though hand washing keeps the finish best." if dw else
            yes(f["seasoned"], "No – wash it by hand and dry it straight away to protect the seasoning.",
                "No, please hand wash it with a soft sponge."),
            [yes(dw, "Cleans up fine in the dishwasher.", "Not for the dishwasher, but it cleans up in a minute by hand.")],
            [yes(dw, "Came out of the dishwasher with white spots.", "Shame it isn't dishwasher safe.")])
        add("weight", ["How heavy is it?", "What does it weigh?"], f"It weighs about {f['kg']} kg" + (" without the lid." if lid else "."),
            ["Feels sturdy without being too heavy."], ["Far too heavy to lift with one hand.", "Really heavy – my wrists hate it."])
        add("lid", ["Does it come with a lid?", "Is a lid included?"],
            yes(lid, "Yes, a matching lid is included.", "No, the lid is sold separately."),
            [yes(lid, "The lid fits snugly.", "No lid, but one I already had fits.")],
            [yes(lid, "The lid rattles and doesn't sit flat.", "No lid included, which at this price is cheeky.")])
        if f["seasoned"]:
            add("seasoning", ["Does it need seasoning before first use?", "Is it pre-seasoned?"],
                "It comes pre-seasoned with vegetable oil, so you can cook right away; each use builds the seasoning further.",
                ["The seasoning builds up nicely, eggs slide right off now."], ["Everything sticks, the seasoning is patchy."])
        add("warranty", ["What warranty do you offer?", "Is there a guarantee?"],
            f"{p['brand'][0]} gives a {f['warranty']}-year warranty on the {p['series']} range.")
    elif p["cat"] in ("throws", "cushions"):
        add("wash", ["Can I wash it in the machine?", "How should I wash it?"],
            f"{f['wash']}; dry flat and avoid the tumble dryer.",
            ["Washed it already and it came out just as soft."], ["Shrank noticeably after the first wash."])
        add("pilling", ["Does it pill after a while?", "Does the fabric bobble?"],
            "Some light pilling can appear where it rubs most; a fabric shaver removes it easily.",
            ["No pilling after a whole winter."], ["Pilled badly after a couple of weeks."])
        if p["cat"] == "throws":
            add("shedding", ["Does it shed?", "Does it leave fluff everywhere?"],
                "It may shed a little during the first few uses; a cold wash or a shake outdoors helps.",
                ["No shedding at all, even on my dark sofa."], ["Sheds fluff all over the sofa and my clothes."])
            add("warmth", ["Is it warm enough for winter?", "How warm is it?"],
                yes(f["wool"], "Yes, the wool is dense and properly warm for winter evenings.",
                    "It is a mid-weight throw – cosy for evenings, but not a winter duvet."),
                ["Lovely and warm on cold evenings."], ["Much thinner and less warm than I expected."])
            if f["wool"]:
                add("itch", ["Is it itchy?", "Does the wool feel scratchy?"],
                    "The yarn is brushed for softness; most customers don't find it itchy, though very sensitive skin may.",
                    ["Not itchy at all, which surprised me for wool."], ["Too scratchy to use on bare skin."])
        else:
            ins, zp = f["insert"], f["zip"]
            add("insert", ["Does it come with an insert?", "Is the filling included?"],
                yes(ins, f"Yes, it comes with a {f['fill']} insert.", "No, this is the cover only; inserts are sold separately."),
                [yes(ins, "The insert is plump and keeps its shape.", "Cover only, but it fits my old insert perfectly.")],
                [yes(ins, "The insert went flat within weeks.", "Cover only – I thought the insert was included.")])
            add("zip", ["Does the cover have a zip?", "Is the zip hidden?"],
                yes(zp, "Yes, there is a concealed zip along the bottom edge.", "It has an envelope closure at the back, no zip."),
                [yes(zp, "The hidden zip is neat and runs smoothly.", "Envelope back, no zip to break – I like it.")],
                [yes(zp, "The zip broke the second time I used it.", "The envelope opening gapes – I'd prefer a zip.")])
            add("fading", ["Will it fade in the sun?", "Is the fabric colourfast?"],
                "The fabric is colourfast, but like all dyed textiles it can fade in strong direct sun over time.",
                ["Sits in a sunny window and hasn't faded."], ["Faded after one summer by the window."])
    elif p["cat"] == "candles":
        add("burn", ["How long does it burn?", "What is the burn time?"],
            f"Each tealight burns for about {burn_hours(p)} hours." if t == "tealights" else f"It burns for approximately {burn_hours(p)} hours.",
            ["Burns for ages – I'm on week five.", "Easily got the full burn time out of it."],
            ["Burnt down in a few evenings, nowhere near the stated burn time."])
        if f["scent"]:
            add("scent", ["How strong is the scent?", "Does it smell strong when unlit?"],
                f"The {f['scent']} scent is noticeable in a medium-sized room without being overpowering.",
                [f"The {f['scent']} scent is gorgeous and fills the room.", "Lovely scent, subtle but there."],
                ["Can barely smell the scent once lit.", f"The {f['scent']} scent smells artificial, gave me a headache."])
            add("jar", ["Can I reuse the jar?", "What do I do with the empty jar?"],
                "Yes – pour in hot water once the wax is gone, lift out the leftover wax and the jar is ready to reuse.",
                ["The jar is so pretty I'll reuse it for pens."], ["The jar cracked near the end of the burn."])
        add("soot", ["Does it tunnel or smoke?", "Does it leave soot?"],
            f"If the first burn lasts until the whole surface melts it burns evenly, and the {f['wick']} wick makes very little soot.",
            ["Burns evenly, no tunnelling and no soot."], ["Tunnelled badly and left soot marks."])
        add("wick", ["Is the wick cotton or wood?", "What kind of wick does it have?"], f"It has a {f['wick']} wick.",
            [yes(f["wick"] == "wooden", "The wooden wick crackles like a tiny fireplace.", "The cotton wick lights easily every time.")],
            [yes(f["wick"] == "wooden", "The wooden wick keeps going out.", "The wick drowned after two burns.")])
        add("vegan", ["Is this candle vegan?", "Does it contain animal products?"],
            yes(m == "Beeswax", "No, it is made with beeswax, so it is not vegan.", "Yes, the wax is plant-based and it contains no animal products."))
    else:
        g = f["gsm"]
        add("absorbency", ["Is it absorbent?", "How well does it dry you?"],
            f"At {g} gsm it is very absorbent." if g >= 500 else "The lighter weave absorbs well and dries quickly.",
            ["Really absorbent, soaks up everything."], ["Just pushes the water around, not absorbent at all."])
        add("lint", ["Does it shed lint?", "Will it leave fluff on me?"],
            "Expect a little lint during the first two washes; it stops after that.",
            ["No lint, even from the first wash."], ["Left lint all over me and the bathroom floor."])
        add("wash", ["What temperature can I wash it at?", "Can it be washed hot?"],
            f"It can be washed at up to {f['wash']} °C; skip fabric softener to keep it absorbent.",
            [f"Still soft after many washes at {f['wash']} degrees."], ["Went hard and scratchy after a few washes."])
        add("thickness", ["How thick is it?", "What is the gsm?"], f"It is {g} gsm" + (" – plush and heavy." if g >= 600 else "."),
            [yes(g >= 500, "Lovely thick, plush towel.", "Lightweight, which is what I wanted.")], ["Much thinner than I expected."])
        add("drying", ["Does it dry quickly?", "How long does it take to dry?"],
            "Yes, the lighter weave dries quickly, even indoors." if g < 500 else "Being dense, it takes a little longer to dry on a rail.",
            ["Dries quickly on the rail."], ["Takes forever to dry and starts to smell musty."])
    return out


# ---------------------------------------------------------------- reviews
R_OPEN = {
    5: ["Absolutely love this {t}.", "Exactly what I was looking for.", "Beautiful quality, would buy again.",
        "Five stars from me.", "Gorgeous {t}, really happy with it.", "Très joli – exactly what I wanted.",
        "Best {t} I've owned.", "Wow."],
    4: ["Really nice {t}.", "Very happy overall.", "Good quality for the price.", "Nice {t}, does the job well.",
        "Solid {t} from {brand}."],
    3: ["It's okay, nothing special.", "Mixed feelings about this one.", "Decent, but not quite what I expected.",
        "It’s “fine”, I guess.", "Average {t}."],
    2: ["Disappointed, to be honest.", "Not great.", "Expected more from {brand}.",
        'Not quite the "premium" {t} I was promised.', "Looks nicer in the photos."],
    1: ["Really poor quality.", "Would not recommend.", "Sent it straight back.", "Complete waste of money.",
        "Worst purchase this year.", "Awful {t}."],
}
R_TITLE = {5: ["Love it", "Perfect", "Beautiful", "Great quality", "Exactly as pictured", "Superb!"],
           4: ["Very nice", "Good buy", "Happy with it", "Nice, small flaw"],
           3: ["Okay", "Average", "Mixed feelings", "It's fine", "So-so"],
           2: ["Disappointing", "Not as described", "Meh", "Expected better"],
           1: ["Avoid", "Terrible", "Returned", "Don't buy", "Very poor"]}
R_CLOSE = {"pos": ["Would definitely buy again.", "Highly recommend!", "Already ordered a second one.",
                   "Würde ich wieder kaufen!"],
           "neg": ["Returning it.", "Won't be ordering again.", "Asked for a refund."],
           "mix": ["Might keep it, not sure yet.", "Okay for the price."]}
GENERIC = [dict(key="delivery", pos=["Arrived in two days – very well packed.", "Fast delivery, no complaints."],
                neg=["Took almost three weeks to arrive.", "Delivery was late and nobody answered my messages."]),
           dict(key="packaging", pos=["Lovely recycled packaging with a handwritten note."],
                neg=["The box was crushed on arrival.", "Way too much plastic in the parcel."])]
NAMES = ["anna.schmidt", "j.miller", "lena_k", "tom.becker84", "sophie.martin", "m.rossi", "k.nowak", "eva.lindqvist"]


def pii(rng, kind):
    if kind == "email":  # reserved example domains only
        addr = f"{rng.pick(NAMES)}{rng.int(1, 99)}@{rng.pick(['example.com', 'example.org', 'example.net'])}"
        return rng.pick([f"Happy to send photos: {addr}", f"If the seller reads this, email me at {addr}.",
                         f"Contact {addr} if you have questions."])
    if kind == "phone":  # invented numbers in common formats
        num = rng.pick([f"+49 30 {rng.int(1000000, 9999999)}", f"(555) {rng.int(100, 999)}-{rng.int(1000, 9999)}",
                        f"020 7946 0{rng.int(100, 999)}", f"0171 {rng.int(1000000, 9999999)}"])
        return rng.pick([f"Call me on {num} if you need details.", f"Customer service ({num}) sorted it out."])
    n = rng.int(400000, 499999)
    return rng.pick([f"Ref. order #KL-{n}.", f"Order {n}, for the record.", f"(order #KL-{n})"])


def near_dup(text, rng):
    """One small edit -- punctuation, one word or case -- as double submissions look."""
    swaps = [(".", "!"), ("Really ", "Very "), (" really ", " very "), ("love", "adore"), ("nice", "lovely"),
             (", ", " "), (" – ", " - "), ("arrived", "came")]
    for old, new in rng.shuffle(swaps):
        if old in text:
            return text[::-1].replace(old[::-1], new[::-1], 1)[::-1] if old == "." else text.replace(old, new, 1)
    return text[0].lower() + text[1:]


def build_reviews(rng, catalog, topics):
    quotas = {5: 570, 4: 370, 3: 190, 2: 150, 1: 190}  # J-shaped like real shops; every star well represented
    ratings = rng.shuffle([r for r in (5, 4, 3, 2, 1) for _ in range(quotas[r])])
    weights = {r: [p["pop"] * (p["quality"] if r >= 4 else 1 - p["quality"] if r <= 2 else .5) + .02
                   for p in catalog] for r in quotas}  # good products collect good reviews
    covered, rows, seen = {p["id"]: [] for p in catalog}, [], set()
    for rating in ratings:
        p = rng.weighted(catalog, weights[rating])
        talk = [t for t in topics[p["id"]] if t["pos"]] + GENERIC
        pol = "pos" if rating >= 4 else "neg" if rating <= 2 else "mix"
        while True:  # compose until new for this product: exact duplicates are only the planted ones
            sents = [rng.pick(R_OPEN[rating]).format(t=p["type"].lower(), brand=p["brand"][0])]
            if pol == "mix":
                a, b = rng.sample(talk, 2)
                picks = [("pos", a, ""), ("neg", b, rng.pick(["But ", "On the other hand, ", "However, "]))]
            else:
                picks = [(pol, t, "") for t in rng.sample(talk, rng.weighted([0, 1, 2], [15, 50, 35]))]
                if rating == 4 and len(picks) < 2 and rng.chance(.35):
                    picks.append(("neg", rng.pick([t for t in talk if all(t is not x[1] for x in picks)]), "Only downside: "))
            for side, topic, prefix in picks:
                s = rng.pick(topic[side])
                sents.append(prefix + (s[0].lower() + s[1:] if prefix and not s.startswith("I ") else s))
            if len(sents) < 4 and rng.chance(.35):
                sents.append(rng.pick(R_CLOSE[pol]))
            text = ("\n" if rng.chance(.04) else " ").join(sents)
            if (p["id"], text) not in seen:
                break
        seen.add((p["id"], text))
        for _, topic, _ in picks:
            if topic["key"] not in covered[p["id"]]:
                covered[p["id"]].append(topic["key"])
        title = "" if rng.chance(.04) else rng.pick(R_TITLE[rating])
        rows.append([p["id"], rating, title, text, START.date() + datetime.timedelta(days=rng.int(0, 730))])
    order = rng.shuffle(list(range(len(rows))))
    for kind, idx in (("email", order[:30]), ("phone", order[30:50]), ("order", order[50:70])):
        for i in idx:
            rows[i][3] += " " + pii(rng, kind)
    for k, i in enumerate(rng.sample(range(len(rows)), 30)):  # 15 exact then 15 near duplicates
        copy = list(rows[i])
        copy[4] = min(copy[4] + datetime.timedelta(days=rng.int(0, 2)), datetime.date(2025, 12, 31))
        if k >= 15:
            copy[3] = near_dup(copy[3], rng)
        rows.append(copy)
    rows.sort(key=lambda r: r[4])  # stable: ties keep creation order
    return [[f"R-{i + 1:05d}", *r[:4], r[4].isoformat()] for i, r in enumerate(rows)], covered


# ---------------------------------------------------------------- questions
def build_questions(rng, catalog, topics, covered, total=450, n_covered=135):
    """~30% ask about something the product's reviews discuss; the rest about things they don't."""
    rows, used, pops = [], set(), [p["pop"] + .3 for p in catalog]
    while len(rows) < total:
        want = len(rows) < n_covered
        p = rng.weighted(catalog, pops)
        cands = [t for t in topics[p["id"]] if (t["key"] in covered[p["id"]]) == want and (p["id"], t["key"]) not in used]
        if not cands:
            continue
        t = rng.pick(cands)
        used.add((p["id"], t["key"]))
        q = rng.pick(["", "", "", "Hi! ", "Quick question: "]) + rng.pick(t["qs"]) + rng.pick(["", "", " Thanks!", " Thank you."])
        q = q.lower() if rng.chance(.1) else q
        a = rng.pick(["", "", "", "Thanks for asking! ", "Hi, "]) + t["answer"]
        rows.append([p["id"], q, a, when(rng)])
    rows.sort(key=lambda r: r[3])
    return [[f"Q-{i + 1:05d}", r[0], r[1], r[2], r[3].isoformat()] for i, r in enumerate(rows)]


def build_open_questions(catalog, topics, covered, first, total=30, n_covered=20):
    """Questions the shop has not answered yet (the newest): most about something the product's
    reviews discuss, so a model can draft an answer from them. A stream of their own, so every
    other file stays as it was."""
    rng, rows, used = Rng(SEED + 1), [], set()
    latest = START + datetime.timedelta(seconds=SPAN_S)
    while len(rows) < total:
        want = len(rows) < n_covered
        p = rng.pick(catalog)
        cands = [t for t in topics[p["id"]] if (t["key"] in covered[p["id"]]) == want and (p["id"], t["key"]) not in used]
        if not cands:
            continue
        t = rng.pick(cands)
        used.add((p["id"], t["key"]))
        q = rng.pick(["", "", "Hi! ", "Quick question: "]) + rng.pick(t["qs"]) + rng.pick(["", " Thanks!"])
        rows.append([p["id"], q, "", latest + datetime.timedelta(hours=rng.int(1, 24 * 14))])
    rows.sort(key=lambda r: r[3])
    return [[f"Q-{first + i:05d}", r[0], r[1], r[2], r[3].isoformat()] for i, r in enumerate(rows)]


# ---------------------------------------------------------------- searches
NOUN = {"Towel Set": "bath towel set", "Scented Candle": "candle", "Travel Tin Candle": "travel candle"}


def make_query(p, rng):
    noun, c, m = NOUN.get(p["type"], p["type"].lower()), p["color"].lower(), p["material"].lower()
    m = m.replace(" wax", "").replace(" blend", "")
    s = p["size"].replace(" cm", "").replace(" ml", "ml").replace(" L", "l").lower()
    pats = [f"{c} {noun}", f"{m} {noun}", f"{noun} {s}", f"{m} {noun} {s}", f"{c} {m} {noun}",
            f"{p['brand'][0].lower()} {noun}", noun + "s" if not noun.endswith("s") else noun]
    if p["facts"].get("scent"):
        pats += [f"{m} candle {p['facts']['scent'].split()[0].lower()}", f"{p['facts']['scent'].lower()} candle"]
    q = rng.pick(pats)
    if rng.chance(.03):  # the odd typo
        i = rng.int(0, len(q) - 2)
        q = q[:i] + q[i + 1] + q[i] + q[i + 2:]
    return q


def build_searches(rng, catalog, n=700):
    by_type = {}
    for p in catalog:
        by_type.setdefault(p["type"], []).append(p)
    pops = [p["pop"] for p in catalog]
    sessions = []
    for _ in range(n):
        target = rng.weighted(catalog, pops)
        q, shown = make_query(target, rng), [(target, 3)]
        size = rng.int(3, 6)
        n_sub = min(rng.int(1, 2), size - 2)
        n_comp = rng.int(0, size - 2 - n_sub)
        pools = [(by_type[target["type"]], 2, n_sub),
                 ([x for t in COMPLEMENTS[target["type"]] for x in by_type.get(t, [])], 1, n_comp),
                 ([x for x in catalog if x["cat"] != target["cat"]], 0, size - 1 - n_sub - n_comp)]
        for pool, level, k in pools:
            for _ in range(50):
                if sum(1 for _, lv in shown if lv == level) >= k:
                    break
                x = rng.weighted(pool, [y["pop"] for y in pool])
                if all(x is not y for y, _ in shown):
                    shown.append((x, level))
        # imperfect ranker: relevance plus noise, so relevant items are not always on top
        ranked = sorted(((lv + rng.random() * 2.2, i, x, lv) for i, (x, lv) in enumerate(shown)), key=lambda r: (-r[0], r[1]))
        rows = []
        for pos, (_, _, x, lv) in enumerate(ranked, 1):
            bias = 1 / (1 + .25 * (pos - 1))  # users click the top more
            click = rng.chance(bias * [.03, .15, .4, .85][lv])
            cart = click and rng.chance([0, .35, .25, .55][lv])
            buy = cart and lv == 3 and rng.chance(.8)  # purchases only of the item searched for
            rows.append([q, x["id"], pos, int(click), int(cart), int(buy)])
        sessions.append((when(rng), rows))
    sessions.sort(key=lambda s: s[0])
    return [[f"S-{i + 1:05d}", *r[:6], ts.isoformat()] for i, (ts, rows) in enumerate(sessions) for r in rows]


# ---------------------------------------------------------------- orders
CAT_WEIGHT = {"mugs": .22, "cookware": .14, "throws": .16, "cushions": .18, "candles": .18, "towels": .12}
RELATED = {"mugs": ["cookware", "candles"], "cookware": ["mugs"], "throws": ["cushions", "candles"],
           "cushions": ["throws", "candles"], "candles": ["towels", "cushions", "throws"], "towels": ["candles"]}


def build_orders(rng, catalog, n_customers=400):
    cats = list(CAT_WEIGHT)
    by_cat, by_type = {}, {}
    for p in catalog:
        by_cat.setdefault(p["cat"], []).append(p)
        by_type.setdefault(p["type"], []).append(p)
    orders = []
    for cno in range(1, n_customers + 1):
        cust = f"C-{cno:05d}"
        home = rng.weighted(cats, [CAT_WEIGHT[c] for c in cats])  # affinity: one home category
        fav_col = rng.pick(CATEGORIES[cats.index(home)][5])
        fav_brand = rng.pick([b[0] for b in BRANDS if home in b[2]])
        owned, prev = [], home
        n = rng.weighted(list(range(3, 16)), [16 - k for k in range(3, 16)])

        def choose(pool):
            w = [x["pop"] * (2.5 if x["color"] == fav_col else 1) * (2 if x["brand"][0] == fav_brand else 1)
                 * (.2 if x["mpn"] in owned else 1) for x in pool]
            return rng.weighted(pool, w)
        for ts in sorted(when(rng) for _ in range(n)):
            cat = rng.weighted([home, rng.pick(RELATED[prev]), rng.pick(cats)], [.5, .3, .2])
            first = choose(by_cat[cat])
            lines = [first]
            for _ in range(rng.weighted([0, 1, 2], [70, 22, 8])):  # co-purchases
                same = [x for x in by_cat[first["cat"]] if x["series"] == first["series"] and x["brand"] == first["brand"]
                        and x["type"] == first["type"] and x["mpn"] != first["mpn"]]
                pool = same if same and rng.chance(.5) else by_type.get(rng.pick(COMPLEMENTS[first["type"]]), [])
                if pool:
                    x = choose(pool)
                    if all(x is not y for y in lines):
                        lines.append(x)
            for x in lines:
                owned.append(x["mpn"])
                bulk = x["type"] in ("Mug", "Espresso Cup", "Tea Cup", "Tealights", "Hand Towel", "Bath Towel", "Guest Towel")
                qty = rng.weighted([1, 2, 3, 4], [60, 25, 8, 7] if bulk else [88, 9, 2, 1])
                orders.append((ts, cust, len(orders), x["id"], qty))
            prev = cat
    orders.sort(key=lambda o: (o[0], o[2]))
    rows, oid, last = [], 400117, None
    for ts, cust, _, pid, qty in orders:
        if (ts, cust) != last:
            oid, last = oid + rng.int(1, 9), (ts, cust)  # gaps: other channels share the counter
        rows.append([f"KL-{oid}", cust, pid, qty, ts.isoformat()])
    return rows


# ---------------------------------------------------------------- output
def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")  # RFC 4180 quoting, '\n' line ends, no BOM
        w.writerow(header)
        w.writerows(rows)


def write_readme(path, counts):
    text = f"""# Kettle & Loom — demo shop data

Synthetic exports of a fictional small online homeware shop, "Kettle & Loom". Every product,
review, question, search and order is invented; no real shop, customer or person is behind them.
E-mail addresses use the reserved `example.com/.org/.net` domains; phone and order numbers are
random. Brands (Nordvik, Hallen & Co, Loomwell, …) are made up.

Made by `resources/demo/generate_demo_shop.py` (Python 3 standard library, fixed seed
`random.Random({SEED})`); reruns are byte-identical:

    /usr/bin/python3 resources/demo/generate_demo_shop.py resources/demo/shop

All files are UTF-8 CSV without BOM, RFC 4180 quoting (fields with commas, quotes or newlines are
quoted, quotes doubled), `\\n` line endings, one header row.

| File | Rows | One row per | Columns |
|---|---|---|---|
| catalog.csv | {counts['catalog']} | product listing | product_id, title, description, bullet_points, brand, price, category, gtin, mpn, color, size, material |
| reviews.csv | {counts['reviews']} | review | review_id, product_id, rating, review_title, review_text, date |
| questions.csv | {counts['questions']} | customer question | question_id, product_id, question, answer, asked_at |
| searches.csv | {counts['searches']} | search impression ({counts['sessions']} sessions) | session_id, query, product_id, position, clicked, added_to_cart, purchased, searched_at |
| orders.csv | {counts['orders']} | order line ({counts['order_ids']} orders, {counts['customers']} customers) | order_id, customer_id, product_id, quantity, ordered_at |

## What is in them

- **catalog.csv** — six categories given as paths (`Home > Kitchen > Mugs & Cups`, `… > Cookware`,
  `Home > Textiles > Throws & Blankets`, `… > Cushions`, `Home > Decor > Candles`, `Home > Bath > Towels`),
  ten brands, several spanning categories. Products come in series of colour/size variants. Some
  descriptions carry the shop editor's light HTML (`<p>`, `<br>`, `<strong>`); `bullet_points` are
  joined by ` | `. `price` is a plain number with two decimals. The `color`, `size` and `material`
  values usually appear verbatim in the title, sometimes only in the description or only in the
  bullets, sometimes nowhere; some cells are empty. `gtin` is an EAN-13; a few are empty and 3 have
  a wrong check digit (typos). 25 items are listed twice under different `product_id`s with the same
  `gtin` and `mpn` but reworded title/description and sometimes a different price.
- **reviews.csv** — ratings 1–5, skewed positive but every star well represented; the text's
  sentiment follows the rating. Dates are `YYYY-MM-DD`. Messy on purpose: ~30 reviews contain an
  e-mail address, ~20 a phone number, ~20 an order number; 15 are exact duplicates and 15 near
  duplicates of other reviews (new `review_id`); some use non-ASCII (é, ü, –, “ ”), embedded newlines
  or double quotes.
- **questions.csv** — shopper questions with the shop's answer, consistent with the catalog. About
  30% ask about something that product's reviews discuss (answerable from reviews); the rest ask
  about things no review of it mentions. The newest 30 have no answer yet (most of them about
  something the reviews discuss): the questions "Draft answers" is for.
- **searches.csv** — each session shows 3–6 products for one query (positions 1..n). The item the
  shopper was after is usually clicked and is the only one purchased; same-type substitutes and
  complements get some clicks and carts; items from other categories are shown but rarely clicked.
  `clicked`, `added_to_cart`, `purchased` are 0/1 and nested (purchase ⇒ cart ⇒ click).
- **orders.csv** — customers with 3–15 orders each over 2024–2025 (`YYYY-MM-DDTHH:MM:SS`), a home
  category and favourite colour/brand, so co-purchase and next-item patterns exist; about 30% of
  orders have 2–3 lines (same-series variants or complements such as pan + saucepan, throw + cushion).

## Licence

Made by the ShopTuner project; same licence as the project (MIT, see `LICENSE` at the repository root).
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "shop")
    os.makedirs(out, exist_ok=True)
    rng = Rng(SEED)  # a random.Random(SEED); one stream, consumed in a fixed order: catalog, reviews, questions, searches, orders
    catalog = build_catalog(rng)
    topics = {p["id"]: topics_for(p) for p in catalog}
    reviews, covered = build_reviews(rng, catalog, topics)
    questions = build_questions(rng, catalog, topics, covered)
    searches = build_searches(rng, catalog)
    orders = build_orders(rng, catalog)
    questions += build_open_questions(catalog, topics, covered, len(questions) + 1)
    write_catalog(os.path.join(out, "catalog.csv"), catalog)
    write_csv(os.path.join(out, "reviews.csv"),
              ["review_id", "product_id", "rating", "review_title", "review_text", "date"], reviews)
    write_csv(os.path.join(out, "questions.csv"), ["question_id", "product_id", "question", "answer", "asked_at"], questions)
    write_csv(os.path.join(out, "searches.csv"), ["session_id", "query", "product_id", "position", "clicked",
                                                  "added_to_cart", "purchased", "searched_at"], searches)
    write_csv(os.path.join(out, "orders.csv"), ["order_id", "customer_id", "product_id", "quantity", "ordered_at"], orders)
    write_readme(os.path.join(out, "README.md"), dict(
        catalog=len(catalog), reviews=len(reviews), questions=len(questions), searches=len(searches),
        sessions=len({r[0] for r in searches}), orders=len(orders), order_ids=len({r[0] for r in orders}),
        customers=len({r[1] for r in orders})))


if __name__ == "__main__":
    main()
