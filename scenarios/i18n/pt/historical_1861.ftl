# Translation of the scenario `historical_1861` into `pt`.
# Each message: the English from the scenario file as a comment, then the translation.

# Águila y Corona: the French Intervention, 1861–1867
scenario-title = Águila y Corona: a Intervenção Francesa no México, 1861–1867

# December 1861. Juárez's Republic has just won the Reform War and suspended payments on its foreign debt; Britain, Spain and France have signed the Convention of London and a Spanish squadron from Havana has occupied Veracruz, with British marines and a French brigade to follow. Behind the debt claims Napoleon III nurses a 'Grand Design': a Catholic monarchy under a Habsburg prince, propped up by French bayonets while the United States is torn by civil war. The Republic has a legitimate government, tens of thousands of national guards and a country too large to hold; the Intervention has the best army in the world, Mexican conservatives who invited it, and a political will at home that money, casualties, Washington and Prussia will wear down. Play either side, or let the rules run and watch the rise-and-fall curve of docs/history/calibration.md emerge — or not.
scenario-description = Dezembro de 1861. A República de Juárez acaba de vencer a Guerra da Reforma e suspendeu o pagamento de sua dívida externa; o Reino Unido, a Espanha e a França assinaram a Convenção de Londres, e uma esquadra espanhola vinda de Havana ocupou Veracruz, à espera de fuzileiros navais britânicos e de uma brigada francesa. Por trás das cobranças da dívida, Napoleão III acalenta um “Grande Desígnio”: uma monarquia católica sob um príncipe Habsburgo, sustentada pelas baionetas francesas enquanto os Estados Unidos se dilaceram numa guerra civil. A República tem um governo legítimo, dezenas de milhares de guardas nacionais e um país grande demais para que o invasor o ocupe por inteiro; a Intervenção tem o melhor exército do mundo, os conservadores mexicanos que a convidaram e, na França, uma vontade política que o dinheiro, as baixas, Washington e a Prússia vão desgastar. Jogue com qualquer um dos lados, ou deixe as regras correrem sozinhas e veja se surge — ou não — a curva de ascensão e queda descrita nas notas históricas do projeto (docs/history/calibration.md).

# End of the US Civil War
param-us_civil_war_end = Fim da Guerra de Secessão

# Month the Union wins; after it the US presses France and arms cross the Rio Grande.
param-us_civil_war_end-explanation = Mês em que a União vence; a partir daí, os Estados Unidos pressionam a França e armas atravessam o Rio Grande.

# Austro-Prussian War
param-austro_prussian_war = Guerra Austro-Prussiana

# Whether Prussia and Austria go to war, raising the European crisis and ending Austrian volunteers.
param-austro_prussian_war-explanation = Se a Prússia e a Áustria entram em guerra, o que agrava a crise europeia e encerra o envio de voluntários austríacos.

# Königgrätz
param-austro_prussian_war_date = Königgrätz

# Month of Austria's defeat by Prussia (if the war happens at all).
param-austro_prussian_war_date-explanation = Mês da derrota da Áustria diante da Prússia (se a guerra chegar a acontecer).

# Britain and Spain stay in the alliance
param-allies_stay = Reino Unido e Espanha permanecem na aliança

# If true the Orizaba conference does not break up; France must itself break with its allies to fight.
param-allies_stay-explanation = Se ativado, a conferência de Orizaba não se desfaz; para lutar, a própria França terá de romper com seus aliados.

# France's initial resolve
param-france_initial_will = Determinação inicial da França

# Starting value of France's political will to pursue the Grand Design.
param-france_initial_will-explanation = Valor inicial da vontade política da França de levar adiante o Grande Desígnio.

# Maximilian's policy
param-maximilian_leaning = A política de Maximiliano

# His policy when crowned, −100 clerical to +100 liberal (historically he confirmed the Reform).
param-maximilian_leaning-explanation = Sua política ao ser coroado, de −100 (clerical) a +100 (liberal); historicamente, ele ratificou as Leis de Reforma.

# Zaragoza's typhoid
param-zaragoza_death = A febre tifoide de Zaragoza

# Month Zaragoza dies of typhoid; set it late for 'Zaragoza survives 1862'.
param-zaragoza_death-explanation = Mês em que Zaragoza morre de febre tifoide; escolha uma data tardia para jogar “Zaragoza sobrevive a 1862”.

# Austrian Volunteer Corps
param-austrian_volunteers = Corpo de Voluntários Austríacos

# Whether Franz Joseph allows the recruitment of volunteers for his brother's empire.
param-austrian_volunteers-explanation = Se Francisco José permite o recrutamento de voluntários para o império de seu irmão.

# Belgian Legion
param-belgian_legion = Legião Belga

# Whether Leopold I lets a Belgian legion go to guard his daughter Carlota.
param-belgian_legion-explanation = Se Leopoldo I deixa partir uma legião belga para proteger sua filha Carlota.

# Maximilian accepts the crown
param-maximilian_accepts = Maximiliano aceita a coroa

# If false, no Habsburg comes: the Regency goes on without a monarch.
param-maximilian_accepts-explanation = Se desativado, nenhum Habsburgo vem: a Regência continua governando sem monarca.

# Costs charged at Miramar
param-miramar_debt = Custos impostos em Miramar

# Millions of pesos of intervention costs the Empire owes France on accepting (270 M francs ÷ 5.4).
param-miramar_debt-explanation = Milhões de pesos em custos da intervenção que o Império deve à França ao aceitar a coroa (270 milhões de francos ÷ 5,4).

# France's political will
track-france_will = Vontade política da França

# United States pressure
track-us_pressure = Pressão dos Estados Unidos

# European crisis
track-european_crisis = Crise europeia

# Legitimacy of the Republic
track-republic_legitimacy = Legitimidade da República

# French ambition (the Grand Design)
track-french_ambition = Ambição francesa (o Grande Desígnio)

