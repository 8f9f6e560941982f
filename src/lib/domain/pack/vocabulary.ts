// The pack format's fixed words, apart from its schema so that code which only needs a word
// (question types, backups) does not bring in the validator.

/** Safe in URLs and HTML ids. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const datePrecisions = ['year', 'month', 'day'] as const;

export const numberUnits = ['percent', 'years', 'months', 'count'] as const;
