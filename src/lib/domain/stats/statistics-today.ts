import { daysBetween } from '../time/day-names';
import { studyDay } from '../time/study-day';

/**
 * No two time zones are more than 26 hours apart (UTC+14 to UTC−12), so a study day stored
 * in one can be at most 2 days ahead of the study day in another.
 */
export const maxDaysAheadAcrossZones = 2;

/**
 * The study day the statistics end on: "today" of the calendar, the streak, the weekly
 * accuracy and the time studied. It is the study day of `now` in this zone, or a later day
 * already stored with a rating: after a move westward, the day the learner began where they
 * studied (05:00 in Berlin) has not yet begun here (23:00 the day before in New York). Its
 * records keep the day they were stored under, so the statistics end with that day rather
 * than drop them as the future. A stored day further ahead than any zone could be came from
 * a wrong clock and is not followed.
 */
export function statisticsToday(now: number, storedDays: Iterable<string>): string {
	const here = studyDay(now);
	let latest = here;
	for (const day of storedDays) {
		const ahead = daysBetween(here, day);
		if (ahead > daysBetween(here, latest) && ahead <= maxDaysAheadAcrossZones) latest = day;
	}
	return latest;
}
