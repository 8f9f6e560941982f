/** Hands a file to the browser's download, as a tap on a link would. */
export function downloadFile(file: { name: string; blob: Blob }): void {
	const url = URL.createObjectURL(file.blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = file.name;
	link.click();
	// Revoked later: some browsers read the blob after the click returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
