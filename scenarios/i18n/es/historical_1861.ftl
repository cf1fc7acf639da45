# Translation of the scenario `historical_1861` into `es`.
# Each message: the English from the scenario file as a comment, then the translation.

# Águila y Corona: the French Intervention, 1861–1867
scenario-title = Águila y Corona: la Intervención francesa, 1861–1867

# December 1861. Juárez's Republic has just won the Reform War and suspended payments on its foreign debt; Britain, Spain and France have signed the Convention of London and a Spanish squadron from Havana has occupied Veracruz, with British marines and a French brigade to follow. Behind the debt claims Napoleon III nurses a 'Grand Design': a Catholic monarchy under a Habsburg prince, propped up by French bayonets while the United States is torn by civil war. The Republic has a legitimate government, tens of thousands of national guards and a country too large to hold; the Intervention has the best army in the world, Mexican conservatives who invited it, and a political will at home that money, casualties, Washington and Prussia will wear down. Play either side, or let the rules run and watch the rise-and-fall curve of docs/history/calibration.md emerge — or not.
scenario-description = Diciembre de 1861. La República de Juárez acaba de ganar la Guerra de Reforma y ha suspendido el pago de su deuda externa; el Reino Unido, España y Francia han firmado la Convención de Londres, y una escuadra española procedente de La Habana ha ocupado Veracruz, a la que seguirán infantes de marina británicos y una brigada francesa. Detrás de las reclamaciones por la deuda, Napoleón III acaricia un «Gran Designio»: una monarquía católica encabezada por un príncipe Habsburgo y sostenida por las bayonetas francesas mientras Estados Unidos se desgarra en una guerra civil. La República cuenta con un gobierno legítimo, decenas de miles de guardias nacionales y un país demasiado extenso para que el invasor lo ocupe por completo; la Intervención tiene el mejor ejército del mundo, a los conservadores mexicanos que la llamaron y, en Francia, una voluntad política que el dinero, las bajas, Washington y Prusia irán desgastando. Juega con cualquiera de los dos bandos, o deja que las reglas avancen solas y observa si aparece, o no, la curva de auge y caída que describen las notas históricas del proyecto (docs/history/calibration.md).

# End of the US Civil War
param-us_civil_war_end = Fin de la Guerra de Secesión

# Month the Union wins; after it the US presses France and arms cross the Rio Grande.
param-us_civil_war_end-explanation = Mes en que triunfa la Unión; a partir de entonces, Estados Unidos presiona a Francia y las armas cruzan el río Bravo.

# Austro-Prussian War
param-austro_prussian_war = Guerra austro-prusiana

# Whether Prussia and Austria go to war, raising the European crisis and ending Austrian volunteers.
param-austro_prussian_war-explanation = Si Prusia y Austria llegan a la guerra, lo que agrava la crisis europea y pone fin al envío de voluntarios austriacos.

# Königgrätz
param-austro_prussian_war_date = Königgrätz

# Month of Austria's defeat by Prussia (if the war happens at all).
param-austro_prussian_war_date-explanation = Mes de la derrota de Austria ante Prusia (si es que la guerra llega a estallar).

# Britain and Spain stay in the alliance
param-allies_stay = El Reino Unido y España permanecen en la alianza

# If true the Orizaba conference does not break up; France must itself break with its allies to fight.
param-allies_stay-explanation = Si se activa, la conferencia de Orizaba no se rompe; para combatir, Francia tendrá que romper ella misma con sus aliados.

# France's initial resolve
param-france_initial_will = Determinación inicial de Francia

# Starting value of France's political will to pursue the Grand Design.
param-france_initial_will-explanation = Valor inicial de la voluntad política de Francia para llevar adelante el Gran Designio.

# Maximilian's policy
param-maximilian_leaning = La política de Maximiliano

# His policy when crowned, −100 clerical to +100 liberal (historically he confirmed the Reform).
param-maximilian_leaning-explanation = Su política al ser coronado, de −100 (clerical) a +100 (liberal); históricamente, ratificó las Leyes de Reforma.

# Zaragoza's typhoid
param-zaragoza_death = La fiebre tifoidea de Zaragoza

# Month Zaragoza dies of typhoid; set it late for 'Zaragoza survives 1862'.
param-zaragoza_death-explanation = Mes en que Zaragoza muere de fiebre tifoidea; pon una fecha tardía para jugar «Zaragoza sobrevive a 1862».

# Austrian Volunteer Corps
param-austrian_volunteers = Cuerpo de Voluntarios Austriacos

# Whether Franz Joseph allows the recruitment of volunteers for his brother's empire.
param-austrian_volunteers-explanation = Si Francisco José permite reclutar voluntarios para el imperio de su hermano.

# Belgian Legion
param-belgian_legion = Legión Belga

# Whether Leopold I lets a Belgian legion go to guard his daughter Carlota.
param-belgian_legion-explanation = Si Leopoldo I deja partir una legión belga para custodiar a su hija Carlota.

# Maximilian accepts the crown
param-maximilian_accepts = Maximiliano acepta la corona

# If false, no Habsburg comes: the Regency goes on without a monarch.
param-maximilian_accepts-explanation = Si se desactiva, no llega ningún Habsburgo: la Regencia sigue gobernando sin monarca.

# Costs charged at Miramar
param-miramar_debt = Costos impuestos en Miramar

# Millions of pesos of intervention costs the Empire owes France on accepting (270 M francs ÷ 5.4).
param-miramar_debt-explanation = Millones de pesos en gastos de la intervención que el Imperio debe a Francia al aceptar la corona (270 millones de francos ÷ 5.4).

# France's political will
track-france_will = Voluntad política de Francia

# United States pressure
track-us_pressure = Presión de Estados Unidos

# European crisis
track-european_crisis = Crisis europea

# Legitimacy of the Republic
track-republic_legitimacy = Legitimidad de la República

# French ambition (the Grand Design)
track-french_ambition = Ambición francesa (el Gran Designio)

# United Kingdom
power-britain = Reino Unido

# Spain
power-spain = España

# Central plateau (Mesa Central)
terrain-plateau = Altiplano central (Mesa Central)

# Tropical coast (tierra caliente)
terrain-coast = Costa tropical (tierra caliente)

# Sierra
terrain-mountain = Sierra

# Northern desert and steppe
terrain-desert = Desierto y estepa del norte

# Jungle and swamp
terrain-jungle = Selva y pantano

# Distrito Federal (Valle de México)
province-distrito_federal = Distrito Federal (Valle de México)

# Mexico City
province-distrito_federal-short = Ciudad de México

# Ciudad de México
province-distrito_federal-capital = Ciudad de México

# Estado de México (incl. later Hidalgo and Morelos)
province-mexico = Estado de México (con los futuros Hidalgo y Morelos)

