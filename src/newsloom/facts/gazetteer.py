"""Place and organisation names newsloom maps to actor codes (data only).

Each country line reads ``ISO3|names|demonyms|capital and seat-of-government
names|other cities``; alternatives are separated by ``;``.  A capital doubles
as a metonym for its government ("Baku said ..." means Azerbaijan's
government said it).  ``METONYMS`` adds buildings and institutions that stand
for a government.  ``ALIASES`` maps variant spellings to the canonical one.
``IGOS`` lists international organisations by short name with their long
names and the actor class (IGO or NGO) used by event coders.
"""
from __future__ import annotations

import functools
import re

from rapidfuzz.distance import OSA

_COUNTRIES = """
AFG|Afghanistan|Afghan;Afghans;Afghani|Kabul|Kandahar;Herat;Mazar-i-Sharif;Jalalabad
ALB|Albania|Albanian;Albanians|Tirana|Durres
DZA|Algeria|Algerian;Algerians|Algiers|Oran;Constantine
AND|Andorra|Andorran|Andorra la Vella|
AGO|Angola|Angolan;Angolans|Luanda|Cabinda;Huambo
ATG|Antigua and Barbuda;Antigua|Antiguan|St. John's|
ARG|Argentina|Argentine;Argentinian;Argentines|Buenos Aires|Cordoba;Rosario
ARM|Armenia|Armenian;Armenians|Yerevan|Gyumri;Vanadzor
AUS|Australia|Australian;Australians|Canberra|Sydney;Melbourne;Brisbane;Perth
AUT|Austria|Austrian;Austrians|Vienna|Salzburg;Graz
AZE|Azerbaijan;Republic of Azerbaijan|Azerbaijani;Azerbaijanis;Azeri;Azeris|Baku|Ganja;Sumgait;Shusha;Nakhchivan
BHS|Bahamas;The Bahamas|Bahamian|Nassau|
BHR|Bahrain|Bahraini;Bahrainis|Manama|
BGD|Bangladesh|Bangladeshi;Bangladeshis|Dhaka|Chittagong
BRB|Barbados|Barbadian|Bridgetown|
BLR|Belarus;Byelorussia|Belarusian;Belarusians;Byelorussian|Minsk|Brest;Gomel
BEL|Belgium|Belgian;Belgians|Brussels|Antwerp;Ghent
BLZ|Belize|Belizean|Belmopan|
BEN|Benin|Beninese|Porto-Novo;Cotonou|
BTN|Bhutan|Bhutanese|Thimphu|
BOL|Bolivia|Bolivian;Bolivians|La Paz;Sucre|Santa Cruz
BIH|Bosnia and Herzegovina;Bosnia-Herzegovina;Bosnia|Bosnian;Bosnians|Sarajevo|Banja Luka;Mostar;Srebrenica;Tuzla;Bihac;Gorazde
BWA|Botswana|Botswanan;Motswana|Gaborone|
BRA|Brazil|Brazilian;Brazilians|Brasilia;Brasília|Sao Paulo;São Paulo;Rio de Janeiro
BRN|Brunei|Bruneian|Bandar Seri Begawan|
BGR|Bulgaria|Bulgarian;Bulgarians|Sofia|Plovdiv;Varna
BFA|Burkina Faso|Burkinabe|Ouagadougou|
BDI|Burundi|Burundian;Burundians|Gitega;Bujumbura|
KHM|Cambodia;Kampuchea|Cambodian;Cambodians;Khmer;Kampuchean;Kampucheans|Phnom Penh|
CMR|Cameroon|Cameroonian;Cameroonians|Yaounde;Yaoundé|Douala
CAN|Canada|Canadian;Canadians|Ottawa|Toronto;Montreal;Vancouver
CPV|Cape Verde;Cabo Verde|Cape Verdean|Praia|
CAF|Central African Republic|Central African|Bangui|
TCD|Chad|Chadian;Chadians|N'Djamena;Ndjamena|
CHL|Chile|Chilean;Chileans|Santiago|Valparaiso
CHN|China;People's Republic of China;PRC|Chinese|Beijing;Peking|Shanghai;Guangzhou;Shenzhen;Wuhan;Tianjin;Lhasa;Urumqi
COL|Colombia|Colombian;Colombians|Bogota;Bogotá|Medellin;Cali
COM|Comoros|Comorian|Moroni|
COG|Republic of the Congo;Congo-Brazzaville||Brazzaville|
COD|Democratic Republic of the Congo;DR Congo;DRC;Congo;Zaire|Congolese|Kinshasa|Goma;Lubumbashi;Bukavu;Kisangani
CRI|Costa Rica|Costa Rican;Costa Ricans|San Jose;San José|
CIV|Ivory Coast;Cote d'Ivoire;Côte d'Ivoire|Ivorian;Ivorians|Yamoussoukro;Abidjan|
HRV|Croatia|Croatian;Croatians;Croat;Croats|Zagreb|Split;Dubrovnik;Knin;Vukovar
CUB|Cuba|Cuban;Cubans|Havana|
CYP|Cyprus|Cypriot;Cypriots;Greek Cypriot;Greek Cypriots|Nicosia|Limassol
CZE|Czech Republic;Czechia|Czech;Czechs|Prague|Brno
DNK|Denmark|Danish;Dane;Danes|Copenhagen|Aarhus
DJI|Djibouti|Djiboutian|Djibouti City|
DMA|Dominica|Dominican|Roseau|
DOM|Dominican Republic|Dominican;Dominicans|Santo Domingo|
ECU|Ecuador|Ecuadorian;Ecuadorians;Ecuadoran|Quito|Guayaquil
EGY|Egypt|Egyptian;Egyptians|Cairo|Alexandria;Port Said;Suez;Sinai
SLV|El Salvador|Salvadoran;Salvadorans;Salvadorian|San Salvador|
GNQ|Equatorial Guinea|Equatoguinean|Malabo|
ERI|Eritrea|Eritrean;Eritreans|Asmara|
EST|Estonia|Estonian;Estonians|Tallinn|Tartu
SWZ|Eswatini;Swaziland|Swazi|Mbabane|
ETH|Ethiopia|Ethiopian;Ethiopians|Addis Ababa|Ogaden;Tigray
FJI|Fiji|Fijian;Fijians|Suva|
FIN|Finland|Finnish;Finn;Finns|Helsinki|
FRA|France|French;Frenchman;Frenchmen|Paris;Elysee;Élysée|Marseille;Lyon;Nice;Toulouse;Strasbourg
GAB|Gabon|Gabonese|Libreville|
GMB|Gambia;The Gambia|Gambian|Banjul|
GEO|Georgia|Georgian;Georgians|Tbilisi|Batumi;Kutaisi;Sukhumi;Tskhinvali
DEU|Germany;West Germany;East Germany|German;Germans|Berlin;Bonn|Munich;Hamburg;Frankfurt;Cologne
GHA|Ghana|Ghanaian;Ghanaians|Accra|Kumasi
GRC|Greece|Greek;Greeks|Athens|Thessaloniki
GRD|Grenada|Grenadian|St. George's|
GTM|Guatemala|Guatemalan;Guatemalans|Guatemala City|
GIN|Guinea|Guinean;Guineans|Conakry|
GNB|Guinea-Bissau|Bissau-Guinean|Bissau|
GUY|Guyana|Guyanese|Georgetown|
HTI|Haiti|Haitian;Haitians|Port-au-Prince|
HND|Honduras|Honduran;Hondurans|Tegucigalpa|
HUN|Hungary|Hungarian;Hungarians|Budapest|
ISL|Iceland|Icelandic;Icelander;Icelanders|Reykjavik|
IND|India|Indian;Indians|New Delhi;Delhi|Mumbai;Bombay;Kolkata;Calcutta;Chennai;Bangalore;Kashmir;Srinagar;Assam
IDN|Indonesia|Indonesian;Indonesians|Jakarta|Surabaya;Bali;Aceh
IRN|Iran;Islamic Republic of Iran;Persia|Iranian;Iranians;Persian|Tehran;Teheran|Isfahan;Mashhad;Tabriz
IRQ|Iraq|Iraqi;Iraqis|Baghdad|Basra;Mosul;Kirkuk;Erbil;Fallujah;Tikrit;Falluja
IRL|Ireland;Republic of Ireland|Irish|Dublin|Cork
ISR|Israel|Israeli;Israelis|Jerusalem;Knesset|Tel Aviv;Haifa;Beersheba;Ashkelon;Ashdod;Sderot;Netanya;Eilat;Kiryat Shmona;Nahariya;Tiberias;Safed
ITA|Italy|Italian;Italians|Rome|Milan;Naples;Turin;Genoa;Florence;Venice
JAM|Jamaica|Jamaican;Jamaicans|Kingston|
JPN|Japan|Japanese|Tokyo|Osaka;Kyoto;Hiroshima;Okinawa
JOR|Jordan|Jordanian;Jordanians|Amman|
KAZ|Kazakhstan|Kazakh;Kazakhs;Kazakhstani|Astana;Nur-Sultan|Almaty
KEN|Kenya|Kenyan;Kenyans|Nairobi|Mombasa
KIR|Kiribati|I-Kiribati|Tarawa|
PRK|North Korea;Democratic People's Republic of Korea;DPRK|North Korean;North Koreans|Pyongyang|
KOR|South Korea;Republic of Korea;Korea|South Korean;South Koreans;Korean;Koreans|Seoul|Busan
XKX|Kosovo|Kosovar;Kosovars;Kosovo Albanian;Kosovo Albanians|Pristina;Prishtina|
KWT|Kuwait|Kuwaiti;Kuwaitis|Kuwait City|
KGZ|Kyrgyzstan|Kyrgyz|Bishkek|Osh
LAO|Laos|Lao;Laotian|Vientiane|
LVA|Latvia|Latvian;Latvians|Riga|
LBN|Lebanon|Lebanese|Beirut|Tripoli;Sidon;Tyre;Bekaa;Bekaa Valley
LSO|Lesotho|Basotho|Maseru|
LBR|Liberia|Liberian;Liberians|Monrovia|
LBY|Libya|Libyan;Libyans|Tripoli|Benghazi;Misrata
LIE|Liechtenstein|Liechtensteiner|Vaduz|
LTU|Lithuania|Lithuanian;Lithuanians|Vilnius|Kaunas
LUX|Luxembourg|Luxembourger;Luxembourgish|Luxembourg City|
MDG|Madagascar|Malagasy|Antananarivo|
MWI|Malawi|Malawian;Malawians|Lilongwe|
MYS|Malaysia|Malaysian;Malaysians|Kuala Lumpur;Putrajaya|
MDV|Maldives|Maldivian||
MLI|Mali|Malian;Malians|Bamako|Timbuktu
MLT|Malta|Maltese|Valletta|
MHL|Marshall Islands|Marshallese|Majuro|
MRT|Mauritania|Mauritanian;Mauritanians|Nouakchott|
MUS|Mauritius|Mauritian|Port Louis|
MEX|Mexico|Mexican;Mexicans|Mexico City|Guadalajara;Monterrey;Tijuana;Chiapas
FSM|Micronesia|Micronesian|Palikir|
MDA|Moldova|Moldovan;Moldovans|Chisinau|Transnistria;Transdniester
MCO|Monaco|Monegasque|Monaco|
MNG|Mongolia|Mongolian;Mongolians|Ulaanbaatar;Ulan Bator|
MNE|Montenegro|Montenegrin;Montenegrins|Podgorica|
MAR|Morocco|Moroccan;Moroccans|Rabat|Casablanca;Marrakesh
MOZ|Mozambique|Mozambican;Mozambicans|Maputo|
MMR|Myanmar;Burma|Burmese;Myanmarese|Naypyidaw;Naypyitaw;Rangoon;Yangon|Mandalay
NAM|Namibia|Namibian;Namibians|Windhoek|
NRU|Nauru|Nauruan|Yaren|
NPL|Nepal|Nepali;Nepalese|Kathmandu|
NLD|Netherlands;Holland;The Netherlands|Dutch|Amsterdam;The Hague|Rotterdam
NZL|New Zealand|New Zealander;New Zealanders|Wellington|Auckland
NIC|Nicaragua|Nicaraguan;Nicaraguans|Managua|
NER|Niger|Nigerien;Nigeriens|Niamey|
NGA|Nigeria|Nigerian;Nigerians;Yoruba;Igbo;Ibo;Ijaw|Abuja|Lagos;Kano;Ibadan;Maiduguri;Port Harcourt
MKD|North Macedonia;Macedonia;Former Yugoslav Republic of Macedonia;FYROM|Macedonian;Macedonians|Skopje|Tetovo
NOR|Norway|Norwegian;Norwegians|Oslo|Bergen
OMN|Oman|Omani;Omanis|Muscat|
PAK|Pakistan|Pakistani;Pakistanis|Islamabad|Karachi;Lahore;Peshawar;Rawalpindi;Quetta
PLW|Palau|Palauan|Ngerulmud|
PSE|Palestine;Palestinian Territories;West Bank;Gaza;Gaza Strip;State of Palestine;Palestinian Authority|Palestinian;Palestinians|Ramallah|Hebron;Nablus;Jenin;Bethlehem;Khan Younis;Rafah;East Jerusalem;Gaza City;Jericho;Tulkarem;Tulkarm;Qalqilya;Jabalya;Deir al-Balah;Beit Hanoun;Beit Lahiya
PAN|Panama|Panamanian;Panamanians|Panama City|
PNG|Papua New Guinea|Papua New Guinean|Port Moresby|Bougainville
PRY|Paraguay|Paraguayan;Paraguayans|Asuncion;Asunción|
PER|Peru|Peruvian;Peruvians|Lima|Cusco;Ayacucho
PHL|Philippines|Filipino;Filipinos;Philippine|Manila|Davao;Cebu;Mindanao
POL|Poland|Polish;Pole;Poles|Warsaw|Krakow;Gdansk;Wroclaw
PRT|Portugal|Portuguese|Lisbon|Porto
QAT|Qatar|Qatari;Qataris|Doha|
ROU|Romania|Romanian;Romanians|Bucharest|Cluj
RUS|Russia;Russian Federation;Soviet Union;USSR|Russian;Russians;Soviet;Soviets|Moscow;Kremlin;the Kremlin|St Petersburg;St. Petersburg;Saint Petersburg;Yekaterinburg;Ekaterinburg;Novosibirsk;Kazan;Grozny;Astrakhan;Vladivostok;Sochi;Chechnya;Dagestan;Kaliningrad;Rostov;Volgograd;Samara;Omsk;Ufa;Krasnodar;Murmansk
RWA|Rwanda|Rwandan;Rwandans|Kigali|
KNA|Saint Kitts and Nevis|Kittitian|Basseterre|
LCA|Saint Lucia|Saint Lucian|Castries|
VCT|Saint Vincent and the Grenadines|Vincentian|Kingstown|
WSM|Samoa|Samoan|Apia|
SMR|San Marino|Sammarinese|San Marino|
STP|Sao Tome and Principe|Santomean|Sao Tome|
SAU|Saudi Arabia|Saudi;Saudis;Saudi Arabian|Riyadh|Jeddah;Mecca;Medina
SEN|Senegal|Senegalese|Dakar|Casamance
SRB|Serbia;Yugoslavia|Serbian;Serbians;Serb;Serbs;Yugoslav|Belgrade|Novi Sad;Nis
SYC|Seychelles|Seychellois||
SLE|Sierra Leone|Sierra Leonean;Sierra Leoneans|Freetown|
SGP|Singapore|Singaporean;Singaporeans|Singapore|
SVK|Slovakia|Slovak;Slovaks;Slovakian|Bratislava|
SVN|Slovenia|Slovenian;Slovenians;Slovene;Slovenes|Ljubljana|
SLB|Solomon Islands|Solomon Islander|Honiara|
SOM|Somalia|Somali;Somalis|Mogadishu|Puntland;Somaliland;Hargeisa;Kismayo
ZAF|South Africa|South African;South Africans|Pretoria;Cape Town|Johannesburg;Durban;Soweto
SSD|South Sudan|South Sudanese|Juba|
ESP|Spain|Spanish;Spaniard;Spaniards|Madrid|Barcelona;Valencia;Seville;Bilbao
LKA|Sri Lanka;Ceylon|Sri Lankan;Sri Lankans;Sinhalese;Tamil;Tamils|Colombo;Sri Jayawardenepura Kotte|Jaffna;Kandy
SDN|Sudan|Sudanese|Khartoum|Omdurman;Darfur;West Darfur;Port Sudan
SUR|Suriname|Surinamese|Paramaribo|
SWE|Sweden|Swedish;Swede;Swedes|Stockholm|Gothenburg
CHE|Switzerland|Swiss|Bern;Berne|Geneva;Zurich;Davos;Lausanne
SYR|Syria|Syrian;Syrians|Damascus|Aleppo;Homs;Idlib;Raqqa
TWN|Taiwan;Republic of China|Taiwanese|Taipei|
TJK|Tajikistan|Tajik;Tajiks|Dushanbe|
TZA|Tanzania|Tanzanian;Tanzanians|Dodoma;Dar es Salaam|Zanzibar
THA|Thailand|Thai;Thais|Bangkok|
TLS|East Timor;Timor-Leste|East Timorese;Timorese|Dili|
TGO|Togo|Togolese|Lome;Lomé|
TON|Tonga|Tongan|Nuku'alofa|
TTO|Trinidad and Tobago;Trinidad|Trinidadian|Port of Spain|
TUN|Tunisia|Tunisian;Tunisians|Tunis|
TUR|Turkey;Turkiye;Türkiye;Republic of Turkey|Turkish;Turk;Turks|Ankara|Istanbul;Izmir;Antalya;Diyarbakir
TKM|Turkmenistan|Turkmen|Ashgabat|
TUV|Tuvalu|Tuvaluan|Funafuti|
UGA|Uganda|Ugandan;Ugandans|Kampala|Gulu
UKR|Ukraine;the Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev|Kharkiv;Kharkov;Odesa;Odessa;Lviv;Dnipro;Donetsk;Luhansk;Mariupol;Crimea;Sevastopol;Zaporizhzhia;Kherson;Donbas
ARE|United Arab Emirates;UAE;Emirates;the Emirates|Emirati;Emiratis|Abu Dhabi|Dubai;Sharjah
GBR|United Kingdom;Britain;Great Britain;UK;U.K.;England;Scotland;Wales;Northern Ireland|British;Briton;Britons;English;Scottish;Welsh|London;Downing Street;Whitehall;Westminster|Manchester;Birmingham;Belfast;Edinburgh;Glasgow;Liverpool
USA|United States;United States of America;US;U.S.;USA;U.S.A.;America|American;Americans|Washington;Washington D.C.;White House;the White House;Pentagon;the Pentagon;State Department;Capitol Hill|New York;Los Angeles;Chicago;San Francisco;Boston;Houston;Miami
URY|Uruguay|Uruguayan;Uruguayans|Montevideo|
UZB|Uzbekistan|Uzbek;Uzbeks|Tashkent|Samarkand
VUT|Vanuatu|Ni-Vanuatu|Port Vila|
VAT|Vatican;Holy See;Vatican City|Vatican|Vatican City|
VEN|Venezuela|Venezuelan;Venezuelans|Caracas|Maracaibo
VNM|Vietnam;Viet Nam|Vietnamese|Hanoi|Ho Chi Minh City;Saigon
YEM|Yemen|Yemeni;Yemenis|Sanaa;Sana'a|Aden;Hodeidah
ZMB|Zambia|Zambian;Zambians|Lusaka|
ZWE|Zimbabwe|Zimbabwean;Zimbabweans|Harare|Bulawayo
"""

