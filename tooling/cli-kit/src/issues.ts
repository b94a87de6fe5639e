// The commands name problems as the libraries do: one formatter, in the vocabulary package's
// `issues` entry (no zod at run time, so a command whose package lacks zod does not carry it).
export { describeIssues } from '@img-groningen/vocabulary/issues';
export type { Issue } from '@img-groningen/vocabulary/issues';
