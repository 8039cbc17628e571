import { useLiveQuery } from '@/components/use-live-query';
import { useServices } from '@/components/services';
import type { Walk, WalkStep } from '@/lib/model/walk';
import { stepsByWalk, summarizeWalk, type WalkSummary } from '@/lib/walks/walk-summary';

export interface StudyWalks {
  walks: Walk[];
  steps: Map<string, WalkStep[]>;
  /** Summaries of each cell's walks, by `brandId/stageId`. */
  byCell: Map<string, WalkSummary[]>;
}

/** The study's walks and steps, live (a study holds few walks, so all are read). */
export function useStudyWalks(studyId: string | undefined): StudyWalks | undefined {
  const services = useServices();
  return useLiveQuery(async () => {
    if (!studyId) return undefined;
    const { walks, steps } = await services.studyWalks(studyId);
    const byWalk = stepsByWalk(steps);
    const byCell = new Map<string, WalkSummary[]>();
    for (const w of walks.sort((a, b) => a.startedAt.localeCompare(b.startedAt))) {
      const key = `${w.brandId}/${w.stageId}`;
      const list = byCell.get(key) ?? [];
      list.push(summarizeWalk(w, byWalk.get(w.id) ?? []));
      byCell.set(key, list);
    }
    return { walks, steps: byWalk, byCell };
  }, [studyId]).value;
}
