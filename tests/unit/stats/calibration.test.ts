import { describe, expect, test } from 'vitest';
import { calibration, calibrationSentence } from '$lib/domain/stats/calibration';

const answers = (certainty: 1 | 2 | 3, right: number, wrong: number) => [
	...Array.from({ length: right }, () => ({ certainty, correct: true })),
	...Array.from({ length: wrong }, () => ({ certainty, correct: false }))
];

describe('calibration', () => {
	test('the share right per certainty level, with counts', () => {
		const rows = calibration([...answers(3, 23, 2), ...answers(1, 1, 3)]);
		expect(rows).toEqual([
			{ certainty: 1, answers: 4, right: 1, share: 0.25 },
			{ certainty: 2, answers: 0, right: 0, share: null },
			{ certainty: 3, answers: 25, right: 23, share: 0.92 }
		]);
		expect(calibrationSentence(rows)).toBe(
			'When you are sure, you are right 92 % of the time: well judged, and "sure" earns you the most.'
		);
	});

	test('says nothing on too few answers, and names over- and under-confidence', () => {
		expect(calibrationSentence(calibration(answers(3, 5, 4)))).toBeNull();
		expect(calibrationSentence(calibration(answers(3, 6, 4)))).toMatch(
			/sure, you are right 60 % .* say "fairly sure" more often/
		);
		expect(calibrationSentence(calibration(answers(2, 19, 1)))).toMatch(
			/fairly sure, you are right 95 % .* say "sure" more often/
		);
		expect(calibrationSentence(calibration(answers(1, 9, 1)))).toMatch(/trust yourself more/);
	});
});
