// Every route is prerendered; IndexedDB is touched only in the browser, after mount.
export const prerender = true;
export const trailingSlash = 'never';