#: Buildings, institutions and regions that stand for a country (besides capitals).
METONYMS: dict[str, str] = {
    "kremlin": "RUS", "the kremlin": "RUS", "white house": "USA", "the white house": "USA",
    "pentagon": "USA", "the pentagon": "USA", "state department": "USA", "capitol hill": "USA",
    "downing street": "GBR", "whitehall": "GBR", "elysee": "FRA", "élysée": "FRA",
    "quai d'orsay": "FRA", "knesset": "ISR", "zhongnanhai": "CHN", "blue house": "KOR",
    "nagorno-karabakh": "AZE", "karabakh": "AZE",
    "nagorno karabakh": "AZE", "south ossetia": "GEO", "abkhazia": "GEO",
    "kashmir": "IND", "tibet": "CHN", "xinjiang": "CHN", "hong kong": "CHN",
    "kurdistan": "IRQ", "chechnya": "RUS", "zangezur corridor": "ARM", "zangezur": "ARM",
    "northern cyprus": "CYP", "darfur": "SDN", "golan heights": "SYR", "dili": "TLS",
    # dotted abbreviations lose their final dot in normalisation ("U.S." -> "u.s")
    "u.s": "USA", "u.s.a": "USA", "u.k": "GBR", "u.a.e": "ARE",
    # intelligence and security services
    "fbi": "USA", "cia": "USA", "nsa": "USA", "kgb": "RUS", "fsb": "RUS", "gru": "RUS", "mossad": "ISR",
    "shin bet": "ISR", "mi5": "GBR", "mi6": "GBR", "isi": "PAK", "stasi": "DEU", "savak": "IRN",
}