# United Kingdom
power-britain = Reino Unido

# Spain
power-spain = Espanha

# Central plateau (Mesa Central)
terrain-plateau = Planalto central (Mesa Central)

# Tropical coast (tierra caliente)
terrain-coast = Litoral tropical (tierra caliente)

# Sierra
terrain-mountain = Serra

# Northern desert and steppe
terrain-desert = Deserto e estepe do norte

# Jungle and swamp
terrain-jungle = Selva e pântano

# Distrito Federal (Valle de México)
province-distrito_federal = Distrito Federal (Vale do México)

# Mexico City
province-distrito_federal-short = Cidade do México

# Ciudad de México
province-distrito_federal-capital = Cidade do México

# Estado de México (incl. later Hidalgo and Morelos)
province-mexico = Estado do México (com os futuros Hidalgo e Morelos)

# Estado de México
province-mexico-short = Estado do México

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
province-veracruz-capital = Veracruz (o porto); Xalapa, capital tradicional

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
province-tepic = Tepic (o Nayarit de Lozada)

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
province-nuevo_leon_coahuila-capital = Monterrey (Saltillo, no caso de Coahuila)

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
province-sinaloa-capital = Culiacán (a sede ficou em Mazatlán por volta de 1859–1873)

# Sonora
province-sonora = Sonora

# Ures
province-sonora-capital = Ures

# Baja California (territory)
province-baja_california = Baja California (território)

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
contingent-french_corps = Corpo Expedicionário Francês

# Spanish expeditionary corps
contingent-spanish_corps = Corpo Expedicionário Espanhol

# Royal Marines
contingent-british_marines = Fuzileiros navais britânicos (Royal Marines)

# Egyptian (Sudanese) battalion
contingent-egyptian_battalion = Batalhão egípcio (sudanês)

# Imperial Mexican Army
contingent-imperial_army = Exército Imperial Mexicano

# Conservative auxiliaries (Márquez, Mejía)
contingent-conservative_auxiliaries = Auxiliares conservadores (Márquez, Mejía)

# Austrian Volunteer Corps
contingent-austrian_volunteers = Corpo de Voluntários Austríacos

# Belgian Legion ('Empress's Guard')
contingent-belgian_legion = Legião Belga (“Guarda da Imperatriz”)

# Lozada's Tepic army
contingent-lozada_force = Exército de Lozada (Tepic)

# Republican regular army
contingent-republic_regulars = Exército regular republicano

# National Guard and guerrilla bands
contingent-national_guard = Guarda Nacional e guerrilhas

# Constitutional President; head of the Republic
leader-benito_juarez-role = Presidente constitucional; chefe da República

# Commander, Army of the East
leader-ignacio_zaragoza-role = Comandante do Exército do Oriente

# Governor of Zacatecas; Army of the East 1862–63
leader-jesus_gonzalez_ortega-role = Governador de Zacatecas; à frente do Exército do Oriente em 1862–1863

# Commander, Army of the Centre; war minister
leader-ignacio_comonfort-role = Comandante do Exército do Centro; ministro da Guerra

# Brigade commander; later commander of the Army of the East (Oaxaca)
leader-porfirio_diaz-role = Comandante de brigada; depois, comandante do Exército do Oriente (Oaxaca)

# Commander, Army of the North; besieger of Querétaro
leader-mariano_escobedo-role = Comandante do Exército do Norte; sitiador de Querétaro

# Commander, Army of the West (Sinaloa, Jalisco)
leader-ramon_corona-role = Comandante do Exército do Ocidente (Sinaloa, Jalisco)

# Commander in Michoacán (Army of the Centre)
leader-nicolas_de_regules-role = Comandante em Michoacán (Exército do Centro)

# Commander, Army of the Centre (Jalisco/Michoacán)
leader-jose_maria_arteaga-role = Comandante do Exército do Centro (Jalisco e Michoacán)

# Cavalry general under Arteaga
leader-carlos_salazar-role = General de cavalaria sob o comando de Arteaga

# War minister; northern army 1864–65
leader-miguel_negrete-role = Ministro da Guerra; exército do norte em 1864–1865

# Commander, Army of the Centre 1863–64
leader-jose_lopez_uraga-role = Comandante do Exército do Centro em 1863–1864

# Tamaulipas border caudillo
leader-juan_cortina-role = Caudilho da fronteira de Tamaulipas

# Chihuahua commander and governor
leader-luis_terrazas-role = Comandante militar e governador de Chihuahua

# Governor of Sonora
leader-ignacio_pesqueira-role = Governador de Sonora

# Cacique of Guerrero
leader-juan_alvarez-role = Cacique de Guerrero

# Governor of Nuevo León y Coahuila
leader-santiago_vidaurri-role = Governador de Nuevo León y Coahuila

# General in Michoacán and México; writer
leader-vicente_riva_palacio-role = General em Michoacán e no Estado do México; escritor

# Tabasco commander
leader-gregorio_mendez-role = Comandante em Tabasco

# Spanish commander and plenipotentiary
leader-juan_prim-role = Comandante e plenipotenciário espanhol

# Commander of the French corps, 1862
leader-charles_de_lorencez-role = Comandante do corpo francês em 1862

# Commander-in-chief 1862–63; Marshal 1863
leader-elie_forey-role = Comandante em chefe em 1862–1863; marechal em 1863

# Commander-in-chief 1863–67; Marshal 1864
leader-achille_bazaine-role = Comandante em chefe em 1863–1867; marechal em 1864

# Divisional commander (Bajío, Jalisco, north-east)
leader-felix_douay-role = Comandante de divisão (Bajío, Jalisco, nordeste)

# Divisional commander (north, north-west)
leader-armand_de_castagny-role = Comandante de divisão (norte e noroeste)

# Brigade commander (Chihuahua 1865)
leader-auguste_brincourt-role = Comandante de brigada (Chihuahua, 1865)

