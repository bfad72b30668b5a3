# (agency, complaint_type) -> (name_en, name_es, group, desc_en, desc_es, kw_en, kw_es)
T = {}
def s(a, ct, ne, ns, g, de, ds, ke, ks):
    assert (a, ct) not in T, (a, ct)
    T[(a, ct)] = (ne, ns, g, de, ds, ke, ks)

# ---- DCA / DCWP
s("DCA","Consumer Complaint","Consumer Complaint","Queja de consumidor","consumer",
  "Report a problem with a store or business, such as an overcharge, a refused refund or false advertising.",
  "Denuncie un problema con una tienda o negocio, como un cobro excesivo, un reembolso negado o publicidad engañosa.",
  ["overcharge","refund","store","scam","receipt"],["cobro excesivo","reembolso","tienda","estafa","recibo"])
s("DCA","DCA / DOH New License Application Request","DCA / DOH New License Application Request","Solicitud de nueva licencia (DCA / DOH)","consumer",
  "Ask for an application for a new business license, such as a street vendor, sidewalk café or food service license.",
  "Pida el formulario para una nueva licencia de negocio, como vendedor ambulante, café en la acera o servicio de comidas.",
  ["business license","vendor license","permit","apply"],["licencia comercial","licencia de vendedor","permiso","solicitar"])
s("DCWP","Consumer Complaint","Consumer Complaint","Queja de consumidor","consumer",
  "Complain about a store, tow company, debt collector or other business that did not treat you fairly.",
  "Presente una queja contra una tienda, empresa de grúas, agencia de cobranza u otro negocio que no le trató de forma justa.",
  ["store","debt collector","tow truck","price","complaint"],["tienda","cobranza","grúa","precio","queja"])
# ---- DEP
s("DEP","Noise","Noise","Ruido","noise",
  "Report noise from construction, jackhammers, air conditioners, alarms, barking dogs or ice cream trucks.",
  "Reporte ruido de obras, martillos neumáticos, aires acondicionados, alarmas, perros que ladran o camiones de helados.",
  ["construction noise","jackhammer","barking dog","alarm","air conditioner"],["ruido de obra","martillo neumático","perro ladrando","alarma","aire acondicionado"])
s("DEP","Water System","Water System","Red de agua","water",
  "Report an open or broken fire hydrant, a water leak, low water pressure or dirty tap water.",
  "Reporte un hidrante abierto o roto, una fuga de agua, baja presión o agua sucia en la llave.",
  ["hydrant","water leak","low pressure","dirty water","water main"],["hidrante","fuga de agua","baja presión","agua sucia","tubería"])
s("DEP","Sewer","Sewer","Alcantarillado","water",
  "Report a clogged catch basin, a sewer backup or bad smell, or a flooded street.",
  "Reporte un sumidero tapado, aguas negras que se regresan, mal olor del drenaje o una calle inundada.",
  ["sewer","flooding","catch basin","drain","sewage smell"],["drenaje","inundación","coladera","alcantarilla","olor a drenaje"])
s("DEP","Lead","Lead","Plomo","water",
  "Request a free kit to test your home's tap water for lead.",
  "Solicite un kit gratuito para analizar si el agua de la llave de su casa tiene plomo.",
  ["lead","water test","lead kit","tap water"],["plomo","análisis de agua","kit de plomo","agua de la llave"])
s("DEP","Air Quality","Air Quality","Calidad del aire","water",
  "Report smoke, fumes or strong odors from a restaurant, a vehicle or an idling engine.",
  "Reporte humo, gases u olores fuertes de un restaurante, un vehículo o un motor encendido sin circular.",
  ["smoke","fumes","odor","idling","exhaust"],["humo","gases","mal olor","motor encendido","escape"])
s("DEP","Industrial Waste","Industrial Waste","Residuos industriales","water",
  "Report grease or a strong odor coming from a sewer or catch basin.",
  "Reporte grasa o un olor fuerte que sale de una alcantarilla o sumidero.",
  ["grease","sewer odor","waste","catch basin"],["grasa","olor a alcantarilla","residuos","coladera"])
s("DEP","Hazardous Materials","Hazardous Materials","Materiales peligrosos","water",
  "Report a chemical spill or chemical smell that is not an emergency (call 911 if anyone is in danger).",
  "Reporte un derrame o un olor a productos químicos que no sea una emergencia (llame al 911 si alguien corre peligro).",
  ["chemical spill","chemical smell","hazmat","leak"],["derrame químico","olor químico","materiales peligrosos","fuga"])
s("DEP","Water Conservation","Water Conservation","Ahorro de agua","water",
  "Report someone wasting water by opening a hydrant or using a hose illegally.",
  "Reporte a alguien que desperdicia agua abriendo un hidrante o usando una manguera de forma ilegal.",
  ["open hydrant","hose","wasting water"],["hidrante abierto","manguera","desperdicio de agua"])
s("DEP","Water Quality","Water Quality","Calidad del agua","water",
  "Report tap water that looks cloudy, milky or otherwise unusual.",
  "Reporte agua de la llave que se ve turbia, lechosa o con un aspecto extraño.",
  ["cloudy water","milky water","tap water","water quality"],["agua turbia","agua lechosa","agua de la llave","calidad del agua"])
# ---- DFTA
s("DFTA","Home Repair","Home Repair","Reparaciones en el hogar","social",
  "Get help with repairs to the home of an older adult, whether an apartment or a house.",
  "Obtenga ayuda para hacer reparaciones en la vivienda de una persona mayor, ya sea un apartamento o una casa.",
  ["home repair","senior","older adult","fix"],["reparación de vivienda","persona mayor","adulto mayor","arreglo"])
s("DFTA","Housing Options","Housing Options","Opciones de vivienda","social",
  "Get information about assisted living and other housing options for older adults.",
  "Infórmese sobre residencias asistidas y otras opciones de vivienda para personas mayores.",
  ["assisted living","senior housing","older adult"],["residencia asistida","vivienda para mayores","adulto mayor"])
s("DFTA","Weatherization","Weatherization","Climatización de la vivienda","social",
  "Ask about help to make an older adult's home warmer and more energy efficient.",
  "Pregunte por ayuda para que la vivienda de una persona mayor sea más cálida y ahorre energía.",
  ["weatherization","insulation","drafts","senior"],["aislamiento","corrientes de aire","ahorro de energía","persona mayor"])
s("DFTA","Senior Center Complaint","Senior Center Complaint","Queja sobre un centro para personas mayores","social",
  "Complain about the services, staff or conditions at a senior center.",
  "Presente una queja sobre los servicios, el personal o las condiciones de un centro para personas mayores.",
  ["senior center","older adult","complaint"],["centro para mayores","adulto mayor","queja"])
s("DFTA","Housing - Low Income Senior","Housing - Low Income Senior","Vivienda - personas mayores de bajos ingresos","social",
  "Ask about affordable housing for older adults with low incomes.",
  "Pregunte por vivienda asequible para personas mayores de bajos ingresos.",
  ["affordable housing","senior","low income"],["vivienda asequible","persona mayor","bajos ingresos"])
s("DFTA","Elder Abuse","Elder Abuse","Maltrato a personas mayores","social",
  "Get help if an older adult is being abused, neglected or exploited (call 911 in an emergency).",
  "Pida ayuda si una persona mayor sufre maltrato, abandono o explotación (llame al 911 en una emergencia).",
  ["elder abuse","neglect","senior","exploitation"],["maltrato a mayores","abandono","persona mayor","explotación"])
s("DFTA","HEAP Assistance","HEAP Assistance","Ayuda de HEAP (energía del hogar)","social",
  "Ask about the Home Energy Assistance Program (HEAP), which helps older adults pay heating and cooling bills.",
  "Pregunte por el Programa de Asistencia de Energía para el Hogar (HEAP), que ayuda a las personas mayores a pagar la calefacción y el aire acondicionado.",
  ["heating bill","HEAP","energy assistance","air conditioner"],["factura de calefacción","HEAP","ayuda con la energía","aire acondicionado"])
