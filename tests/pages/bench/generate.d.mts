/** The HTML of a generated page by its path under tests/pages/, or undefined when the page is a committed file. */
export function generatedPage(file: string): string | undefined;