# Commander of the contre-guérilla (Tamaulipas)
leader-charles_dupin-role = Comandante da contraguerrilha francesa (Tamaulipas)

# Foreign Legion colonel, later general (north-east)
leader-pierre_jeanningros-role = Coronel da Legião Estrangeira, depois general (nordeste)

# Emperor of Mexico
leader-maximilian-role = Imperador do México

# Conservative leader; Regent 1863–64
leader-juan_almonte-role = Líder conservador; regente em 1863–1864

# Ex-president; infantry commander 1866–67
leader-miguel_miramon-role = Ex-presidente; comandante da infantaria em 1866–1867

# General; Otomí caudillo of the Sierra Gorda
leader-tomas_mejia-role = General; caudilho otomi da Sierra Gorda

# General ('Tiger of Tacubaya'); lieutenant of the Empire 1867
leader-leonardo_marquez-role = General (o “Tigre de Tacubaya”); lugar-tenente do Império em 1867

# Caudillo of Tepic (Nayarit)
leader-manuel_lozada-role = Caudilho de Tepic (Nayarit)

# Imperial general in Michoacán
leader-ramon_mendez-role = General imperialista em Michoacán

# Imperial commander in Yucatán
leader-felipe_navarrete-role = Comandante imperialista em Yucatán

# Commander, Austrian Volunteer Corps
leader-franz_thun-role = Comandante do Corpo de Voluntários Austríacos

# Commander, Belgian Legion
leader-alfred_van_der_smissen-role = Comandante da Legião Belga

# Spanish expeditionary corps
army-spanish_expedition = Corpo Expedicionário Espanhol

# Márquez's conservative bands
army-marquez_bands = Bandos conservadores de Márquez

# Mejía's Sierra Gorda men
army-mejia_sierra_gorda = Serranos de Mejía (Sierra Gorda)

# Army of the East
army-army_of_the_east = Exército do Oriente

# Oaxaca brigade
army-oaxaca_brigade = Brigada de Oaxaca

# Garrison of Mexico City
army-mexico_city_garrison = Guarnição da Cidade do México

# Division of the State of México
army-division_of_mexico = Divisão do Estado do México

# National Guard of Querétaro
army-queretaro_guard = Guarda Nacional de Querétaro

# National Guard of Guanajuato (Doblado)
army-guanajuato_guard = Guarda Nacional de Guanajuato (Doblado)

# Zacatecas division
army-zacatecas_division = Divisão de Zacatecas

# National Guard of San Luis Potosí
army-san_luis_guard = Guarda Nacional de San Luis Potosí

# Vidaurri's frontier forces
army-vidaurri_frontier = Forças de fronteira de Vidaurri

# Cortina's Tamaulipas riders
army-tamaulipas_guard = Cavaleiros de Cortina em Tamaulipas

# National Guard of Chihuahua
army-chihuahua_guard = Guarda Nacional de Chihuahua

# National Guard of Durango
army-durango_guard = Guarda Nacional de Durango

# National Guard of Sonora
army-sonora_guard = Guarda Nacional de Sonora

# National Guard of Sinaloa
army-sinaloa_guard = Guarda Nacional de Sinaloa

# Jalisco division
army-jalisco_division = Divisão de Jalisco

# National Guard of Michoacán
army-michoacan_guard = Guarda Nacional de Michoacán

# Álvarez's Pintos
army-alvarez_pintos = Pintos de Álvarez

# Armies that events bring onto the map (army-<event>-<n>)
# French expeditionary brigade
army-french_landing-1 = Brigada expedicionária francesa
# Royal Marines
army-british_marines_land-1 = Fuzileiros navais britânicos (Royal Marines)
# Egyptian battalion
army-egyptian_battalion-1 = Batalhão egípcio
# Lozada's army
army-lozada_adheres-1 = Forças de Lozada
# Austrian Volunteer Corps
army-austrian_volunteers_land-1 = Corpo de Voluntários Austríacos
# Belgian Legion
army-belgian_legion_lands-1 = Legião Belga
# Second Austrian draft
army-second_austrian_draft-1 = Segundo contingente austríaco

# The United States is at war with itself
event-us_civil_war_rages-title = Os Estados Unidos estão em guerra consigo mesmos

# Since April 1861 the United States has been fighting the Confederacy. Washington protests against European meddling in Mexico but can do nothing more: the Monroe Doctrine sleeps while the Union fights for its life. This is the opening Napoleon III has been waiting for.
event-us_civil_war_rages-text = Desde abril de 1861 os Estados Unidos lutam contra a Confederação. Washington protesta contra a ingerência europeia no México, mas não pode fazer mais nada: a Doutrina Monroe dorme enquanto a União luta pela própria sobrevivência. É a brecha que Napoleão III esperava.

# The Allies occupy Veracruz
event-allies_at_veracruz-title = Os aliados ocupam Veracruz

# In July 1861 Juárez suspended payments on the foreign debt for two years. Britain, Spain and France answered with the Convention of London (31 October), promising to seize the customs houses but not to interfere in Mexico's internal affairs. On 8 December a Spanish squadron from Havana reached Veracruz; the port and the island fortress of San Juan de Ulúa were occupied without resistance.
event-allies_at_veracruz-text = Em julho de 1861 Juárez suspendeu por dois anos o pagamento da dívida externa. O Reino Unido, a Espanha e a França responderam com a Convenção de Londres (31 de outubro), pela qual se dispunham a tomar as alfândegas, mas se comprometiam a não intervir nos assuntos internos do México. Em 8 de dezembro uma esquadra espanhola vinda de Havana chegou a Veracruz; o porto e a fortaleza insular de San Juan de Ulúa foram ocupados sem resistência.

# The French land at Veracruz
event-french_landing-title = Os franceses desembarcam em Veracruz

