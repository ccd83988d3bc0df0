export default {
  routes: [{ method: 'GET', path: '/site-sync/state', handler: 'site-sync.state' }],
};
