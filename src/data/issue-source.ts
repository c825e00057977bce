/**
 * Issues as the summing up of problems reads them, kept apart from it (`summarize-issues.ts`), which is loaded only
 * when there are problems: what reads issues without making them needs only this.
 */
import { issueField, type ValidationIssue } from './validate.js';

/**
 * Issues as `summarizeSource` reads them: what it needs of each (without making it), and the few it reads whole.
 *
 * @internal Lets the timeline sum up issues before (or without) making them; not part of the package's API.
 */
export interface IssueSource {
  /** Calls `visit` for each issue in input order, with its position `ref`, counting from 0. */
  forEachIssue(visit: (index: number, code: string, field: string, skipped: boolean, ref: number) => void): void;
  /** The issue at position `ref`. */
  issueAt(ref: number): ValidationIssue;
}

/**
 * Issues that are made already, as an {@link IssueSource}; `offset` is added to their positions.
 *
 * @internal Lets the timeline sum up issues before (or without) making them; not part of the package's API.
 */
export function sourceOf(issues: readonly ValidationIssue[], offset = 0): IssueSource {
  return {
    forEachIssue(visit) {
      for (let k = 0; k < issues.length; k++) {
        const issue = issues[k];
        visit(issue.index, issue.code ?? '', issueField(issue.path), issue.skipped, offset + k);
      }
    },
    issueAt: (ref) => issues[ref - offset],
  };
}

