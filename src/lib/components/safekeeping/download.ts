/** Hands a text file to the browser's download, as a tap on a link would. */
export function downloadTextFile(file: { name: string; text: string }): void {
	const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = file.name;
	link.click();
	// Revoked later: some browsers read the blob after the click returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
