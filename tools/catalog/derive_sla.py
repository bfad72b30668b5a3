#!/usr/bin/env python3
"""Derive per-service SLA hours from real NYC 311 extracts.

For each (agency, complaint type) the SLA is the median of (Due Date - Created Date)
in hours over every record, in every given extract, that has both dates; values that
are negative, zero or longer than one year are ignored. The result is rounded to the
nearest whole hour (minimum 1).

Usage:
    python3 derive_sla.py /work/shared/data/nyc311            # a directory (all *.csv with the two columns)
    python3 derive_sla.py FILE.csv [FILE.csv ...]              # or explicit files

Output (stdout, CSV): code,agency,complaint_type,n_rows,median_hours,sla_hours
where code = slug(agency + "-" + complaint type), the service code used in
src/main/resources/catalog/demo-catalog.json. (The catalog resolves the one slug
collision in the taxonomy, DSNY "Litter Basket Request" vs "Litter Basket / Request",
by suffixing "-2" to the later row, so join on agency + complaint_type, not on code.)
A per-file summary goes to stderr.

Date formats handled (they differ per download path):
  portal exports      "MM/DD/YYYY hh:mm:ss AM"
  spreadsheet re-save "m/d/yy H:MM"  (file has CR line endings: opened with newline='')
  Socrata API         "YYYY-MM-DDTHH:MM:SS.fff"
This is a reproducibility tool; the build does not run it.
"""
import csv
import glob
import os
import re
import statistics
import sys
from datetime import datetime

MAX_HOURS = 366 * 24  # "absurd": more than a year
FORMATS = (
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%y %H:%M",
    "%m/%d/%Y %H:%M",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
)
CREATED = ("created date", "createddate", "created_date")
DUE = ("due date", "duedate", "due_date")
AGENCY = ("agency",)
TYPE = ("complaint type", "complainttype", "complaint_type")
KEY = ("unique key", "uniquekey", "unique_key")


def slug(text):
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s


def service_code(agency, complaint_type):
    return slug(agency + "-" + complaint_type)[:60].strip("-")


def parse(value):
    value = (value or "").strip()
    if not value:
        return None
    for fmt in FORMATS:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            pass
    return None


def find(header, names):
    norm = {h.strip().lower().lstrip("\ufeff"): i for i, h in enumerate(header)}
    for n in names:
        if n in norm:
            return norm[n]
    return None


def files_from(args):
    out = []
    for a in args:
        if os.path.isdir(a):
            out.extend(sorted(glob.glob(os.path.join(a, "*.csv"))))
        else:
            out.append(a)
    return out


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    samples = {}   # (agency, complaint type) -> [hours]
    seen_keys = set()
    for path in files_from(argv):
        # newline='' lets the csv module handle CR-only line endings and quoted multi-line fields
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f)
            header = next(reader, None)
            if not header:
                continue
            ic, idue, ia, it, ik = (find(header, n) for n in (CREATED, DUE, AGENCY, TYPE, KEY))
            if ic is None or idue is None or ia is None or it is None:
                print(f"{os.path.basename(path)}: skipped (no created/due date columns)", file=sys.stderr)
                continue
            total = with_both = used = dup = bad = unparsed = 0
            for row in reader:
                if len(row) < len(header):
                    row = row + [""] * (len(header) - len(row))
                total += 1
                if ik is not None and row[ik]:
                    if row[ik] in seen_keys:
                        dup += 1
                        continue
                    seen_keys.add(row[ik])
                c_raw, d_raw = row[ic].strip(), row[idue].strip()
                if not c_raw or not d_raw:
                    continue
                with_both += 1
                c, d = parse(c_raw), parse(d_raw)
                if c is None or d is None:
                    unparsed += 1
                    continue
                hours = (d - c).total_seconds() / 3600.0
                if hours <= 0 or hours > MAX_HOURS:
                    bad += 1
                    continue
                key = (row[ia].strip(), re.sub(r"\s+", " ", row[it].strip()))
                samples.setdefault(key, []).append(hours)
                used += 1
            print(f"{os.path.basename(path)}: records={total} with_both_dates={with_both} "
                  f"used={used} ignored_nonpositive_or_over_1y={bad} unparsed={unparsed} "
                  f"duplicate_keys={dup}", file=sys.stderr)
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["code", "agency", "complaint_type", "n_rows", "median_hours", "sla_hours"])
    for (agency, ctype), hours in sorted(samples.items()):
        med = statistics.median(hours)
        w.writerow([service_code(agency, ctype), agency, ctype, len(hours),
                    f"{med:.2f}", max(1, int(round(med)))])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
