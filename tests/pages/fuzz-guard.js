// Counts what injected data would do if it ever ran: alert() calls and script elements.
window.__alerts = 0;
window.alert = () => {
  window.__alerts++;
};