#: Variant spellings -> the canonical spelling newsloom shows.
ALIASES: dict[str, str] = {
    "kiev": "Kyiv", "kyiv": "Kyiv",
    "ekaterinburg": "Yekaterinburg", "yekaterinburg": "Yekaterinburg",
    "turkiye": "Turkey", "türkiye": "Turkey", "turkey": "Turkey", "republic of turkey": "Turkey",
    "kharkov": "Kharkiv", "odessa": "Odesa", "peking": "Beijing", "bombay": "Mumbai",
    "calcutta": "Kolkata", "burma": "Myanmar", "rangoon": "Yangon", "teheran": "Tehran",
    "byelorussia": "Belarus", "czechia": "Czech Republic", "swaziland": "Eswatini",
    "cabo verde": "Cape Verde", "côte d'ivoire": "Ivory Coast", "cote d'ivoire": "Ivory Coast",
    "holland": "Netherlands", "the netherlands": "Netherlands", "viet nam": "Vietnam",
    "the ukraine": "Ukraine", "u.s.": "United States", "us": "United States", "usa": "United States",
    "u.s.a.": "United States", "america": "United States",
    "united states of america": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom",
    "britain": "United Kingdom", "great britain": "United Kingdom",
    "uae": "United Arab Emirates", "the emirates": "United Arab Emirates",
    "emirates": "United Arab Emirates", "russian federation": "Russia",
    "nagorno karabakh": "Nagorno-Karabakh", "karabakh": "Nagorno-Karabakh",
    "#nagornokarabakh": "Nagorno-Karabakh", "nagornokarabakh": "Nagorno-Karabakh",
    "the kremlin": "Kremlin", "the white house": "White House", "the pentagon": "Pentagon",
    "brasília": "Brasilia", "são paulo": "Sao Paulo", "sana'a": "Sanaa", "nur-sultan": "Astana",
    "timor-leste": "East Timor", "macedonia": "North Macedonia", "fyrom": "North Macedonia",
    "st petersburg": "Saint Petersburg", "st. petersburg": "Saint Petersburg",
    "dr congo": "Democratic Republic of the Congo", "drc": "Democratic Republic of the Congo",
}

