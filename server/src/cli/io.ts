// The process surroundings the CLI uses, passed in so that tests can run it in-process.
export interface CliStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: CliStream;
  stderr: CliStream;
}
