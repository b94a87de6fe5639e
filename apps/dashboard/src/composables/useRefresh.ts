/**
 * Refreshing the figures: every query reads `tick`, so a new tick asks them all again. Auto-refresh
 * ticks once a minute while it is on.
 */
import { ref, watch } from 'vue';

export const tick = ref(0);
export const autoRefresh = ref(false);
export const AUTO_REFRESH_SECONDS = 60;

export function refreshNow(): void {
  tick.value++;
}

let timer: ReturnType<typeof setInterval> | undefined;
watch(autoRefresh, (on) => {
  clearInterval(timer);
  if (on) timer = setInterval(refreshNow, AUTO_REFRESH_SECONDS * 1000);
});