#: International organisations: short name | long names (;) | class | member-country hint.
_IGOS = """
UN|United Nations;U.N.;UNO;Security Council;UN Security Council;U.N. Security Council;United Nations Security Council;General Assembly;UN General Assembly;world body|IGO
CSTO|Collective Security Treaty Organization;Collective Security Treaty Organisation|IGO
EU|European Union;E.U.;European Commission;European Council;European Parliament;Brussels|IGO
EC|European Community;European Communities;EEC;European Economic Community|IGO
NATO|North Atlantic Treaty Organization;North Atlantic Treaty Organisation;Nato|IGO
OSCE|Organization for Security and Co-operation in Europe;Organization for Security and Cooperation in Europe;Organisation for Security and Co-operation in Europe;Organisation for Security and Cooperation in Europe;CSCE;Conference on Security and Cooperation in Europe|IGO
CIS|Commonwealth of Independent States|IGO
EAEU|Eurasian Economic Union;EEU|IGO
SCO|Shanghai Cooperation Organisation;Shanghai Cooperation Organization|IGO
BRICS|BRICS|IGO
G7|Group of Seven;G-7|IGO
G8|Group of Eight;G-8|IGO
G20|Group of Twenty;G-20|IGO
AU|African Union;Organisation of African Unity;Organization of African Unity;OAU|IGO
ECOWAS|Economic Community of West African States|IGO
ASEAN|Association of Southeast Asian Nations;Association of South East Asian Nations|IGO
APEC|Asia-Pacific Economic Cooperation;Asia Pacific Economic Cooperation|IGO
OPEC|Organization of the Petroleum Exporting Countries|IGO
OIC|Organisation of Islamic Cooperation;Organization of Islamic Cooperation;Organization of the Islamic Conference;Organisation of the Islamic Conference;Islamic Conference;Islamic Conference Organisation;Islamic Conference Organization|IGO
ARAB LEAGUE|Arab League;League of Arab States|IGO
GCC|Gulf Cooperation Council|IGO
IAEA|International Atomic Energy Agency;nuclear watchdog;UN nuclear watchdog;U.N. nuclear watchdog;atomic watchdog;UN atomic watchdog;U.N. atomic watchdog|IGO
IMF|International Monetary Fund|IGO
WORLD BANK|World Bank|IGO
WTO|World Trade Organization;World Trade Organisation|IGO
WHO|World Health Organization;World Health Organisation|IGO
UNHCR|UN refugee agency;United Nations High Commissioner for Refugees;U.N. refugee agency|IGO
UNICEF|United Nations Children's Fund;UN children's agency|IGO
WFP|World Food Programme;World Food Program|IGO
ILO|International Labour Organization;International Labor Organization;International Labor Office;International Labour Office|IGO
ICC|International Criminal Court|IGO
ICJ|International Court of Justice;World Court|IGO
ICRC|Red Cross;International Committee of the Red Cross;Red Crescent|IGO
INTERPOL|Interpol|IGO
AMNESTY|Amnesty International|NGO
HRW|Human Rights Watch;Helsinki Watch;Africa Watch;Asia Watch;Americas Watch;Middle East Watch|NGO
MSF|Doctors Without Borders;Medecins Sans Frontieres;Médecins Sans Frontières|NGO
COMMONWEALTH|Commonwealth;Commonwealth of Nations;British Commonwealth|IGO
UNESCO|United Nations Educational, Scientific and Cultural Organization;UNESCO|IGO
UNDP|United Nations Development Programme;UN Development Programme|IGO
UNRWA|United Nations Relief and Works Agency;UN Relief and Works Agency|IGO
UNIFIL|United Nations Interim Force in Lebanon|IGO
UNPROFOR|United Nations Protection Force;UN Protection Force|IGO
FAO|Food and Agriculture Organization;Food and Agriculture Organisation|IGO
OAS|Organization of American States;Organisation of American States|IGO
SADC|Southern African Development Community|IGO
COE|Council of Europe|IGO
ICTY|International Criminal Tribunal for the former Yugoslavia;UN war crimes tribunal;U.N. war crimes tribunal;war crimes tribunal;UN war crimes court;U.N. war crimes court;Hague tribunal|IGO
ICTR|International Criminal Tribunal for Rwanda|IGO
ECHR|European Court of Human Rights|IGO
NAM|Non-Aligned Movement;Nonaligned Movement|IGO
MERCOSUR|Mercosur|IGO
IOM|International Organization for Migration;International Organisation for Migration|IGO
ECOMOG|ECOMOG|IGO
KFOR|KFOR|IGO
SFOR|SFOR|IGO
IFOR|IFOR|IGO
ISAF|International Security Assistance Force|IGO
IFRC|International Federation of Red Cross and Red Crescent Societies;International Federation of the Red Cross|IGO
UNSCOM|UNSCOM;UN Special Commission;United Nations Special Commission|IGO
WEU|Western European Union|IGO
EFTA|European Free Trade Association|IGO
IADB|Inter-American Development Bank|IGO
ADB|Asian Development Bank|IGO
AFDB|African Development Bank|IGO
EBRD|European Bank for Reconstruction and Development|IGO
GREENPEACE|Greenpeace|NGO
OXFAM|Oxfam|NGO
SCF|Save the Children|NGO
RSF|Reporters Without Borders;Reporters Sans Frontieres;Reporters sans frontières|NGO
CPJ|Committee to Protect Journalists|NGO
ICG|International Crisis Group|NGO
PHR|Physicians for Human Rights|NGO
TI|Transparency International|NGO
IHF|International Helsinki Federation|NGO
CARE|CARE International|NGO
CARITAS|Caritas;Caritas Internationalis|NGO
CONTACT GROUP|Contact Group;international Contact Group|IGO
NGO|non-governmental organisation;non-governmental organization;nongovernmental organization;NGO;NGOs|NGO
QUARTET|Middle East Quartet|IGO
"""

#: Nouns that name a government's agents; "Russian police" is an agent of RUS.
AGENT_NOUNS = frozenset("""
government authorities authority officials official police troops forces army military navy
soldiers ministry minister president leader leaders premier king queen emir sheikh prince
spokesman spokeswoman spokesperson diplomat diplomats ambassador embassy delegation
prosecutor prosecutors court judge judges parliament lawmakers legislators senate congress
cabinet regime junta administration security guards guard intelligence agency
side sides officers commander commanders general envoy negotiator negotiators
""".split())


#: Unnamed non-governmental organisations: a head noun of these ...
NGO_HEADS = frozenset("""
group groups organisation organisations organization organizations agency agencies charity charities
watchdog watchdogs body bodies coalition ngo ngos
""".split())

#: ... described by one of these ("human rights groups", "aid agencies"); aid workers and
#: activists are people, coded by where they are.
NGO_MODIFIERS = frozenset("""
rights aid relief humanitarian charity charitable advocacy campaign monitoring watchdog
non-governmental nongovernmental non-profit nonprofit
""".split())

#: Head nouns that name an unnamed NGO by themselves.
NGO_NOUNS = frozenset("ngo ngos non-governmental nongovernmental".split())


#: Titles that name the actor they belong to by themselves ("Pope Benedict", "the pontiff").
TITLE_CODES = {"pope": "VAT", "pontiff": "VAT"}


#: Head nouns of a description that make the described name an organisation.
ORG_DESCRIPTORS = frozenset("""
outlet outlets agency newspaper paper daily weekly channel network broadcaster station radio
television tv company firm group party movement organisation organization institute bank
airline airlines carrier magazine website portal service ministry church union alliance
""".split())


def _parse_countries():
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    cities: dict[str, str] = {}
    country_name: dict[str, str] = {}
    for line in _COUNTRIES.strip().splitlines():
        code, nm, dem, cap, oth = (line.split("|") + [""] * 5)[:5]
        parts = [x.strip() for x in nm.split(";") if x.strip()]
        country_name.setdefault(code, parts[0])
        for x in parts:
            names.setdefault(x.lower(), code)
        for x in dem.split(";"):
            if x.strip():
                demonyms.setdefault(x.strip().lower(), code)
        for x in cap.split(";"):
            if x.strip():
                capitals.setdefault(x.strip().lower(), code)
        for x in oth.split(";"):
            if x.strip():
                cities.setdefault(x.strip().lower(), code)
    return names, demonyms, capitals, cities, country_name


COUNTRY_NAMES, DEMONYMS, CAPITALS, CITIES, COUNTRY_NAME_OF = _parse_countries()


