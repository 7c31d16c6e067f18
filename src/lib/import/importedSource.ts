/** The `source` every feature of an imported file carries: who brought it, and from which file. */
export const importedSource = (fileName: string): string => `用户导入 / imported: ${fileName}`;