s("DFTA","Alzheimer's Care","Alzheimer's Care","Atención del Alzheimer","social",
  "Get information and support for caring for someone with Alzheimer's disease or dementia.",
  "Obtenga información y apoyo para cuidar a alguien con Alzheimer o demencia.",
  ["Alzheimer's","dementia","caregiver","memory loss"],["Alzheimer","demencia","cuidador","pérdida de memoria"])
s("DFTA","Utility Program","Utility Program","Programa de servicios públicos","social",
  "Ask about programs that help older adults with gas, electric or phone bills.",
  "Pregunte por programas que ayudan a las personas mayores con las facturas de gas, luz o teléfono.",
  ["utility bill","electric bill","senior discount"],["factura de servicios","recibo de luz","descuento para mayores"])
s("DFTA","Home Delivered Meal Complaint","Home Delivered Meal Complaint","Queja sobre comidas a domicilio","social",
  "Complain about the quality or service of meals delivered to an older adult at home.",
  "Presente una queja sobre la calidad o el servicio de las comidas que se entregan a domicilio a una persona mayor.",
  ["meals on wheels","home delivered meal","food quality"],["comida a domicilio","comidas para mayores","calidad de la comida"])
s("DFTA","Bereavement Support Group","Bereavement Support Group","Grupo de apoyo en el duelo","social",
  "Find a support group for older adults who have lost a loved one.",
  "Encuentre un grupo de apoyo para personas mayores que han perdido a un ser querido.",
  ["grief","bereavement","support group","loss"],["duelo","grupo de apoyo","pérdida","luto"])
s("DFTA","Home Delivered Meal - Missed Delivery","Home Delivered Meal - Missed Delivery","Comida a domicilio - entrega no realizada","social",
  "Report that an older adult's home-delivered meal did not arrive.",
  "Reporte que no llegó la comida a domicilio de una persona mayor.",
  ["missed meal","meal delivery","meals on wheels"],["comida no entregada","entrega de comida","comida a domicilio"])
# ---- DHS
s("DHS","DHS Advantage - Tenant","DHS Advantage - Tenant","Programa Advantage de DHS - Inquilino","social",
  "Get help with your lease, rent or landlord if you are a tenant in the DHS Advantage rental assistance program.",
  "Obtenga ayuda con su contrato, su renta o su arrendador si es inquilino del programa de ayuda para el alquiler Advantage de DHS.",
  ["Advantage","rent","lease","landlord","tenant"],["Advantage","renta","contrato de arrendamiento","arrendador","inquilino"])
s("DHS","DHS Advantage -Landlord/Broker","DHS Advantage - Landlord/Broker","Programa Advantage de DHS - Arrendador/corredor","social",
  "Landlords and brokers can ask about payments and leases for tenants in the DHS Advantage program.",
  "Los arrendadores y corredores pueden consultar sobre pagos y contratos de inquilinos del programa Advantage de DHS.",
  ["landlord","broker","payment","Advantage","lease"],["arrendador","corredor","pago","Advantage","contrato"])
s("DHS","Homeless Person Assistance","Homeless Person Assistance","Ayuda a una persona sin hogar","social",
  "Ask for an outreach team to help a person who is living on the street.",
  "Pida que un equipo de asistencia en la calle ayude a una persona que vive en la calle.",
  ["homeless","person on the street","outreach","shelter"],["persona sin hogar","persona en situación de calle","ayuda","albergue"])
s("DHS","DHS Advantage - Third Party","DHS Advantage - Third Party","Programa Advantage de DHS - Terceros","social",
  "Other people or organizations can ask about payments and leases for a household in the DHS Advantage program.",
  "Otras personas u organizaciones pueden consultar sobre pagos y contratos de un hogar del programa Advantage de DHS.",
  ["Advantage","third party","payment","lease"],["Advantage","tercero","pago","contrato"])
s("DHS","Encampment","Encampment","Campamento","social",
  "Report a homeless encampment so that outreach workers can offer services to the people there.",
  "Reporte un campamento de personas sin hogar para que un equipo de asistencia les ofrezca servicios.",
  ["encampment","tents","homeless","outreach"],["campamento","casas de campaña","personas sin hogar","ayuda"])
# ---- DOB
s("DOB","Building/Use","Building/Use","Uso del edificio","housing",
  "Report illegal use of a building, such as an illegal apartment conversion or a business in a residential zone.",
  "Reporte un uso ilegal de un edificio, como una conversión ilegal en apartamentos o un negocio en una zona residencial.",
  ["illegal apartment","illegal conversion","zoning","basement apartment"],["apartamento ilegal","conversión ilegal","zonificación","sótano habitado"])
s("DOB","General Construction/Plumbing","General Construction/Plumbing","Construcción general/plomería","housing",
  "Report construction or plumbing work done without a permit or despite a stop work order.",
  "Reporte obras o trabajos de plomería que se hacen sin permiso o pese a una orden de paralización.",
  ["construction","no permit","stop work order","plumbing"],["obra","sin permiso","orden de paralización","plomería"])
s("DOB","Special Projects Inspection Team (SPIT)","Special Projects Inspection Team (SPIT)","Equipo de Inspección de Proyectos Especiales (SPIT)","housing",
  "Report apartments in a residential building that are illegally rented out as hotel rooms.",
  "Reporte apartamentos de un edificio residencial que se alquilan ilegalmente como habitaciones de hotel.",
  ["illegal hotel","short-term rental","Airbnb"],["hotel ilegal","alquiler por días","Airbnb"])
s("DOB","Elevator","Elevator","Ascensor","housing",
  "Report a broken elevator when it is the only one in the building.",
  "Reporte un ascensor descompuesto cuando es el único del edificio.",
  ["elevator","lift","broken elevator"],["ascensor","elevador","elevador descompuesto"])
s("DOB","Emergency Response Team (ERT)","Emergency Response Team (ERT)","Equipo de Respuesta a Emergencias (ERT)","housing",
  "Report construction work that is being done illegally at night or on the weekend.",
  "Reporte obras que se realizan ilegalmente de noche o en fin de semana.",
  ["after hours","night construction","weekend work"],["fuera de horario","obra nocturna","obra en fin de semana"])
# ---- DOE
s("DOE","School Maintenance","School Maintenance","Mantenimiento escolar","education",
  "Report a dirty or unsafe condition, or rodents, in a public school building.",
  "Reporte suciedad, condiciones inseguras o roedores en el edificio de una escuela pública.",
  ["school","dirty classroom","mice","school building"],["escuela","salón sucio","ratones","edificio escolar"])
# ---- DOF
s("DOF","DOF Property - Owner Issue","DOF Property - Owner Issue","Propiedad (DOF) - Datos del propietario","gov",
  "Correct the owner name, billing address or mortgage details on your property tax account.",
  "Corrija el nombre del propietario, la dirección de facturación o los datos de la hipoteca en su cuenta del impuesto predial.",
  ["property tax","billing address","owner name","mortgage"],["impuesto predial","dirección de facturación","nombre del propietario","hipoteca"])
s("DOF","SCRIE","SCRIE - Senior Citizen Rent Increase Exemption","SCRIE - Exención de aumentos de renta para personas mayores","gov",
  "Get help applying for or renewing the rent freeze for seniors (SCRIE).",
  "Obtenga ayuda para solicitar o renovar el congelamiento de la renta para personas mayores (SCRIE).",
  ["rent freeze","SCRIE","senior","rent increase"],["congelamiento de renta","SCRIE","persona mayor","aumento de renta"])
