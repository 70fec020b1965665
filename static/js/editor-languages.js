// Shows the languages whose fields hold an error when the page editor opens.
//
// wagtail-modeltranslation's toggle ("View / edit fields for: ru be en") hides the
// fields of the languages that are switched off. After a failed save, a Belarusian
// slug that is already taken would then be flagged on a field nobody can see. This
// switches such a language on, with the toggle's own button, so the toggle
// remembers it like any other choice.
(() => {
  const languageOf = (element) => {
    // The toggle sorts fields by the " [be]" that ends their labels; so does this.
    const match = / \[([a-z]{2}(?:[-_][a-z]+)?)\]/i.exec(element.textContent);
    return match && match[1];
  };

  const showLanguagesWithErrors = () => {
    const toggles = new Map(
      Array.from(document.querySelectorAll('.locale-picker .locale-toggle')).map((button) => [
        button.textContent.trim(),
        button,
      ]),
    );
    if (toggles.size === 0) return;
    document.querySelectorAll('.l10n-hidden').forEach((element) => {
      if (!element.querySelector('.w-field--error, .error-message')) return;
      const toggle = toggles.get(languageOf(element));
      if (toggle && !toggle.classList.contains('showing-locale')) toggle.click();
    });
  };

  // The toggle is built when jQuery finds the document ready; this runs after it.
  if (window.jQuery) {
    window.jQuery(showLanguagesWithErrors);
  } else {
    document.addEventListener('DOMContentLoaded', showLanguagesWithErrors);
  }
})();
