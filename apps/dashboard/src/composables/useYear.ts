/** The year of the figures shown: the published week's, else the data's. */
import { computed } from 'vue';
import { useSite } from './useSite';

export function useFiguresYear() {
  const { meta, publication } = useSite();
  return computed(() =>
    Number(
      (publication.value?.asOf ?? meta.value?.dataAsOf ?? new Date().toISOString()).slice(0, 4),
    ),
  );
}