s("DOF","DOF Property - Reduction Issue","DOF Property - Reduction Issue","Propiedad (DOF) - Exenciones y reducciones","gov",
  "Ask about a property tax exemption or abatement, such as STAR or the senior, veteran or disability exemptions.",
  "Consulte sobre una exención o reducción del impuesto predial, como STAR o las exenciones para personas mayores, veteranos o personas con discapacidad.",
  ["tax exemption","STAR","abatement","veteran","senior"],["exención de impuestos","STAR","reducción","veterano","persona mayor"])
s("DOF","DOF Property - Request Copy","DOF Property - Request Copy","Propiedad (DOF) - Solicitar copia","gov",
  "Request a copy of your property tax statement, account information or notice of property value.",
  "Solicite una copia de su estado de cuenta del impuesto predial, de la información de su cuenta o del aviso de valor de la propiedad.",
  ["copy","tax bill","statement","property value"],["copia","factura de impuestos","estado de cuenta","valor de la propiedad"])
s("DOF","DOF Property - Payment Issue","DOF Property - Payment Issue","Propiedad (DOF) - Problema con un pago","gov",
  "Report a property tax payment that was misapplied, or ask about a refund, credit or interest charge.",
  "Reporte un pago del impuesto predial mal aplicado o consulte sobre un reembolso, un crédito o un cargo de intereses.",
  ["property tax payment","refund","interest","credit"],["pago del predial","reembolso","intereses","crédito"])
s("DOF","DOF Parking - Payment Issue","DOF Parking - Payment Issue","Multas de estacionamiento (DOF) - Problema con un pago","gov",
  "Report a parking ticket payment that was not recorded, was charged twice or went to the wrong ticket.",
  "Reporte un pago de una multa de estacionamiento que no se registró, se cobró dos veces o se aplicó a otra multa.",
  ["parking ticket","payment","charged twice","fine"],["multa de estacionamiento","pago","cobro doble","infracción"])
s("DOF","DOF Parking - Request Status","DOF Parking - Request Status","Multas de estacionamiento (DOF) - Consultar estado","gov",
  "Check the status of a hearing or appeal for a parking ticket.",
  "Consulte el estado de una audiencia o de una apelación de una multa de estacionamiento.",
  ["ticket hearing","appeal","parking ticket","status"],["audiencia de multa","apelación","multa de estacionamiento","estado"])
s("DOF","DOF Parking - DMV Clearance","DOF Parking - DMV Clearance","Multas de estacionamiento (DOF) - Liberación ante el DMV","gov",
  "Ask the Department of Finance to clear your paid tickets with the DMV so you can register your vehicle.",
  "Pida al Departamento de Finanzas que libere sus multas pagadas ante el DMV para poder registrar su vehículo.",
  ["DMV","registration","clearance","tickets"],["DMV","registro del vehículo","liberación","multas"])
s("DOF","DOF Property - City Rebate","DOF Property - City Rebate","Propiedad (DOF) - Reembolso de la Ciudad","gov",
  "Ask about a property tax rebate from the City.",
  "Consulte sobre un reembolso del impuesto predial otorgado por la Ciudad.",
  ["rebate","property tax","refund"],["reembolso","impuesto predial","devolución"])
s("DOF","DOF Parking - Request Copy","DOF Parking - Request Copy","Multas de estacionamiento (DOF) - Solicitar copia","gov",
  "Request a list of your unpaid parking tickets or a copy of a hearing decision.",
  "Solicite una lista de sus multas de estacionamiento pendientes o una copia de la decisión de una audiencia.",
  ["ticket list","unpaid tickets","decision","copy"],["lista de multas","multas pendientes","decisión","copia"])
# ---- DOHMH
s("DOHMH","Rodent","Rodent","Roedores","health",
  "Report rats or mice, signs of rodents, or conditions that attract them.",
  "Reporte ratas o ratones, señales de roedores o condiciones que los atraen.",
  ["rats","mice","rodents","droppings"],["ratas","ratones","roedores","excrementos"])
s("DOHMH","Smoking","Smoking","Fumar","health",
  "Report people smoking where it is not allowed, such as in a restaurant, a workplace or a building hallway.",
  "Reporte a personas que fuman donde está prohibido, como restaurantes, lugares de trabajo o pasillos de edificios.",
  ["smoking","cigarette","smoke-free"],["fumar","cigarro","libre de humo"])
s("DOHMH","Food Establishment","Food Establishment","Establecimiento de comida","health",
  "Report unsanitary conditions or unsafe food at a restaurant, café or other food business.",
  "Reporte condiciones insalubres o alimentos peligrosos en un restaurante, café u otro negocio de comida.",
  ["restaurant","dirty kitchen","food safety","roaches"],["restaurante","cocina sucia","higiene de alimentos","cucarachas"])
s("DOHMH","Food Poisoning","Food Poisoning","Intoxicación alimentaria","health",
  "Report that you or other people got sick after eating food from a restaurant or store.",
  "Reporte que usted u otras personas se enfermaron después de comer alimentos de un restaurante o una tienda.",
  ["food poisoning","sick after eating","restaurant","vomiting"],["intoxicación","me enfermé al comer","restaurante","vómito"])
s("DOHMH","Unsanitary Animal Pvt Property","Unsanitary Animal - Private Property","Animales en condiciones insalubres - propiedad privada","health",
  "Report animal waste or odors from animals kept on private property.",
  "Reporte excrementos u olores de animales que se tienen en una propiedad privada.",
  ["animal waste","dog poop","animal smell","backyard"],["excremento de animales","popó de perro","olor a animales","patio"])
s("DOHMH","Indoor Air Quality","Indoor Air Quality","Calidad del aire interior","health",
  "Report poor ventilation, construction dust or chemical odors inside a building.",
  "Reporte mala ventilación, polvo de obras u olores químicos dentro de un edificio.",
  ["indoor air","ventilation","dust","fumes"],["aire interior","ventilación","polvo","vapores"])
s("DOHMH","Smoking or Vaping","Smoking or Vaping","Fumar o vapear","health",
  "Report people smoking or vaping in a smoke-free area.",
  "Reporte a personas que fuman o vapean en un área libre de humo.",
  ["vaping","e-cigarette","smoke-free"],["vapear","cigarro electrónico","libre de humo"])
s("DOHMH","Mobile Food Vendor","Mobile Food Vendor","Vendedor ambulante de comida","health",
  "Report a food cart or truck with unsafe food handling, equipment or garbage problems.",
  "Reporte un carrito o camión de comida con malas prácticas de higiene, equipo en mal estado o basura.",
  ["food cart","food truck","street food","hygiene"],["carrito de comida","camión de comida","comida callejera","higiene"])
s("DOHMH","Window Guard","Window Guard","Protectores de ventana","health",
  "Report missing or broken window guards in an apartment where a child lives.",
  "Reporte protectores de ventana faltantes o rotos en un apartamento donde vive un niño.",
  ["window guard","child safety","window","fall"],["protector de ventana","seguridad infantil","ventana","caída"])
s("DOHMH","Unsanitary Pigeon Condition","Unsanitary Pigeon Condition","Palomas en condiciones insalubres","health",
  "Report pigeon droppings or odors caused by pigeons.",
  "Reporte excrementos u olores causados por palomas.",
  ["pigeons","bird droppings","pigeon smell"],["palomas","excremento de aves","olor a palomas"])
s("DOHMH","Unleashed Dog","Unleashed Dog","Perro sin correa","health",
  "Report a dog off its leash in a public place.",
  "Reporte un perro sin correa en un lugar público.",
  ["dog off leash","unleashed dog","loose dog"],["perro sin correa","perro suelto"])
s("DOHMH","Asbestos","Asbestos","Asbesto","health",
  "Report possible asbestos exposure, for example from unsafe removal during renovation work.",
  "Reporte una posible exposición al asbesto, por ejemplo por un retiro inseguro durante una remodelación.",
  ["asbestos","renovation dust","insulation"],["asbesto","polvo de remodelación","aislamiento"])
