// The limits of the scheduling settings, stated once for the settings schema, the settings
// screen and the scheduler's own guard (which must not load the validator: it runs on every
// study screen).

/** The range of desired retention. */
export const retentionRange = { min: 0.7, max: 0.99, step: 0.01 } as const;

/** The longest interval the learner may choose, in whole days. */
export const maximumIntervalRange = { min: 1, max: 36500 } as const;

/** At most this many (re)learning steps. */
export const maxSteps = 10;

// ts-fsrs parses steps with parseInt, so a fraction like `1.5m` would silently become `1m`.
/** A (re)learning step: whole minutes, hours or days, e.g. `10m`, `1d`. */
export const stepPattern = /^[1-9][0-9]*[mhd]$/;
