import type { Fact, Pack } from '../pack/schema';

/** Facts grouped by topic for the "Facts in this article" index, topics in first-seen order. */
export function factsByTopic(pack: Pack): { topic: string; facts: Fact[] }[] {
	const groups = new Map<string, Fact[]>();
	for (const fact of pack.facts) {
		for (const topic of fact.topics) {
			const group = groups.get(topic) ?? [];
			group.push(fact);
			groups.set(topic, group);
		}
	}
	return [...groups].map(([topic, facts]) => ({ topic, facts }));
}

/** "human-rights" → "Human rights": topic tags as a reader sees them. */
export function topicLabel(topic: string): string {
	const words = topic.replaceAll('-', ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}