# Estado de México
province-mexico-short = Estado de México

# Toluca
province-mexico-capital = Toluca

# Puebla
province-puebla = Puebla

# Puebla de Zaragoza
province-puebla-capital = Puebla de Zaragoza

# Tlaxcala
province-tlaxcala = Tlaxcala

# Tlaxcala
province-tlaxcala-capital = Tlaxcala

# Veracruz
province-veracruz = Veracruz

# Veracruz (port); Xalapa traditional capital
province-veracruz-capital = Veracruz (el puerto); Xalapa, capital tradicional

# Querétaro
province-queretaro = Querétaro

# Santiago de Querétaro
province-queretaro-capital = Santiago de Querétaro

# Guanajuato
province-guanajuato = Guanajuato

# Guanajuato
province-guanajuato-capital = Guanajuato

# Michoacán
province-michoacan = Michoacán

# Morelia
province-michoacan-capital = Morelia

# Jalisco
province-jalisco = Jalisco

# Guadalajara
province-jalisco-capital = Guadalajara

# Tepic (Lozada's Nayarit)
province-tepic = Tepic (el Nayarit de Lozada)

# Tepic
province-tepic-short = Tepic

# Tepic
province-tepic-capital = Tepic

# Colima
province-colima = Colima

# Colima
province-colima-capital = Colima

# Aguascalientes
province-aguascalientes = Aguascalientes

# Aguascalientes
province-aguascalientes-capital = Aguascalientes

# Zacatecas
province-zacatecas = Zacatecas

# Zacatecas
province-zacatecas-capital = Zacatecas

# San Luis Potosí
province-san_luis_potosi = San Luis Potosí

# San Luis Potosí
province-san_luis_potosi-capital = San Luis Potosí

# Tamaulipas
province-tamaulipas = Tamaulipas

# Ciudad Victoria
province-tamaulipas-capital = Ciudad Victoria

# Nuevo León y Coahuila
province-nuevo_leon_coahuila = Nuevo León y Coahuila

# Monterrey (Saltillo for Coahuila)
province-nuevo_leon_coahuila-capital = Monterrey (Saltillo, para Coahuila)

# Chihuahua
province-chihuahua = Chihuahua

# Chihuahua
province-chihuahua-capital = Chihuahua

# Durango
province-durango = Durango

# Durango
province-durango-capital = Durango

# Sinaloa
province-sinaloa = Sinaloa

# Culiacán (Mazatlán seat c.1859–1873)
province-sinaloa-capital = Culiacán (Mazatlán fue la sede hacia 1859–1873)

# Sonora
province-sonora = Sonora

# Ures
province-sonora-capital = Ures

# Baja California (territory)
province-baja_california = Baja California (territorio)

# Baja California
province-baja_california-short = Baja California

# La Paz
province-baja_california-capital = La Paz

# Guerrero
province-guerrero = Guerrero

# Tixtla (Ciudad Guerrero)
province-guerrero-capital = Tixtla (Ciudad Guerrero)

# Oaxaca
province-oaxaca = Oaxaca

# Oaxaca de Juárez
province-oaxaca-capital = Oaxaca de Juárez

# Chiapas
province-chiapas = Chiapas

# San Cristóbal de Las Casas
province-chiapas-capital = San Cristóbal de Las Casas

# Tabasco
province-tabasco = Tabasco

# San Juan Bautista (Villahermosa)
province-tabasco-capital = San Juan Bautista (Villahermosa)

# Campeche
province-campeche = Campeche

# Campeche
province-campeche-capital = Campeche

# Yucatán
province-yucatan = Yucatán

# Mérida
province-yucatan-capital = Mérida

# French expeditionary corps
contingent-french_corps = Cuerpo Expedicionario Francés

# Spanish expeditionary corps
contingent-spanish_corps = Cuerpo Expedicionario Español

# Royal Marines
contingent-british_marines = Infantería de marina británica (Royal Marines)

# Egyptian (Sudanese) battalion
contingent-egyptian_battalion = Batallón egipcio (sudanés)

# Imperial Mexican Army
contingent-imperial_army = Ejército Imperial Mexicano

# Conservative auxiliaries (Márquez, Mejía)
contingent-conservative_auxiliaries = Auxiliares conservadores (Márquez, Mejía)

# Austrian Volunteer Corps
contingent-austrian_volunteers = Cuerpo de Voluntarios Austriacos

# Belgian Legion ('Empress's Guard')
contingent-belgian_legion = Legión Belga («Guardia de la Emperatriz»)

# Lozada's Tepic army
contingent-lozada_force = Ejército tepiqueño de Lozada

# Republican regular army
contingent-republic_regulars = Ejército regular republicano

# National Guard and guerrilla bands
contingent-national_guard = Guardia Nacional y guerrillas

# Constitutional President; head of the Republic
leader-benito_juarez-role = Presidente constitucional; jefe de la República

# Commander, Army of the East
leader-ignacio_zaragoza-role = Comandante del Ejército de Oriente

# Governor of Zacatecas; Army of the East 1862–63
leader-jesus_gonzalez_ortega-role = Gobernador de Zacatecas; al frente del Ejército de Oriente en 1862–1863

# Commander, Army of the Centre; war minister
leader-ignacio_comonfort-role = Comandante del Ejército del Centro; ministro de Guerra

# Brigade commander; later commander of the Army of the East (Oaxaca)
leader-porfirio_diaz-role = Comandante de brigada; después, jefe del Ejército de Oriente (Oaxaca)

# Commander, Army of the North; besieger of Querétaro
leader-mariano_escobedo-role = Comandante del Ejército del Norte; sitiador de Querétaro

# Commander, Army of the West (Sinaloa, Jalisco)
leader-ramon_corona-role = Comandante del Ejército de Occidente (Sinaloa, Jalisco)

# Commander in Michoacán (Army of the Centre)
leader-nicolas_de_regules-role = Comandante en Michoacán (Ejército del Centro)

# Commander, Army of the Centre (Jalisco/Michoacán)
leader-jose_maria_arteaga-role = Comandante del Ejército del Centro (Jalisco y Michoacán)

# Cavalry general under Arteaga
leader-carlos_salazar-role = General de caballería a las órdenes de Arteaga

# War minister; northern army 1864–65
leader-miguel_negrete-role = Ministro de Guerra; ejército del norte en 1864–1865

# Commander, Army of the Centre 1863–64
leader-jose_lopez_uraga-role = Comandante del Ejército del Centro en 1863–1864

# Tamaulipas border caudillo
leader-juan_cortina-role = Caudillo de la frontera tamaulipeca

# Chihuahua commander and governor
leader-luis_terrazas-role = Comandante militar y gobernador de Chihuahua

