import { powerMonitor, powerSaveBlocker } from 'electron';
import type { Core } from '../core/core.js';
import { log } from '../core/log.js';

/**
 * While a live timer runs, the laptop and the beamer stay awake; when the
 * laptop wakes after all (the lid shut over dinner), the run is caught up
 * at once instead of at its next due moment.
 */
export function installPowerHandling(core: Core): () => void {
  let blocker: number | undefined;
  const follow = (running: boolean) => {
    if (running && blocker === undefined) blocker = powerSaveBlocker.start('prevent-display-sleep');
    if (!running && blocker !== undefined) {
      powerSaveBlocker.stop(blocker);
      blocker = undefined;
    }
  };
  const initial = core.store.state().run;
  follow(Boolean(initial?.live && initial.status === 'running'));
  const unsubscribe = core.bus.subscribe((events) => {
    for (const { event } of events) {
      if (event.type === 'run.updated') follow(Boolean(event.run?.live && event.run.status === 'running'));
    }
  });
  const onResume = () => {
    log.info('woke from sleep: catching up the live run');
    core.timer.wake();
  };
  powerMonitor.on('resume', onResume);
  powerMonitor.on('unlock-screen', onResume);
  return () => {
    unsubscribe();
    powerMonitor.off('resume', onResume);
    powerMonitor.off('unlock-screen', onResume);
    follow(false);
  };
}
