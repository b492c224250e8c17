/** The article without any of our annotation comments (source comments may name confidential sources). */
export function exportClean(text: string): string {
  void text;
  throw new Error('not implemented yet');
}