# Governor of Sonora
leader-ignacio_pesqueira-role = Gobernador de Sonora

# Cacique of Guerrero
leader-juan_alvarez-role = Cacique de Guerrero

# Governor of Nuevo León y Coahuila
leader-santiago_vidaurri-role = Gobernador de Nuevo León y Coahuila

# General in Michoacán and México; writer
leader-vicente_riva_palacio-role = General en Michoacán y el Estado de México; escritor

# Tabasco commander
leader-gregorio_mendez-role = Comandante en Tabasco

# Spanish commander and plenipotentiary
leader-juan_prim-role = Comandante y plenipotenciario español

# Commander of the French corps, 1862
leader-charles_de_lorencez-role = Comandante del cuerpo francés en 1862

# Commander-in-chief 1862–63; Marshal 1863
leader-elie_forey-role = Comandante en jefe en 1862–1863; mariscal en 1863

# Commander-in-chief 1863–67; Marshal 1864
leader-achille_bazaine-role = Comandante en jefe en 1863–1867; mariscal en 1864

# Divisional commander (Bajío, Jalisco, north-east)
leader-felix_douay-role = Comandante de división (Bajío, Jalisco, noreste)

# Divisional commander (north, north-west)
leader-armand_de_castagny-role = Comandante de división (norte y noroeste)

# Brigade commander (Chihuahua 1865)
leader-auguste_brincourt-role = Comandante de brigada (Chihuahua, 1865)

# Commander of the contre-guérilla (Tamaulipas)
leader-charles_dupin-role = Jefe de la contraguerrilla francesa (Tamaulipas)

# Foreign Legion colonel, later general (north-east)
leader-pierre_jeanningros-role = Coronel de la Legión Extranjera, después general (noreste)

# Emperor of Mexico
leader-maximilian-role = Emperador de México

# Conservative leader; Regent 1863–64
leader-juan_almonte-role = Líder conservador; regente en 1863–1864

# Ex-president; infantry commander 1866–67
leader-miguel_miramon-role = Expresidente; jefe de la infantería en 1866–1867

# General; Otomí caudillo of the Sierra Gorda
leader-tomas_mejia-role = General; caudillo otomí de la Sierra Gorda

# General ('Tiger of Tacubaya'); lieutenant of the Empire 1867
leader-leonardo_marquez-role = General (el «Tigre de Tacubaya»); lugarteniente del Imperio en 1867

# Caudillo of Tepic (Nayarit)
leader-manuel_lozada-role = Caudillo de Tepic (Nayarit)

# Imperial general in Michoacán
leader-ramon_mendez-role = General imperialista en Michoacán

# Imperial commander in Yucatán
leader-felipe_navarrete-role = Comandante imperialista en Yucatán

# Commander, Austrian Volunteer Corps
leader-franz_thun-role = Comandante del Cuerpo de Voluntarios Austriacos

# Commander, Belgian Legion
leader-alfred_van_der_smissen-role = Comandante de la Legión Belga

# Spanish expeditionary corps
army-spanish_expedition = Cuerpo Expedicionario Español

# Márquez's conservative bands
army-marquez_bands = Partidas conservadoras de Márquez

# Mejía's Sierra Gorda men
army-mejia_sierra_gorda = Serranos de Mejía (Sierra Gorda)

# Army of the East
army-army_of_the_east = Ejército de Oriente

# Oaxaca brigade
army-oaxaca_brigade = Brigada de Oaxaca

# Garrison of Mexico City
army-mexico_city_garrison = Guarnición de la Ciudad de México

# Division of the State of México
army-division_of_mexico = División del Estado de México

# National Guard of Querétaro
army-queretaro_guard = Guardia Nacional de Querétaro

# National Guard of Guanajuato (Doblado)
army-guanajuato_guard = Guardia Nacional de Guanajuato (Doblado)

# Zacatecas division
army-zacatecas_division = División de Zacatecas

# National Guard of San Luis Potosí
army-san_luis_guard = Guardia Nacional de San Luis Potosí

# Vidaurri's frontier forces
army-vidaurri_frontier = Fuerzas fronterizas de Vidaurri

# Cortina's Tamaulipas riders
army-tamaulipas_guard = Jinetes tamaulipecos de Cortina

# National Guard of Chihuahua
army-chihuahua_guard = Guardia Nacional de Chihuahua

# National Guard of Durango
army-durango_guard = Guardia Nacional de Durango

# National Guard of Sonora
army-sonora_guard = Guardia Nacional de Sonora

# National Guard of Sinaloa
army-sinaloa_guard = Guardia Nacional de Sinaloa

# Jalisco division
army-jalisco_division = División de Jalisco

# National Guard of Michoacán
army-michoacan_guard = Guardia Nacional de Michoacán

# Álvarez's Pintos
army-alvarez_pintos = Pintos de Álvarez

# Armies that events bring onto the map (army-<event>-<n>)
# French expeditionary brigade
army-french_landing-1 = Brigada expedicionaria francesa
# Royal Marines
army-british_marines_land-1 = Infantería de Marina británica (Royal Marines)
# Egyptian battalion
army-egyptian_battalion-1 = Batallón egipcio
# Lozada's army
army-lozada_adheres-1 = Fuerzas de Lozada
# Austrian Volunteer Corps
army-austrian_volunteers_land-1 = Cuerpo de Voluntarios Austriacos
# Belgian Legion
army-belgian_legion_lands-1 = Legión Belga
# Second Austrian draft
army-second_austrian_draft-1 = Segundo contingente austriaco

# The United States is at war with itself
event-us_civil_war_rages-title = Estados Unidos está en guerra consigo mismo

# Since April 1861 the United States has been fighting the Confederacy. Washington protests against European meddling in Mexico but can do nothing more: the Monroe Doctrine sleeps while the Union fights for its life. This is the opening Napoleon III has been waiting for.
event-us_civil_war_rages-text = Desde abril de 1861, Estados Unidos combate a la Confederación. Washington protesta contra la injerencia europea en México, pero no puede hacer nada más: la Doctrina Monroe duerme mientras la Unión lucha por sobrevivir. Es la oportunidad que Napoleón III estaba esperando.

# The Allies occupy Veracruz
event-allies_at_veracruz-title = Los aliados ocupan Veracruz

# In July 1861 Juárez suspended payments on the foreign debt for two years. Britain, Spain and France answered with the Convention of London (31 October), promising to seize the customs houses but not to interfere in Mexico's internal affairs. On 8 December a Spanish squadron from Havana reached Veracruz; the port and the island fortress of San Juan de Ulúa were occupied without resistance.
event-allies_at_veracruz-text = En julio de 1861 Juárez suspendió por dos años el pago de la deuda externa. El Reino Unido, España y Francia respondieron con la Convención de Londres (31 de octubre), por la que acordaban apoderarse de las aduanas y se comprometían a no intervenir en los asuntos internos de México. El 8 de diciembre una escuadra española procedente de La Habana llegó a Veracruz; el puerto y la fortaleza de San Juan de Ulúa, en su islote, fueron ocupados sin resistencia.

