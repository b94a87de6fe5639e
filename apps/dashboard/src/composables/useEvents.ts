/**
 * The moments the time charts mark (felt quakes of ML 2.5 and up, scheme openings, the 2023
 * option to pause), as annotations on ISO-week categories, in the language shown.
 */
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { getISOWeek, getISOWeekYear, parseISO } from 'date-fns';
import type { Annotation } from '../components/ChartCard.vue';
import { schemeName, useSite } from './useSite';

const isoWeek = (date: string) => {
  const day = parseISO(date);
  return `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}`;
};

export function useWeekEvents() {
  const { t, locale } = useI18n();
  const { meta } = useSite();
  return computed<Annotation[]>(() =>
    // Publications made before events were part of meta.info have none.
    (meta.value?.events ?? []).map((e) => ({
      at: isoWeek(e.date),
      label:
        e.kind === 'quake'
          ? t('events.quake', {
              magnitude: e.magnitude!.toLocaleString(locale.value),
              place: e.place ?? '',
            })
          : e.kind === 'scheme-opened'
            ? t('events.opened', { scheme: schemeName(meta.value, e.scheme ?? '', locale.value) })
            : t('events.pause'),
    })),
  );
}
