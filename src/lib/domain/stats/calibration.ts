import { certainties, certaintyLabels, type Certainty } from '../learn/certainty';
import type { Tally } from './day-tally';

export interface CalibrationRow {
	certainty: Certainty;
	answers: number;
	right: number;
	/** Share right, 0–1; `null` without answers. */
	share: number | null;
}

/** Below this many answers at a level, its share is shown but not read out as a finding. */
export const calibrationMinimum = 10;

/**
 * For each certainty level, how often the answers given with it were right: the learner's
 * calibration. Under UCL marking "sure" pays only above 80 % right and "fairly sure" above
 * 67 %, so those are the marks a well-calibrated learner's rows clear.
 */
export function calibration(
	answers: readonly { certainty: Certainty; correct: boolean }[]
): CalibrationRow[] {
	const totals = { 1: tally(), 2: tally(), 3: tally() };
	for (const answer of answers) {
		totals[answer.certainty].total += 1;
		if (answer.correct) totals[answer.certainty].right += 1;
	}
	return calibrationOf(totals);
}

/** The calibration rows from answers already counted by certainty (see `certaintyTotals`). */
export function calibrationOf(totals: Readonly<Record<Certainty, Tally>>): CalibrationRow[] {
	return certainties.map((certainty) => {
		const { right, total } = totals[certainty];
		return { certainty, answers: total, right, share: total > 0 ? right / total : null };
	});
}

const tally = (): Tally => ({ right: 0, total: 0 });

/** Where each level pays best under UCL marking: the share right it should show. */
export const calibrationTargets: Record<Certainty, string> = {
	1: 'below 67 %',
	2: '67–80 %',
	3: 'above 80 %'
};

/**
 * One sentence on what the rows mean, about the most confident level with enough answers:
 * "When you are sure, you are right 92 % of the time: well judged." `null` before there are
 * enough answers to say anything.
 */
export function calibrationSentence(rows: readonly CalibrationRow[]): string | null {
	const row = [...rows].reverse().find((each) => each.answers >= calibrationMinimum);
	if (!row || row.share === null) return null;
	const percent = Math.round(row.share * 100);
	const said = certaintyLabels[row.certainty].toLowerCase();
	const lead = `When you are ${said}, you are right ${percent} % of the time`;
	if (row.certainty === 3) {
		return row.share >= 0.8
			? `${lead}: well judged, and "sure" earns you the most.`
			: `${lead}: below the 80 % at which "sure" pays; say "fairly sure" more often.`;
	}
	if (row.certainty === 2) {
		return row.share > 0.8
			? `${lead}: you know more than you think; say "sure" more often.`
			: row.share >= 0.67
				? `${lead}: well judged.`
				: `${lead}: below the 67 % at which "fairly sure" pays; say "unsure" more often.`;
	}
	return row.share > 0.67
		? `${lead}: you know more than you think; trust yourself more.`
		: `${lead}: a fair guess at what you do not know yet.`;
}