def _parse_igos():
    short_of: dict[str, str] = {}
    long_of: dict[str, str] = {}
    cls: dict[str, str] = {}
    for line in _IGOS.strip().splitlines():
        short, longs, kind = line.split("|")
        short_of[short.lower()] = short
        cls[short] = kind
        longs_l = [x.strip() for x in longs.split(";") if x.strip()]
        long_of[short] = longs_l[0]
        for x in longs_l:
            short_of.setdefault(x.lower(), short)
    # "Brussels" is both Belgium's capital and the EU's seat; as a place it stays BEL.
    short_of.pop("brussels", None)
    return short_of, long_of, cls


IGO_SHORT, IGO_LONG, IGO_CLASS = _parse_igos()


def _norm(name: str) -> str:
    n = " ".join(name.replace("’", "'").split()).strip(" .,;:'\"")
    if n.lower().endswith("'s"):
        n = n[:-2]
    return n.lower()


def _strip_article(n: str) -> str:
    return n[4:] if n.startswith("the ") else n


def country_of(name: str) -> str | None:
    """The ISO alpha-3 code a place, demonym or government metonym stands for.

    A misspelt country name or demonym ("Ethopia", "Afganistan") is read as the one name it
    is a letter away from.
    """
    n = _norm(name)
    bare = re.sub(r"^(?:the )?(?:republic|kingdom|state|federation|emirate|sultanate) of ", "", n)
    for key in (n, _strip_article(n), n.lstrip("#"), bare):
        for table in (COUNTRY_NAMES, METONYMS, CAPITALS, DEMONYMS, CITIES):
            if key in table:
                return table[key]
    return _misspelt_country(_strip_article(n))


#: names a typo may be read against: country names and demonyms of five letters or more
#: (the word read as a typo has six or more)
_FUZZY_KEYS = sorted({k for table in (COUNTRY_NAMES, DEMONYMS) for k in table if len(k) >= 5 and " " not in k})

#: real names a letter away from a country name ("Indiana" is not "Indian")
_NOT_TYPOS = frozenset("indiana indianan romans kenyon malaya koreas chinas".split())


@functools.lru_cache(maxsize=4096)
def _misspelt_country(n: str) -> str | None:
    if len(n) < 6 or " " in n or not n.isalpha() or n in _NOT_TYPOS:
        return None
    hits = set()
    for k in _FUZZY_KEYS:
        if abs(len(k) - len(n)) <= 1 and k[0] == n[0] and OSA.distance(k, n, score_cutoff=1) <= 1:
            hits.add(COUNTRY_NAMES.get(k) or DEMONYMS.get(k))
    return hits.pop() if len(hits) == 1 else None


def place_kind(name: str) -> str | None:
    """country | capital | city | metonym | demonym | None: what kind of name this is."""
    n = _strip_article(_norm(name))
    if n in COUNTRY_NAMES:
        return "country"
    if n in CAPITALS:
        return "capital"
    if n in METONYMS or ("the " + n) in METONYMS:
        return "metonym"
    if n in CITIES:
        return "city"
    if n in DEMONYMS:
        return "demonym"
    return None


def org_short(name: str) -> str | None:
    """The short name of an international organisation, e.g. CSTO for its long name."""
    n = _strip_article(_norm(name))
    return IGO_SHORT.get(n) or IGO_SHORT.get(n + ".")


def actor_class(code: str | None) -> str | None:
    """IGO/NGO for an organisation short name, the code itself for a country code."""
    if not code:
        return None
    if code in IGO_CLASS:
        return IGO_CLASS[code]
    return code


def canonical_place(name: str) -> str:
    """The canonical spelling of a place name ("Kiev" -> "Kyiv")."""
    n = _norm(name)
    if n in ALIASES:
        return ALIASES[n]
    n2 = _strip_article(n)
    if n2 in ALIASES:
        return ALIASES[n2]
    text = " ".join(name.split()).strip(" .,;:")
    if text.lower().startswith("the ") and n2 in COUNTRY_NAMES:
        text = text[4:]
    return text.lstrip("#")


def is_known_place(name: str) -> bool:
    return place_kind(name) is not None


