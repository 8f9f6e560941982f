import type { Fact } from './schema';

/** Every answer that counts as right for a fact's object (dates and numbers: none as text). */
export function acceptedAnswers(fact: Fact, entityNames: Map<string, string[]>): string[] {
	switch (fact.object.type) {
		case 'entity':
			return [...(entityNames.get(fact.object.entity) ?? []), ...(fact.object.accept ?? [])];
		case 'text':
			return [fact.object.value, ...(fact.object.accept ?? [])];
		default:
			return [];
	}
}
