/**
 * States: name | demonyms | capitals (metonymy: "Moscow" acting stands for Russia) | other names. After them,
 * territories with a government of their own whose names read like a person's ("Hong Kong": two syllables).
 * A gazetteer of states, not of people: people are found by shape and context. States of the past (the Soviet Union,
 * North Vietnam) are states in the history a text tells.
 */
const STATES = `
Afghanistan|Afghan|Kabul|
Albania|Albanian|Tirana|
Algeria|Algerian|Algiers|
Angola|Angolan|Luanda|
Argentina|Argentine,Argentinian|Buenos Aires|
Armenia|Armenian|Yerevan|
Australia|Australian|Canberra|
Austria|Austrian|Vienna|
Azerbaijan|Azerbaijani,Azeri|Baku|
Bahrain|Bahraini|Manama|
Bangladesh|Bangladeshi|Dhaka|
Belarus|Belarusian|Minsk|
Belgium|Belgian|Brussels|
Bolivia|Bolivian|La Paz,Sucre|
Bosnia and Herzegovina|Bosnian|Sarajevo|Bosnia
Brazil|Brazilian|Brasília,Brasilia|
Bulgaria|Bulgarian|Sofia|
Cambodia|Cambodian|Phnom Penh|
Cameroon|Cameroonian|Yaoundé|
Canada|Canadian|Ottawa|
Chile|Chilean|Santiago|
China|Chinese,Sino|Beijing|People's Republic of China,PRC
Colombia|Colombian|Bogotá,Bogota|
Congo|Congolese|Kinshasa,Brazzaville|Democratic Republic of the Congo,DRC
Croatia|Croatian|Zagreb|
Cuba|Cuban|Havana|
Cyprus|Cypriot|Nicosia|
Czech Republic|Czech|Prague|Czechia
Denmark|Danish|Copenhagen|
Ecuador|Ecuadorian|Quito|
Egypt|Egyptian|Cairo|
Estonia|Estonian|Tallinn|
Ethiopia|Ethiopian|Addis Ababa|
Finland|Finnish|Helsinki|
France|French|Paris|
Georgia|Georgian|Tbilisi|
Germany|German|Berlin|
Ghana|Ghanaian|Accra|
Greece|Greek|Athens|
Hungary|Hungarian|Budapest|
Iceland|Icelandic|Reykjavik|
India|Indian|New Delhi,Delhi|
Indonesia|Indonesian|Jakarta|
Iran|Iranian|Tehran|Islamic Republic of Iran
Iraq|Iraqi|Baghdad|
Ireland|Irish|Dublin|
Israel|Israeli|Jerusalem,Tel Aviv|
Italy|Italian|Rome|
Japan|Japanese|Tokyo|
Jordan|Jordanian|Amman|
Kazakhstan|Kazakh,Kazakhstani|Astana|
Kenya|Kenyan|Nairobi|
Kuwait|Kuwaiti|Kuwait City|
Kyrgyzstan|Kyrgyz|Bishkek|
Laos|Lao,Laotian|Vientiane|
Latvia|Latvian|Riga|
Lebanon|Lebanese|Beirut|
Libya|Libyan|Tripoli|
Lithuania|Lithuanian|Vilnius|
Malaysia|Malaysian|Kuala Lumpur|
Mali|Malian|Bamako|
Mexico|Mexican|Mexico City|
Moldova|Moldovan|Chisinau|
Mongolia|Mongolian|Ulaanbaatar|
Morocco|Moroccan|Rabat|
Mozambique|Mozambican|Maputo|
Myanmar|Burmese|Naypyidaw|Burma
Nepal|Nepali,Nepalese|Kathmandu|
Netherlands|Dutch|Amsterdam,The Hague|Holland
New Zealand|New Zealander|Wellington|
Nigeria|Nigerian|Abuja|
North Korea|North Korean|Pyongyang|DPRK
Norway|Norwegian|Oslo|
Oman|Omani|Muscat|
Pakistan|Pakistani|Islamabad|
Palestine|Palestinian|Ramallah|
Peru|Peruvian|Lima|
Philippines|Filipino,Philippine|Manila|
Poland|Polish|Warsaw|
Portugal|Portuguese|Lisbon|
Qatar|Qatari|Doha|
Romania|Romanian|Bucharest|
Russia|Russian|Moscow,Kremlin|Russian Federation
Rwanda|Rwandan|Kigali|
Saudi Arabia|Saudi|Riyadh|
Senegal|Senegalese|Dakar|
Serbia|Serbian|Belgrade|
Singapore|Singaporean||
Slovakia|Slovak|Bratislava|
Slovenia|Slovenian|Ljubljana|
Somalia|Somali|Mogadishu|
South Africa|South African|Pretoria|
South Korea|South Korean,Korean|Seoul|Korea,Republic of Korea
Spain|Spanish|Madrid|
Sri Lanka|Sri Lankan|Colombo|
Sudan|Sudanese|Khartoum|
Sweden|Swedish|Stockholm|
Switzerland|Swiss|Bern|
Syria|Syrian|Damascus|
Taiwan|Taiwanese|Taipei|
Tajikistan|Tajik|Dushanbe|
Tanzania|Tanzanian|Dodoma|
Thailand|Thai|Bangkok|
Tunisia|Tunisian|Tunis|
Turkey|Turkish|Ankara|Türkiye,Turkiye
Turkmenistan|Turkmen|Ashgabat|
Uganda|Ugandan|Kampala|
Ukraine|Ukrainian|Kyiv,Kiev|
United Arab Emirates|Emirati|Abu Dhabi|UAE
United Kingdom|British|London,Downing Street,Whitehall|UK,U.K.,Britain,Great Britain
United States|American|Washington|US,U.S.,USA,U.S.A.,America,United States of America
Uruguay|Uruguayan|Montevideo|
Uzbekistan|Uzbek|Tashkent|
Venezuela|Venezuelan|Caracas|
Vietnam|Vietnamese|Hanoi|Viet Nam
North Vietnam|North Vietnamese||Democratic Republic of Vietnam
South Vietnam|South Vietnamese|Saigon|Republic of Vietnam
Soviet Union|||USSR,U.S.S.R.
East Germany|East German||German Democratic Republic,GDR
West Germany|West German|Bonn|Federal Republic of Germany
Yugoslavia|Yugoslav||
Czechoslovakia|Czechoslovak||
Yemen|Yemeni|Sanaa,Sana'a|
Zambia|Zambian|Lusaka|
Zimbabwe|Zimbabwean|Harare|
Hong Kong|Hongkonger||
Macau|Macanese||Macao
`;

