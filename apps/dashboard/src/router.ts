/** The public pages; each names its title key for the document title. */
import { createRouter, createWebHistory } from 'vue-router';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    {
      path: '/',
      component: () => import('./pages/OverviewPage.vue'),
      meta: { title: 'nav.overview' },
    },
    {
      path: '/voortgang',
      component: () => import('./pages/ProgressPage.vue'),
      meta: { title: 'nav.progress' },
    },
    {
      path: '/doorlooptijden',
      component: () => import('./pages/LeadTimesPage.vue'),
      meta: { title: 'nav.leadTimes' },
    },
    {
      path: '/bezwaren',
      component: () => import('./pages/ObjectionsPage.vue'),
      meta: { title: 'nav.objections' },
    },
    {
      path: '/gemeenten',
      component: () => import('./pages/MunicipalitiesPage.vue'),
      meta: { title: 'nav.municipalities' },
    },
    {
      path: '/gemeenten/:code',
      component: () => import('./pages/MunicipalityPage.vue'),
      meta: { title: 'nav.municipalities' },
    },
    {
      path: '/verantwoording',
      component: () => import('./pages/MethodologyPage.vue'),
      meta: { title: 'nav.methodology' },
    },
    {
      path: '/open-gegevens',
      component: () => import('./pages/OpenDataPage.vue'),
      meta: { title: 'nav.openData' },
    },
    {
      path: '/toegankelijkheid',
      component: () => import('./pages/AccessibilityPage.vue'),
      meta: { title: 'nav.accessibility' },
    },
    {
      path: '/beheer',
      component: () => import('./management/ManagementHomePage.vue'),
      meta: { title: 'nav.management' },
    },
    {
      path: '/beheer/callback',
      component: () => import('./management/CallbackPage.vue'),
      meta: { title: 'nav.management' },
    },
    {
      path: '/beheer/voortgang',
      component: () => import('./management/WeeksPage.vue'),
      meta: { title: 'management.weeks' },
    },
    {
      path: '/beheer/week/:week',
      component: () => import('./management/WeekPage.vue'),
      meta: { title: 'management.weeks' },
    },
    {
      path: '/beheer/bezwaren',
      component: () => import('./management/DeadlinesPage.vue'),
      meta: { title: 'management.deadlines' },
    },
    {
      path: '/beheer/aannemers',
      component: () => import('./management/ContractorsPage.vue'),
      meta: { title: 'management.contractors' },
    },
    {
      path: '/beheer/bereik',
      component: () => import('./management/OutreachPage.vue'),
      meta: { title: 'management.outreach' },
    },
    {
      path: '/:rest(.*)*',
      component: () => import('./pages/NotFoundPage.vue'),
      meta: { title: 'notFound.title' },
    },
  ],
  scrollBehavior: () => ({ top: 0 }),
});
