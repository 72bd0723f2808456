// Stands in for `server-only` under Vitest and the CLI tools, which are trusted server code.
export {};