s("DOHMH","Animal Facility - No Permit","Animal Facility - No Permit","Instalación con animales - sin permiso","health",
  "Report a pet shop, kennel or other animal business operating without a permit.",
  "Reporte una tienda de mascotas, criadero u otro negocio con animales que opera sin permiso.",
  ["pet shop","kennel","no permit","animals"],["tienda de mascotas","criadero","sin permiso","animales"])
s("DOHMH","Mold","Mold","Moho","health",
  "Report mold in a workplace or a commercial building.",
  "Reporte moho en un lugar de trabajo o en un local comercial.",
  ["mold","mildew","damp","workplace"],["moho","hongos","humedad","lugar de trabajo"])
s("DOHMH","Standing Water","Standing Water","Agua estancada","health",
  "Report standing water where mosquitoes can breed, such as a clogged drain.",
  "Reporte agua estancada donde pueden criarse mosquitos, como un desagüe tapado.",
  ["standing water","mosquitoes","puddle"],["agua estancada","mosquitos","charco"])
s("DOHMH","Bottled Water","Bottled Water","Agua embotellada","health",
  "Report bottled water with sediment, a bad taste or another problem.",
  "Reporte agua embotellada con sedimento, mal sabor u otro problema.",
  ["bottled water","sediment","bad taste"],["agua embotellada","sedimento","mal sabor"])
s("DOHMH","Illegal Animal Sold","Illegal Animal Sold","Venta ilegal de animales","health",
  "Report a store selling animals that are illegal to sell, such as small turtles.",
  "Reporte una tienda que vende animales cuya venta es ilegal, como tortugas pequeñas.",
  ["illegal pet","turtle","pet store"],["mascota ilegal","tortuga","tienda de mascotas"])
s("DOHMH","Drinking Water","Drinking Water","Agua potable","health",
  "Report an illness that you believe was caused by drinking tap water.",
  "Reporte una enfermedad que usted cree que fue causada por beber agua de la llave.",
  ["drinking water","sick","tap water"],["agua potable","enfermedad","agua de la llave"])
s("DOHMH","X-Ray Machine/Equipment","X-Ray Machine/Equipment","Máquina/equipo de rayos X","health",
  "Report possible radiation exposure from X-ray equipment at a nearby facility.",
  "Reporte una posible exposición a radiación por equipos de rayos X en una instalación cercana.",
  ["x-ray","radiation","exposure"],["rayos X","radiación","exposición"])
s("DOHMH","Illegal Animal Kept as Pet","Illegal Animal Kept as Pet","Animal prohibido como mascota","health",
  "Report someone keeping an animal that is not allowed as a pet in the city, such as a ferret.",
  "Reporte a alguien que tiene como mascota un animal prohibido en la ciudad, como un hurón.",
  ["illegal pet","ferret","exotic animal"],["mascota ilegal","hurón","animal exótico"])
# ---- DOT
s("DOT","Street Condition","Street Condition","Estado de la calle","streets",
  "Report a pothole, a cave-in, faded markings or other damage to the roadway.",
  "Reporte un bache, un hundimiento, marcas viales borradas u otro daño en la calzada.",
  ["pothole","road damage","cave-in","cracked road"],["bache","calle dañada","hundimiento","pavimento agrietado"])
s("DOT","Sidewalk Condition","Sidewalk Condition","Estado de la acera","streets",
  "Report a broken, collapsed or blocked sidewalk or a defective sidewalk grate.",
  "Reporte una acera rota, hundida o bloqueada, o una rejilla de acera defectuosa.",
  ["broken sidewalk","trip hazard","sidewalk","grate"],["acera rota","banqueta","tropiezo","rejilla"])
s("DOT","Traffic Signal Condition","Traffic Signal Condition","Estado del semáforo","transport",
  "Report a traffic or pedestrian signal that is out, damaged or not working properly.",
  "Reporte un semáforo vehicular o peatonal apagado, dañado o que no funciona bien.",
  ["traffic light","signal out","walk signal","broken light"],["semáforo","semáforo apagado","semáforo peatonal","luz descompuesta"])
s("DOT","Broken Muni Meter","Broken Muni Meter","Máquina de pago de estacionamiento (Muni-Meter) descompuesta","parking",
  "Report a Muni-Meter parking pay station that is broken, keeps your card or gives no receipt.",
  "Reporte una máquina de pago de estacionamiento Muni-Meter que está descompuesta, se queda con su tarjeta o no da recibo.",
  ["parking meter","muni meter","pay station","card stuck"],["parquímetro","máquina de pago","tarjeta atascada","recibo"])
s("DOT","Street Sign - Missing","Street Sign - Missing","Señal de tránsito - faltante","streets",
  "Report a traffic sign or street name sign that is missing.",
  "Reporte una señal de tránsito o un letrero con el nombre de la calle que falta.",
  ["missing sign","stop sign","street sign"],["señal faltante","señal de alto","letrero de calle"])
s("DOT","Street Light Condition","Street Light Condition","Estado del alumbrado público","streets",
  "Report a street light that is out, flickering or has exposed wires.",
  "Reporte una farola apagada, que parpadea o que tiene cables expuestos.",
  ["street light","light out","lamppost","flickering"],["alumbrado público","farola apagada","poste de luz","parpadea"])
s("DOT","Street Sign - Dangling","Street Sign - Dangling","Señal de tránsito - colgando","streets",
  "Report a traffic sign or street name sign that is loose or hanging.",
  "Reporte una señal de tránsito o un letrero de calle que está suelto o colgando.",
  ["loose sign","hanging sign","street sign"],["señal suelta","letrero colgando","letrero de calle"])
s("DOT","Street Sign - Damaged","Street Sign - Damaged","Señal de tránsito - dañada","streets",
  "Report a traffic sign or street name sign that is bent, faded or damaged.",
  "Reporte una señal de tránsito o un letrero de calle doblado, borroso o dañado.",
  ["damaged sign","bent sign","street sign"],["señal dañada","señal doblada","letrero de calle"])
s("DOT","Highway Condition","Highway Condition","Estado de la autopista","streets",
  "Report a pothole, cave-in or dead animal on a highway or expressway.",
  "Reporte un bache, un hundimiento o un animal muerto en una autopista o vía rápida.",
  ["highway","expressway","pothole","dead animal"],["autopista","vía rápida","bache","animal muerto"])
s("DOT","Broken Parking Meter","Broken Parking Meter","Parquímetro descompuesto","parking",
  "Report a single-space parking meter that is broken or does not register your payment.",
  "Reporte un parquímetro individual que está descompuesto o no registra su pago.",
  ["parking meter","broken meter","coin"],["parquímetro","parquímetro descompuesto","moneda"])
s("DOT","Curb Condition","Curb Condition","Estado del bordillo","streets",
  "Report a broken curb or a curb with sharp metal sticking out.",
  "Reporte un bordillo roto o con un metal saliente peligroso.",
  ["curb","broken curb","metal"],["bordillo","guarnición rota","metal saliente"])
s("DOT","Bus Stop Shelter Complaint","Bus Stop Shelter Complaint","Queja sobre un refugio de parada de autobús","transport",
  "Report a bus shelter with broken glass, no lighting or a damaged sign.",
  "Reporte un refugio de parada de autobús con vidrios rotos, sin luz o con el letrero dañado.",
  ["bus shelter","bus stop","broken glass"],["refugio de autobús","parada de autobús","vidrio roto"])
s("DOT","Bridge Condition","Bridge Condition","Estado del puente","streets",
  "Report a pothole or a damaged guard rail on a bridge.",
  "Reporte un bache o una barrera de contención dañada en un puente.",
  ["bridge","pothole","guard rail"],["puente","bache","barrera de contención"])
