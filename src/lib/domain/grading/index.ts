/** Grading, one function per question kind, plus the "I was right" override. */
export { gradeMcq, gradeTrueFalse } from './choice';
export { gradeCloze } from './cloze';
export { allowedTypos, editDistance } from './edit-distance';
export { FactResult, Grade, overrideGrade, wholeGrade } from './grade';
export { gradeMatching } from './matching';
export { packNames, type NameIndex } from './names';
export { gradeNumeric } from './numeric';
export { parseDateAnswer, sameDate, type ParsedDate } from './parse-date';
export { parseNumberAnswer, type ParsedNumber } from './parse-number';
export { gradeResponse, QuestionResponse, ResponseKindError } from './response';
export { gradeTimeline } from './timeline';
export { matchTyped, type TypedMatch } from './typed';
