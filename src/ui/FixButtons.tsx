// The fix and suggestion buttons of one finding, shared by the panel and the underline cards so
// both offer the same choices through the same safe path.
import type { Finding, FindingRange, Fix, Severity } from '../core/types.js';

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Tip' };

/** The fix and suggestions of a finding, or of one place of a grouped finding. */
export function fixChoices(finding: Finding, place?: FindingRange): { fix: Fix; kind: 'fix' | 'suggestion' }[] {
  const from: Pick<Finding, 'fix' | 'suggestions'> = place ?? finding;
  return [
    ...(from.fix ? [{ fix: from.fix, kind: 'fix' as const }] : []),
    ...(from.suggestions ?? []).map((fix) => ({ fix, kind: 'suggestion' as const })),
  ];
}

/** `disabled`: the finding is from an older revision of the draft, so its fixes cannot be trusted to land. */
export function FixButtons({ finding, place, onApplyFix, disabled = false }: { finding: Finding; place?: FindingRange; onApplyFix(finding: Finding, fix: Fix): void; disabled?: boolean }) {
  return (
    <>
      {fixChoices(finding, place).map(({ fix, kind }, i) => (
        <button
          key={`${kind}:${i}`}
          type="button"
          class="pc-btn"
          data-fix={kind}
          {...(kind === 'fix' ? { 'data-primary': '' } : {})}
          disabled={disabled}
          title={disabled ? 'The draft changed since this was checked' : fix.replacement ? `Replace with “${fix.replacement}”` : 'Remove'}
          onClick={() => onApplyFix(finding, fix)}
        >
          {fix.label}
        </button>
      ))}
    </>
  );
}
