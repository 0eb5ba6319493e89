import { rules } from '../core/rules/index.js';
import { SEVERITIES } from '../core/settings.js';
import type { RuleSetting, Severity } from '../core/types.js';
import { Locked, type SectionProps } from './section.js';

/** Each rule on or off, and its severity. */
export function RulesSection({ loaded, lockedAt, save }: SectionProps) {
  const saveRule = (id: string, change: RuleSetting) => {
    const next: RuleSetting = { ...loaded.own.rules?.[id], ...change };
    if (next.severity === undefined) delete next.severity;
    if (next.enabled === undefined) delete next.enabled;
    void save({ rules: { [id]: next } });
  };

  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">Checks</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">On</th>
            <th scope="col">What it checks</th>
            <th scope="col">Severity</th>
          </tr>
        </thead>
        <tbody>
          {rules.map(({ meta }) => {
            const setting = loaded.values.rules[meta.id] ?? {};
            const isLockedRule = lockedAt(`rules.${meta.id}`);
            return (
              <tr key={meta.id} data-rule-row={meta.id}>
                <td>
                  <label>
                    <input
                      type="checkbox"
                      checked={setting.enabled !== false}
                      disabled={isLockedRule}
                      aria-describedby={`rule-${meta.id}-desc`}
                      onChange={(e) => saveRule(meta.id, { enabled: (e.currentTarget as HTMLInputElement).checked ? undefined : false })}
                    />{' '}
                    <span class="rule-id">{meta.id}</span>
                  </label>
                </td>
                <td id={`rule-${meta.id}-desc`}>
                  {meta.description}
                  <Locked when={isLockedRule} />
                </td>
                <td>
                  <select
                    aria-label={`Severity of ${meta.id}`}
                    value={setting.severity ?? ''}
                    disabled={isLockedRule}
                    onChange={(e) => {
                      const v = (e.currentTarget as HTMLSelectElement).value;
                      saveRule(meta.id, { severity: v === '' ? undefined : (v as Severity) });
                    }}
                  >
                    <option value="">Default ({meta.severity})</option>
                    {SEVERITIES.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
