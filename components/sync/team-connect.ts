import { platform } from '@/lib/platform';
import { serverOrigins, SyncConfigSchema, type SyncConfig } from '@/lib/model/team';
import type { SyncServices } from '@/lib/ui-services/types';

/**
 * Shares, joins or rejoins: asks for that one server's host permission, then keeps the
 * study's team settings (the services keep the background's catch-up alarm in step).
 * Call it first thing in the click, with no await before (Firefox grants permissions
 * only while the click is handled). False when refused.
 */
export function connectTeam(services: Pick<SyncServices, 'setSyncConfig'>, config: SyncConfig): Promise<boolean> {
  const valid = SyncConfigSchema.parse(config);
  return platform.requestHostPermission(serverOrigins(valid.server)).then(async (granted) => {
    if (!granted) return false;
    await services.setSyncConfig(valid);
    return true;
  });
}