s("DOT","Outdoor Dining","Outdoor Dining","Comedores al aire libre","streets",
  "Report a restaurant's outdoor dining setup that blocks the sidewalk or is unsafe.",
  "Reporte una terraza de restaurante en la vía pública que bloquea la acera o es insegura.",
  ["outdoor dining","restaurant shed","sidewalk blocked"],["terraza","comedor al aire libre","acera bloqueada"])
s("DOT","Ferry Complaint","Ferry Complaint","Queja sobre el ferry","transport",
  "Complain about service on a City-operated ferry.",
  "Presente una queja sobre el servicio de un ferry operado por la Ciudad.",
  ["ferry","Staten Island Ferry","boat"],["ferry","transbordador","barco"])
s("DOT","Parking Card","Parking Card","Tarjeta de estacionamiento","parking",
  "Report a parking card that you paid for at a vending machine but did not receive.",
  "Reporte una tarjeta de estacionamiento que pagó en una máquina expendedora pero no recibió.",
  ["parking card","vending machine","not received"],["tarjeta de estacionamiento","máquina expendedora","no recibida"])
s("DOT","Ferry Inquiry","Ferry Inquiry","Consulta sobre el ferry","transport",
  "Ask about an item lost on a City ferry or other ferry questions.",
  "Pregunte por un objeto perdido en un ferry de la Ciudad u otras dudas sobre el ferry.",
  ["ferry","lost and found","lost item"],["ferry","objetos perdidos","artículo perdido"])
s("DOT","Bike Rack Condition","Bike Rack Condition","Estado del estacionamiento para bicicletas","transport",
  "Report a damaged bike rack or a bike abandoned on one.",
  "Reporte un estacionamiento para bicicletas dañado o una bicicleta abandonada en él.",
  ["bike rack","bicycle","abandoned bike"],["bicicletero","bicicleta","bicicleta abandonada"])
s("DOT","Bus Stop Shelter Placement","Bus Stop Shelter Placement","Ubicación de un refugio de parada de autobús","transport",
  "Ask for a bus shelter to be moved or placed somewhere else.",
  "Solicite que un refugio de parada de autobús se mueva o se coloque en otro lugar.",
  ["bus shelter","relocate","bus stop"],["refugio de autobús","reubicar","parada de autobús"])
# ---- DPR
s("DPR","Damaged Tree","Damaged Tree","Árbol dañado","parks",
  "Report a street or park tree with a cracked or fallen branch, or a tree that is leaning or has fallen.",
  "Reporte un árbol de la calle o de un parque con una rama agrietada o caída, o un árbol inclinado o caído.",
  ["fallen tree","broken branch","leaning tree","storm damage"],["árbol caído","rama rota","árbol inclinado","daños por tormenta"])
s("DPR","New Tree Request","New Tree Request","Solicitud de un árbol nuevo","parks",
  "Ask the City to plant a new street tree in front of an address.",
  "Pida a la Ciudad que plante un árbol nuevo en la calle frente a una dirección.",
  ["plant a tree","new tree","street tree"],["plantar un árbol","árbol nuevo","árbol en la calle"])
s("DPR","Maintenance or Facility","Maintenance or Facility","Mantenimiento o instalaciones","parks",
  "Report litter, rodents or a damaged or unsecured structure in a park.",
  "Reporte basura, roedores o una estructura dañada o sin asegurar en un parque.",
  ["park","playground","litter","broken bench"],["parque","juegos infantiles","basura","banca rota"])
s("DPR","Overgrown Tree/Branches","Overgrown Tree/Branches","Árbol o ramas demasiado crecidos","parks",
  "Report tree branches that touch wires or buildings, block the street or are dead.",
  "Reporte ramas que tocan cables o edificios, bloquean la calle o están secas.",
  ["overgrown tree","branches","pruning","wires"],["árbol crecido","ramas","poda","cables"])
s("DPR","Root/Sewer/Sidewalk Condition","Root/Sewer/Sidewalk Condition","Raíces - alcantarillado/acera","parks",
  "Report tree roots that damage the sidewalk, a sewer line or a foundation.",
  "Reporte raíces de árboles que dañan la acera, el alcantarillado o los cimientos.",
  ["tree roots","sidewalk lifted","sewer"],["raíces","acera levantada","alcantarillado"])
s("DPR","Dead Tree","Dead Tree","Árbol muerto","parks",
  "Report a dead or dying street tree that should be removed.",
  "Reporte un árbol de la calle muerto o moribundo que debe retirarse.",
  ["dead tree","dying tree","remove tree"],["árbol muerto","árbol seco","retirar árbol"])
s("DPR","Illegal Tree Damage","Illegal Tree Damage","Daño ilegal a un árbol","parks",
  "Report someone damaging a street tree, pruning it without permission or chaining a bike to it.",
  "Reporte a alguien que daña un árbol de la calle, lo poda sin permiso o le encadena una bicicleta.",
  ["tree damage","illegal pruning","bike on tree"],["daño a un árbol","poda ilegal","bicicleta en un árbol"])
s("DPR","Animal in a Park","Animal in a Park","Animal en un parque","parks",
  "Report a stray or dead animal, or a dog off its leash, in a park.",
  "Reporte un animal callejero o muerto, o un perro sin correa, en un parque.",
  ["stray animal","dead animal","dog off leash","park"],["animal callejero","animal muerto","perro sin correa","parque"])
s("DPR","Wood Pile Remaining","Wood Pile Remaining","Restos de madera sin retirar","parks",
  "Report wood or debris left behind after tree work.",
  "Reporte madera o restos que quedaron después de trabajos de poda o tala.",
  ["wood pile","tree debris","logs"],["montón de madera","restos de poda","troncos"])
s("DPR","Violation of Park Rules","Violation of Park Rules","Infracción de las normas del parque","parks",
  "Report a barbecue outside the allowed areas or unsafe use of a playground.",
  "Reporte una parrillada fuera de las áreas permitidas o el uso peligroso de los juegos infantiles.",
  ["park rules","barbecue","playground"],["normas del parque","parrillada","juegos infantiles"])
s("DPR","Dead/Dying Tree","Dead/Dying Tree","Árbol muerto o moribundo","parks",
  "Report a tree planted more than two years ago that is dead or dying.",
  "Reporte un árbol plantado hace más de dos años que está muerto o se está muriendo.",
  ["dying tree","dead tree","young tree"],["árbol muriéndose","árbol muerto","árbol joven"])
# ---- DSNY
s("DSNY","Graffiti","Graffiti","Grafiti","sanitation",
  "Ask for graffiti to be cleaned off a building, wall or other property.",
  "Solicite que se limpie el grafiti de un edificio, un muro u otra propiedad.",
  ["graffiti","tagging","vandalism","spray paint"],["grafiti","pintas","vandalismo","pintura en aerosol"])
s("DSNY","Request Large Bulky Item Collection","Request Large Bulky Item Collection","Solicitar recolección de objetos voluminosos","sanitation",
  "Schedule a pickup for furniture, mattresses, appliances or other large items.",
  "Programe la recolección de muebles, colchones, electrodomésticos u otros objetos grandes.",
  ["bulky item","mattress","furniture","couch","pickup"],["objeto voluminoso","colchón","muebles","sofá","recolección"])
s("DSNY","Dirty Condition","Dirty Condition","Suciedad","sanitation",
  "Report trash, dog waste, broken glass or dirt on a street or sidewalk.",
  "Reporte basura, excremento de perro, vidrios rotos o tierra en una calle o acera.",
  ["trash","dirty street","dog poop","litter"],["basura","calle sucia","popó de perro","desperdicios"])
s("DSNY","Illegal Dumping","Illegal Dumping","Vertido ilegal","sanitation",
  "Report trash or debris dumped illegally on a street or an empty lot.",
  "Reporte basura o escombros tirados ilegalmente en una calle o un terreno baldío.",
  ["illegal dumping","debris","trash pile","dumped"],["tiradero ilegal","escombros","montón de basura","tiraron basura"])