# Admiral Jurien de la Gravière lands some 3,000 French troops (historically at Veracruz, on 7–8 January 1862). General de Lorencez is to follow with reinforcements and take command, boasting that with 6,000 men he will be master of Mexico (historically in March 1862).
event-french_landing-text = O almirante Jurien de la Gravière desembarca cerca de 3.000 soldados franceses (historicamente em Veracruz, em 7 e 8 de janeiro de 1862). O general Lorencez deve segui-lo com reforços e assumir o comando, gabando-se de que com 6.000 homens será senhor do México (historicamente em março de 1862).

# British marines land
event-british_marines_land-title = Desembarcam os fuzileiros navais britânicos

# The British squadron under Commodore Dunlop arrived on 6 January 1862 with Sir Charles Wyke as commissioner. London sent only some 700 marines: Britain wanted its bondholders paid, not a war on the plateau.
event-british_marines_land-text = A esquadra britânica do comodoro Dunlop chegou em 6 de janeiro de 1862, com Sir Charles Wyke como comissário. Londres enviou apenas uns 700 fuzileiros navais: o Reino Unido queria ver pagos os credores britânicos que tinham títulos mexicanos, não uma guerra no planalto.

# The allies sign the preliminaries of La Soledad
event-la_soledad-title = Os aliados assinam as preliminares de La Soledad

# On 19 February 1862 Foreign Minister Manuel Doblado and General Prim signed the preliminaries of La Soledad: the allies recognised Juárez's government, opened talks on the debt and were allowed to move out of the fever coast to healthy Córdoba, Orizaba and Tehuacán — pledging to fall back behind the Chiquihuite if talks failed. Napoleon III would disavow it.
event-la_soledad-text = Em 19 de fevereiro de 1862 o ministro das Relações Exteriores, Manuel Doblado, e o general Prim assinaram a Convenção Preliminar de La Soledad: os aliados reconheciam o governo de Juárez, abriam negociações sobre a dívida e podiam deixar o litoral das febres rumo às cidades salubres de Córdoba, Orizaba e Tehuacán, comprometendo-se a recuar para trás do Chiquihuite se as conversações fracassassem. Napoleão III a desautorizaria.

# Almonte returns under French protection
event-almonte_arrives-title = Almonte volta sob proteção francesa

# On 1 March 1862 General Juan N. Almonte and other exiled conservatives landed under the protection of the French flag. Almonte spoke openly of a monarchy. Prim and Wyke saw at once that France's aim was not debts but a change of regime.
event-almonte_arrives-text = Em 1º de março de 1862 o general Juan N. Almonte e outros conservadores exilados desembarcaram sob a proteção da bandeira francesa. Almonte falava abertamente em monarquia. Prim e Wyke perceberam na hora que o objetivo da França não eram as dívidas, mas uma mudança de regime.

# The Orizaba conference breaks up
event-orizaba_breakup-title = Rompe-se a conferência de Orizaba

# The allied commissioners meet at Orizaba for the last time (historically on 9 April 1862). Saligny and Jurien refuse to give up Almonte; Prim and Wyke refuse to follow France into a war of conquest. Spain and Britain announce that they will re-embark (historically Prim sailed for Havana on 22 April). France is alone — and at war.
event-orizaba_breakup-text = Os comissários aliados se reúnem pela última vez em Orizaba (historicamente em 9 de abril de 1862). Saligny e Jurien se recusam a abandonar Almonte; Prim e Wyke se recusam a seguir a França numa guerra de conquista. A Espanha e o Reino Unido anunciam que reembarcarão suas tropas (historicamente Prim zarpou para Havana em 22 de abril). A França fica sozinha — e em guerra.

# Saligny and the hawks press for war
event-french_hawks_press-title = Saligny e os falcões pressionam pela guerra

# The French minister Dubois de Saligny sends home one report after another on Mexican outrages and on a country longing for a monarchy. Every month the allies stay, the party of the Grand Design in Paris grows more impatient with the talks.
event-french_hawks_press-text = O ministro da França no México, Dubois de Saligny, envia a Paris um relatório atrás do outro sobre ultrajes cometidos pelos mexicanos e sobre um país que, segundo ele, anseia por uma monarquia. A cada mês que os aliados permanecem no México, o partido do Grande Desígnio em Paris fica mais impaciente com as negociações.

# France must choose: the alliance or the Grand Design
event-france_breaks_alliance-title = A França precisa escolher: a aliança ou o Grande Desígnio

# Britain and Spain have not gone home: they hold France to the Convention of London and its pledge not to interfere in Mexico's government. To march on the capital, Napoleon III must break openly with his allies — at a price in prestige and in the Chambers.
event-france_breaks_alliance-text = O Reino Unido e a Espanha não foram embora: cobram da França o respeito à Convenção de Londres e ao compromisso de não interferir no governo do México. Para marchar sobre a capital, Napoleão III terá de romper abertamente com seus aliados — com um custo em prestígio e nas Câmaras.

# Break with the allies and march alone
choice-france_breaks_alliance-break = Romper com os aliados e marchar sozinha

# Keep negotiating with Juárez
choice-france_breaks_alliance-negotiate = Continuar negociando com Juárez

# Zaragoza is dead
event-zaragoza_dies-title = Zaragoza morreu

# Ignacio Zaragoza, who historically beat the French before Puebla on 5 May 1862, is dead. Historically he died of typhoid on 8 September 1862, aged 33, and González Ortega took the Army of the East. The Republic has lost its most trusted commander.
event-zaragoza_dies-text = Ignacio Zaragoza, que historicamente derrotou os franceses diante de Puebla em 5 de maio de 1862, está morto. Historicamente morreu de febre tifoide em 8 de setembro de 1862, aos 33 anos, e González Ortega assumiu o Exército do Oriente. A República perdeu seu comandante de maior confiança.

# Forey lands at Veracruz
event-forey_expedition-title = Forey desembarca em Veracruz