# The French land at Veracruz
event-french_landing-title = Los franceses desembarcan en Veracruz

# Admiral Jurien de la Gravière lands some 3,000 French troops (historically at Veracruz, on 7–8 January 1862). General de Lorencez is to follow with reinforcements and take command, boasting that with 6,000 men he will be master of Mexico (historically in March 1862).
event-french_landing-text = El almirante Jurien de la Gravière desembarca unos 3000 soldados franceses (históricamente en Veracruz, el 7 y 8 de enero de 1862). El general Lorencez ha de seguirlo con refuerzos y tomar el mando, jactándose de que con 6000 hombres será dueño de México (históricamente en marzo de 1862).

# British marines land
event-british_marines_land-title = Desembarcan los infantes de marina británicos

# The British squadron under Commodore Dunlop arrived on 6 January 1862 with Sir Charles Wyke as commissioner. London sent only some 700 marines: Britain wanted its bondholders paid, not a war on the plateau.
event-british_marines_land-text = La escuadra británica del comodoro Dunlop llegó el 6 de enero de 1862, con sir Charles Wyke como comisionado. Londres envió solo unos 700 infantes de marina: el Reino Unido quería que se pagara a los tenedores británicos de bonos, no una guerra en el altiplano.

# The allies sign the preliminaries of La Soledad
event-la_soledad-title = Los aliados firman los preliminares de La Soledad

# On 19 February 1862 Foreign Minister Manuel Doblado and General Prim signed the preliminaries of La Soledad: the allies recognised Juárez's government, opened talks on the debt and were allowed to move out of the fever coast to healthy Córdoba, Orizaba and Tehuacán — pledging to fall back behind the Chiquihuite if talks failed. Napoleon III would disavow it.
event-la_soledad-text = El 19 de febrero de 1862 el ministro de Relaciones Exteriores, Manuel Doblado, y el general Prim firmaron los Tratados Preliminares de La Soledad: los aliados reconocían al gobierno de Juárez, abrían negociaciones sobre la deuda y obtenían permiso para dejar la costa de las fiebres y trasladarse a Córdoba, Orizaba y Tehuacán, de clima sano, con el compromiso de replegarse detrás del Chiquihuite si las pláticas fracasaban. Napoleón III los desautorizaría.

# Almonte returns under French protection
event-almonte_arrives-title = Almonte regresa bajo la protección francesa

# On 1 March 1862 General Juan N. Almonte and other exiled conservatives landed under the protection of the French flag. Almonte spoke openly of a monarchy. Prim and Wyke saw at once that France's aim was not debts but a change of regime.
event-almonte_arrives-text = El 1 de marzo de 1862 el general Juan N. Almonte y otros conservadores exiliados desembarcaron bajo la protección de la bandera francesa. Almonte hablaba abiertamente de instaurar una monarquía. Prim y Wyke comprendieron de inmediato que Francia no buscaba cobrar deudas, sino cambiar el régimen.

# The Orizaba conference breaks up
event-orizaba_breakup-title = Se rompe la conferencia de Orizaba

# The allied commissioners meet at Orizaba for the last time (historically on 9 April 1862). Saligny and Jurien refuse to give up Almonte; Prim and Wyke refuse to follow France into a war of conquest. Spain and Britain announce that they will re-embark (historically Prim sailed for Havana on 22 April). France is alone — and at war.
event-orizaba_breakup-text = Los comisionados aliados se reúnen por última vez en Orizaba (históricamente el 9 de abril de 1862). Saligny y Jurien se niegan a retirarle su protección a Almonte; Prim y Wyke se niegan a seguir a Francia en una guerra de conquista. España y el Reino Unido anuncian que reembarcarán sus tropas (históricamente Prim zarpó rumbo a La Habana el 22 de abril). Francia se queda sola, y en guerra.

# Saligny and the hawks press for war
event-french_hawks_press-title = Saligny y los halcones presionan por la guerra

# The French minister Dubois de Saligny sends home one report after another on Mexican outrages and on a country longing for a monarchy. Every month the allies stay, the party of the Grand Design in Paris grows more impatient with the talks.
event-french_hawks_press-text = El ministro de Francia en México, Dubois de Saligny, envía a París un informe tras otro sobre los agravios cometidos por los mexicanos y sobre un país que, según él, anhela una monarquía. Cada mes que los aliados permanecen en México, el partido del Gran Designio en París se impacienta más con las negociaciones.

# France must choose: the alliance or the Grand Design
event-france_breaks_alliance-title = Francia debe elegir: la alianza o el Gran Designio

# Britain and Spain have not gone home: they hold France to the Convention of London and its pledge not to interfere in Mexico's government. To march on the capital, Napoleon III must break openly with his allies — at a price in prestige and in the Chambers.
event-france_breaks_alliance-text = El Reino Unido y España no se han retirado: exigen a Francia que respete la Convención de Londres y su compromiso de no intervenir en el gobierno de México. Para marchar sobre la capital, Napoleón III tendrá que romper abiertamente con sus aliados, a costa de su prestigio y de un alto precio en las Cámaras.

# Break with the allies and march alone
choice-france_breaks_alliance-break = Romper con los aliados y marchar en solitario

# Keep negotiating with Juárez
choice-france_breaks_alliance-negotiate = Seguir negociando con Juárez

# Zaragoza is dead
event-zaragoza_dies-title = Ha muerto Zaragoza

# Ignacio Zaragoza, who historically beat the French before Puebla on 5 May 1862, is dead. Historically he died of typhoid on 8 September 1862, aged 33, and González Ortega took the Army of the East. The Republic has lost its most trusted commander.
event-zaragoza_dies-text = Ignacio Zaragoza, que históricamente derrotó a los franceses ante Puebla el 5 de mayo de 1862, ha muerto. Históricamente lo mató la fiebre tifoidea el 8 de septiembre de 1862, a los 33 años, y González Ortega asumió el mando del Ejército de Oriente. La República ha perdido a su general de mayor confianza.

# Forey lands at Veracruz
event-forey_expedition-title = Forey desembarca en Veracruz

