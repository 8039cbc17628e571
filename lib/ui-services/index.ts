import type { JourneyLensDB } from '../db/database';
import { matrixServices, clipServices } from './matrix-services';
import { brandServices, draftServices, stageServices, studyServices } from './study-services';
import { dataServices, exportServices, settingsServices, syncServices, walkServices } from './data-services';
import type { UiServices } from './types';

export type { UiServices, Undo } from './types';

/** The pages' services over the extension's database (see `UiServices`). */
export function createUiServices(db: JourneyLensDB): UiServices {
  return {
    ...matrixServices(db),
    ...clipServices(db),
    ...draftServices(db),
    ...brandServices(db),
    ...stageServices(db),
    ...studyServices(db),
    ...walkServices(db),
    ...exportServices(db),
    ...settingsServices(db),
    ...dataServices(db),
    ...syncServices(db),
  };
}