# With its allies gone, France commits itself. General Forey lands at Veracruz to take command of the expedition (historically in September 1862, superseding Lorencez), with Bazaine, Douay and Castagny commanding his divisions and brigades, and the corps begins to grow toward the 26,000 men who historically invested Puebla.
event-forey_expedition-text = Sem seus aliados, a França se compromete a fundo. O general Forey desembarca em Veracruz para assumir o comando da expedição (historicamente em setembro de 1862, substituindo Lorencez), com Bazaine, Douay e Castagny à frente de suas divisões e brigadas, e o corpo expedicionário começa a crescer rumo aos 26.000 homens que historicamente sitiaram Puebla.

# The Egyptian battalion arrives
event-egyptian_battalion-title = Chega o batalhão egípcio

# Said Pasha of Egypt lends Napoleon III a battalion of some 450 Sudanese soldiers. Immune to yellow fever, they are sent to garrison the deadly coast and escort the convoys to the highlands (historically from Veracruz, in February 1863).
event-egyptian_battalion-text = O vice-rei do Egito, Said Paxá, empresta a Napoleão III um batalhão de cerca de 450 soldados sudaneses. Imunes à febre amarela, são enviados para guarnecer a costa mortífera e escoltar os comboios até o planalto (historicamente a partir de Veracruz, em fevereiro de 1863).

# A Regency is named in Mexico City
event-regency_proclaimed-title = Nomeia-se uma Regência na Cidade do México

# With the capital in the hands of the Intervention, a Junta Superior named by the French commander chooses a Regency — historically General Almonte, Archbishop Labastida and General Salas, in June 1863 — to govern until a monarch can be found.
event-regency_proclaimed-text = Com a capital nas mãos da Intervenção, uma Junta Superior de Governo nomeada pelo comandante francês escolhe uma Regência — historicamente, o general Almonte, o arcebispo Labastida e o general Salas, em junho de 1863 — para governar até que se encontre um monarca.

# The Assembly of Notables offers a crown
event-assembly_of_notables-title = A Assembleia de Notáveis oferece uma coroa

# An Assembly of Notables convened by the French command proclaims a hereditary Catholic monarchy and offers the crown to Archduke Ferdinand Maximilian of Austria (historically on 10 July 1863). Maximilian answers from Miramar that he will accept only if the Mexican people ratify the call and France guarantees his throne.
event-assembly_of_notables-text = Uma Assembleia de Notáveis convocada pelo comando francês proclama uma monarquia católica hereditária e oferece a coroa ao arquiduque Fernando Maximiliano da Áustria (historicamente em 10 de julho de 1863). De Miramar, Maximiliano responde que só aceitará se o povo mexicano ratificar o chamado e a França garantir seu trono.

# Washington will not recognise a monarchy
event-seward_refuses_recognition-title = Washington não reconhecerá uma monarquia

# Secretary of State Seward declares that the United States will not consider recognising any government that replaces the Republic (historically on 23 October 1863). Washington can do little more than protest, but its minister stays with Juárez.
event-seward_refuses_recognition-text = O secretário de Estado Seward declara que os Estados Unidos não considerarão reconhecer nenhum governo que substitua a República (historicamente em 23 de outubro de 1863). Washington pouco pode fazer além de protestar, mas seu ministro permanece junto a Juárez.

# Maximilian signs the Treaty of Miramar
event-treaty_of_miramar-title = Maximiliano assina o Tratado de Miramar

# At his castle of Miramar near Trieste, Maximilian accepts the crown and signs a treaty with France (historically on 10 April 1864). The French corps is to shrink 'as soon as possible' to 25,000 men, the Foreign Legion staying six years; Mexico is to pay the costs of the intervention (historically 270 million francs) plus 1,000 francs a year for every French soldier.
event-treaty_of_miramar-text = Em seu castelo de Miramar, perto de Trieste, Maximiliano aceita a coroa e assina um tratado com a França (historicamente em 10 de abril de 1864). O corpo francês deve ser reduzido «o quanto antes» a 25.000 homens, e a Legião Estrangeira ficará seis anos; o México pagará os custos da intervenção (historicamente 270 milhões de francos), mais 1.000 francos por ano para cada soldado francês.

# The House of Representatives protests
event-us_house_resolution-title = A Câmara dos Representantes protesta

# The US House of Representatives resolves unanimously that it will not acknowledge any monarchy raised in Mexico under European auspices (historically on 4 April 1864). Seward tells Paris the resolution does not bind the executive — but the message is heard.
event-us_house_resolution-text = A Câmara dos Representantes dos Estados Unidos resolve por unanimidade que não reconhecerá nenhuma monarquia erguida no México sob os auspícios de potências europeias (historicamente em 4 de abril de 1864). Seward garante a Paris que a resolução não obriga o Executivo — mas a mensagem é ouvida.

# Maximilian and Carlota arrive
event-maximilian_arrives-title = Chegam Maximiliano e Carlota

# The frigate Novara brings Maximilian and Carlota to Mexico (historically to Veracruz on 28 May 1864; they entered Mexico City on 12 June). The Regency ends and the Second Mexican Empire begins. The conservatives who called him expect him to restore the Church's property; they will be disappointed.
event-maximilian_arrives-text = A fragata Novara traz Maximiliano e Carlota ao México (historicamente a Veracruz, em 28 de maio de 1864; entraram na Cidade do México em 12 de junho). Termina a Regência e começa o Segundo Império Mexicano. Os conservadores que o chamaram esperam que devolva os bens da Igreja; ficarão decepcionados.

# Juárez must deal with Vidaurri
event-coahuila_separated-title = Juárez diante de Vidaurri

# Driven from the centre, the government of the Republic moves north into the domain of Santiago Vidaurri, who keeps the customs of Piedras Negras and Nuevo Laredo for himself. Historically Juárez answered on 26 February 1864 by separating Coahuila from Nuevo León again; Vidaurri turned to Bazaine.
event-coahuila_separated-text = Expulso do centro, o governo da República se muda para o norte, para os domínios de Santiago Vidaurri, que guarda para si as alfândegas de Piedras Negras e Nuevo Laredo. Historicamente, Juárez respondeu em 26 de fevereiro de 1864 separando novamente Coahuila de Nuevo León; Vidaurri voltou-se então para Bazaine.

