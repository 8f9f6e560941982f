import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type {
	DayTallyRecord,
	FactFlagRecord,
	LearnAnswerRecord,
	LearnSessionRecord,
	MemoryRecord,
	QuestionFlagRecord,
	QuizAnswerRecord,
	QuizSessionRecord,
	ReviewLogRecord,
	SettingRecord
} from './records';
import { declareSchema } from './schema';
import { databaseName } from './stored-data';

/** The app's one IndexedDB database, typed. */
export class StudyDatabase extends Dexie {
	settings!: EntityTable<SettingRecord, 'key'>;
	quizSessions!: EntityTable<QuizSessionRecord, 'id'>;
	quizAnswers!: EntityTable<QuizAnswerRecord, 'id'>;
	questionFlags!: EntityTable<QuestionFlagRecord, 'questionId'>;
	memories!: EntityTable<MemoryRecord, 'id'>;
	reviewLogs!: EntityTable<ReviewLogRecord, 'id'>;
	factFlags!: EntityTable<FactFlagRecord, 'id'>;
	learnSessions!: EntityTable<LearnSessionRecord, 'id'>;
	learnAnswers!: EntityTable<LearnAnswerRecord, 'id'>;
	dayTallies!: EntityTable<DayTallyRecord, 'id'>;

	constructor(name = databaseName, options?: DexieOptions) {
		super(name, options);
		declareSchema(this);
	}
}
