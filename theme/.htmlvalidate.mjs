// html-validate over output/ (run by tests/Generator.Tests/Quality/HtmlValidationTests.cs):
// node theme/node_modules/html-validate/bin/html-validate.mjs -c theme/.htmlvalidate.mjs "output/**/*.html"
// The recommended rules apply; only style preferences are relaxed, each with its reason. Rules about validity stay on.
export default {
  root: true,
  extends: ["html-validate:recommended"],
  rules: {
    // Style: whitespace at line ends is how the layout and AngleSharp's serializer indent; browsers ignore it.
    "no-trailing-whitespace": "off",
    // Style: AngleSharp serializes boolean attributes as defer="" / hidden="", which HTML defines as the same value.
    "attribute-boolean-style": "off",
    "attribute-empty-style": "off",
    // Style (search-engine advice, not validity): a topic title plus " · Under Load" may exceed 70 characters.
    "long-title": "off",
    // The search box is the WAI-ARIA combobox pattern: its popup is a role=listbox of links with excerpts,
    // which a native <select> cannot hold. Every other role must still prefer its native element.
    "prefer-native-element": ["error", { exclude: ["listbox"] }],
    // HTML allows any id without whitespace; heading ids follow GitHub's anchors (e.g. #2pc-vs-3pc), which readers
    // link to, so the letter-first convention (a CSS-selector convenience) is not enforced.
    "valid-id": ["error", { relaxed: true }],
  },
};