# Separate Coahuila and take back the customs
choice-coahuila_separated-separate = Separar Coahuila e retomar as alfândegas

# Leave the north-east to Vidaurri
choice-coahuila_separated-conciliate = Deixar o nordeste nas mãos de Vidaurri

# Vidaurri goes over to the Empire
event-vidaurri_defects-title = Vidaurri passa para o lado do Império

# Santiago Vidaurri, the liberal caudillo of the north-east, has gone over to the Intervention. Historically he fled to Texas when Juárez's troops took Monterrey, returned with the French in August 1864, and became a councillor and minister of the Empire — to be shot in Mexico City in July 1867.
event-vidaurri_defects-text = Santiago Vidaurri, o caudilho liberal do nordeste, passou para o lado da Intervenção. Historicamente, ele fugiu para o Texas quando as tropas de Juárez tomaram Monterrey, voltou com os franceses em agosto de 1864 e tornou-se conselheiro e ministro do Império — para acabar fuzilado na Cidade do México em julho de 1867.

# Lozada adheres to the Empire
event-lozada_adheres-title = Lozada adere ao Império

# With Guadalajara in imperial hands, Manuel Lozada, the 'Tiger of Álica', lord of the Cora and Huichol sierra of Tepic, declares for the Intervention (historically on 19 March 1864), bringing some 3,000 men, a thousand of them mounted — as long as he is paid and left alone.
event-lozada_adheres-text = Com Guadalajara nas mãos dos imperialistas, Manuel Lozada, o “Tigre de Álica”, senhor da serra dos coras e huicholes de Tepic, declara-se a favor da Intervenção (historicamente, em 19 de março de 1864) e traz cerca de 3.000 homens, mil deles a cavalo — desde que seja pago e deixado em paz.

# Lozada withdraws into neutrality
event-lozada_neutral-title = Lozada se recolhe à neutralidade

# Unpaid and seeing the Empire falter, Lozada declares Tepic neutral and takes his men home to the sierra, as he did in 1866.
event-lozada_neutral-text = Sem pagamento e vendo o Império vacilar, Lozada declara Tepic neutro e leva seus homens de volta para a serra, como fez em 1866.

# The Austrian Volunteer Corps lands
event-austrian_volunteers_land-title = Desembarca o Corpo de Voluntários Austríacos

# Under a convention with France, Franz Joseph allows his brother to recruit volunteers in Austria (historically on 19 October 1864). Some 6,800 men — light infantry, hussars, lancers and mountain batteries under Count Thun-Hohenstein — cross the Atlantic (historically landing at Veracruz between November 1864 and March 1865 and taking over Puebla and the Sierra Norte).
event-austrian_volunteers_land-text = Por uma convenção com a França, Francisco José permite que seu irmão recrute voluntários na Áustria (historicamente em 19 de outubro de 1864). Cerca de 6.800 homens — infantaria ligeira, hussardos, lanceiros e baterias de montanha sob o conde Thun-Hohenstein — cruzam o Atlântico (historicamente desembarcaram em Veracruz entre novembro de 1864 e março de 1865 e assumiram Puebla e a Sierra Norte).

# The Belgian Legion arrives
event-belgian_legion_lands-title = Chega a Legião Belga

# King Leopold's daughter is Empress of Mexico, and some 1,500 Belgian volunteers in two battalions under Colonel van der Smissen come to guard her — the 'Empress's Guard'. (Historically, at Tacámbaro in April 1865, a company of them was destroyed by Régules's guerrillas.)
event-belgian_legion_lands-text = A filha do rei Leopoldo é imperatriz do México, e cerca de 1.500 voluntários belgas, em dois batalhões sob o comando do coronel Van der Smissen, vêm protegê-la — a “Guarda da Imperatriz”. (Historicamente, em Tacámbaro, em abril de 1865, um destacamento deles foi aniquilado pelas guerrilhas de Régules.)

# The Union wins
event-us_civil_war_ends-title = A União vence

# Lee surrenders at Appomattox. The United States, with a victorious army of veterans, is free to look south: Grant regards Maximilian's empire as a part of the rebellion, and the Monroe Doctrine wakes.
event-us_civil_war_ends-text = Lee se rende em Appomattox. Os Estados Unidos, com um exército vitorioso de veteranos, estão livres para olhar para o sul: Grant considera o império de Maximiliano parte da rebelião, e a Doutrina Monroe desperta.

# Sheridan goes to the Rio Grande
event-sheridan_rio_grande-title = Sheridan vai ao rio Grande

# Grant sends General Sheridan to the Rio Grande with some 53,000 troops detailed to Texas. They never cross, but arms 'condemned and abandoned' on the river bank find their way to the Republicans, and American volunteers ride with Escobedo.
event-sheridan_rio_grande-text = Grant envia o general Sheridan ao Rio Grande, com cerca de 53.000 soldados destacados para o Texas. Eles nunca atravessam a fronteira, mas armas “declaradas inservíveis e abandonadas” na margem do rio acabam nas mãos dos republicanos, e voluntários norte-americanos cavalgam com Escobedo.

# Maximilian weighs the Black Decree
event-black_decree-title = Maximiliano pondera o Decreto Negro

# Believing that Juárez has fled the country and that those still in arms are mere bandits, and urged by Bazaine, Maximilian must decide how to end the guerrilla war. Historically he signed the decree of 3 October 1865: members of armed bands to be court-martialled and shot within 24 hours.
event-black_decree-text = Convencido de que Juárez fugiu do país e de que os que ainda estão em armas são meros bandidos, e pressionado por Bazaine, Maximiliano precisa decidir como acabar com a guerra de guerrilhas. Historicamente, ele assinou o decreto de 3 de outubro de 1865: os membros de bandos armados seriam julgados por corte marcial e fuzilados em até 24 horas.