#: Heads of state and government and other officials whose country a text often leaves
#: unsaid ("Putin said ..."): surname or full name -> ISO alpha-3.
_KNOWN_PEOPLE = """
RUS|Vladimir Putin;Putin;Sergei Lavrov;Sergey Lavrov;Lavrov;Dmitry Peskov;Peskov;Maria Zakharova;Zakharova;Mikhail Mishustin;Mishustin;Dmitry Medvedev;Medvedev;Sergei Shoigu;Shoigu;Boris Yeltsin;Yeltsin;Mikhail Gorbachev;Gorbachev
AZE|Ilham Aliyev;Aliyev;Heydar Aliyev;Mehriban Aliyeva;Jeyhun Bayramov;Bayramov;Hikmet Hajiyev
ARM|Nikol Pashinyan;Pashinyan;Ararat Mirzoyan;Mirzoyan;Robert Kocharyan;Serzh Sargsyan
TUR|Recep Tayyip Erdogan;Tayyip Erdogan;Erdogan;Erdoğan;Hakan Fidan;Fidan
UKR|Volodymyr Zelensky;Volodymyr Zelenskyy;Zelensky;Zelenskyy;Andrii Sybiha
USA|Donald Trump;Trump;Joe Biden;Biden;Barack Obama;Obama;George W. Bush;Bush;Bill Clinton;Clinton;Marco Rubio;Rubio;Antony Blinken;Blinken;Ronald Reagan;Reagan
CHN|Xi Jinping;Xi;Wang Yi;Li Qiang;Hu Jintao;Jiang Zemin
GBR|Keir Starmer;Starmer;Rishi Sunak;Sunak;Boris Johnson;Tony Blair;Blair;Margaret Thatcher;Thatcher;John Major
FRA|Emmanuel Macron;Macron;Jacques Chirac;Chirac;Francois Mitterrand;Mitterrand;Nicolas Sarkozy;Sarkozy
DEU|Olaf Scholz;Scholz;Friedrich Merz;Merz;Angela Merkel;Merkel;Helmut Kohl;Kohl
ISR|Benjamin Netanyahu;Netanyahu;Ariel Sharon;Sharon;Ehud Barak;Yitzhak Rabin;Rabin;Shimon Peres;Peres
PSE|Mahmoud Abbas;Abbas;Yasser Arafat;Arafat;Saeb Erakat;Erakat
IRN|Ali Khamenei;Khamenei;Masoud Pezeshkian;Pezeshkian;Abbas Araghchi;Araghchi;Hassan Rouhani;Rouhani
IRQ|Saddam Hussein;Saddam
SYR|Bashar al-Assad;Assad;Hafez al-Assad
EGY|Abdel Fattah al-Sisi;Sisi;Hosni Mubarak;Mubarak
IND|Narendra Modi;Modi
PAK|Shehbaz Sharif;Nawaz Sharif;Imran Khan;Pervez Musharraf;Musharraf
KAZ|Kassym-Jomart Tokayev;Tokayev;Nursultan Nazarbayev;Nazarbayev
BLR|Alexander Lukashenko;Lukashenko
GEO|Eduard Shevardnadze;Shevardnadze
ARE|Sheikh Mohamed;Mohamed bin Zayed
SDN|Omar al-Bashir;Omar Hassan al-Bashir;Bashir;Omar El Bashir;Jaafar Nimeiri;Nimeiri;Hassan al-Turabi;Turabi;Sadiq al-Mahdi
RUS|Yevgeny Primakov;Primakov;Andrei Kozyrev;Kozyrev;Viktor Chernomyrdin;Chernomyrdin;Igor Ivanov;Andrei Gromyko;Gromyko;Leonid Brezhnev;Brezhnev;Yuri Andropov;Andropov;Konstantin Chernenko;Chernenko;Alexander Lebed;Lebed
USA|Jimmy Carter;Madeleine Albright;Albright;Warren Christopher;Colin Powell;Condoleezza Rice;Donald Rumsfeld;Rumsfeld;Dick Cheney;Cheney;James Baker;George Shultz;Shultz;Henry Kissinger;Kissinger;Caspar Weinberger;Weinberger;William Perry;William Cohen;Hillary Clinton;John Kerry;Mike Pompeo;Pompeo;George H.W. Bush;Richard Holbrooke;Holbrooke;Dennis Ross;Al Gore;Strobe Talbott
GBR|Douglas Hurd;Malcolm Rifkind;Robin Cook;Jack Straw;Geoffrey Howe;Gordon Brown;David Cameron;Theresa May;Liz Truss
FRA|Alain Juppe;Juppe;Lionel Jospin;Jospin;Hubert Vedrine;Vedrine;Roland Dumas;Dominique de Villepin;Villepin;Francois Hollande;Hollande;Edouard Balladur;Balladur
DEU|Klaus Kinkel;Kinkel;Hans-Dietrich Genscher;Genscher;Gerhard Schroeder;Joschka Fischer;Roman Herzog;Richard von Weizsaecker;Frank-Walter Steinmeier;Steinmeier;Annalena Baerbock;Baerbock
ISR|Yitzhak Shamir;Shamir;Menachem Begin;Ehud Olmert;Olmert;David Levy;Moshe Arens;Arens;Yair Lapid;Naftali Bennett;Avigdor Lieberman;Tzipi Livni;Livni;Benny Gantz;Gantz
PSE|Ismail Haniyeh;Haniyeh;Ahmed Yassin;Sheikh Yassin;Ahmed Qurei;Qurei;Nabil Shaath;Hanan Ashrawi;Ashrawi;Faisal Husseini;Marwan Barghouti;Barghouti;Khaled Meshaal;Meshaal
SYR|Farouk al-Shara;Farouk al-Sharaa;Sharaa;Walid al-Moallem;Moallem
EGY|Anwar Sadat;Sadat;Amr Moussa;Esmat Abdel-Meguid;Mohamed Morsi;Morsi;Omar Suleiman
JOR|King Hussein;King Abdullah of Jordan;Abdullah II;Queen Noor
MAR|King Hassan;Hassan II;King Mohammed VI
SAU|King Fahd;Fahd;King Abdullah of Saudi Arabia;Crown Prince Abdullah;Prince Saud al-Faisal;Saud al-Faisal;King Salman;Mohammed bin Salman
IRQ|Tariq Aziz;Uday Hussein;Qusay Hussein;Nouri al-Maliki;Maliki;Jalal Talabani;Talabani;Masoud Barzani;Barzani;Ayad Allawi;Allawi
IRN|Ruhollah Khomeini;Ayatollah Khomeini;Khomeini;Akbar Hashemi Rafsanjani;Rafsanjani;Mohammad Khatami;Khatami;Mahmoud Ahmadinejad;Ahmadinejad;Ali Akbar Velayati;Velayati;Kamal Kharrazi;Kharrazi;Javad Zarif;Zarif;Ebrahim Raisi;Raisi
LBY|Muammar Gaddafi;Muammar Qaddafi;Muammar al-Qaddafi;Moammar Gadhafi;Gaddafi;Qaddafi;Gadhafi;Kadhafi
LBN|Rafik Hariri;Hariri;Elias Hrawi;Hrawi;Emile Lahoud;Lahoud;Michel Aoun;Aoun;Selim al-Hoss;Hassan Nasrallah;Nasrallah;Amin Gemayel;Gemayel;Walid Jumblatt;Jumblatt;Nabih Berri;Berri
TUR|Turgut Ozal;Ozal;Suleyman Demirel;Demirel;Bulent Ecevit;Ecevit;Tansu Ciller;Ciller;Mesut Yilmaz;Yilmaz;Necmettin Erbakan;Erbakan;Abdullah Gul;Ahmet Davutoglu;Davutoglu;Abdullah Ocalan;Ocalan
GRC|Andreas Papandreou;Papandreou;Constantine Mitsotakis;Mitsotakis;Costas Simitis;Simitis;George Papandreou;Theodoros Pangalos;Pangalos;Alexis Tsipras;Tsipras
CYP|Glafcos Clerides;Clerides;Rauf Denktash;Denktash
SRB|Slobodan Milosevic;Milosevic;Vojislav Kostunica;Kostunica;Zoran Djindjic;Djindjic;Milan Milutinovic;Vuk Draskovic;Draskovic;Aleksandar Vucic;Vucic
BIH|Alija Izetbegovic;Izetbegovic;Radovan Karadzic;Karadzic;Ratko Mladic;Mladic;Haris Silajdzic;Silajdzic;Biljana Plavsic;Plavsic;Momcilo Krajisnik
HRV|Franjo Tudjman;Tudjman;Stjepan Mesic;Mesic;Ivo Sanader
MNE|Milo Djukanovic;Djukanovic;Momir Bulatovic
XKX|Ibrahim Rugova;Rugova;Hashim Thaci;Thaci
ALB|Sali Berisha;Berisha;Fatos Nano;Ramiz Alia
POL|Lech Walesa;Walesa;Wojciech Jaruzelski;Jaruzelski;Aleksander Kwasniewski;Kwasniewski;Donald Tusk;Tusk
CZE|Vaclav Havel;Havel;Vaclav Klaus
ROU|Nicolae Ceausescu;Ceausescu;Ion Iliescu;Iliescu;Emil Constantinescu
BGR|Todor Zhivkov;Zhivkov;Zhelyu Zhelev;Zhelev
HUN|Gyula Horn;Viktor Orban;Orban;Jozsef Antall;Antall
UKR|Leonid Kuchma;Kuchma;Leonid Kravchuk;Kravchuk;Viktor Yushchenko;Yushchenko;Viktor Yanukovych;Yanukovych;Petro Poroshenko;Poroshenko
ARM|Levon Ter-Petrosyan;Ter-Petrosyan
UZB|Islam Karimov;Karimov
TKM|Saparmurat Niyazov;Niyazov
TJK|Emomali Rahmonov;Rahmonov;Emomali Rakhmonov;Emomali Rahmon
CHN|Deng Xiaoping;Deng;Li Peng;Zhu Rongji;Qian Qichen;Tang Jiaxuan;Li Zhaoxing;Wen Jiabao;Zhao Ziyang;Hu Yaobang;Mao Zedong;Mao;Zhou Enlai;Yang Shangkun;Qiao Shi;Li Keqiang
TWN|Lee Teng-hui;Chen Shui-bian;Ma Ying-jeou;Tsai Ing-wen;Chiang Ching-kuo
PRK|Kim Il-sung;Kim Il Sung;Kim Jong-il;Kim Jong Il;Kim Jong-un;Kim Jong Un;Kim Yong-nam;Kim Yong Nam
KOR|Kim Dae-jung;Kim Dae Jung;Kim Young-sam;Kim Young Sam;Roh Tae-woo;Roh Moo-hyun;Lee Myung-bak;Park Geun-hye;Moon Jae-in;Chun Doo-hwan;Yoon Suk Yeol
JPN|Tomiichi Murayama;Murayama;Ryutaro Hashimoto;Hashimoto;Keizo Obuchi;Obuchi;Junichiro Koizumi;Koizumi;Yasuhiro Nakasone;Nakasone;Toshiki Kaifu;Kaifu;Kiichi Miyazawa;Miyazawa;Morihiro Hosokawa;Hosokawa;Shinzo Abe;Yoshihiko Noda;Fumio Kishida;Kishida;Yohei Kono
IND|Atal Bihari Vajpayee;Vajpayee;P.V. Narasimha Rao;Narasimha Rao;Rajiv Gandhi;Indira Gandhi;Manmohan Singh;Jaswant Singh;I.K. Gujral;Gujral;H.D. Deve Gowda;Deve Gowda;L.K. Advani;Advani
PAK|Benazir Bhutto;Bhutto;Zulfikar Ali Bhutto;Mohammad Zia-ul-Haq;Zia-ul-Haq;Ghulam Ishaq Khan;Farooq Leghari;Leghari;Asif Ali Zardari;Zardari
AFG|Hamid Karzai;Karzai;Mullah Omar;Mohammad Najibullah;Najibullah;Burhanuddin Rabbani;Rabbani;Gulbuddin Hekmatyar;Hekmatyar;Ahmad Shah Massoud;Ashraf Ghani;Abdul Rashid Dostum;Dostum
IMG|Osama bin Laden;bin Laden;Ayman al-Zawahiri;Zawahiri;Abu Musab al-Zarqawi;Zarqawi
BGD|Sheikh Hasina;Hasina;Khaleda Zia;Hussain Mohammad Ershad;Ershad
LKA|Chandrika Kumaratunga;Kumaratunga;Ranasinghe Premadasa;Premadasa;Mahinda Rajapaksa;Rajapaksa;Velupillai Prabhakaran;Prabhakaran
MMR|Aung San Suu Kyi;Suu Kyi;Than Shwe;Khin Nyunt;Ne Win;Min Aung Hlaing
IDN|Suharto;Soeharto;B.J. Habibie;Habibie;Abdurrahman Wahid;Wahid;Megawati Sukarnoputri;Megawati;Ali Alatas;Alatas;Susilo Bambang Yudhoyono;Yudhoyono;Joko Widodo;Jokowi
PHL|Ferdinand Marcos;Corazon Aquino;Aquino;Fidel Ramos;Joseph Estrada;Estrada;Gloria Macapagal Arroyo;Arroyo;Rodrigo Duterte;Duterte
MYS|Mahathir Mohamad;Mahathir;Anwar Ibrahim
SGP|Lee Kuan Yew;Goh Chok Tong;Lee Hsien Loong
KHM|Hun Sen;Norodom Sihanouk;Sihanouk;Norodom Ranariddh;Ranariddh;Pol Pot;Khieu Samphan
VNM|Vo Van Kiet;Do Muoi;Nguyen Co Thach
THA|Chuan Leekpai;Thaksin Shinawatra;Thaksin;Prem Tinsulanonda
CUB|Fidel Castro;Castro;Raul Castro;Roberto Robaina
VEN|Hugo Chavez;Chavez;Nicolas Maduro;Maduro;Carlos Andres Perez
PER|Alberto Fujimori;Fujimori;Alan Garcia;Abimael Guzman
PAN|Manuel Noriega;Noriega;Guillermo Endara;Endara
NIC|Daniel Ortega;Violeta Chamorro;Chamorro
CHL|Augusto Pinochet;Pinochet;Patricio Aylwin;Aylwin;Eduardo Frei;Ricardo Lagos
ARG|Carlos Menem;Menem;Raul Alfonsin;Alfonsin;Nestor Kirchner;Kirchner;Javier Milei;Milei
BRA|Fernando Henrique Cardoso;Cardoso;Luiz Inacio Lula da Silva;Lula;Jair Bolsonaro;Bolsonaro
MEX|Carlos Salinas;Carlos Salinas de Gortari;Ernesto Zedillo;Zedillo;Vicente Fox;Subcomandante Marcos
COL|Ernesto Samper;Samper;Andres Pastrana;Pastrana;Alvaro Uribe;Uribe;Cesar Gaviria;Gaviria;Manuel Marulanda
HTI|Jean-Bertrand Aristide;Aristide;Raoul Cedras;Cedras;Rene Preval;Preval;Prosper Avril
ZAF|Nelson Mandela;Mandela;F.W. de Klerk;de Klerk;Thabo Mbeki;Mbeki;Desmond Tutu;Tutu;Mangosuthu Buthelezi;Buthelezi;Jacob Zuma;Zuma;Cyril Ramaphosa;Ramaphosa
ZWE|Robert Mugabe;Mugabe;Morgan Tsvangirai;Tsvangirai;Emmerson Mnangagwa;Mnangagwa
NGA|Sani Abacha;Abacha;Ibrahim Babangida;Babangida;Olusegun Obasanjo;Obasanjo;Moshood Abiola;Abiola;Umaru Yar'Adua;Goodluck Jonathan;Muhammadu Buhari;Buhari;Ken Saro-Wiwa;Saro-Wiwa
KEN|Daniel arap Moi;arap Moi;Mwai Kibaki;Kibaki;Raila Odinga;Odinga;Uhuru Kenyatta;Kenyatta;William Ruto;Ruto
UGA|Yoweri Museveni;Museveni;Idi Amin;Milton Obote;Obote;Joseph Kony;Kony
RWA|Paul Kagame;Kagame;Juvenal Habyarimana;Habyarimana;Pasteur Bizimungu;Bizimungu
BDI|Pierre Buyoya;Buyoya;Melchior Ndadaye;Ndadaye;Pierre Nkurunziza;Nkurunziza
COD|Mobutu Sese Seko;Mobutu;Laurent Kabila;Laurent-Desire Kabila;Joseph Kabila;Kabila;Felix Tshisekedi;Tshisekedi
AGO|Jonas Savimbi;Savimbi;Jose Eduardo dos Santos;dos Santos
MOZ|Joaquim Chissano;Chissano;Afonso Dhlakama;Dhlakama
ETH|Meles Zenawi;Meles;Mengistu Haile Mariam;Mengistu;Abiy Ahmed;Abiy
ERI|Isaias Afwerki;Isaias;Afwerki
SOM|Mohamed Farah Aideed;Aideed;Aidid;Siad Barre;Ali Mahdi Mohamed
DZA|Abdelaziz Bouteflika;Bouteflika;Liamine Zeroual;Zeroual;Chadli Bendjedid;Bendjedid;Ahmed Ben Bella;Ben Bella;Houari Boumediene;Abassi Madani;Madani;Ali Belhadj
TUN|Zine el-Abidine Ben Ali;Ben Ali;Habib Bourguiba;Bourguiba
CIV|Laurent Gbagbo;Gbagbo;Alassane Ouattara;Ouattara;Henri Konan Bedie;Bedie;Felix Houphouet-Boigny;Houphouet-Boigny;Guillaume Soro
LBR|Charles Taylor;Samuel Doe;Ellen Johnson Sirleaf;Johnson Sirleaf
SLE|Ahmad Tejan Kabbah;Kabbah;Foday Sankoh;Sankoh;Johnny Paul Koroma
TCD|Idriss Deby;Deby;Hissene Habre;Habre;Goukouni Oueddei;Oueddei
SEN|Abdou Diouf;Diouf;Abdoulaye Wade
TGO|Gnassingbe Eyadema;Eyadema
GAB|Omar Bongo;Bongo
CMR|Paul Biya;Biya
BFA|Blaise Compaore;Compaore;Thomas Sankara;Sankara
NAM|Sam Nujoma;Nujoma
GHA|Jerry Rawlings;Rawlings;John Kufuor;Kufuor
QAT|Sheikh Hamad bin Khalifa al-Thani;Hamad bin Khalifa;Tamim bin Hamad
KWT|Sheikh Jaber al-Ahmad al-Sabah;Sheikh Sabah al-Ahmad
OMN|Sultan Qaboos;Qaboos
YEM|Ali Abdullah Saleh
UN|Kofi Annan;Annan;Boutros Boutros-Ghali;Boutros-Ghali;Javier Perez de Cuellar;Perez de Cuellar;Ban Ki-moon;Antonio Guterres;Guterres;Kurt Waldheim;Waldheim;Sadako Ogata;Ogata;Yasushi Akashi;Akashi;Kenzo Oshima;Mary Robinson;Carla Del Ponte;Louise Arbour;Richard Butler;Rolf Ekeus;Ekeus;Hans Blix;Blix;Lakhdar Brahimi;Brahimi
IAEA|Mohamed ElBaradei;ElBaradei;Rafael Grossi
NATO|Javier Solana;Manfred Woerner;George Robertson;Jaap de Hoop Scheffer;Jens Stoltenberg;Stoltenberg;Wesley Clark
EU|Jacques Delors;Delors;Jacques Santer;Romano Prodi;Chris Patten;Ursula von der Leyen;von der Leyen
VAT|Pope John Paul II;John Paul;Pope Benedict;Pope Francis
PAK|Zia ul-Haq
GEO|Mikheil Saakashvili;Mikhail Saakashvili;Saakashvili
AFG|Mullah Mohammed Omar
ERI|Isaias Afewerki;Afewerki
VEN|Rafael Caldera
SLV|Alfredo Cristiani;Cristiani
USA|Hillary Rodham Clinton;Dick Gephardt
RUS|Sergei Ivanov;Pavel Grachev;Grachev;Igor Sergeyev;Sergei Kiriyenko;Kiriyenko;Sergei Stepashin;Stepashin
GBR|Malcolm Rifkind;Rifkind;Michael Portillo;Peter Mandelson;Mo Mowlam;Mowlam
FRA|Juppé;Herve de Charette;Védrine;de Villepin
DEU|Gerhard Schroeder;Gerhard Schröder;Schroeder;Schröder;Volker Ruehe;Rudolf Scharping;Scharping
ITA|Silvio Berlusconi;Berlusconi;Massimo D'Alema;D'Alema;Lamberto Dini;Giulio Andreotti;Andreotti
ESP|Felipe Gonzalez;Felipe González;Jose Maria Aznar;José María Aznar;Aznar;Abel Matutes
CAN|Jean Chretien;Jean Chrétien;Chretien;Chrétien;Lloyd Axworthy;Axworthy;Brian Mulroney;Mulroney
AUS|John Howard;Paul Keating;Alexander Downer;Gareth Evans
CHN|Chi Haotian
TWN|Lien Chan
ISR|Natan Sharansky;Yitzhak Mordechai;Ezer Weizman;Weizman;Shaul Mofaz;Mofaz
PSE|Nabil Shaath;Shaath;Jibril Rajoub;Mohammed Dahlan;Sheikh Ahmed Yassin;Yassin
SYR|Hafez Assad;Bashar Assad;Assad;Farouk Sharaa;Sharaa;Abdul Halim Khaddam
LBN|Rafiq Hariri;Salim Hoss
JOR|King Abdullah II;Abdul-Karim al-Kabariti
EGY|Ahmed Maher
IRQ|Taha Yassin Ramadan;Mohammed Saeed al-Sahhaf;Sahhaf;Nuri al-Maliki
IRN|Hashemi Rafsanjani
SAU|Prince Sultan
LBY|Muammar Qadhafi;Qadhafi
AFG|Mullah Mohammad Omar;Ahmad Shah Massoud;Massoud
PAK|Gohar Ayub Khan
IND|Atal Behari Vajpayee;Inder Kumar Gujral;George Fernandes;Sonia Gandhi
LKA|Ranil Wickremesinghe;Wickremesinghe;Lakshman Kadirgamar;Kadirgamar
IDN|Wiranto
PHL|Gloria Arroyo
VNM|Phan Van Khai;Nguyen Manh Cam
ZAF|Alfred Nzo
TZA|Julius Nyerere;Nyerere;Benjamin Mkapa;Mkapa
SDN|John Garang;Garang
SOM|Ali Mahdi
NGA|Abdulsalami Abubakar
CIV|Konan Bedie;Robert Guei;Guei
MAR|King Hassan II
TUN|Zine El Abidine Ben Ali
BLR|Alexander Lukashenka;Lukashenka
ARM|Kocharyan
TJK|Emomali Rakhmonov;Rakhmonov
SRB|Milošević;Milan Milutinovic;Milutinovic;Vojislav Seselj;Seselj
BIH|Momcilo Krajisnik;Krajisnik
MKD|Kiro Gligorov;Gligorov;Boris Trajkovski;Trajkovski;Ljubco Georgievski
SVK|Vladimir Meciar;Meciar
BGR|Petar Stoyanov
TUR|Çiller;Ismail Cem
VEN|Hugo Chávez;Chávez
COL|Andrés Pastrana;Álvaro Uribe
PER|Alejandro Toledo
ARG|Guido di Tella
HTI|René Préval
NIC|Daniel Ortega;Ortega;Arnoldo Aleman
VAT|John Paul II
"""


