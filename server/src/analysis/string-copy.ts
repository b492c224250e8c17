// Strings that outlive the text they were cut from. V8 keeps a slice of 13 or more characters as a
// view into its parent string, so a mention or claim text cut from an article keeps the whole
// article in memory. The incremental analysis keeps the parts of unchanged blocks across edits;
// if they held views, every version of a 1 MB article typed into would stay alive.

/** A copy of `s` that shares no storage with the string it came from. */
export function copyString(s: string): string {
  // Short slices are copies already. For longer ones, slicing a concatenation makes V8 flatten it
  // into a new string of its own, and the result is a view into that small string only.
  return s.length < 13 ? s : (' ' + s).slice(1);
}
