// General world knowledge, not knowledge of any article: the names of countries and continents,
// used to tell places from organisations and people in prose, and to keep a country's distractors
// countries. An article's own places are learnt from its structure (see entity-index.ts).

const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|
Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|
Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Democratic Republic of the Congo|
Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|
Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|the Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|
Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Côte d'Ivoire|Jamaica|
Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|
Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|
Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|the Netherlands|
New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|
Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saint Lucia|Samoa|San Marino|
Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|
South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|
Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|
United States|Uruguay|Uzbekistan|Vanuatu|Vatican City|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe`;

const CONTINENTS_AND_REGIONS = `Africa|Asia|Europe|North America|South America|Oceania|Antarctica|Middle East|
North Africa|West Africa|East Africa|Southern Africa|Central Africa|Sub-Saharan Africa|Western Europe|Eastern Europe|
Central Asia|South Asia|Southeast Asia|East Asia|Latin America|Caribbean`;

const toSet = (list: string) => new Set(list.split("|").map((name) => name.trim().toLowerCase()).filter((name) => name !== ""));

const countries = toSet(COUNTRIES);
const regions = toSet(CONTINENTS_AND_REGIONS);

export function isCountryName(name: string): boolean {
  return countries.has(name.trim().toLowerCase());
}

export function isContinentOrRegionName(name: string): boolean {
  return regions.has(name.trim().toLowerCase());
}

// What a country's people or things are called, where the word is not simply the name plus "-n"/"-an"
// (which is caught by comparing prefixes): a blank for "France" next to "French" gives itself away.
const DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  france: ["french"],
  "united kingdom": ["british", "uk"],
  "united states": ["american", "u.s.", "us"],
  netherlands: ["dutch"],
  switzerland: ["swiss"],
  germany: ["german"],
  spain: ["spanish"],
  sweden: ["swedish", "swede"],
  denmark: ["danish", "dane"],
  finland: ["finnish"],
  poland: ["polish"],
  turkey: ["turkish"],
  china: ["chinese"],
  japan: ["japanese"],
  senegal: ["senegalese"],
  niger: ["nigerien"],
  "burkina faso": ["burkinabe"],
  "ivory coast": ["ivorian"],
  israel: ["israeli"],
  iraq: ["iraqi"],
  pakistan: ["pakistani"],
  somalia: ["somali"],
  yemen: ["yemeni"],
  greece: ["greek"],
  ireland: ["irish"],
  portugal: ["portuguese"],
  lebanon: ["lebanese"],
  sudan: ["sudanese"],
  afghanistan: ["afghan"],
  philippines: ["filipino"],
  "new zealand": ["new zealander"],
};

/** Words that name a country's people or things ("French" for France), besides the name itself. */
export function demonymsOf(country: string): readonly string[] {
  return DEMONYMS[country.trim().toLowerCase()] ?? [];
}
