import type { Clock } from '$lib/domain/clock';
import { BackupRepository } from './backup-repository';
import { watchConnection } from './connection';
import { StudyDatabase } from './database';
import { FactFlagRepository } from './fact-flag-repository';
import { LearnRepository } from './learn-repository';
import { MemoryRepository } from './memory-repository';
import { QuizRepository } from './quiz-repository';
import { SettingsRepository } from './settings-repository';
import type { StorageProblem } from './storage-error';

/** Every repository over one shared connection. */
export interface Repositories {
	db: StudyDatabase;
	settings: SettingsRepository;
	quizzes: QuizRepository;
	memories: MemoryRepository;
	factFlags: FactFlagRepository;
	backups: BackupRepository;
	learn: LearnRepository;
}

export function createRepositories(options: {
	clock: Clock;
	onProblem: (problem: StorageProblem) => void;
	name?: string;
}): Repositories {
	const db = new StudyDatabase(options.name);
	watchConnection(db, options.onProblem);
	return {
		db,
		settings: new SettingsRepository(db, options.clock),
		quizzes: new QuizRepository(db),
		memories: new MemoryRepository(db),
		factFlags: new FactFlagRepository(db),
		backups: new BackupRepository(db),
		learn: new LearnRepository(db)
	};
}
