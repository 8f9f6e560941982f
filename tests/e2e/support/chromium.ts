import { existsSync } from 'node:fs';

/** The Chromium the e2e tests drive: $CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
	const path = process.env.CHROME_PATH || '/usr/bin/chromium';
	if (!existsSync(path)) {
		throw new Error(
			`No Chromium at ${path}. Install it with \`apt-get update && apt-get install -y chromium\`, ` +
				'or point CHROME_PATH at a Chromium or Chrome binary.'
		);
	}
	return path;
}
