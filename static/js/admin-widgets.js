// Starts the admin widgets that Wagtail would start with an inline script.
//
// The admin's Content-Security-Policy runs only this site's script files, so an
// inline script (and one smuggled into a request's text) does nothing there. The
// templates of those widgets leave a hidden marker instead, with what the inline
// script would have passed; this file starts each marker's widget once, both on
// the page as loaded and in forms added later (an inline panel's new item).
(() => {
  // Each widget's starter is a global of Wagtail's own scripts. A page that does not
  // load a widget's script (a form shown without its media) keeps the plain field.
  const call = (name, ...args) => {
    if (typeof window[name] === 'function') window[name](...args);
  };
  const construct = (name, ...args) => {
    if (typeof window[name] === 'function') new window[name](...args);
  };
  const starters = {
    date: (id, config) => call('initDateChooser', id, config),
    time: (id, config) => call('initTimeChooser', id, config),
    datetime: (id, config) => call('initDateTimeChooser', id, config),
    'inline-panel': (_id, options) => construct('InlinePanel', options),
    'multiple-chooser-panel': (_id, options) => construct('MultipleChooserPanel', options),
    // PageChooser, ImageChooser, DocumentChooser.
    chooser: (id, options, marker) => {
      const name = marker.dataset.widgetConstructor;
      if (/^[A-Z][A-Za-z]*Chooser$/.test(name)) construct(name, id, options);
    },
  };

  const startMarker = (marker) => {
    const starter = starters[marker.dataset.adminWidget];
    if (!starter || 'adminWidgetStarted' in marker.dataset) return;
    marker.dataset.adminWidgetStarted = '';
    starter(marker.dataset.widgetId, JSON.parse(marker.dataset.widgetConfig), marker);
  };

  const startWithin = (root) => {
    if (root.matches && root.matches('[data-admin-widget]')) startMarker(root);
    // A <template>'s content is not searched: its forms start once they are added.
    root.querySelectorAll('[data-admin-widget]').forEach(startMarker);
  };

  const ready = () => {
    startWithin(document);
    new MutationObserver((records) => {
      records.forEach((record) => {
        record.addedNodes.forEach((node) => {
          if (node.nodeType === Node.ELEMENT_NODE) startWithin(node);
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();
