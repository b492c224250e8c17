// The few parts of markdown-it (installed with @vscode/vsce, untyped here) that security.test.ts uses
// to render hover cards the way a markdown-it based client would.
declare module 'markdown-it' {
  interface Token {
    type: string;
    content: string;
    children: Token[] | null;
    attrGet(name: string): string | null;
  }
  export default class MarkdownIt {
    constructor(options?: { html?: boolean; linkify?: boolean });
    parse(src: string, env: object): Token[];
  }
}
