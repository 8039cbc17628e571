import { readBundle, type StageModelBundle } from './model-bundle';

/**
 * Loads the shipped stage model once (the background fetches the packaged
 * asset on the first clip form, not at start-up). A missing or broken file
 * leaves suggestions to what the study has learned, with a console warning.
 */
export function shippedModelLoader(fetchJson: () => Promise<unknown>): () => Promise<StageModelBundle | undefined> {
  let loading: Promise<StageModelBundle | undefined> | undefined;
  return () =>
    (loading ??= fetchJson().then(readBundle, (error: unknown) => {
      console.warn('journey-lens: the stage model did not load', error);
      return undefined;
    }).catch((error: unknown) => {
      console.warn('journey-lens: the stage model is not valid', error);
      return undefined;
    }));
}
