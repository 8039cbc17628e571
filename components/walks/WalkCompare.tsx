import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Brand } from '@/lib/model';
import type { Locale } from '@/lib/model/locale';
import { compareWalks, tasksOf } from '@/lib/walks/compare-walks';
import type { StudyWalks } from './use-walks';
import { durationText } from './walk-text';
import { pageTypeText } from './walk-labels';

/**
 * The same task walked on several brands' sites, side by side: steps, time and
 * friction per brand, then the steps aligned by page type.
 */
export function WalkCompare({ walks, brands, locale }: { walks: StudyWalks; brands: Brand[]; locale: Locale }) {
  const tasks = tasksOf(walks.walks);
  const [task, setTask] = useState(tasks[0]?.task ?? '');
  if (!tasks.length) return null;
  const current = tasks.some((t) => t.task === task) ? task : tasks[0]!.task;
  const cmp = compareWalks(current, walks.walks, (id) => walks.steps.get(id) ?? []);
  const name = (id: string) => brands.find((b) => b.id === id)?.name ?? '';
  const started = (iso: string) => new Date(iso).toLocaleDateString(locale.replace('_', '-'), { month: 'short', day: 'numeric' });
  return (
    <div class="walk-compare">
      <label for="walk-compare-task">{i18n.t('walkTask')}</label>
      <select id="walk-compare-task" value={current} onChange={(e) => setTask(e.currentTarget.value)}>
        {tasks.map((t) => (
          <option key={t.task} value={t.task}>
            {t.task} ({t.count})
          </option>
        ))}
      </select>
      <div class="mx-scroll">
        <table class="walk-table" aria-label={i18n.t('walksCompareLabel', [current])}>
          <thead>
            <tr>
              <td />
              {cmp.walks.map((w) => (
                <th key={w.walk.id} scope="col">
                  {name(w.walk.brandId)}
                  <span class="muted small"> {started(w.walk.startedAt)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{i18n.t('walkStepsHead')}</th>
              {cmp.walks.map((w) => <td key={w.walk.id}>{w.summary.steps}</td>)}
            </tr>
            <tr>
              <th scope="row">{i18n.t('walkTimeHead')}</th>
              {cmp.walks.map((w) => <td key={w.walk.id}>{durationText(w.summary.elapsedMs)}</td>)}
            </tr>
            <tr>
              <th scope="row">{i18n.t('walkFrictionHead')}</th>
              {cmp.walks.map((w) => <td key={w.walk.id}>{w.summary.friction}</td>)}
            </tr>
            {cmp.rows.map((row) => (
              <tr key={row.type}>
                <th scope="row">{pageTypeText(row.type)}</th>
                {row.cells.map((c, i) => (
                  <td key={cmp.walks[i]!.walk.id}>
                    {c ? (
                      <>
                        {i18n.t('walkAlignedSteps', [String(c.steps)])}
                        {c.reachedAfterMs !== null && <span class="muted small"> · {durationText(c.reachedAfterMs)}</span>}
                        {c.friction > 0 && <span class="walk-friction"> · {i18n.t('walkAlignedFriction', [String(c.friction)])}</span>}
                      </>
                    ) : (
                      <span aria-label={i18n.t('walkNotReached')}>–</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
