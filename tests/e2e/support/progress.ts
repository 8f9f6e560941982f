// What /progress should show, worked out in the test from the records the app stored, with
// ts-fsrs's forgetting curve: an oracle that shares no code with the page's statistics.
import type { Page } from 'playwright-core';
import { default_w, forgetting_curve } from 'ts-fsrs';
import { builtinPack } from './article-pack';
import { readStore } from './store';

const dayMs = 86_400_000;

export interface StoredMemory {
	factId: string;
	memory: {
		state: 'new' | 'learning' | 'review' | 'relearning';
		stability: number;
		scheduledDays: number;
		lastReview: number | null;
		due: number;
	};
}

export interface StoredLog {
	source: 'flashcard' | 'quiz' | 'learn';
	studyDay: string;
	reviewedAt: number;
}

export interface StoredAnswer {
	quizId: string;
	questionIndex: number;
	kind: string;
	correct: boolean;
	score: number;
	studyDay: string;
}

export interface StoredRecords {
	memories: StoredMemory[];
	logs: StoredLog[];
	answers: StoredAnswer[];
	suspended: Set<string>;
}

export async function storedRecords(page: Page): Promise<StoredRecords> {
	const flags = await readStore<{ factId: string; suspended: boolean }>(page, 'factFlags');
	return {
		memories: await readStore<StoredMemory>(page, 'memories'),
		logs: await readStore<StoredLog>(page, 'reviewLogs'),
		answers: await readStore<StoredAnswer>(page, 'quizAnswers'),
		suspended: new Set(flags.filter((flag) => flag.suspended).map((flag) => flag.factId))
	};
}

export type StateName = 'New' | 'Learning' | 'Relearning' | 'Young' | 'Mature' | 'Suspended';

/** Each fact of the article by state, as Anki counts (young under 21 days), suspended apart. */
export function expectedStates(records: StoredRecords): Record<StateName, number> {
	const counts: Record<StateName, number> = {
		New: 0,
		Learning: 0,
		Relearning: 0,
		Young: 0,
		Mature: 0,
		Suspended: 0
	};
	const memories = new Map(records.memories.map((record) => [record.factId, record.memory]));
	for (const fact of builtinPack().facts) {
		const memory = memories.get(fact.id);
		if (records.suspended.has(fact.id)) counts.Suspended += 1;
		else if (!memory || memory.state === 'new') counts.New += 1;
		else if (memory.state === 'learning') counts.Learning += 1;
		else if (memory.state === 'relearning') counts.Relearning += 1;
		else if (memory.scheduledDays >= 21) counts.Mature += 1;
		else counts.Young += 1;
	}
	return counts;
}

/** The mean probability of recall over every fact of the article at `at`, unstudied as 0. */
export function expectedRecall(records: StoredRecords, at: number): number {
	const memories = new Map(records.memories.map((record) => [record.factId, record.memory]));
	const facts = builtinPack().facts;
	const sum = facts.reduce((total, fact) => {
		const memory = memories.get(fact.id);
		if (!memory || memory.state === 'new' || memory.lastReview === null) return total;
		const elapsedDays = Math.max(0, at - memory.lastReview) / dayMs;
		return total + forgetting_curve(default_w, elapsedDays, memory.stability);
	}, 0);
	return sum / facts.length;
}

/** Facts with at least one review. */
export function studiedFacts(records: StoredRecords): number {
	return records.memories.filter((record) => record.memory.state !== 'new').length;
}

/** Flashcard ratings plus quiz answers stored under `day`: the calendar's count for it. */
export function activityOn(records: StoredRecords, day: string): number {
	return (
		records.logs.filter((log) => log.source === 'flashcard' && log.studyDay === day).length +
		records.answers.filter((answer) => answer.studyDay === day).length
	);
}

/** The percentages a text shows, in order ("about 31 % in 7 days and 12 % in 30" → [31, 12]). */
export function percentsIn(text: string): number[] {
	return [...text.matchAll(/(\d+) %/g)].map((match) => Number(match[1]));
}

/** The facts-by-state figures as /progress shows them. */
export async function shownStates(page: Page): Promise<Record<string, number>> {
	return page
		.locator('dl.states')
		.evaluate((list) =>
			Object.fromEntries(
				[...list.querySelectorAll('div')].map((item) => [
					item.querySelector('dt')?.textContent?.trim() ?? '',
					Number(item.querySelector('dd')?.textContent)
				])
			)
		);
}

/** The rows of a chart's data table: [label, value] in order. */
export async function tableRows(page: Page, figure: string): Promise<[string, string][]> {
	return page
		.locator(figure)
		.evaluate((element) =>
			[...element.querySelectorAll('table tbody tr')].map((row) => [
				row.querySelector('th')?.textContent?.trim() ?? '',
				row.querySelector('td')?.textContent?.trim() ?? ''
			])
		);
}