export type StateEntry = { name: string; demonyms: string[]; capitals: string[]; others: string[] };

const split = (field: string | undefined): string[] =>
  (field ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export const STATE_LIST: StateEntry[] = STATES.trim()
  .split('\n')
  .map((line) => {
    const [name, demonyms, capitals, others] = line.split('|');
    return { name, demonyms: split(demonyms), capitals: split(capitals), others: split(others) };
  });

/** How a phrase names a state: by its name (or another name), a capital, or a demonym. */
export type StateRef = { state: StateEntry; via: 'name' | 'capital' | 'demonym' };

export const STATE_INDEX: Map<string, StateRef> = (() => {
  const index = new Map<string, StateRef>();
  for (const state of STATE_LIST) {
    index.set(state.name.toLowerCase(), { state, via: 'name' });
    for (const other of state.others) index.set(other.toLowerCase(), { state, via: 'name' });
    for (const capital of state.capitals)
      if (!index.has(capital.toLowerCase())) index.set(capital.toLowerCase(), { state, via: 'capital' });
    for (const demonym of state.demonyms)
      if (!index.has(demonym.toLowerCase())) index.set(demonym.toLowerCase(), { state, via: 'demonym' });
  }
  return index;
})();

/** Region adjectives and demonyms that never name an actor on their own. */
export const REGION_ADJECTIVES = new Set(
  'asian european african american arab western eastern northern southern central islamic muslim christian jewish hindu buddhist shia shiite sunni kurdish pashtun uyghur latin nordic baltic balkan caucasian slavic atlantic pacific mediterranean soviet'.split(
    ' ',
  ),
);