# With its allies gone, France commits itself. General Forey lands at Veracruz to take command of the expedition (historically in September 1862, superseding Lorencez), with Bazaine, Douay and Castagny commanding his divisions and brigades, and the corps begins to grow toward the 26,000 men who historically invested Puebla.
event-forey_expedition-text = Sin sus aliados, Francia se compromete a fondo. El general Forey desembarca en Veracruz para tomar el mando de la expedición (históricamente en septiembre de 1862, relevando a Lorencez), con Bazaine, Douay y Castagny al frente de sus divisiones y brigadas, y el cuerpo expedicionario empieza a crecer hacia los 26 000 hombres que históricamente sitiaron Puebla.

# The Egyptian battalion arrives
event-egyptian_battalion-title = Llega el batallón egipcio

# Said Pasha of Egypt lends Napoleon III a battalion of some 450 Sudanese soldiers. Immune to yellow fever, they are sent to garrison the deadly coast and escort the convoys to the highlands (historically from Veracruz, in February 1863).
event-egyptian_battalion-text = El virrey de Egipto, Said Bajá, presta a Napoleón III un batallón de unos 450 soldados sudaneses. Considerados inmunes a la fiebre amarilla, se los envía a guarnecer la mortífera costa y a escoltar los convoyes hacia el altiplano (históricamente desde Veracruz, en febrero de 1863).

# A Regency is named in Mexico City
event-regency_proclaimed-title = Se nombra una Regencia en la Ciudad de México

# With the capital in the hands of the Intervention, a Junta Superior named by the French commander chooses a Regency — historically General Almonte, Archbishop Labastida and General Salas, in June 1863 — to govern until a monarch can be found.
event-regency_proclaimed-text = Con la capital en manos de la Intervención, una Junta Superior de Gobierno nombrada por el comandante francés elige una Regencia (históricamente, el general Almonte, el arzobispo Labastida y el general Salas, en junio de 1863) que gobernará hasta que se encuentre un monarca.

# The Assembly of Notables offers a crown
event-assembly_of_notables-title = La Asamblea de Notables ofrece una corona

# An Assembly of Notables convened by the French command proclaims a hereditary Catholic monarchy and offers the crown to Archduke Ferdinand Maximilian of Austria (historically on 10 July 1863). Maximilian answers from Miramar that he will accept only if the Mexican people ratify the call and France guarantees his throne.
event-assembly_of_notables-text = Una Asamblea de Notables convocada por el mando francés proclama una monarquía católica hereditaria y ofrece la corona al archiduque Fernando Maximiliano de Austria (históricamente el 10 de julio de 1863). Desde Miramar, Maximiliano responde que solo la aceptará si el pueblo mexicano ratifica el ofrecimiento y Francia garantiza su trono.

# Washington will not recognise a monarchy
event-seward_refuses_recognition-title = Washington no reconocerá una monarquía

# Secretary of State Seward declares that the United States will not consider recognising any government that replaces the Republic (historically on 23 October 1863). Washington can do little more than protest, but its minister stays with Juárez.
event-seward_refuses_recognition-text = El secretario de Estado Seward declara que Estados Unidos no considerará reconocer a ningún gobierno que sustituya a la República (históricamente el 23 de octubre de 1863). Washington poco más puede hacer que protestar, pero su ministro sigue acreditado ante el gobierno de Juárez.

# Maximilian signs the Treaty of Miramar
event-treaty_of_miramar-title = Maximiliano firma el Tratado de Miramar

# At his castle of Miramar near Trieste, Maximilian accepts the crown and signs a treaty with France (historically on 10 April 1864). The French corps is to shrink 'as soon as possible' to 25,000 men, the Foreign Legion staying six years; Mexico is to pay the costs of the intervention (historically 270 million francs) plus 1,000 francs a year for every French soldier.
event-treaty_of_miramar-text = En su castillo de Miramar, cerca de Trieste, Maximiliano acepta la corona y firma un tratado con Francia (históricamente el 10 de abril de 1864). El cuerpo francés se reducirá «lo antes posible» a 25 000 hombres, y la Legión Extranjera permanecerá seis años; México pagará los gastos de la intervención (históricamente 270 millones de francos), más 1000 francos anuales por cada soldado francés.

# The House of Representatives protests
event-us_house_resolution-title = Protesta la Cámara de Representantes

# The US House of Representatives resolves unanimously that it will not acknowledge any monarchy raised in Mexico under European auspices (historically on 4 April 1864). Seward tells Paris the resolution does not bind the executive — but the message is heard.
event-us_house_resolution-text = La Cámara de Representantes de Estados Unidos resuelve por unanimidad que no reconocerá ninguna monarquía erigida en México bajo los auspicios de potencias europeas (históricamente el 4 de abril de 1864). Seward asegura a París que la resolución no obliga al Ejecutivo, pero el mensaje queda claro.

# Maximilian and Carlota arrive
event-maximilian_arrives-title = Llegan Maximiliano y Carlota

# The frigate Novara brings Maximilian and Carlota to Mexico (historically to Veracruz on 28 May 1864; they entered Mexico City on 12 June). The Regency ends and the Second Mexican Empire begins. The conservatives who called him expect him to restore the Church's property; they will be disappointed.
event-maximilian_arrives-text = La fragata Novara lleva a Maximiliano y Carlota a México (históricamente a Veracruz, el 28 de mayo de 1864; el 12 de junio entraron en la Ciudad de México). Termina la Regencia y comienza el Segundo Imperio Mexicano. Los conservadores que lo llamaron esperan que devuelva sus bienes a la Iglesia; se llevarán una decepción.

# Juárez must deal with Vidaurri
event-coahuila_separated-title = Juárez ante Vidaurri

# Driven from the centre, the government of the Republic moves north into the domain of Santiago Vidaurri, who keeps the customs of Piedras Negras and Nuevo Laredo for himself. Historically Juárez answered on 26 February 1864 by separating Coahuila from Nuevo León again; Vidaurri turned to Bazaine.
event-coahuila_separated-text = Expulsado del centro, el gobierno de la República se traslada al norte, a los dominios de Santiago Vidaurri, que se queda para sí con las aduanas de Piedras Negras y Nuevo Laredo. Históricamente, Juárez respondió el 26 de febrero de 1864 separando de nuevo Coahuila de Nuevo León; Vidaurri buscó entonces a Bazaine.

# Separate Coahuila and take back the customs
choice-coahuila_separated-separate = Separar Coahuila y recuperar las aduanas

# Leave the north-east to Vidaurri
choice-coahuila_separated-conciliate = Dejar el noreste en manos de Vidaurri

# Vidaurri goes over to the Empire
event-vidaurri_defects-title = Vidaurri se pasa al Imperio

