import json, re, csv, collections, sys
P = "/work/main/src/main/resources/catalog/demo-catalog.json"
raw = open(P, encoding="utf-8").read()
d = json.loads(raw)
errs = []
def err(m): errs.append(m)
assert set(d) == {"source", "agencies", "services"}, d.keys()
if not d["source"].strip(): err("empty source")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
def text(o, where):
    if not isinstance(o, dict) or set(o) != {"en", "es"}: err(f"{where}: not an en/es object: {o!r}"); return
    for k in ("en", "es"):
        if not isinstance(o[k], str) or not o[k].strip(): err(f"{where}: empty {k}")
# agencies
ag = {}
tax_ag = {r["agency"] for r in csv.DictReader(open("/work/shared/data/nyc311/nyc311_agencies.csv"))}
for a in d["agencies"]:
    if a["code"] in ag: err(f"dup agency {a['code']}")
    ag[a["code"]] = a
    text(a["name"], f"agency {a['code']} name")
    for k in ("email", "phone", "url", "parent", "escalation"):
        if k not in a: err(f"agency {a['code']} missing {k}")
    esc = a["escalation"]
    if not 2 <= len(esc) <= 4: err(f"agency {a['code']}: {len(esc)} escalation levels")
    if [e["level"] for e in esc] != list(range(1, len(esc) + 1)): err(f"agency {a['code']}: levels")
    hs = [e["delay_hours"] for e in esc]
    if any(not isinstance(h, int) or h < 0 for h in hs) or any(b <= a_ for a_, b in zip(hs, hs[1:])): err(f"agency {a['code']}: delays {hs}")
    for e in esc: text(e["title"], f"agency {a['code']} esc {e['level']}"); 
for a in ag.values():
    if a["parent"] is not None and a["parent"] not in ag: err(f"agency {a['code']} parent {a['parent']} unknown")
missing = tax_ag - set(ag)
if missing: err(f"agencies missing from catalog: {missing}")
# services
codes = set(); dt = collections.Counter(); types = collections.Counter(); src = collections.Counter()
nyc = cdmx = 0
for s in d["services"]:
    c = s["code"]
    if c in codes: err(f"dup service {c}")
    codes.add(c)
    if not SLUG.match(c) or len(c) > 60: err(f"bad slug {c}")
    if s["agency"] not in ag: err(f"{c}: unknown agency {s['agency']}")
    if c.startswith("cdmx-"): cdmx += 1
    else: nyc += 1
    for k in ("name", "description", "group"): text(s[k], f"{c} {k}")
    kw = s["keywords"]
    if set(kw) != {"en", "es"}: err(f"{c}: keywords keys")
    for lang in ("en", "es"):
        if not 2 <= len(kw[lang]) <= 6 or any(not isinstance(w, str) or not w.strip() for w in kw[lang]): err(f"{c}: keywords {lang}")
    if not isinstance(s["sla_hours"], int) or isinstance(s["sla_hours"], bool) or s["sla_hours"] <= 0: err(f"{c}: sla {s['sla_hours']}")
    if s["sla_source"] not in ("derived", "assumed"): err(f"{c}: sla_source")
    src[s["sla_source"]] += 1
    if s["type"] not in ("realtime", "batch", "blackbox"): err(f"{c}: type")
    types[s["type"]] += 1
    if s["active"] is not True and s["active"] is not False: err(f"{c}: active")
    orders = [a["order"] for a in s["attributes"]]
    if sorted(orders) != list(range(1, len(orders) + 1)): err(f"{c}: orders {orders}")
    acodes = [a["code"] for a in s["attributes"]]
    if len(set(acodes)) != len(acodes): err(f"{c}: dup attribute codes")
    for a in s["attributes"]:
        dt[a["datatype"]] += 1
        text(a["description"], f"{c}/{a['code']} description")
        if not isinstance(a["required"], bool): err(f"{c}/{a['code']}: required")
        if a["datatype"] in ("singlevaluelist", "multivaluelist"):
            vals = a.get("values") or []
            if not vals: err(f"{c}/{a['code']}: no values")
            keys = [v["key"] for v in vals]
            if len(set(keys)) != len(keys): err(f"{c}/{a['code']}: dup keys")
            for v in vals:
                if not SLUG.match(v["key"]): err(f"{c}/{a['code']}: bad key {v['key']}")
                text(v["name"], f"{c}/{a['code']}/{v['key']}")
        elif a["datatype"] in ("string", "number", "datetime", "text"):
            if "values" in a: err(f"{c}/{a['code']}: values on {a['datatype']}")
        else:
            err(f"{c}/{a['code']}: unknown datatype {a['datatype']}")
# taxonomy coverage & descriptor fidelity
tax = list(csv.DictReader(open("/work/shared/data/nyc311/nyc311_complaint_type_agency_taxonomy.csv", encoding="utf-8")))
svc_by_code = {s["code"]: s for s in d["services"]}
nyc_svcs = [s for s in d["services"] if not s["code"].startswith("cdmx-")]
for r, s in zip(tax, nyc_svcs):
    if s["agency"] != r["agency"]: err(f"order/agency mismatch {s['code']}")
    descs = [x for x in r["descriptors"].split(" | ") if x != "N/A"]
    da = [a for a in s["attributes"] if a["code"] == "descriptor"]
    if not descs:
        if da: err(f"{s['code']}: descriptor attribute present but no descriptors")
        continue
    if len(da) != 1: err(f"{s['code']}: descriptor attribute missing"); continue
    da = da[0]
    if [v["name"]["en"] for v in da["values"]] != descs: err(f"{s['code']}: descriptor text differs")
    if da["required"] != (len(descs) >= 2): err(f"{s['code']}: required flag")
    if da["datatype"] != "singlevaluelist" or da["order"] != 1: err(f"{s['code']}: descriptor datatype/order")
if nyc != 164: err(f"NYC services {nyc} != 164")
if not 5 <= cdmx <= 8: err(f"cdmx services {cdmx}")
for t in ("string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"):
    if dt[t] < 1: err(f"datatype {t} unused")
if types["blackbox"] != 1 or not 2 <= types["batch"] <= 3: err(f"types {types}")
extra_svcs = [s for s in d["services"] if any(a["code"] != "descriptor" for a in s["attributes"]) and not s["code"].startswith("cdmx-")]
if len(extra_svcs) < 8: err("fewer than 8 NYC services with extra attributes")
if "\ufffd" in raw: err("replacement character in file")
print(f"agencies={len(ag)} services={len(d['services'])} (nyc={nyc}, cdmx={cdmx})")
print(f"sla: {dict(src)}  types: {dict(types)}")
print(f"attributes by datatype: {dict(dt)}")
print(f"NYC services with extra attributes: {len(extra_svcs)} ({', '.join(s['code'] for s in extra_svcs)})")
print("ERRORS:" if errs else "OK: all checks passed")
for e in errs: print("  -", e)
sys.exit(1 if errs else 0)
