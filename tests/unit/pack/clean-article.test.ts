import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanArticle } from '$lib/domain/pack/clean-article';

const articleText = readFileSync('src/lib/content/article.txt', 'utf8');
const blocks = cleanArticle(articleText);
const byId = new Map(blocks.map((block) => [block.id, block]));
const sharedCopy = '../shared/source/article.txt';

describe('the article copy', () => {
	test.skipIf(!existsSync(sharedCopy))('is byte for byte the source article', () => {
		expect(readFileSync(sharedCopy)).toEqual(readFileSync('src/lib/content/article.txt'));
	});
});

describe('cleanArticle on the article', () => {
	test('every block’s text comes from the source (markup removed, line breaks as spaces)', () => {
		const flat = articleText.replaceAll('**', '').replace(/\s+/g, ' ');
		for (const block of blocks) expect(flat, block.id).toContain(block.text);
	});

	test('gives ordered blocks with stable ids: byline, headline, 24 paragraphs, 2 headings, 2 pull quotes', () => {
		expect(blocks.map((block) => block.id)).toEqual([
			'b1',
			'h1',
			'p1',
			'p2',
			'p3',
			'p4',
			'p5',
			'h2',
			'p6',
			'p7',
			'p8',
			'p9',
			'q1',
			'p10',
			'p11',
			'p12',
			'p13',
			'p14',
			'p15',
			'h3',
			'p16',
			'p17',
			'p18',
			'q2',
			'p19',
			'p20',
			'p21',
			'p22',
			'p23',
			'p24'
		]);
	});

	test('the byline names the author without markup', () => {
		expect(byId.get('b1')).toEqual({ id: 'b1', kind: 'byline', text: "Tomorrow's Affairs Staff" });
	});

	test('the headline is the level-1 heading and the section titles are level 2', () => {
		expect(byId.get('h1')).toMatchObject({ kind: 'heading', level: 1 });
		expect(byId.get('h1')?.text).toMatch(/^China has provided scope/);
		expect(byId.get('h2')).toMatchObject({
			kind: 'heading',
			level: 2,
			text: 'One step closer to full recognition'
		});
		expect(byId.get('h3')).toMatchObject({
			kind: 'heading',
			level: 2,
			text: 'Will Russia follow China?'
		});
	});

	test('removes the ** link markup', () => {
		expect(blocks.some((block) => block.text.includes('*'))).toBe(false);
		expect(byId.get('p2')?.text).toContain('by accepting the credentials');
		expect(byId.get('p12')?.text).toContain('has not applied import tariffs');
	});

	test('joins the quotation the source splits over two lines', () => {
		expect(byId.get('p8')?.text).toContain(
			'implementing moderate and prudent domestic and foreign policies, and resolutely combating all kinds of terrorist forces".'
		);
		expect(blocks.some((block) => block.text.startsWith('and resolutely'))).toBe(false);
	});

	test('marks the two pull quotes as pull quotes of the body sentence they repeat', () => {
		expect(byId.get('q1')).toMatchObject({ kind: 'pull-quote', repeats: 'p11' });
		expect(byId.get('q2')).toMatchObject({ kind: 'pull-quote', repeats: 'p18' });
		expect(byId.get('p11')?.text).toMatch(
			/^Beijing then asserted itself as the only possible way out/
		);
		const paragraphs = blocks
			.filter((block) => block.kind === 'paragraph')
			.map((block) => block.text);
		expect(new Set(paragraphs).size).toBe(paragraphs.length);
	});
});

describe('cleanArticle on small inputs', () => {
	test('a pull quote standing after its paragraph still points back to it', () => {
		const text =
			'Title of the piece\n\nRussia has received Taliban delegations in Kazan several times this year.\n\nRussia has received Taliban delegations in Kazan several times\n';
		expect(cleanArticle(text)).toEqual([
			{ id: 'h1', kind: 'heading', level: 1, text: 'Title of the piece' },
			{
				id: 'p1',
				kind: 'paragraph',
				text: 'Russia has received Taliban delegations in Kazan several times this year.'
			},
			{
				id: 'q1',
				kind: 'pull-quote',
				text: 'Russia has received Taliban delegations in Kazan several times',
				repeats: 'p1'
			}
		]);
	});

	test('a short heading-like line that merely shares words with a paragraph stays a heading', () => {
		const text = 'Will Russia follow China?\n\nRussia may follow China, the article says.\n';
		expect(cleanArticle(text)[0]).toMatchObject({ kind: 'heading' });
	});

	test('Windows line endings clean the same way', () => {
		const unix = 'Heading here\n\nA paragraph.\n';
		expect(cleanArticle(unix.replaceAll('\n', '\r\n'))).toEqual(cleanArticle(unix));
	});
});