#: Non-state armed and political groups whose actions are coded to a country
#: (or IMG, an international militant group, where they act across borders).
ARMED_GROUPS: dict[str, str] = {
    "hamas": "PSE", "islamic jihad": "PSE", "palestinian islamic jihad": "PSE", "fatah": "PSE",
    "plo": "PSE", "palestine liberation organization": "PSE", "hezbollah": "LBN", "hizbollah": "LBN",
    "amal": "LBN", "taliban": "AFG", "pkk": "TUR", "kurdistan workers' party": "TUR",
    "kurdistan workers party": "TUR", "eta": "ESP", "ira": "GBR", "irish republican army": "GBR",
    "farc": "COL", "eln": "COL", "boko haram": "NGA", "al-shabaab": "SOM", "al shabaab": "SOM",
    "houthis": "YEM", "houthi": "YEM", "ansar allah": "YEM", "spla": "SDN", "splm": "SDN",
    "splm/a": "SDN", "janjaweed": "SDN", "rsf": "SDN", "rapid support forces": "SDN",
    "kla": "XKX", "kosovo liberation army": "XKX", "tamil tigers": "LKA", "ltte": "LKA",
    "unita": "AGO", "renamo": "MOZ", "khmer rouge": "KHM", "contras": "NIC", "sandinistas": "NIC",
    "al-qaeda": "IMG", "al qaeda": "IMG", "al-qaida": "IMG", "islamic state": "IMG", "isis": "IMG",
    "isil": "IMG", "daesh": "IMG", "wagner": "RUS", "wagner group": "RUS", "m23": "COD",
    "anc": "ZAF", "african national congress": "ZAF", "inkatha": "ZAF", "inkatha freedom party": "ZAF",
    "zapatistas": "MEX", "zapatista": "MEX", "ezln": "MEX", "zapatista national liberation army": "MEX",
    "ruf": "SLE", "revolutionary united front": "SLE", "interahamwe": "RWA",
    "lord's resistance army": "UGA", "moro islamic liberation front": "PHL", "moro national liberation front": "PHL",
    "new people's army": "PHL", "lashkar-e-taiba": "PAK", "jaish-e-mohammed": "PAK",
    "muslim brotherhood": "EGY", "northern alliance": "AFG", "fretilin": "TLS", "free aceh movement": "IDN",
    "sinn fein": "GBR", "ulfa": "IND", "tigray people's liberation front": "ETH", "tplf": "ETH",
    "al-nusra front": "SYR", "nusra front": "SYR", "hayat tahrir al-sham": "SYR", "ypg": "SYR",
    "syrian democratic forces": "SYR", "ansar dine": "MLI",
}


