// Under Load — the reader's colour theme before the first paint (loaded blocking in <head>, so a reader who chose dark
// never sees a light page first). Everything else is in site.js, deferred.
try { const t = localStorage.getItem("theme"); if (t === "light" || t === "dark") document.documentElement.dataset.theme = t; } catch { /* storage refused */ }
