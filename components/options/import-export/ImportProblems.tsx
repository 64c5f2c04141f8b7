import type { ImportProblem } from '@/utils/import';

const SHOWN = 200;

/** What was wrong in the file, and where: the rest of it was still imported. */
export function ImportProblems({ problems }: { problems: ImportProblem[] }) {
  if (!problems.length) return null;
  return (
    <details class="lectern-import-problems" open={problems.length <= 10}>
      <summary>
        {problems.length === 1 ? '1 entry was' : `${problems.length.toLocaleString()} entries were`} skipped
        or changed; everything else is imported
      </summary>
      <ul>
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={index}>
            <span class="where">{problem.where}</span> {problem.error}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p>…and {(problems.length - SHOWN).toLocaleString()} more.</p>}
    </details>
  );
}