# Sign the decree
choice-black_decree-decree = Assinar o decreto

# Offer amnesty instead
choice-black_decree-clemency = Oferecer anistia em vez disso

# Arteaga is shot under the Black Decree
event-martyrs_of_uruapan-title = Arteaga é fuzilado pelo Decreto Negro

# Under the Black Decree, General José María Arteaga, a prisoner of the Empire, is shot (historically at Uruapan on 21 October 1865, with General Carlos Salazar, both taken by Ramón Méndez). The executions make martyrs and outrage opinion in the United States.
event-martyrs_of_uruapan-text = Em aplicação do Decreto Negro, o general José María Arteaga, prisioneiro do Império, é fuzilado (historicamente em Uruapan, em 21 de outubro de 1865, com o general Carlos Salazar, ambos capturados por Ramón Méndez). As execuções criam mártires e indignam a opinião pública nos Estados Unidos.

# Seward asks when the French will leave
event-seward_note-title = Seward pergunta quando os franceses partirão

# Secretary of State Seward tells the French minister Montholon that the presence of French troops in Mexico is a threat the United States will not tolerate, and asks when they will leave.
event-seward_note-text = O secretário de Estado Seward diz a Montholon, ministro da França em Washington, que a presença de tropas francesas no México é uma ameaça que os Estados Unidos não tolerarão, e pergunta quando elas vão partir.

# Washington demands unconditional withdrawal
event-seward_ultimatum-title = Washington exige retirada incondicional

# Seward insists that the French withdrawal be unconditional and set by a date — historically on 12 February 1866. Paris answers with a three-stage timetable.
event-seward_ultimatum-text = Seward insiste que a retirada francesa seja incondicional e tenha data marcada — historicamente, em 12 de fevereiro de 1866. Paris responde com um cronograma em três etapas.

# Juárez's term runs out
event-juarez_extends_term-title = Termina o mandato de Juárez

# Juárez's constitutional term ends on 30 November 1865, with the war still on and no election possible. González Ortega, president of the Supreme Court and his legal successor, is in the United States. (Historically, on 8 November Juárez extended his own term for the duration of the war, and Lerdo de Tejada defended it.)
event-juarez_extends_term-text = O mandato constitucional de Juárez termina em 30 de novembro de 1865, com a guerra ainda em curso e nenhuma eleição possível. González Ortega, presidente da Suprema Corte e, portanto, seu sucessor legal, está nos Estados Unidos. (Historicamente, em 8 de novembro Juárez prorrogou o próprio mandato enquanto durasse a guerra, e Lerdo de Tejada defendeu a medida.)

# Extend the term for the duration of the war
choice-juarez_extends_term-extend = Prorrogar o mandato enquanto durar a guerra

# Hand the presidency to González Ortega
choice-juarez_extends_term-hand_over = Entregar a presidência a González Ortega

# Raiders sack Bagdad
event-bagdad_raid-title = Saqueadores atacam Bagdad

# Discharged American soldiers and Republican partisans cross the Rio Grande and sack Bagdad, the imperial boom-town at its mouth (historically on 6 January 1866). The border is porous to American men and arms.
event-bagdad_raid-text = Soldados norte-americanos desmobilizados e guerrilheiros republicanos atravessam o Rio Grande e saqueiam Bagdad, a próspera cidade portuária imperial na foz do rio (historicamente, em 6 de janeiro de 1866). A fronteira é porosa para homens e armas dos Estados Unidos.

# Napoleon III announces the recall
event-france_announces_recall-title = Napoleão III anuncia a volta das tropas

# The Emperor of the French tells the Chambers that steps are being taken to bring the troops home (historically on 22 January 1866). The Empire's military horizon is now fixed: a withdrawal in stages, then Maximilian alone.
event-france_announces_recall-text = O imperador dos franceses anuncia às Câmaras que estão sendo tomadas providências para trazer as tropas de volta (historicamente, em 22 de janeiro de 1866). O horizonte militar do Império está traçado: uma retirada em etapas e, depois, Maximiliano sozinho.

# Washington stops the Austrian draft
event-us_blocks_austrian_draft-title = Washington barra o novo contingente austríaco

# A new draft of Austrian volunteers is ready to embark at Trieste when the American minister Motley warns Vienna that the United States will regard it as a hostile act. Franz Joseph countermands it.
event-us_blocks_austrian_draft-text = Um novo contingente de voluntários austríacos está pronto para embarcar em Trieste quando o ministro norte-americano em Viena, Motley, avisa que os Estados Unidos o considerarão um ato hostil. Francisco José cancela o envio.

# A second Austrian draft
event-second_austrian_draft-title = Um segundo contingente austríaco

# With Washington quiet and Europe calm, a second draft of Austrian volunteers sails to reinforce Thun's corps.
event-second_austrian_draft-text = Com Washington quieto e a Europa em paz, um segundo contingente de voluntários austríacos zarpa para reforçar o corpo de Thun.

# Prussia crushes Austria at Königgrätz
event-koniggratz-title = A Prússia esmaga a Áustria em Königgrätz

# At Königgrätz (Sadowa) Prussia crushes Austria. Napoleon III must look to the Rhine, and Austria can spare no more men for Maximilian. (Historically Carlota learned the news on landing at Saint-Nazaire.)
event-koniggratz-text = Em Königgrätz (Sadowa), a Prússia esmaga a Áustria. Napoleão III precisa vigiar o Reno, e a Áustria já não pode enviar homens a Maximiliano. (Historicamente, Carlota soube da notícia ao desembarcar em Saint-Nazaire.)

# Carlota sails for Europe
event-carlota_mission-title = Carlota parte para a Europa

