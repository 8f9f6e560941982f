/**
 * The study day: like Anki, a day of study starts at 04:00 local time rather than midnight, so a
 * late-night session still counts towards the day it began. All times are epoch ms; the date
 * maths uses the local calendar (`new Date(y, m, d, h)`), so a daylight-saving change, when a
 * day has 23 or 25 hours, still starts every study day at the rollover hour.
 */

/** Anki's default: a study day runs from 04:00 to 04:00 local time. */
export const defaultRolloverHour = 4;

/** Epoch ms of the most recent start of a study day at or before `epochMs`. */
export function startOfStudyDay(epochMs: number, rolloverHour = defaultRolloverHour): number {
	checkRolloverHour(rolloverHour);
	const time = new Date(epochMs);
	const year = time.getFullYear();
	const month = time.getMonth();
	const date = time.getDate();
	const today = new Date(year, month, date, rolloverHour).getTime();
	// Before the rollover hour the study day began yesterday.
	return today <= epochMs ? today : new Date(year, month, date - 1, rolloverHour).getTime();
}

/** Epoch ms when the study day after the one holding `epochMs` starts. */
export function nextStudyDayStart(epochMs: number, rolloverHour = defaultRolloverHour): number {
	const start = new Date(startOfStudyDay(epochMs, rolloverHour));
	return new Date(
		start.getFullYear(),
		start.getMonth(),
		start.getDate() + 1,
		rolloverHour
	).getTime();
}

/**
 * The study day holding `epochMs` as local `YYYY-MM-DD`: the calendar date on which that study
 * day started. 03:59 belongs to the day before; 04:00 to the same day.
 */
export function studyDay(epochMs: number, rolloverHour = defaultRolloverHour): string {
	const start = new Date(startOfStudyDay(epochMs, rolloverHour));
	const month = String(start.getMonth() + 1).padStart(2, '0');
	const date = String(start.getDate()).padStart(2, '0');
	return `${String(start.getFullYear()).padStart(4, '0')}-${month}-${date}`;
}

/**
 * The current study day as the new-fact allowance counts it: a rating belongs to it when made
 * since the day's start as this zone places it, or when it was stored with the day's name
 * (the day as first computed for it, in the zone of that moment). Either suffices, so a change
 * of time zone, east or west, never hands out a second allowance for the same day.
 */
export interface StudyDayWindow {
	/** Epoch ms of the day's start in the current zone. */
	start: number;
	/** The day's name, `YYYY-MM-DD`, as stored with each log. */
	name: string;
}

export function studyDayWindow(
	epochMs: number,
	rolloverHour = defaultRolloverHour
): StudyDayWindow {
	return {
		start: startOfStudyDay(epochMs, rolloverHour),
		name: studyDay(epochMs, rolloverHour)
	};
}

function checkRolloverHour(hour: number): void {
	if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
		throw new RangeError(`The rollover hour must be a whole hour from 0 to 23, not ${hour}`);
	}
}