def group_country(name: str) -> str | None:
    """The code of a well-known non-state group ("Hamas" -> PSE)."""
    n = _strip_article(_norm(name))
    return ARMED_GROUPS.get(n)


def _parse_people():
    out: dict[str, str] = {}
    for line in _KNOWN_PEOPLE.strip().splitlines():
        code, names = line.split("|")
        for n in names.split(";"):
            out.setdefault(n.strip().lower(), code)
    return out


KNOWN_PEOPLE = _parse_people()


def _full_names():
    out: dict[str, str] = {}
    for line in _KNOWN_PEOPLE.strip().splitlines():
        names = [n.strip() for n in line.split("|")[1].split(";")]
        for n in names:
            if " " not in n:
                full = next((f for f in names if " " in f and f.split()[-1].lower() == n.lower()), None)
                if full:
                    out.setdefault(n.lower(), full)
    return out


FULL_NAME_OF = _full_names()


def full_name(surname: str) -> str | None:
    """The full name of a well-known official named by surname only ("Putin")."""
    return FULL_NAME_OF.get(surname.strip().lower())


def person_country(name: str) -> str | None:
    """The country of a well-known official, by full name or surname."""
    n = " ".join(name.split()).lower()
    if n in KNOWN_PEOPLE:
        return KNOWN_PEOPLE[n]
    last = n.split()[-1] if n else ""
    return KNOWN_PEOPLE.get(last)