# Santiago Vidaurri, the liberal caudillo of the north-east, has gone over to the Intervention. Historically he fled to Texas when Juárez's troops took Monterrey, returned with the French in August 1864, and became a councillor and minister of the Empire — to be shot in Mexico City in July 1867.
event-vidaurri_defects-text = Santiago Vidaurri, el caudillo liberal del noreste, se ha pasado a la Intervención. Históricamente huyó a Texas cuando las tropas de Juárez tomaron Monterrey, regresó con los franceses en agosto de 1864 y llegó a ser consejero y ministro del Imperio; sería fusilado en la Ciudad de México en julio de 1867.

# Lozada adheres to the Empire
event-lozada_adheres-title = Lozada se adhiere al Imperio

# With Guadalajara in imperial hands, Manuel Lozada, the 'Tiger of Álica', lord of the Cora and Huichol sierra of Tepic, declares for the Intervention (historically on 19 March 1864), bringing some 3,000 men, a thousand of them mounted — as long as he is paid and left alone.
event-lozada_adheres-text = Con Guadalajara en manos imperialistas, Manuel Lozada, el «Tigre de Álica», señor de la sierra de coras y huicholes de Tepic, se pronuncia por la Intervención (históricamente, el 19 de marzo de 1864) y aporta unos 3000 hombres, mil de ellos a caballo, siempre y cuando se le pague y se le deje en paz.

# Lozada withdraws into neutrality
event-lozada_neutral-title = Lozada se retira a la neutralidad

# Unpaid and seeing the Empire falter, Lozada declares Tepic neutral and takes his men home to the sierra, as he did in 1866.
event-lozada_neutral-text = Sin paga y viendo que el Imperio se tambalea, Lozada declara neutral a Tepic y regresa con sus hombres a la sierra, como hizo en 1866.

# The Austrian Volunteer Corps lands
event-austrian_volunteers_land-title = Desembarca el Cuerpo de Voluntarios Austriacos

# Under a convention with France, Franz Joseph allows his brother to recruit volunteers in Austria (historically on 19 October 1864). Some 6,800 men — light infantry, hussars, lancers and mountain batteries under Count Thun-Hohenstein — cross the Atlantic (historically landing at Veracruz between November 1864 and March 1865 and taking over Puebla and the Sierra Norte).
event-austrian_volunteers_land-text = Por un convenio con Francia, Francisco José permite a su hermano reclutar voluntarios en Austria (históricamente el 19 de octubre de 1864). Unos 6800 hombres (infantería ligera, húsares, lanceros y baterías de montaña al mando del conde Thun-Hohenstein) cruzan el Atlántico (históricamente desembarcaron en Veracruz entre noviembre de 1864 y marzo de 1865 y se hicieron cargo de Puebla y la Sierra Norte).

# The Belgian Legion arrives
event-belgian_legion_lands-title = Llega la Legión Belga

# King Leopold's daughter is Empress of Mexico, and some 1,500 Belgian volunteers in two battalions under Colonel van der Smissen come to guard her — the 'Empress's Guard'. (Historically, at Tacámbaro in April 1865, a company of them was destroyed by Régules's guerrillas.)
event-belgian_legion_lands-text = La hija del rey Leopoldo es emperatriz de México, y unos 1500 voluntarios belgas, en dos batallones al mando del coronel Van der Smissen, vienen a custodiarla: es la «Guardia de la Emperatriz». (Históricamente, en Tacámbaro, en abril de 1865, las guerrillas de Régules aniquilaron a un destacamento de ellos.)

# The Union wins
event-us_civil_war_ends-title = Triunfa la Unión

# Lee surrenders at Appomattox. The United States, with a victorious army of veterans, is free to look south: Grant regards Maximilian's empire as a part of the rebellion, and the Monroe Doctrine wakes.
event-us_civil_war_ends-text = Lee se rinde en Appomattox. Estados Unidos, con un ejército victorioso de veteranos, tiene las manos libres para mirar hacia el sur: Grant considera el imperio de Maximiliano parte de la rebelión, y la Doctrina Monroe despierta.

# Sheridan goes to the Rio Grande
event-sheridan_rio_grande-title = Sheridan marcha al río Bravo

# Grant sends General Sheridan to the Rio Grande with some 53,000 troops detailed to Texas. They never cross, but arms 'condemned and abandoned' on the river bank find their way to the Republicans, and American volunteers ride with Escobedo.
event-sheridan_rio_grande-text = Grant envía al general Sheridan al río Bravo, con unos 53 000 soldados destacados en Texas. Nunca cruzan la frontera, pero armas «dadas de baja y abandonadas» en la orilla del río terminan en manos de los republicanos, y voluntarios estadounidenses cabalgan junto a Escobedo.

# Maximilian weighs the Black Decree
event-black_decree-title = Maximiliano sopesa el Decreto Negro

# Believing that Juárez has fled the country and that those still in arms are mere bandits, and urged by Bazaine, Maximilian must decide how to end the guerrilla war. Historically he signed the decree of 3 October 1865: members of armed bands to be court-martialled and shot within 24 hours.
event-black_decree-text = Convencido de que Juárez ha huido del país y de que quienes siguen en armas son simples bandoleros, y presionado por Bazaine, Maximiliano debe decidir cómo acabar con la guerra de guerrillas. Históricamente firmó el decreto del 3 de octubre de 1865: los miembros de bandas armadas serían juzgados por una corte marcial y fusilados en un plazo de 24 horas.

# Sign the decree
choice-black_decree-decree = Firmar el decreto

# Offer amnesty instead
choice-black_decree-clemency = Ofrecer, en cambio, una amnistía

# Arteaga is shot under the Black Decree
event-martyrs_of_uruapan-title = Arteaga es fusilado por el Decreto Negro

# Under the Black Decree, General José María Arteaga, a prisoner of the Empire, is shot (historically at Uruapan on 21 October 1865, with General Carlos Salazar, both taken by Ramón Méndez). The executions make martyrs and outrage opinion in the United States.
event-martyrs_of_uruapan-text = En aplicación del Decreto Negro, el general José María Arteaga, prisionero del Imperio, es fusilado (históricamente en Uruapan, el 21 de octubre de 1865, junto con el general Carlos Salazar, ambos hechos prisioneros por Ramón Méndez). Las ejecuciones crean mártires e indignan a la opinión pública de Estados Unidos.

# Seward asks when the French will leave
event-seward_note-title = Seward pregunta cuándo se irán los franceses

# Secretary of State Seward tells the French minister Montholon that the presence of French troops in Mexico is a threat the United States will not tolerate, and asks when they will leave.
event-seward_note-text = El secretario de Estado Seward advierte a Montholon, ministro de Francia en Washington, que la presencia de tropas francesas en México es una amenaza que Estados Unidos no tolerará, y le pregunta cuándo se irán.

# Washington demands unconditional withdrawal
event-seward_ultimatum-title = Washington exige una retirada incondicional