# Empress Carlota sails for Europe to hold Napoleon III to his promises (historically embarking on 13 July 1866). At Saint-Cloud on 11 August he refuses her: no more men, no more money.
event-carlota_mission-text = A imperatriz Carlota parte para a Europa para cobrar de Napoleão III as promessas feitas (historicamente, embarcou em 13 de julho de 1866). Em Saint-Cloud, em 11 de agosto, ele lhe diz não: nem mais homens, nem mais dinheiro.

# Carlota breaks down in Rome
event-carlota_collapse-title = Carlota sucumbe em Roma

# From Paris Carlota goes to Rome to seek the Pope's help. After her audience with Pius IX she suffers a mental collapse (historically in late September–October 1866). She will never see Mexico or Maximilian again.
event-carlota_collapse-text = De Paris, Carlota vai a Roma pedir a ajuda do papa. Depois da audiência com Pio IX, sofre um colapso mental (historicamente, entre o fim de setembro e outubro de 1866). Nunca mais verá o México nem Maximiliano.

# Miramón and Márquez come home
event-miramon_marquez_return-title = Miramón e Márquez voltam

# As the French pack up, the conservative generals Maximilian had sent abroad return to offer him their swords: Miguel Miramón, the young ex-president, and Leonardo Márquez. The Empire's last phase will rest on Mexican conservatives.
event-miramon_marquez_return-text = Enquanto os franceses fazem as malas, os generais conservadores que Maximiliano mandara para o exterior voltam para lhe oferecer suas espadas: Miguel Miramón, o jovem ex-presidente, e Leonardo Márquez. A última fase do Império dependerá dos conservadores mexicanos.

# Orizaba: abdicate or stay?
event-abdication_crisis-title = Orizaba: abdicar ou ficar?

# News of Carlota's collapse reaches Maximilian. He leaves the capital for Orizaba, his baggage already sent to the coast. Father Fischer, Miramón and Márquez urge him to stay; the conservatives promise men and money. Historically, on 1–3 December 1866, he decided not to abdicate and to go on with national resources alone.
event-abdication_crisis-text = A notícia do colapso de Carlota chega a Maximiliano. Ele deixa a capital rumo a Orizaba, com a bagagem já enviada para o litoral. O padre Fischer, Miramón e Márquez insistem para que fique; os conservadores prometem homens e dinheiro. Historicamente, entre 1º e 3 de dezembro de 1866, ele decidiu não abdicar e seguir adiante apenas com recursos nacionais.

# Stay, and rely on the conservatives
choice-abdication_crisis-stay = Ficar e apoiar-se nos conservadores

# Abdicate and sail for Europe
choice-abdication_crisis-abdicate = Abdicar e embarcar para a Europa

# Half the customs are pledged to France
event-customs_pledged-title = Metade das alfândegas é penhorada à França

# Half of all maritime customs receipts are pledged to France (historically by the convention of 30 July 1866, from 1 November): the Empire's main revenue is mortgaged to the power that is leaving. (In the rules the pledge takes effect once the Empire's debt passes the pledge threshold.)
event-customs_pledged-text = Metade de todas as receitas das alfândegas marítimas é dada em garantia à França (historicamente pela convenção de 30 de julho de 1866, a partir de 1º de novembro): a principal renda do Império fica hipotecada à potência que se retira. (Nas regras, a garantia entra em vigor quando a dívida do Império ultrapassa o limite fixado para isso.)

# The Austrians and Belgians go home
event-volunteers_go_home-title = Austríacos e belgas voltam para casa

# Paris orders the evacuation en bloc, Foreign Legion included, and the Austrian and Belgian volunteers are shipped home with the French (historically from January 1867). Only an Austrian hussar regiment and a battalion stay with Maximilian.
event-volunteers_go_home-text = Paris ordena a evacuação em bloco, incluída a Legião Estrangeira, e os voluntários austríacos e belgas são repatriados junto com os franceses (historicamente, a partir de janeiro de 1867). Só um regimento de hussardos austríacos e um batalhão ficam com Maximiliano.

# The last French troops embark
event-last_french_embark-title = Embarcam as últimas tropas francesas

# Marshal Bazaine leads the last of the French corps home (historically out of Mexico City and down to Veracruz, where 28,690 men embarked between 14 February and 12 March 1867). The Intervention is over; whatever Empire remains must stand on its own.
event-last_french_embark-text = O marechal Bazaine leva para casa o que resta do corpo francês (historicamente da Cidade do México até Veracruz, onde 28.690 homens embarcaram entre 14 de fevereiro e 12 de março de 1867). A Intervenção terminou; o que restar do Império terá de se sustentar sozinho.

# Maximilian is a prisoner of the Republic, and his Empire falls with him.
victory-emperor_taken = Maximiliano é prisioneiro da República, e seu Império cai com ele.

# Maximilian is dead, and his Empire falls with him.
victory-emperor_dead = Maximiliano está morto, e seu Império cai com ele.

# The Empire has lost the capital, and fewer than 3,000 men still fight for it.
victory-empire_broken = O lado imperial perdeu a capital, e menos de 3.000 homens ainda lutam por ele.

# The imperial government has fallen.
victory-throne_fallen = O governo imperial caiu.

# France has gone home before any throne was raised, and the Intervention ends with it.
victory-france_gone_before_throne = A França foi embora antes que qualquer trono fosse erguido, e a Intervenção termina com ela.

# The Republic has lost all claim to govern.
victory-republic_extinguished = A República perdeu todo direito de governar.

# The Republic holds the seat of government and most of the country.
victory-republic_governs = A República detém a sede do governo e a maior parte do país.

# The Republic holds three quarters of the provinces and of the people; its enemies keep no more than a corner of the country.
victory-republic_holds_the_nation = A República detém três quartos das províncias e da população; a seus inimigos não resta mais que um canto do país.

# The throne holds the capital, most of the provinces and most of the people.
victory-empire_governs = O trono detém a capital, a maioria das províncias e a maior parte da população.

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