s("DSNY","Derelict Vehicles","Derelict Vehicles","Vehículos abandonados (chatarra)","sanitation",
  "Report a junk car without plates that has been left on the street.",
  "Reporte un auto chatarra sin placas abandonado en la calle.",
  ["junk car","abandoned car","no plates"],["auto chatarra","auto abandonado","sin placas"])
s("DSNY","Vendor Enforcement","Vendor Enforcement","Control de vendedores ambulantes","sanitation",
  "Report a street vendor who is littering or blocking the sidewalk.",
  "Reporte a un vendedor ambulante que ensucia o bloquea la acera.",
  ["street vendor","food cart","sidewalk"],["vendedor ambulante","puesto callejero","acera"])
s("DSNY","Missed Collection","Missed Collection","Recolección no realizada","sanitation",
  "Report that your trash, recycling or bulky items were not picked up on collection day.",
  "Reporte que no se recogió su basura, su reciclaje o sus objetos voluminosos el día de recolección.",
  ["missed pickup","garbage not collected","recycling"],["no pasó la basura","basura sin recoger","reciclaje"])
s("DSNY","Obstruction","Obstruction","Obstrucción","sanitation",
  "Report trash, cones, signs, weeds or merchandise blocking a sidewalk or street.",
  "Reporte basura, conos, letreros, maleza o mercancía que bloquean una acera o una calle.",
  ["blocked sidewalk","obstruction","cones"],["acera bloqueada","obstrucción","conos"])
s("DSNY","Residential Disposal Complaint","Residential Disposal Complaint","Queja sobre residuos domiciliarios","sanitation",
  "Report a home that puts out its trash at the wrong time, unsecured or not separated from recycling.",
  "Reporte una vivienda que saca la basura a deshoras, sin asegurar o sin separarla del reciclaje.",
  ["trash set out","recycling","garbage bags"],["sacar la basura","reciclaje","bolsas de basura"])
s("DSNY","Electronics Waste Appointment","Electronics Waste Appointment","Cita para residuos electrónicos","sanitation",
  "Make an appointment to have old electronics such as TVs and computers picked up.",
  "Haga una cita para que recojan aparatos electrónicos viejos, como televisores y computadoras.",
  ["e-waste","old TV","computer","electronics"],["residuos electrónicos","televisor viejo","computadora","electrónicos"])
s("DSNY","Dead Animal","Dead Animal","Animal muerto","sanitation",
  "Ask for a dead animal to be removed from the street or sidewalk.",
  "Solicite que se retire un animal muerto de la calle o la acera.",
  ["dead animal","dead cat","dead raccoon"],["animal muerto","gato muerto","mapache muerto"])
s("DSNY","Dumpster Complaint","Dumpster Complaint","Queja sobre un contenedor","sanitation",
  "Report a dumpster that is overflowing or blocking the sidewalk or street.",
  "Reporte un contenedor de basura que se desborda o que bloquea la acera o la calle.",
  ["dumpster","overflowing","container"],["contenedor","desbordado","volquete"])
s("DSNY","Missed Collection (All Materials)","Missed Collection (All Materials)","Recolección no realizada (todos los materiales)","sanitation",
  "Report that none of your trash or recycling was picked up on collection day.",
  "Reporte que no se recogió nada de su basura ni de su reciclaje el día de recolección.",
  ["missed pickup","garbage","recycling"],["no pasó el camión","basura","reciclaje"])
s("DSNY","Commercial Disposal Complaint","Commercial Disposal Complaint","Queja sobre residuos comerciales","sanitation",
  "Report a business that disposes of its waste improperly or does not show its private carter decal.",
  "Reporte un negocio que desecha sus residuos de forma indebida o no exhibe la calcomanía de su recolector privado.",
  ["business trash","commercial waste","private carter"],["basura de negocio","residuos comerciales","recolector privado"])
s("DSNY","Litter Basket Request","Litter Basket Request","Solicitud de cesto de basura","sanitation",
  "Ask for a new public litter basket on a street corner.",
  "Solicite un nuevo cesto de basura público en una esquina.",
  ["litter basket","trash can","public bin"],["cesto de basura","bote de basura","papelera"])
s("DSNY","Sanitation Condition","Sanitation Condition","Condición de limpieza","sanitation",
  "Report waste dumped on the street or dead animals.",
  "Reporte residuos tirados en la calle o animales muertos.",
  ["street condition","dumping","dead animals"],["estado de la calle","basura tirada","animales muertos"])
s("DSNY","Abandoned Bike","Abandoned Bike","Bicicleta abandonada","sanitation",
  "Report an abandoned bike chained to a pole, a rack or other public property.",
  "Reporte una bicicleta abandonada encadenada a un poste, un bicicletero u otra propiedad pública.",
  ["abandoned bike","bicycle","chained bike"],["bicicleta abandonada","bicicleta","bicicleta encadenada"])
s("DSNY","Illegal Posting","Illegal Posting","Carteles ilegales","sanitation",
  "Report posters or signs stuck illegally on poles or other public property.",
  "Reporte carteles o letreros pegados ilegalmente en postes u otra propiedad pública.",
  ["posters","flyers","signs on poles"],["carteles","volantes","anuncios en postes"])
s("DSNY","Street Sweeping Complaint","Street Sweeping Complaint","Queja sobre el barrido de calles","sanitation",
  "Report that your street was not swept or was swept poorly.",
  "Reporte que su calle no se barrió o se barrió mal.",
  ["street sweeper","sweeping","dirty street"],["barredora","barrido","calle sucia"])
s("DSNY","Other Enforcement","Other Enforcement","Otras infracciones","sanitation",
  "Report an obstruction on the sidewalk that sanitation rules do not allow.",
  "Reporte una obstrucción en la acera que las normas de limpieza no permiten.",
  ["sidewalk obstruction","blocked sidewalk"],["obstrucción de la acera","acera bloqueada"])
s("DSNY","Dirty Conditions","Dirty Conditions","Condiciones de suciedad","sanitation",
  "Report a dirty sidewalk in front of a property.",
  "Reporte una acera sucia frente a una propiedad.",
  ["dirty sidewalk","litter","trash"],["acera sucia","desperdicios","basura"])
s("DSNY","Adopt-A-Basket","Adopt-A-Basket","Adopta un cesto","sanitation",
  "Volunteer to look after a public litter basket on your block.",
  "Ofrézcase como voluntario para cuidar un cesto de basura público de su cuadra.",
  ["adopt a basket","volunteer","litter basket"],["adopta un cesto","voluntario","cesto de basura"])
s("DSNY","Litter Basket / Request","Litter Basket / Request","Cesto de basura / solicitud","sanitation",
  "Ask for a litter basket to be placed, replaced or emptied.",
  "Solicite que se coloque, se reemplace o se vacíe un cesto de basura.",
  ["litter basket","trash can","overflowing bin"],["cesto de basura","bote de basura","cesto lleno"])
# ---- EDC
s("EDC","Noise - Helicopter","Noise - Helicopter","Ruido - Helicóptero","noise",
  "Report noise from helicopters flying over your neighborhood.",
  "Reporte el ruido de helicópteros que sobrevuelan su barrio.",
  ["helicopter","aircraft noise","flying low"],["helicóptero","ruido de aeronaves","sobrevuelo"])
# ---- HPD
s("HPD","HEAT/HOT WATER","Heat/Hot Water","Calefacción/agua caliente","housing",
  "Report that there is no heat or no hot water in your apartment or building.",
  "Reporte que no hay calefacción o agua caliente en su apartamento o edificio.",
  ["no heat","hot water","cold apartment","boiler","radiator"],["sin calefacción","agua caliente","apartamento frío","caldera","radiador"])
s("HPD","UNSANITARY CONDITION","Unsanitary Condition","Condición insalubre","housing",
  "Report pests, mold, sewage or garbage problems in your building.",
  "Reporte plagas, moho, aguas negras o problemas con la basura en su edificio.",
  ["roaches","bed bugs","mold","mice","sewage"],["cucarachas","chinches","moho","ratones","aguas negras"])