# Seward insists that the French withdrawal be unconditional and set by a date — historically on 12 February 1866. Paris answers with a three-stage timetable.
event-seward_ultimatum-text = Seward insiste en que la retirada francesa sea incondicional y tenga fecha fija (históricamente, el 12 de febrero de 1866). París responde con un calendario en tres etapas.

# Juárez's term runs out
event-juarez_extends_term-title = Termina el mandato de Juárez

# Juárez's constitutional term ends on 30 November 1865, with the war still on and no election possible. González Ortega, president of the Supreme Court and his legal successor, is in the United States. (Historically, on 8 November Juárez extended his own term for the duration of the war, and Lerdo de Tejada defended it.)
event-juarez_extends_term-text = El mandato constitucional de Juárez termina el 30 de noviembre de 1865, con la guerra aún en curso y sin posibilidad de celebrar elecciones. González Ortega, presidente de la Suprema Corte y, por tanto, su sucesor legal, está en Estados Unidos. (Históricamente, el 8 de noviembre Juárez prorrogó su propio mandato mientras durara la guerra, y Lerdo de Tejada defendió la medida.)

# Extend the term for the duration of the war
choice-juarez_extends_term-extend = Prorrogar el mandato mientras dure la guerra

# Hand the presidency to González Ortega
choice-juarez_extends_term-hand_over = Entregar la presidencia a González Ortega

# Raiders sack Bagdad
event-bagdad_raid-title = Asaltantes saquean Bagdad

# Discharged American soldiers and Republican partisans cross the Rio Grande and sack Bagdad, the imperial boom-town at its mouth (historically on 6 January 1866). The border is porous to American men and arms.
event-bagdad_raid-text = Soldados estadounidenses licenciados y guerrilleros republicanos cruzan el río Bravo y saquean Bagdad, el floreciente puerto imperial en la desembocadura del río (históricamente, el 6 de enero de 1866). La frontera deja pasar sin dificultad a hombres y armas de Estados Unidos.

# Napoleon III announces the recall
event-france_announces_recall-title = Napoleón III anuncia el regreso de las tropas

# The Emperor of the French tells the Chambers that steps are being taken to bring the troops home (historically on 22 January 1866). The Empire's military horizon is now fixed: a withdrawal in stages, then Maximilian alone.
event-france_announces_recall-text = El emperador de los franceses anuncia a las Cámaras que se están tomando medidas para repatriar a las tropas (históricamente, el 22 de enero de 1866). El horizonte militar del Imperio queda fijado: una retirada por etapas y, después, Maximiliano solo.

# Washington stops the Austrian draft
event-us_blocks_austrian_draft-title = Washington frena el nuevo contingente austriaco

# A new draft of Austrian volunteers is ready to embark at Trieste when the American minister Motley warns Vienna that the United States will regard it as a hostile act. Franz Joseph countermands it.
event-us_blocks_austrian_draft-text = Un nuevo contingente de voluntarios austriacos está listo para embarcar en Trieste cuando el ministro estadounidense en Viena, Motley, advierte que Estados Unidos lo considerará un acto hostil. Francisco José cancela el envío.

# A second Austrian draft
event-second_austrian_draft-title = Un segundo contingente austriaco

# With Washington quiet and Europe calm, a second draft of Austrian volunteers sails to reinforce Thun's corps.
event-second_austrian_draft-text = Con Washington tranquilo y Europa en calma, un segundo contingente de voluntarios austriacos zarpa para reforzar el cuerpo de Thun.

# Prussia crushes Austria at Königgrätz
event-koniggratz-title = Prusia aplasta a Austria en Königgrätz

# At Königgrätz (Sadowa) Prussia crushes Austria. Napoleon III must look to the Rhine, and Austria can spare no more men for Maximilian. (Historically Carlota learned the news on landing at Saint-Nazaire.)
event-koniggratz-text = En Königgrätz (Sadowa), Prusia aplasta a Austria. Napoleón III tiene que vigilar el Rin, y Austria ya no puede enviar más hombres a Maximiliano. (Históricamente, Carlota se enteró de la noticia al desembarcar en Saint-Nazaire.)

# Carlota sails for Europe
event-carlota_mission-title = Carlota parte hacia Europa

# Empress Carlota sails for Europe to hold Napoleon III to his promises (historically embarking on 13 July 1866). At Saint-Cloud on 11 August he refuses her: no more men, no more money.
event-carlota_mission-text = La emperatriz Carlota parte hacia Europa para exigir a Napoleón III que cumpla sus promesas (históricamente, se embarcó el 13 de julio de 1866). En Saint-Cloud, el 11 de agosto, él se lo niega todo: ni más hombres ni más dinero.

# Carlota breaks down in Rome
event-carlota_collapse-title = Carlota se quebranta en Roma

# From Paris Carlota goes to Rome to seek the Pope's help. After her audience with Pius IX she suffers a mental collapse (historically in late September–October 1866). She will never see Mexico or Maximilian again.
event-carlota_collapse-text = De París, Carlota viaja a Roma en busca de la ayuda del papa. Tras su audiencia con Pío IX sufre un colapso mental (históricamente, entre fines de septiembre y octubre de 1866). Nunca volverá a ver México ni a Maximiliano.

# Miramón and Márquez come home
event-miramon_marquez_return-title = Regresan Miramón y Márquez

# As the French pack up, the conservative generals Maximilian had sent abroad return to offer him their swords: Miguel Miramón, the young ex-president, and Leonardo Márquez. The Empire's last phase will rest on Mexican conservatives.
event-miramon_marquez_return-text = Mientras los franceses se preparan para partir, los generales conservadores a quienes Maximiliano había enviado al extranjero regresan para ofrecerle sus espadas: Miguel Miramón, el joven expresidente, y Leonardo Márquez. La última etapa del Imperio descansará en los conservadores mexicanos.

# Orizaba: abdicate or stay?
event-abdication_crisis-title = Orizaba: ¿abdicar o quedarse?

# News of Carlota's collapse reaches Maximilian. He leaves the capital for Orizaba, his baggage already sent to the coast. Father Fischer, Miramón and Márquez urge him to stay; the conservatives promise men and money. Historically, on 1–3 December 1866, he decided not to abdicate and to go on with national resources alone.
event-abdication_crisis-text = La noticia del colapso de Carlota llega a Maximiliano. Deja la capital rumbo a Orizaba, con su equipaje ya enviado a la costa. El padre Fischer, Miramón y Márquez lo instan a quedarse; los conservadores le prometen hombres y dinero. Históricamente, entre el 1 y el 3 de diciembre de 1866, decidió no abdicar y seguir adelante solo con recursos nacionales.

# Stay, and rely on the conservatives
choice-abdication_crisis-stay = Quedarse y apoyarse en los conservadores

