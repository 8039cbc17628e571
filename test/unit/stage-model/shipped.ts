// The shipped stage model (public/stage-model.json) as the background loads it, for tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundle, type StageModelBundle } from '../../../lib/stage-model/model-bundle';
import { BUILT_IN_STAGES, type BuiltInFrameworkId } from '../../../lib/stage-model/corpus';
import { suggestStage, type StageSuggestion } from '../../../lib/stage-model/suggest';
import type { StageInput } from '../../../lib/stage-model/features';
import type { StudyStageModel } from '../../../lib/stage-model/study-model';

let bundle: StageModelBundle | undefined;
export function shippedBundle(): StageModelBundle {
  bundle ??= readBundle(JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/stage-model.json'), 'utf8')));
  return bundle;
}

/** The shipped model's suggestion for a built-in framework. */
export function suggestShipped(input: StageInput, frameworkId: BuiltInFrameworkId = 'moments-of-truth', study?: StudyStageModel): StageSuggestion {
  return suggestStage({ bundle: shippedBundle(), frameworkId, stageIds: BUILT_IN_STAGES[frameworkId], input, study });
}