s("HPD","PAINT/PLASTER","Paint/Plaster","Pintura/yeso","housing",
  "Report peeling paint or damaged plaster on walls, ceilings, windows or doors in your apartment.",
  "Reporte pintura descascarada o yeso dañado en paredes, techos, ventanas o puertas de su apartamento.",
  ["peeling paint","plaster","ceiling","cracked wall"],["pintura descascarada","yeso","techo","pared agrietada"])
s("HPD","PLUMBING","Plumbing","Plomería","housing",
  "Report a broken toilet, sink, bathtub or shower, or a water supply problem in your apartment.",
  "Reporte un inodoro, lavabo, bañera o ducha descompuestos, o un problema de suministro de agua en su apartamento.",
  ["toilet","sink","clogged","no water","pipe"],["inodoro","lavabo","tapado","sin agua","tubería"])
s("HPD","WATER LEAK","Water Leak","Fuga de agua","housing",
  "Report water leaking into your apartment from a ceiling, wall or pipe.",
  "Reporte agua que se filtra en su apartamento desde el techo, una pared o una tubería.",
  ["leak","water leak","ceiling leak","dripping"],["fuga","gotera","filtración","gotea"])
s("HPD","DOOR/WINDOW","Door/Window","Puerta/ventana","housing",
  "Report a broken door, window, pane or frame in your apartment.",
  "Reporte una puerta, ventana, vidrio o marco roto en su apartamento.",
  ["broken window","door","lock","window frame"],["ventana rota","puerta","cerradura","marco de ventana"])
s("HPD","GENERAL","General (Building Services)","General (servicios del edificio)","housing",
  "Report a problem with building services such as the intercom, mailbox, cooking gas, ventilation or the super.",
  "Reporte un problema con servicios del edificio como el intercomunicador, el buzón, el gas para cocinar, la ventilación o el encargado.",
  ["intercom","buzzer","super","mailbox","cooking gas"],["intercomunicador","timbre","encargado","buzón","gas"])
s("HPD","ELECTRIC","Electric","Electricidad","housing",
  "Report broken lighting, outlets, switches or wiring, or a power outage in your building.",
  "Reporte problemas de iluminación, enchufes, interruptores o cableado, o un corte de luz en su edificio.",
  ["no power","outlet","wiring","lights out"],["sin luz","enchufe","cableado","apagón"])
s("HPD","FLOORING/STAIRS","Flooring/Stairs","Pisos/escaleras","housing",
  "Report a damaged floor or staircase in your apartment or building.",
  "Reporte un piso o una escalera dañados en su apartamento o edificio.",
  ["floor","stairs","broken step"],["piso","escaleras","escalón roto"])
s("HPD","APPLIANCE","Appliance","Electrodomésticos","housing",
  "Report a broken refrigerator or stove that your landlord provides.",
  "Reporte un refrigerador o una estufa descompuestos que le proporciona su arrendador.",
  ["fridge","stove","oven","appliance"],["refrigerador","estufa","horno","electrodoméstico"])
s("HPD","SAFETY","Safety","Seguridad","housing",
  "Report missing or broken smoke or carbon monoxide detectors, fire escapes, sprinklers or window guards.",
  "Reporte detectores de humo o de monóxido de carbono, escaleras de incendios, rociadores o protectores de ventana faltantes o rotos.",
  ["smoke detector","carbon monoxide","fire escape","window guard"],["detector de humo","monóxido de carbono","escalera de incendios","protector de ventana"])
s("HPD","HPD Literature Request","HPD Literature Request","Solicitud de publicaciones de HPD","housing",
  "Order free HPD brochures on tenant and landlord disputes, heat rules or home loans.",
  "Pida folletos gratuitos de HPD sobre disputas entre inquilinos y arrendadores, normas de calefacción o préstamos para vivienda.",
  ["brochure","tenant rights","heat rules"],["folleto","derechos del inquilino","normas de calefacción"])
s("HPD","ELEVATOR","Elevator","Ascensor","housing",
  "Report an elevator in your apartment building that needs maintenance.",
  "Reporte un ascensor de su edificio de apartamentos que necesita mantenimiento.",
  ["elevator","lift","broken elevator"],["ascensor","elevador","elevador descompuesto"])
s("HPD","OUTSIDE BUILDING","Outside Building","Exterior del edificio","housing",
  "Report damaged pavement or gutters outside your residential building.",
  "Reporte pavimento o canaletas dañados en el exterior de su edificio residencial.",
  ["gutter","pavement","outside"],["canaleta","pavimento","exterior"])
# ---- NYCEM
s("NYCEM","OEM Literature Request","OEM Literature Request","Solicitud de publicaciones de OEM","safety",
  "Order free emergency preparedness guides, such as Ready New York.",
  "Pida guías gratuitas de preparación para emergencias, como Ready New York.",
  ["emergency guide","Ready NY","preparedness"],["guía de emergencias","Ready NY","preparación"])
# ---- NYPD
s("NYPD","Noise - Residential","Noise - Residential","Ruido - Residencial","noise",
  "Report loud music, TV, talking or banging coming from a neighbor's home.",
  "Reporte música, televisión, conversaciones o golpes a alto volumen en la vivienda de un vecino.",
  ["loud music","party","neighbor","noise"],["música alta","fiesta","vecino","ruido"])
s("NYPD","Illegal Parking","Illegal Parking","Estacionamiento ilegal","parking",
  "Report a vehicle parked illegally, double-parked or blocking a hydrant, bike lane, crosswalk or sidewalk.",
  "Reporte un vehículo estacionado ilegalmente, en doble fila o bloqueando un hidrante, una ciclovía, un paso peatonal o la acera.",
  ["illegal parking","double parked","blocked hydrant","bike lane"],["estacionamiento ilegal","doble fila","hidrante bloqueado","ciclovía"])
s("NYPD","Noise - Street/Sidewalk","Noise - Street/Sidewalk","Ruido - Calle/acera","noise",
  "Report loud music or talking on a street or sidewalk.",
  "Reporte música o conversaciones a alto volumen en la calle o la acera.",
  ["street noise","loud music","yelling"],["ruido en la calle","música alta","gritos"])
s("NYPD","Noise - Commercial","Noise - Commercial","Ruido - Comercial","noise",
  "Report loud music or noise from a bar, club, store or other business.",
  "Reporte música o ruido a alto volumen de un bar, discoteca, tienda u otro negocio.",
  ["bar","club","loud music","business noise"],["bar","antro","música alta","ruido de negocio"])
s("NYPD","Blocked Driveway","Blocked Driveway","Entrada de cochera bloqueada","parking",
  "Report a vehicle blocking your driveway.",
  "Reporte un vehículo que bloquea la entrada de su cochera.",
  ["blocked driveway","car in driveway","garage"],["cochera bloqueada","entrada bloqueada","garaje"])
s("NYPD","Noise - Vehicle","Noise - Vehicle","Ruido - Vehículo","noise",
  "Report car horns, loud car music or an engine left running.",
  "Reporte cláxones, música a alto volumen en un vehículo o un motor encendido sin circular.",
  ["car horn","car music","idling","honking"],["claxon","música en el auto","motor encendido","pitar"])
s("NYPD","Derelict Vehicle","Derelict Vehicle","Vehículo abandonado (chatarra)","parking",
  "Report a wrecked or junk vehicle with license plates left on the street.",
  "Reporte un vehículo chocado o chatarra con placas abandonado en la calle.",
  ["junk car","wrecked car","abandoned"],["auto chatarra","auto chocado","abandonado"])