# Abdicate and sail for Europe
choice-abdication_crisis-abdicate = Abdicar y zarpar rumbo a Europa

# Half the customs are pledged to France
event-customs_pledged-title = La mitad de las aduanas, en garantía para Francia

# Half of all maritime customs receipts are pledged to France (historically by the convention of 30 July 1866, from 1 November): the Empire's main revenue is mortgaged to the power that is leaving. (In the rules the pledge takes effect once the Empire's debt passes the pledge threshold.)
event-customs_pledged-text = La mitad de todos los ingresos de las aduanas marítimas se otorga en garantía a Francia (históricamente por el convenio del 30 de julio de 1866, a partir del 1 de noviembre): la principal renta del Imperio queda hipotecada a la potencia que se va. (En las reglas, la garantía entra en vigor cuando la deuda del Imperio rebasa el umbral fijado para ello.)

# The Austrians and Belgians go home
event-volunteers_go_home-title = Austriacos y belgas vuelven a casa

# Paris orders the evacuation en bloc, Foreign Legion included, and the Austrian and Belgian volunteers are shipped home with the French (historically from January 1867). Only an Austrian hussar regiment and a battalion stay with Maximilian.
event-volunteers_go_home-text = París ordena la evacuación en bloque, Legión Extranjera incluida, y los voluntarios austriacos y belgas son repatriados junto con los franceses (históricamente, a partir de enero de 1867). Solo un regimiento de húsares austriacos y un batallón se quedan con Maximiliano.

# The last French troops embark
event-last_french_embark-title = Se embarcan las últimas tropas francesas

# Marshal Bazaine leads the last of the French corps home (historically out of Mexico City and down to Veracruz, where 28,690 men embarked between 14 February and 12 March 1867). The Intervention is over; whatever Empire remains must stand on its own.
event-last_french_embark-text = El mariscal Bazaine lleva de vuelta a casa lo que queda del cuerpo francés (históricamente desde la Ciudad de México hasta Veracruz, donde se embarcaron 28 690 hombres entre el 14 de febrero y el 12 de marzo de 1867). La Intervención ha terminado; lo que quede del Imperio tendrá que sostenerse por sí mismo.

# Maximilian is a prisoner of the Republic, and his Empire falls with him.
victory-emperor_taken = Maximiliano es prisionero de la República, y su Imperio cae con él.

# Maximilian is dead, and his Empire falls with him.
victory-emperor_dead = Maximiliano ha muerto, y su Imperio cae con él.

# The Empire has lost the capital, and fewer than 3,000 men still fight for it.
victory-empire_broken = El bando imperial ha perdido la capital, y menos de 3.000 hombres siguen luchando por él.

# The imperial government has fallen.
victory-throne_fallen = El gobierno imperial ha caído.

# France has gone home before any throne was raised, and the Intervention ends with it.
victory-france_gone_before_throne = Francia se ha retirado antes de que se erigiera trono alguno, y la Intervención termina con ella.

# The Republic has lost all claim to govern.
victory-republic_extinguished = La República ha perdido todo derecho a gobernar.

# The Republic holds the seat of government and most of the country.
victory-republic_governs = La República tiene la sede del gobierno y la mayor parte del país.

# The Republic holds three quarters of the provinces and of the people; its enemies keep no more than a corner of the country.
victory-republic_holds_the_nation = La República tiene tres cuartas partes de las provincias y de la población; a sus enemigos no les queda más que un rincón del país.

# The throne holds the capital, most of the provinces and most of the people.
victory-empire_governs = El trono tiene la capital, la mayoría de las provincias y la mayor parte de la población.

# Leaders' names: most stay as they are; a few are written differently in this language.
# Benito Juárez
leader-benito_juarez = Benito Juárez

# Ignacio Zaragoza
leader-ignacio_zaragoza = Ignacio Zaragoza

# Jesús González Ortega
leader-jesus_gonzalez_ortega = Jesús González Ortega

# Ignacio Comonfort
leader-ignacio_comonfort = Ignacio Comonfort

# Porfirio Díaz
leader-porfirio_diaz = Porfirio Díaz

# Mariano Escobedo
leader-mariano_escobedo = Mariano Escobedo

# Ramón Corona
leader-ramon_corona = Ramón Corona

# Nicolás de Régules
leader-nicolas_de_regules = Nicolás de Régules

# José María Arteaga
leader-jose_maria_arteaga = José María Arteaga

# Carlos Salazar
leader-carlos_salazar = Carlos Salazar

# Miguel Negrete
leader-miguel_negrete = Miguel Negrete

# José López Uraga
leader-jose_lopez_uraga = José López Uraga

# Juan N. Cortina
leader-juan_cortina = Juan N. Cortina

# Luis Terrazas
leader-luis_terrazas = Luis Terrazas

# Ignacio Pesqueira
leader-ignacio_pesqueira = Ignacio Pesqueira

# Juan Álvarez
leader-juan_alvarez = Juan Álvarez

# Santiago Vidaurri
leader-santiago_vidaurri = Santiago Vidaurri

# Vicente Riva Palacio
leader-vicente_riva_palacio = Vicente Riva Palacio

# Gregorio Méndez
leader-gregorio_mendez = Gregorio Méndez

# Juan Prim
leader-juan_prim = Juan Prim

# Charles de Lorencez
leader-charles_de_lorencez = Charles de Lorencez

# Élie Frédéric Forey
leader-elie_forey = Élie Frédéric Forey

# François Achille Bazaine
leader-achille_bazaine = François Achille Bazaine

# Félix Douay
leader-felix_douay = Félix Douay

# Armand de Castagny
leader-armand_de_castagny = Armand de Castagny

# Auguste Henri Brincourt
leader-auguste_brincourt = Auguste Henri Brincourt

# Charles Dupin
leader-charles_dupin = Charles Dupin

# Pierre Jeanningros
leader-pierre_jeanningros = Pierre Jeanningros

# Maximilian I
leader-maximilian = Maximiliano I

# Juan N. Almonte
leader-juan_almonte = Juan N. Almonte

# Miguel Miramón
leader-miguel_miramon = Miguel Miramón

# Tomás Mejía
leader-tomas_mejia = Tomás Mejía

# Leonardo Márquez
leader-leonardo_marquez = Leonardo Márquez

# Manuel Lozada
leader-manuel_lozada = Manuel Lozada

# Ramón Méndez
leader-ramon_mendez = Ramón Méndez

# Felipe Navarrete
leader-felipe_navarrete = Felipe Navarrete

# Franz Graf Thun-Hohenstein
leader-franz_thun = Franz, conde de Thun-Hohenstein

# Alfred van der Smissen
leader-alfred_van_der_smissen = Alfred van der Smissen

