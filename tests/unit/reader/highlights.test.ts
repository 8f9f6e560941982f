import { describe, expect, test } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import type { Fact } from '$lib/domain/pack/schema';
import { factsByTopic, topicLabel } from '$lib/domain/reader/fact-index';
import { highlightSegments } from '$lib/domain/reader/highlights';

function fact(id: string, block: string, quote: string, overrides: Partial<Fact> = {}): Fact {
	return {
		id,
		statement: quote,
		cue: 'What?',
		answer: quote,
		subject: 'x',
		relation: 'is',
		object: { type: 'text', value: quote },
		topics: ['diplomacy'],
		difficulty: 1,
		source: { block, quote },
		...overrides
	};
}

const text = 'One sentence here. Two sentence there. Three at the end.';

describe('highlightSegments', () => {
	test('splits a paragraph into plain text and one highlight per quoted sentence', () => {
		expect(highlightSegments('p1', text, [fact('b', 'p1', 'Two sentence there.')])).toEqual([
			{ kind: 'text', text: 'One sentence here. ' },
			{ kind: 'highlight', text: 'Two sentence there.', factIds: ['b'] },
			{ kind: 'text', text: ' Three at the end.' }
		]);
	});

	test('a sentence that supports several facts is one highlight listing them all, in pack order', () => {
		const facts = [fact('a', 'p1', 'One sentence here.'), fact('b', 'p1', 'One sentence here.')];
		expect(highlightSegments('p1', text, facts)).toEqual([
			{ kind: 'highlight', text: 'One sentence here.', factIds: ['a', 'b'] },
			{ kind: 'text', text: ' Two sentence there. Three at the end.' }
		]);
	});

	test('overlapping quotes merge into one highlight covering both', () => {
		const facts = [
			fact('clause', 'p1', 'sentence there. Three'),
			fact('whole', 'p1', 'Two sentence there.')
		];
		expect(highlightSegments('p1', text, facts)).toEqual([
			{ kind: 'text', text: 'One sentence here. ' },
			{ kind: 'highlight', text: 'Two sentence there. Three', factIds: ['clause', 'whole'] },
			{ kind: 'text', text: ' at the end.' }
		]);
	});

	test('ignores facts of other blocks and quotes that are not in the text', () => {
		const facts = [
			fact('elsewhere', 'p2', 'One sentence here.'),
			fact('missing', 'p1', 'Not here.')
		];
		expect(highlightSegments('p1', text, facts)).toEqual([{ kind: 'text', text }]);
	});

	test('the segments always rebuild the paragraph exactly, for every paragraph of the article', () => {
		const pack = loadBuiltinPack();
		for (const block of pack.blocks) {
			if (block.kind !== 'paragraph') continue;
			const segments = highlightSegments(block.id, block.text, pack.facts);
			expect(segments.map((segment) => segment.text).join('')).toBe(block.text);
			const highlighted = segments.flatMap((segment) =>
				segment.kind === 'highlight' ? segment.factIds : []
			);
			const expected = pack.facts
				.filter((item) => item.source.block === block.id)
				.map((item) => item.id);
			expect(highlighted.sort()).toEqual(expected.sort());
		}
	});
});

describe('the fact index', () => {
	test('groups facts by topic in first-seen order; a fact with two topics is under both', () => {
		const pack = { ...loadBuiltinPack() };
		pack.facts = [
			fact('a', 'p1', 'x', { topics: ['trade'] }),
			fact('b', 'p1', 'y', { topics: ['diplomacy', 'trade'] })
		];
		expect(
			factsByTopic(pack).map((group) => [group.topic, group.facts.map((item) => item.id)])
		).toEqual([
			['trade', ['a', 'b']],
			['diplomacy', ['b']]
		]);
	});

	test('topic tags read as words', () => {
		expect(topicLabel('human-rights')).toBe('Human rights');
	});
});
