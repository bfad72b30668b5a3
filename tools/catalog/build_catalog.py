#!/usr/bin/env python3
"""One-time generator for src/main/resources/catalog/demo-catalog.json (kept outside the repo)."""
import csv, json, re, subprocess, sys
sys.path.insert(0, "/tmp/onecity_catalog")
from descriptors_es import ES
from services_text import T

DATA = "/work/shared/data/nyc311"
OUT = "/work/main/src/main/resources/catalog/demo-catalog.json"

def slug(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")

def L(en, es):
    return {"en": en, "es": es}

GROUPS = {
    "noise": L("Noise", "Ruido"),
    "streets": L("Streets & Sidewalks", "Calles y aceras"),
    "housing": L("Housing & Buildings", "Vivienda y edificios"),
    "sanitation": L("Sanitation & Cleanliness", "Limpieza y residuos"),
    "parking": L("Parking & Vehicles", "Estacionamiento y vehículos"),
    "health": L("Health", "Salud"),
    "parks": L("Parks & Trees", "Parques y árboles"),
    "consumer": L("Consumer & Business", "Consumo y negocios"),
    "social": L("Social Services", "Servicios sociales"),
    "safety": L("Public Safety", "Seguridad pública"),
    "water": L("Water & Environment", "Agua y medio ambiente"),
    "transport": L("Transportation", "Transporte"),
    "gov": L("Government & Taxes", "Gobierno e impuestos"),
    "education": L("Education", "Educación"),
}

# ---------------------------------------------------------------- agencies
def esc(*levels):
    roles = ["supervisor", "manager", "director", "commissioner"]
    out = []
    for i, (role, en, es, h) in enumerate(levels, 1):
        out.append({"level": i, "role": role, "title": L(en, es), "delay_hours": h})
    return out

AGENCIES = [
 ("NYPD", L("New York City Police Department", "Departamento de Policía de la Ciudad de Nueva York"), None,
  esc(("supervisor", "Precinct desk sergeant", "Sargento de guardia de la comisaría", 0),
      ("manager", "Precinct commanding officer", "Comandante de la comisaría", 4),
      ("commissioner", "Chief of Patrol's office", "Oficina del Jefe de Patrullaje", 24))),
 ("HPD", L("Department of Housing Preservation and Development", "Departamento de Preservación y Desarrollo de la Vivienda"), None,
  esc(("supervisor", "Borough code enforcement supervisor", "Supervisor de inspección de vivienda del distrito", 0),
      ("manager", "Borough office director", "Director de la oficina del distrito", 24),
      ("director", "Deputy Commissioner for Enforcement", "Subcomisionado de Cumplimiento", 72),
      ("commissioner", "Commissioner's office", "Oficina del comisionado", 168))),
 ("DOT", L("Department of Transportation", "Departamento de Transporte"), None,
  esc(("supervisor", "Unit supervisor", "Supervisor de unidad", 0),
      ("manager", "Borough commissioner", "Comisionado del distrito", 48),
      ("commissioner", "Commissioner's office", "Oficina del comisionado", 168))),
 ("DOF", L("Department of Finance", "Departamento de Finanzas"), None,
  esc(("supervisor", "Unit supervisor", "Supervisor de unidad", 24),
      ("director", "Division director", "Director de división", 120),
      ("commissioner", "Commissioner's office", "Oficina del comisionado", 336))),
 ("DOHMH", L("Department of Health and Mental Hygiene", "Departamento de Salud e Higiene Mental"), None,
  esc(("supervisor", "Inspection supervisor", "Supervisor de inspecciones", 0),
      ("director", "Bureau director", "Director de la oficina", 72),
      ("commissioner", "Commissioner's office", "Oficina del comisionado", 240))),
 ("DHS", L("Department of Homeless Services", "Departamento de Servicios para Personas sin Hogar"), None,
  esc(("supervisor", "Outreach team supervisor", "Supervisor del equipo de asistencia en la calle", 0),
      ("director", "Program director", "Director del programa", 12),
      ("commissioner", "Commissioner's office", "Oficina del comisionado", 48))),
 ("DSNY", L("Department of Sanitation", "Departamento de Sanidad"), None,
  esc(("supervisor", "District superintendent", "Superintendente del distrito", 0),
      ("manager", "Borough chief", "Jefe del distrito", 24),
      ("commissioner", "Commissioner's office", "Oficina del comisionado", 96))),
 ("DEP", L("Department of Environmental Protection", "Departamento de Protección Ambiental"), None,
  esc(("supervisor", "Field operations supervisor", "Supervisor de operaciones de campo", 0),
      ("director", "Bureau chief", "Jefe de la oficina", 12),
      ("commissioner", "Commissioner's office", "Oficina del comisionado", 48))),
 ("DPR", L("Department of Parks and Recreation", "Departamento de Parques y Recreación"), None,
  esc(("supervisor", "Park supervisor", "Supervisor de parques", 0),
      ("manager", "Borough commissioner", "Comisionado del distrito", 72),
      ("commissioner", "Commissioner's office", "Oficina del comisionado", 240))),
 ("TLC", L("Taxi and Limousine Commission", "Comisión de Taxis y Limusinas"), None,
  esc(("supervisor", "Consumer relations supervisor", "Supervisor de atención al consumidor", 24),
      ("director", "Division director", "Director de división", 120),
      ("commissioner", "Office of the Chair", "Oficina de la presidencia", 336))),
 ("EDC", L("Economic Development Corporation", "Corporación de Desarrollo Económico"), None,
  esc(("manager", "Program manager", "Gerente del programa", 24),
      ("director", "Vice president's office", "Oficina de la vicepresidencia", 168))),
 ("DCA", L("Department of Consumer Affairs", "Departamento de Asuntos del Consumidor"), None,
  esc(("supervisor", "Complaint mediation supervisor", "Supervisor de mediación de quejas", 24),
      ("director", "Division director", "Director de división", 168),
      ("commissioner", "Commissioner's office", "Oficina del comisionado", 336))),
 ("DOB", L("Department of Buildings", "Departamento de Edificios"), None,
  esc(("supervisor", "Borough inspections supervisor", "Supervisor de inspecciones del distrito", 0),
      ("manager", "Borough commissioner", "Comisionado del distrito", 48),
      ("commissioner", "Commissioner's office", "Oficina del comisionado", 168))),
 ("DFTA", L("Department for the Aging", "Departamento para el Envejecimiento"), None,
  esc(("supervisor", "Program supervisor", "Supervisor del programa", 24),
      ("director", "Bureau director", "Director de la oficina", 96),
      ("commissioner", "Commissioner's office", "Oficina del comisionado", 240))),
 ("DCWP", L("Department of Consumer and Worker Protection", "Departamento de Protección del Consumidor y del Trabajador"), None,
  esc(("supervisor", "Complaint mediation supervisor", "Supervisor de mediación de quejas", 24),
      ("director", "Division director", "Director de división", 120),
      ("commissioner", "Commissioner's office", "Oficina del comisionado", 336))),
 ("DOE", L("Department of Education", "Departamento de Educación"), None,
  esc(("supervisor", "School principal", "Dirección de la escuela", 0),
      ("manager", "Borough facilities director", "Director de instalaciones escolares del distrito", 48),
      ("commissioner", "Chancellor's office", "Oficina del canciller escolar", 168))),
 ("OOS", L("Office of the Sheriff", "Oficina del Sheriff"), "DOF",
  esc(("supervisor", "Deputy sheriff supervisor", "Supervisor de alguaciles adjuntos", 24),
      ("commissioner", "Sheriff's office", "Despacho del Sheriff", 120))),
 ("NYCEM", L("NYC Emergency Management", "Departamento de Manejo de Emergencias de NYC"), None,
  esc(("supervisor", "Public outreach coordinator", "Coordinador de divulgación pública", 24),
      ("commissioner", "Commissioner's office", "Oficina del comisionado", 120))),
 ("SIBISO", L("Mexico City Secretariat of Welfare and Social Equality", "Secretaría de Bienestar e Igualdad Social de la Ciudad de México"), None,
  esc(("supervisor", "Citizen services unit head", "Jefatura de Unidad Departamental de Atención Ciudadana", 0),
      ("director", "Program director general", "Dirección General del programa", 48),
      ("commissioner", "Office of the Secretary", "Oficina de la persona titular de la Secretaría", 120))),
 ("DIF-CDMX", L("Mexico City System for the Integral Development of the Family (DIF)", "Sistema para el Desarrollo Integral de la Familia de la Ciudad de México"), "SIBISO",
  esc(("supervisor", "Citizen services unit head", "Jefatura de Unidad Departamental de Atención Ciudadana", 0),
      ("director", "Executive director", "Dirección Ejecutiva", 48),
      ("commissioner", "Director General's office", "Dirección General", 120))),
]
CDMX = {"SIBISO", "DIF-CDMX"}

def agency_json():
    out = []
    for code, name, parent, chain in AGENCIES:
        out.append({
            "code": code, "name": name,
            "email": f"311-{code.lower()}@demo.onecity.example",
            "phone": "55 5658 1111" if code in CDMX else "311",
            "url": None, "parent": parent, "escalation": chain})
    return out

# ---------------------------------------------------------------- SLA
ASSUMED = {
 "dcwp-consumer-complaint": 336,
 "dep-noise": 168, "dep-water-system": 24, "dep-sewer": 48, "dep-lead": 336, "dep-air-quality": 168,
 "dep-industrial-waste": 168, "dep-hazardous-materials": 4, "dep-water-conservation": 72, "dep-water-quality": 72,
 "dhs-homeless-person-assistance": 4, "dhs-encampment": 72,
 "dob-building-use": 720, "dob-general-construction-plumbing": 240,
 "dob-special-projects-inspection-team-spit": 720, "dob-elevator": 24, "dob-emergency-response-team-ert": 24,
 "dohmh-rodent": 240, "dohmh-smoking-or-vaping": 720, "dohmh-mobile-food-vendor": 720, "dohmh-standing-water": 336,
 "dot-street-light-condition": 240, "dot-traffic-signal-condition": 48, "dot-outdoor-dining": 336,
 "dpr-wood-pile-remaining": 720, "dpr-violation-of-park-rules": 72, "dpr-dead-dying-tree": 720,
 "dsny-request-large-bulky-item-collection": 168, "dsny-dirty-condition": 168, "dsny-illegal-dumping": 168,
 "dsny-derelict-vehicles": 72, "dsny-vendor-enforcement": 168, "dsny-missed-collection": 48,
 "dsny-obstruction": 168, "dsny-residential-disposal-complaint": 336, "dsny-electronics-waste-appointment": 336,
 "dsny-dead-animal": 48, "dsny-dumpster-complaint": 168, "dsny-missed-collection-all-materials": 48,
 "dsny-commercial-disposal-complaint": 336, "dsny-litter-basket-request": 720, "dsny-sanitation-condition": 168,
 "dsny-abandoned-bike": 336, "dsny-illegal-posting": 336, "dsny-street-sweeping-complaint": 168,
 "dsny-other-enforcement": 168, "dsny-dirty-conditions": 168, "dsny-adopt-a-basket": 336,
 "dsny-litter-basket-request-2": 720,
 "hpd-heat-hot-water": 72, "hpd-unsanitary-condition": 336, "hpd-paint-plaster": 720, "hpd-plumbing": 240,
 "hpd-water-leak": 168, "hpd-door-window": 336, "hpd-general": 720, "hpd-electric": 168,
 "hpd-flooring-stairs": 720, "hpd-appliance": 336, "hpd-safety": 72, "hpd-elevator": 72, "hpd-outside-building": 720,
 "nypd-abandoned-vehicle": 8, "nypd-encampment": 8, "nypd-illegal-fireworks": 8, "nypd-drug-activity": 8,
 "nypd-animal-abuse": 8, "nypd-drinking": 8, "nypd-disorderly-youth": 8, "nypd-urinating-in-public": 8,
 "oos-cannabis-retailer": 720,
 "tlc-lost-property": 168, "tlc-taxi-report": 504, "tlc-for-hire-vehicle-report": 504,
}
ASSUMED["dsny-litter-basket-request"] = 720

def derived_sla():
    res = subprocess.run([sys.executable, "/work/main/tools/catalog/derive_sla.py", DATA],
                         capture_output=True, text=True, check=True)
    return {(r["agency"], r["complaint_type"]): int(r["sla_hours"]) for r in csv.DictReader(res.stdout.splitlines())}

# ---------------------------------------------------------------- attributes
def attr(code, datatype, required, en, es, values=None):
    a = {"code": code, "datatype": datatype, "required": required, "order": 0,
         "description": L(en, es)}
    if values is not None:
        a["values"] = [{"key": k, "name": L(ne, ns)} for k, ne, ns in values]
    return a

COLORS = [("black","Black","Negro"),("white","White","Blanco"),("gray","Gray","Gris"),("silver","Silver","Plateado"),
          ("red","Red","Rojo"),("blue","Blue","Azul"),("green","Green","Verde"),("yellow","Yellow","Amarillo"),
          ("brown","Brown","Café"),("other","Other","Otro")]
DETAILS = lambda: attr("details", "text", False, "Anything else we should know? (optional)",
                       "¿Algo más que debamos saber? (opcional)")
PLATE = lambda: attr("vehicle_plate", "string", False, "License plate of the vehicle, if you can see it",
                     "Placa del vehículo, si puede verla")
COLOR = lambda: attr("vehicle_color", "singlevaluelist", False, "Color of the vehicle", "Color del vehículo", COLORS)
START = lambda: attr("start_time", "datetime", False, "When did it start?", "¿Cuándo empezó?")

EXTRA = {
 "nypd-noise-residential": [START(), DETAILS()],
 "nypd-noise-commercial": [START(),
     attr("business_name", "string", False, "Name of the business, if you know it", "Nombre del negocio, si lo sabe")],
 "nypd-illegal-parking": [PLATE(), COLOR(),
     attr("vehicle_type", "singlevaluelist", False, "Type of vehicle", "Tipo de vehículo",
          [("car","Car","Automóvil"),("suv-van","SUV or van","Camioneta o furgoneta"),("truck","Truck","Camión"),
           ("bus","Bus","Autobús"),("motorcycle","Motorcycle","Motocicleta"),("other","Other","Otro")])],
 "nypd-blocked-driveway": [PLATE(), COLOR()],
 "dot-street-light-condition": [
     attr("pole_number", "string", False, "Number painted on the pole, if any", "Número pintado en el poste, si lo tiene"),
     DETAILS()],
 "dot-street-condition": [
     attr("size", "singlevaluelist", False, "About how big is it?", "¿Qué tamaño tiene, aproximadamente?",
          [("small","Smaller than a dinner plate","Más pequeño que un plato"),
           ("medium","About the size of a car tire","Como una llanta de auto"),
           ("large","Larger than a car tire","Más grande que una llanta de auto")]),
     attr("lanes_affected", "number", False, "How many traffic lanes are affected?", "¿Cuántos carriles están afectados?")],
 "hpd-heat-hot-water": [
     attr("apartment", "string", False, "Apartment number (leave empty if the whole building is affected)",
          "Número de apartamento (déjelo vacío si afecta a todo el edificio)"),
     attr("affected_units", "number", False, "How many apartments are affected, as far as you know?",
          "¿Cuántos apartamentos están afectados, que usted sepa?"),
     attr("problem_since", "datetime", False, "Since when has the problem lasted?", "¿Desde cuándo tiene el problema?")],
 "hpd-water-leak": [attr("apartment", "string", False, "Apartment number", "Número de apartamento")],
 "dohmh-rodent": [
     attr("seen_where", "multivaluelist", False, "Where did you see them? (choose all that apply)",
          "¿Dónde los vio? (elija todas las opciones que correspondan)",
          [("inside-building","Inside a building","Dentro de un edificio"),("basement","Basement","Sótano"),
           ("backyard","Backyard or courtyard","Patio"),("sidewalk","Sidewalk or street","Acera o calle"),
           ("garbage-area","Garbage area","Zona de basura"),("park","Park","Parque"),
           ("vacant-lot","Vacant lot","Terreno baldío")])],
 "dohmh-food-poisoning": [
     attr("people_ill", "number", True, "How many people got sick?", "¿Cuántas personas se enfermaron?"),
     attr("meal_time", "datetime", False, "When did you eat the food?", "¿Cuándo comió los alimentos?"),
     attr("establishment_name", "string", False, "Name of the restaurant or store", "Nombre del restaurante o tienda"),
     DETAILS()],
 "dsny-request-large-bulky-item-collection": [
     attr("items", "multivaluelist", True, "What will you put out? (choose all that apply)",
          "¿Qué va a sacar? (elija todas las opciones que correspondan)",
          [("mattress","Mattress or box spring","Colchón o base de cama"),("furniture","Furniture","Muebles"),
           ("appliance","Appliance without refrigerant","Electrodoméstico sin refrigerante"),
           ("appliance-cfc","Appliance with refrigerant (fridge, air conditioner)","Electrodoméstico con refrigerante (refrigerador, aire acondicionado)"),
           ("carpet","Carpet or rug","Alfombra o tapete"),("other","Other large item","Otro objeto grande")]),
     attr("item_count", "number", False, "How many items?", "¿Cuántos objetos?")],
 "dsny-missed-collection": [
     attr("scheduled_date", "datetime", False, "Which collection day was missed?", "¿Qué día de recolección no pasaron?")],
 "dpr-damaged-tree": [
     attr("hazards", "multivaluelist", False, "Is the tree or branch doing any of this? (choose all that apply)",
          "¿El árbol o la rama está causando algo de esto? (elija todas las opciones que correspondan)",
          [("blocking-street","Blocking the street","Bloquea la calle"),("blocking-sidewalk","Blocking the sidewalk","Bloquea la acera"),
           ("on-car","On a car","Sobre un auto"),("on-house","On a house or building","Sobre una casa o edificio"),
           ("on-wires","On wires","Sobre los cables")]),
     DETAILS()],
 "tlc-lost-property": [
     attr("trip_time", "datetime", False, "When did the trip end?", "¿Cuándo terminó el viaje?"),
     attr("vehicle_id", "string", False, "Taxi medallion or license plate, if you know it",
          "Número de medallón del taxi o placa, si lo sabe"),
     attr("item_description", "text", True, "Describe the item you lost", "Describa el objeto que perdió")],
 "tlc-taxi-complaint": [
     attr("trip_time", "datetime", False, "When was the trip?", "¿Cuándo fue el viaje?"),
     attr("vehicle_id", "string", False, "Taxi medallion number", "Número de medallón del taxi"),
     DETAILS()],
 "dof-dof-property-owner-issue": [
     attr("bbl", "string", False, "Borough-Block-Lot (BBL) of the property, if you know it",
          "Distrito-manzana-lote (BBL) de la propiedad, si lo sabe")],
 "dep-water-system": [DETAILS()],
}

REQUEST_LIKE = {"dca-dca-doh-new-license-application-request", "dep-lead", "dof-dof-property-request-copy",
                "dof-dof-parking-request-copy", "dof-dof-parking-request-status", "dof-dof-parking-dmv-clearance",
                "dof-scrie", "dof-dof-property-reduction-issue", "dof-dof-property-city-rebate",
                "dpr-new-tree-request", "dsny-request-large-bulky-item-collection", "dsny-electronics-waste-appointment",
                "dsny-litter-basket-request", "dsny-adopt-a-basket", "hpd-hpd-literature-request",
                "nycem-oem-literature-request", "dfta-housing-options", "dot-ferry-inquiry",
                "dot-bus-stop-shelter-placement", "dhs-dhs-advantage-tenant", "dhs-dhs-advantage-landlord-broker",
                "dhs-dhs-advantage-third-party", "dfta-home-repair", "nypd-graffiti", "dsny-litter-basket-request-2"}

TYPES = {"dof-dof-property-reduction-issue": "batch", "dof-dof-property-request-copy": "batch",
         "dof-dof-property-city-rebate": "batch", "nycem-oem-literature-request": "blackbox"}

# ---------------------------------------------------------------- CDMX topics
ALCALDIAS = ["Álvaro Obregón", "Azcapotzalco", "Benito Juárez", "Coyoacán", "Cuajimalpa de Morelos", "Cuauhtémoc",
             "Gustavo A. Madero", "Iztacalco", "Iztapalapa", "La Magdalena Contreras", "Miguel Hidalgo", "Milpa Alta",
             "Tláhuac", "Tlalpan", "Venustiano Carranza", "Xochimilco"]
def ascii_slug(t):
    import unicodedata
    return slug(unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode())
ALC = lambda: attr("alcaldia", "singlevaluelist", False, "Borough (alcaldía) where you live",
                   "Alcaldía donde vive", [(ascii_slug(a), a, a) for a in ALCALDIAS])
Q_BASE = [("eligibility","Who can apply / requirements","Quién puede solicitarlo / requisitos"),
          ("registration","How and where to register","Cómo y dónde registrarse"),
          ("payment","Payments and dates","Pagos y fechas"),
          ("card","Bank card (lost, blocked or not received)","Tarjeta bancaria (extravío, bloqueo o no recibida)"),
          ("status","Status of my application","Estado de mi solicitud"),
          ("other","Other question","Otra pregunta")]
def QT(values=Q_BASE):
    return attr("question_type", "singlevaluelist", True, "What is your question about?", "¿Sobre qué es su pregunta?", values)
def AGE(en="Age of the person who would receive the support", es="Edad de la persona que recibiría el apoyo"):
    return attr("age", "number", False, en, es)

CDMX_TOPICS = [
 ("cdmx-pension-hombres-bienestar-info", "SIBISO", "Pensión Hombres Bienestar",
  L("Men's Wellbeing Pension (Pensión Hombres Bienestar) - information", "Pensión Hombres Bienestar - información"),
  L("Ask about eligibility, registration and payments of the Pensión Hombres Bienestar for men aged 60 to 64 (3,000 pesos every two months).",
    "Pregunte por los requisitos, el registro y los pagos de la Pensión Hombres Bienestar para hombres de 60 a 64 años (3,000 pesos cada dos meses)."),
  (["pension","men 60 to 64","bimonthly payment","registration"], ["pensión","hombres de 60 a 64","pago bimestral","registro"]),
  [QT(), AGE("Age of the man who would receive the pension", "Edad del hombre que recibiría la pensión"), ALC(), DETAILS()]),
 ("cdmx-ingreso-ciudadano-universal-info", "SIBISO", "Ingreso Ciudadano Universal",
  L("Universal Citizen Income (Ingreso Ciudadano Universal) - information", "Ingreso Ciudadano Universal - información"),
  L("Ask about the Ingreso Ciudadano Universal for people aged 57 to 59: 2,000 pesos every two months plus health and employment activities.",
    "Pregunte por el Ingreso Ciudadano Universal para personas de 57 a 59 años: 2,000 pesos cada dos meses más acciones de salud y empleo."),
  (["universal income","age 57 to 59","bimonthly support","employment"], ["ingreso ciudadano","57 a 59 años","apoyo bimestral","empleo"]),
  [QT(), AGE(), ALC(), DETAILS()]),
 ("cdmx-desde-la-cuna-info", "DIF-CDMX", "Desde la Cuna",
  L("From the Cradle (Desde la Cuna) - information", "Desde la Cuna - información"),
  L("Ask about Desde la Cuna, which gives 1,200 pesos every two months for each child under 4.",
    "Pregunte por Desde la Cuna, que entrega 1,200 pesos cada dos meses por cada niña o niño menor de 4 años."),
  (["baby","child support","newborn","toddler"], ["bebé","apoyo por hijo","recién nacido","niños pequeños"]),
  [QT(), AGE("Age of the child in years (0 to 3)", "Edad de la niña o el niño en años (0 a 3)"),
   attr("children", "number", False, "How many children under 4 live in your home?", "¿Cuántas niñas y niños menores de 4 años viven en su hogar?"),
   ALC()]),
 ("cdmx-mujeres-sanas-infancias-protegidas-info", "DIF-CDMX", "Mujeres Sanas, Infancias Protegidas",
  L("Healthy Women, Protected Childhoods (Mujeres Sanas, Infancias Protegidas) - information", "Mujeres Sanas, Infancias Protegidas - información"),
  L("Ask about the support for pregnant women: 1,200 pesos every two months plus workshops and follow-up.",
    "Pregunte por el apoyo para mujeres embarazadas: 1,200 pesos cada dos meses más talleres y seguimiento."),
  (["pregnant","pregnancy","prenatal","workshops"], ["embarazada","embarazo","control prenatal","talleres"]),
  [QT(Q_BASE[:3] + [("workshops","Workshops and follow-up","Talleres y seguimiento")] + Q_BASE[4:]),
   attr("weeks_pregnant", "number", False, "How many weeks pregnant are you?", "¿Cuántas semanas de embarazo tiene?"),
   AGE("Your age", "Su edad"), ALC()]),
 ("cdmx-mercomuna-info", "SIBISO", "Mercomuna",
  L("Mercomuna neighborhood vouchers - information", "Mercomuna - información"),
  L("Ask about Mercomuna, which gives vulnerable households vouchers to spend in neighborhood shops.",
    "Pregunte por Mercomuna, que entrega a hogares en situación de vulnerabilidad vales para canjear en comercios del barrio."),
  (["vouchers","groceries","neighborhood shop","food support"], ["vales","despensa","tienda del barrio","apoyo alimentario"]),
  [QT([("eligibility","Who can receive vouchers","Quién puede recibir vales"),
       ("delivery","When and where vouchers are handed out","Cuándo y dónde se entregan los vales"),
       ("shops","Shops that accept vouchers","Comercios que aceptan vales"),
       ("join-as-shop","Registering my shop","Registrar mi comercio"),
       ("other","Other question","Otra pregunta")]),
   attr("household_size", "number", False, "How many people live in your household?", "¿Cuántas personas viven en su hogar?"),
   ALC()]),
 ("cdmx-aldea-juvenil-info", "SIBISO", "Aldea Juvenil",
  L("Youth Village (Aldea Juvenil) - information", "Aldea Juvenil - información"),
  L("Ask about Aldea Juvenil for young people aged 15 to 17 at risk of exclusion: 4,500 pesos a month and a free public transport card.",
    "Pregunte por Aldea Juvenil para jóvenes de 15 a 17 años en riesgo de exclusión: 4,500 pesos mensuales y una tarjeta de gratuidad en el transporte."),
  (["teenagers","youth","monthly support","free transport"], ["adolescentes","jóvenes","apoyo mensual","transporte gratuito"]),
  [QT(Q_BASE[:3] + [("transport-card","Free transport card","Tarjeta de gratuidad del transporte")] + Q_BASE[4:]),
   AGE("Age of the young person", "Edad de la persona joven"), ALC(), DETAILS()]),
 ("cdmx-comedores-para-el-bienestar-info", "SIBISO", "Comedores para el Bienestar",
  L("Community Kitchens for Wellbeing (Comedores para el Bienestar) - information", "Comedores para el Bienestar - información"),
  L("Find a Comedor para el Bienestar near you and ask about opening hours and who can eat there.",
    "Encuentre un Comedor para el Bienestar cerca de usted y pregunte por los horarios y quién puede comer ahí."),
  (["community kitchen","cheap meals","food","lunch"], ["comedor comunitario","comida económica","alimentos","comida del día"]),
  [QT([("location","Nearest kitchen","Comedor más cercano"),("hours","Opening hours","Horarios"),
       ("who","Who can eat there","Quién puede comer ahí"),("open-kitchen","Opening a kitchen in my community","Abrir un comedor en mi comunidad"),
       ("other","Other question","Otra pregunta")]),
   attr("people", "number", False, "How many people would eat there?", "¿Cuántas personas comerían ahí?"),
   ALC()]),
]

# ---------------------------------------------------------------- build
def main():
    derived = derived_sla()
    rows = list(csv.DictReader(open(f"{DATA}/nyc311_complaint_type_agency_taxonomy.csv", newline="", encoding="utf-8")))
    services, seen = [], set()
    n_derived = n_assumed = 0
    for r in rows:
        a, ct = r["agency"], r["complaint_type"]
        code = slug(a + "-" + ct)[:60].strip("-")
        base, n = code, 1
        while code in seen:  # e.g. DSNY "Litter Basket Request" vs "Litter Basket / Request"
            n += 1
            code = f"{base[:57]}-{n}"
        if code != base:
            print(f"slug collision: {a} / {ct!r} -> {code}")
        seen.add(code)
        ne, ns, g, de, ds, ke, ks = T[(a, ct)]
        descs = [d for d in r["descriptors"].split(" | ") if d and d != "N/A"]
        attrs = []
        if descs:
            q = (L("What best describes your request?", "¿Qué describe mejor su solicitud?") if code in REQUEST_LIKE
                 else L("What best describes the problem?", "¿Qué describe mejor el problema?"))
            vals, keys = [], set()
            for d in descs:
                k = slug(d)
                assert k not in keys, (code, k)
                keys.add(k)
                vals.append({"key": k, "name": L(d, ES[d])})
            attrs.append({"code": "descriptor", "datatype": "singlevaluelist", "required": len(descs) >= 2,
                          "order": 0, "description": q, "values": vals})
        attrs += EXTRA.get(code, [])
        for i, at in enumerate(attrs, 1):
            at["order"] = i
        if (a, ct) in derived:
            sla, src = derived[(a, ct)], "derived"; n_derived += 1
        else:
            sla, src = ASSUMED[code], "assumed"; n_assumed += 1
        services.append({"code": code, "agency": a, "name": L(ne, ns), "description": L(de, ds),
                         "group": GROUPS[g], "keywords": {"en": ke, "es": ks},
                         "sla_hours": sla, "sla_source": src, "type": TYPES.get(code, "realtime"),
                         "active": True, "attributes": attrs})
    unused = set(EXTRA) - seen
    assert not unused, unused
    unused = set(ASSUMED) - seen
    assert not unused, unused
    for code, ag, _prog, name, desc, (ke, ks), attrs in CDMX_TOPICS:
        for i, at in enumerate(attrs, 1):
            at["order"] = i
        services.append({"code": code, "agency": ag, "name": name, "description": desc,
                         "group": GROUPS["social"], "keywords": {"en": ke, "es": ks},
                         "sla_hours": 72, "sla_source": "assumed", "type": "realtime", "active": True,
                         "attributes": attrs})
        n_assumed += 1
    doc = {
        "source": "NYC agencies, complaint types and descriptors from NYC 311 Service Requests (NYC Open Data erm2-nwe9); "
                  "SLA hours derived from due dates in real 311 extracts where present; Mexico City topics from press "
                  "reports of 2025 social programs; translations and extra attributes written for OneCity.",
        "agencies": agency_json(),
        "services": services,
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"services={len(services)} derived={n_derived} assumed={n_assumed}")

if __name__ == "__main__":
    main()