s("NYPD","Abandoned Vehicle","Abandoned Vehicle","Vehículo abandonado","parking",
  "Report a vehicle with plates that seems to have been left on the street for a long time.",
  "Reporte un vehículo con placas que parece llevar mucho tiempo abandonado en la calle.",
  ["abandoned car","car not moved","parked for weeks"],["auto abandonado","auto sin moverse","estacionado por semanas"])
s("NYPD","Non-Emergency Police Matter","Non-Emergency Police Matter","Asunto policial que no es de emergencia","safety",
  "Report trespassing or another police matter that is not an emergency (call 911 for emergencies).",
  "Reporte una entrada ilegal u otro asunto policial que no es de emergencia (llame al 911 en caso de emergencia).",
  ["police","trespassing","non-emergency"],["policía","intruso","no es emergencia"])
s("NYPD","Encampment","Encampment","Campamento","safety",
  "Report an encampment on a street or in a public space that raises a safety concern.",
  "Reporte un campamento en la calle o en un espacio público que representa un problema de seguridad.",
  ["encampment","tents","street"],["campamento","casas de campaña","calle"])
s("NYPD","Noise - Park","Noise - Park","Ruido - Parque","noise",
  "Report loud music or talking in a park.",
  "Reporte música o conversaciones a alto volumen en un parque.",
  ["park noise","loud music","party"],["ruido en el parque","música alta","fiesta"])
s("NYPD","Illegal Fireworks","Illegal Fireworks","Fuegos artificiales ilegales","safety",
  "Report people setting off illegal fireworks.",
  "Reporte a personas que lanzan fuegos artificiales ilegales.",
  ["fireworks","firecrackers","explosions"],["fuegos artificiales","cohetes","explosiones"])
s("NYPD","Drug Activity","Drug Activity","Actividad relacionada con drogas","safety",
  "Report drug use inside a building or outside in a public place.",
  "Reporte consumo de drogas dentro de un edificio o afuera, en un lugar público.",
  ["drugs","drug use","dealing"],["drogas","consumo de drogas","venta de drogas"])
s("NYPD","Animal-Abuse","Animal Abuse","Maltrato animal","safety",
  "Report an animal that is neglected, left without shelter or being hurt.",
  "Reporte un animal descuidado, sin refugio o al que están lastimando.",
  ["animal abuse","neglected dog","cruelty"],["maltrato animal","perro descuidado","crueldad"])
s("NYPD","Vending","Vending","Venta ambulante","consumer",
  "Report an unlicensed street vendor or a vendor in a prohibited area.",
  "Reporte a un vendedor ambulante sin licencia o en una zona prohibida.",
  ["street vendor","unlicensed","selling"],["vendedor ambulante","sin licencia","venta en la calle"])
s("NYPD","Drinking","Drinking","Consumo de alcohol","safety",
  "Report drinking in public, or a bar serving minors or open after hours.",
  "Reporte consumo de alcohol en la vía pública, o un bar que sirve a menores o abre fuera del horario permitido.",
  ["drinking","alcohol","underage","bar"],["tomar en la calle","alcohol","menores de edad","bar"])
s("NYPD","Traffic","Traffic","Tránsito","transport",
  "Report gridlock, drag racing or trucks driving off the permitted truck routes.",
  "Reporte embotellamientos, carreras ilegales o camiones que circulan fuera de las rutas permitidas.",
  ["traffic","gridlock","drag racing","trucks"],["tránsito","embotellamiento","arrancones","camiones"])
s("NYPD","Bike/Roller/Skate Chronic","Bike/Roller/Skate Chronic","Bicicletas/patines - problema recurrente","safety",
  "Report a place where people keep riding bikes, skates or skateboards dangerously.",
  "Reporte un lugar donde la gente circula una y otra vez de forma peligrosa en bicicleta, patines o patineta.",
  ["bikes on sidewalk","skateboard","reckless riding"],["bicicletas en la acera","patineta","conducción temeraria"])
s("NYPD","Panhandling","Panhandling","Mendicidad","safety",
  "Report aggressive begging in a public place.",
  "Reporte mendicidad agresiva en un lugar público.",
  ["panhandling","begging","asking for money"],["mendicidad","pedir dinero","limosna"])
s("NYPD","Noise - House of Worship","Noise - House of Worship","Ruido - Lugar de culto","noise",
  "Report loud music or noise from a church, mosque, synagogue or other house of worship.",
  "Reporte música o ruido a alto volumen de una iglesia, mezquita, sinagoga u otro lugar de culto.",
  ["church noise","loud music","worship"],["ruido de iglesia","música alta","culto"])
s("NYPD","Homeless Encampment","Homeless Encampment","Campamento de personas sin hogar","safety",
  "Report a homeless encampment on a street or in a public space.",
  "Reporte un campamento de personas sin hogar en la calle o en un espacio público.",
  ["homeless","encampment","tents"],["personas sin hogar","campamento","casas de campaña"])
s("NYPD","Disorderly Youth","Disorderly Youth","Jóvenes que causan desorden","safety",
  "Report young people causing a disturbance or playing in an unsafe place.",
  "Reporte a jóvenes que causan desorden o juegan en un lugar peligroso.",
  ["teenagers","kids","disturbance"],["adolescentes","chavos","desorden"])
s("NYPD","Graffiti","Graffiti","Grafiti","safety",
  "Report graffiti to the police when you need a police report, for example for an insurance claim.",
  "Reporte un grafiti a la policía cuando necesite un informe policial, por ejemplo para su seguro.",
  ["graffiti","police report","vandalism"],["grafiti","informe policial","vandalismo"])
s("NYPD","Urinating in Public","Urinating in Public","Orinar en la vía pública","safety",
  "Report someone urinating in a public place.",
  "Reporte a alguien que orina en un lugar público.",
  ["urinating","peeing","public"],["orinar","hacer pipí","vía pública"])
# ---- OOS
s("OOS","Cannabis Retailer","Cannabis Retailer","Venta de cannabis","consumer",
  "Report a store that sells cannabis without a license.",
  "Reporte una tienda que vende cannabis sin licencia.",
  ["cannabis","marijuana","smoke shop","unlicensed"],["cannabis","marihuana","tienda de cannabis","sin licencia"])
# ---- TLC
s("TLC","Taxi Complaint","Taxi Complaint","Queja sobre un taxi","transport",
  "Complain about a yellow or green taxi driver or vehicle.",
  "Presente una queja sobre un conductor o un vehículo de taxi amarillo o verde.",
  ["taxi","cab","driver","overcharged"],["taxi","conductor","cobro excesivo"])
s("TLC","Lost Property","Lost Property","Objetos perdidos","transport",
  "Report something you left in a taxi or for-hire vehicle.",
  "Reporte algo que olvidó en un taxi o en un vehículo de alquiler con conductor.",
  ["lost phone","left in taxi","lost wallet","lost bag"],["celular perdido","olvidé en el taxi","cartera perdida","bolsa perdida"])
s("TLC","For Hire Vehicle Complaint","For Hire Vehicle Complaint","Queja sobre un vehículo de alquiler con conductor","transport",
  "Complain about an app-based ride, a car service or its driver.",
  "Presente una queja sobre un viaje por aplicación, un servicio de autos o su conductor.",
  ["Uber","Lyft","car service","driver"],["Uber","Lyft","servicio de autos","conductor"])
s("TLC","Taxi Report","Taxi Report","Reporte sobre un taxi","transport",
  "Send a report about a taxi driver you rode with.",
  "Envíe un reporte sobre un conductor de taxi con el que viajó.",
  ["taxi","driver","report","compliment"],["taxi","conductor","reporte","felicitación"])
s("TLC","For Hire Vehicle Report","For Hire Vehicle Report","Reporte sobre un vehículo de alquiler con conductor","transport",
  "Send a report about a for-hire vehicle driver you saw on the road.",
  "Envíe un reporte sobre un conductor de vehículo de alquiler que vio en la calle.",
  ["for-hire vehicle","driver","report"],["vehículo de alquiler","conductor","reporte"])
