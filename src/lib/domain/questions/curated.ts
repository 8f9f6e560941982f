import type { EntityKind } from '../pack/schema';

/**
 * Small hand-picked distractor pools, used only where a pack has too few entities of a kind.
 * Names are filtered at use: any that names a pack entity, or appears in the article, is
 * dropped, so a curated option is never true in the article. Kinds whose plausible lures depend
 * on context (people, roles, events, documents) have none: better fewer options than fillers.
 */
export const curatedEntities: Partial<Record<EntityKind, readonly string[]>> = {
	country: [
		'Iran',
		'India',
		'Turkey',
		'Qatar',
		'Uzbekistan',
		'Tajikistan',
		'Turkmenistan',
		'Kazakhstan',
		'Kyrgyzstan',
		'Saudi Arabia',
		'Mongolia',
		'Japan',
		'Germany',
		'France',
		'Indonesia',
		'Egypt'
	],
	city: [
		'Tehran',
		'Islamabad',
		'New Delhi',
		'Tashkent',
		'Dushanbe',
		'Ashgabat',
		'Bishkek',
		'Doha',
		'Ankara',
		'Shanghai',
		'Kandahar',
		'Herat',
		'Karachi',
		'Novosibirsk'
	],
	region: [
		'Tibet',
		'Kashmir',
		'Balochistan',
		'Siberia',
		'the Caucasus',
		'the Middle East',
		'South Asia',
		'Southeast Asia',
		'Inner Mongolia',
		'Yunnan',
		'Gansu'
	],
	organisation: [
		'United Nations',
		'European Union',
		'World Bank',
		'International Monetary Fund',
		'Shanghai Cooperation Organisation',
		'Organisation of Islamic Cooperation',
		'Association of Southeast Asian Nations',
		'International Committee of the Red Cross'
	],
	group: [
		'Islamic State',
		'al-Qaeda',
		'Haqqani network',
		'Northern Alliance',
		'Hezbollah',
		'Muslim Brotherhood'
	]
};
