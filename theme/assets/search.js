// Under Load — search. The field is shown only when this runs; MiniSearch and the index (two script files the
// build writes) load on first use, so they cost nothing to a reader who never searches, and work from file://.
// window.underLoadSearch.load() / .query(text) expose the real engine to tests and benchmarks.
(() => {
  "use strict";
  const box = document.querySelector("[data-search]");
  const input = document.getElementById("search-input");
  const panel = document.getElementById("search-results");
  const root = box ? box.dataset.root || "" : "";
  const indexUrl = box && box.dataset.index;
  const engineUrl = box && box.dataset.engine;

  // ---- Terms: the same rules for the index and the query ------------------------------------------------------
  const SPLIT = /[\n\r\p{Z}\p{P}]+/u;
  const STOP = new Set(("a an and are as at be been but by can could do does did for from has have how i if in into is it " +
    "its me my not of on or our should so such than that the their them then there these they this those to use used " +
    "using vs versus was we were what when where which while who whom why will with without would you your").split(" "));
  // HTTP/2 is also "http2", the way people type it.
  const tokenize = (text) => {
    const words = text.split(SPLIT);
    for (const m of text.matchAll(/\b([A-Za-z]+)\/(\d)\b/g)) words.push(m[1] + m[2]);
    return words;
  };
  // Every term of the index: a query term that is one of them is spelt right and needs no fuzzy matching.
  const known = new Set();
  // Lower case, no stop words, and plurals folded (retries → retry, partitions → partition).
  const fold = (word) => {
    const t = word.toLowerCase();
    if (!t || STOP.has(t) || (t.length === 1 && !/\d/.test(t))) return null;
    if (t.length > 4 && t.endsWith("ies")) return t.slice(0, -3) + "y";
    if (t.length > 3 && t.endsWith("s") && !/(ss|us|is|ys|as)$/.test(t)) return t.slice(0, -1);
    return t;
  };
  // MiniSearch passes the field name when it indexes, and none when it reads a query.
  const processTerm = (word, field) => {
    const t = fold(word);
    if (t && field) known.add(t);
    return t;
  };
  const terms = (text) => tokenize(text).map(fold).filter(Boolean);

  // ---- The engine ---------------------------------------------------------------------------------------------
  let engine = null;
  let pages = [];
  let sections = [];
  let synonyms = [];
  let loading = null;

  const script = (src) => new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error("could not load " + src));
    document.head.appendChild(s);
  });

  const load = () => {
    if (!loading) {
      loading = (!indexUrl || !engineUrl ? Promise.reject(new Error("this build has no search"))
        : Promise.all([window.MiniSearch ? null : script(engineUrl), window.UnderLoadSearchIndex ? null : script(indexUrl)]))
        .then(() => build(window.UnderLoadSearchIndex));
      loading.catch(() => { loading = null; });
    }
    return loading;
  };

  const build = (data) => {
    pages = data.pages.map(([path, title, topic, tags]) =>
      ({ path, title, topic, tags, slug: path.replace(/^.*\//, "").replace(/\.html$/, "") }));
    // [page, heading, anchor, the section's first sentences, the distinct words of the rest, code identifiers]
    sections = data.sections.map(([p, heading, anchor, text, more, code, weight = 1], id) =>
      ({ id, p, heading, anchor, text, more, code, weight }));
    // Each form of a group as its terms, " hol " or " head line blocking ", to find it inside a query.
    synonyms = data.synonyms.map((group) => group.map((form) => ({ form, key: " " + terms(form).join(" ") + " " })));
    const fields = ["title", "heading", "text", "tags", "code", "topic"];
    engine = new window.MiniSearch({
      fields,
      tokenize,
      processTerm,
      extractField: (s, field) => {
        const page = pages[s.p];
        switch (field) {
          case "id": return s.id;
          case "title": return page.title;
          case "tags": return page.tags;
          case "topic": return page.topic == null ? "" : String(page.topic);
          case "text": return s.more ? s.text + " " + s.more : s.text;
          default: return s[field];
        }
      },
      searchOptions: {
        boost: { heading: 3, title: 2, tags: 1.5, code: 1.2 },
        // Prefix matching as you type (idempot → idempotent); typo matching (kafak → kafka) only for words
        // the handbook does not have, so a right word never drags in its look-alikes.
        prefix: (t) => t.length >= 3,
        fuzzy: (t) => (known.has(t) || t.length < 4 ? false : t.length < 5 ? 1 : 2),
        weights: { fuzzy: 0.3, prefix: 0.4 },
        boostDocument: (id) => sections[id].weight,
      },
    });
    engine.addAll(sections);
    return api;
  };

  // A query that names one form of a synonym group also looks for the others (HOL → head-of-line blocking).
  const expand = (text) => {
    const key = " " + terms(text).join(" ") + " ";
    const extra = [];
    for (const group of synonyms) {
      if (!group.some((f) => f.key.trim() && key.includes(f.key))) continue;
      // Exact words, all of them, and together worth one query word (a three-word expansion must not outweigh it).
      for (const f of group) {
        if (!key.includes(f.key)) {
          extra.push({ queries: [f.form], combineWith: "AND", prefix: false, fuzzy: false, boostTerm: (t, i, all) => 1 / all.length });
        }
      }
    }
    return extra.length ? { combineWith: "OR", queries: [text, ...extra] } : text;
  };

  const query = (text, limit = 10) => {
    if (!engine) throw new Error("call underLoadSearch.load() first");
    if (!terms(text).length) return [];
    // A section whose heading holds every word asked for is about them: it outranks a section (a long table, say)
    // that merely mentions them, however often.
    const asked = terms(text);
    const headed = (s) => { const h = " " + terms(s.heading || "").join(" ") + " "; return asked.every((t) => h.includes(" " + t)); };
    const ranked = engine.search(expand(text)).map((r) => (headed(sections[r.id]) ? { ...r, score: r.score * 4 } : r))
      .sort((a, b) => b.score - a.score);
    return ranked.slice(0, limit).map((r) => {
      const s = sections[r.id];
      const page = pages[s.p];
      return {
        page: page.slug, path: page.path, title: page.title, topic: page.topic, anchor: s.anchor,
        heading: s.heading, text: s.text, terms: r.terms, score: r.score,
        url: root + page.path + "?hl=" + encodeURIComponent(r.terms.join(" ")) + (s.anchor ? "#" + s.anchor : ""),
      };
    });
  };

  const api = { load, query, get ready() { return engine !== null; } };
  window.underLoadSearch = api;

  // ---- Highlighting -------------------------------------------------------------------------------------------
  const escape = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Matches a word that starts with a matched term: "partition" marks "partitions", "retry" marks "retries".
  const matcher = (list) => {
    const alternatives = [...new Set(list)].filter((t) => t.length > 1 || /\d/.test(t))
      .sort((a, b) => b.length - a.length).map((t) => escape(t).replace(/y$/, "(?:y|ie)"));
    return alternatives.length ? new RegExp("(?<![\\p{L}\\p{N}])(?:" + alternatives.join("|") + ")[\\p{L}\\p{N}]*", "giu") : null;
  };

  // Appends text to parent with every match wrapped in <mark>.
  const appendMarked = (parent, text, re) => {
    let last = 0;
    if (re) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        parent.append(text.slice(last, m.index));
        const mark = document.createElement("mark");
        mark.textContent = m[0];
        parent.append(mark);
        last = m.index + m[0].length;
      }
    }
    parent.append(text.slice(last));
  };

  // About 160 characters of the section around its first match.
  const excerpt = (text, re) => {
    const size = 160;
    let at = 0;
    if (re) {
      re.lastIndex = 0;
      const m = re.exec(text);
      if (m) at = m.index;
    }
    let start = Math.max(0, at - 50);
    if (start > 0) {
      const space = text.indexOf(" ", start);
      start = space >= 0 && space < at ? space + 1 : start;
    }
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end);
      if (space > at) end = space;
    }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  };

  // Whether the section a heading starts has a mark outside any <details> before the next heading of its level.
  const sectionHasMarkOutsideDetails = (heading) => {
    for (let el = heading.nextElementSibling; el && !/^H[1-3]$/.test(el.tagName); el = el.nextElementSibling) {
      if (el.tagName !== "DETAILS" && el.querySelector("mark")) return true;
    }
    return false;
  };

  // On the page a hit leads to: mark the terms in the content and bring the section into view.
  const markPage = () => {
    let wanted = null;
    try { wanted = new URLSearchParams(location.search).get("hl"); } catch { return; }
    const content = document.querySelector("[data-page-content]");
    const re = wanted && content ? matcher(wanted.split(/\s+/).filter(Boolean)) : null;
    if (!re) return;
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement.closest("svg, script, style, mark, .anchor") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      re.lastIndex = 0;
      if (re.test(n.data)) nodes.push(n);
    }
    for (const n of nodes.slice(0, 300)) {
      const fragment = document.createDocumentFragment();
      appendMarked(fragment, n.data, re);
      n.replaceWith(fragment);
    }
    // A hit inside a collapsed answer (an interview question's <details>) opens it, and the first such mark in the
    // section the link leads to is what comes into view.
    const hidden = [...content.querySelectorAll("details:not([open]) mark")];
    for (const m of hidden) m.closest("details").open = true;
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const inDetails = hidden.find((m) => !target || target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (inDetails && target && !sectionHasMarkOutsideDetails(target)) inDetails.closest("details").scrollIntoView();
    else if (target) target.scrollIntoView();
    // The marks are for this visit: drop ?hl= from the address so a reload or a shared link is clean.
    try { history.replaceState(history.state, "", location.pathname + location.hash); } catch { /* some file:// contexts refuse */ }
  };
  markPage();

  // ---- The field ----------------------------------------------------------------------------------------------
  if (!box || !input || !panel || !indexUrl || !engineUrl) return;
  box.hidden = false;
  let options = [];
  let selected = -1;

  const open = (isOpen) => {
    panel.hidden = !isOpen;
    input.setAttribute("aria-expanded", String(isOpen));
    if (!isOpen) { input.removeAttribute("aria-activedescendant"); selected = -1; }
  };

  const note = (text) => {
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = text;
    panel.replaceChildren(p);
    options = [];
    selected = -1;
    open(true);
  };

  const render = () => {
    const text = input.value.trim();
    if (!text) { panel.replaceChildren(); open(false); return; }
    if (!engine) { note("Loading the index…"); return; }
    const hits = query(text, 40);
    if (!hits.length) { note("No results for “" + text + "”"); return; }
    const groups = new Map();
    for (const hit of hits) {
      if (!groups.has(hit.path)) {
        if (groups.size === 8) continue;
        groups.set(hit.path, []);
      }
      const list = groups.get(hit.path);
      if (list.length < 4) list.push(hit);
    }
    const items = [];
    let n = 0;
    for (const list of groups.values()) {
      const first = list[0];
      const group = document.createElement("div");
      group.setAttribute("role", "group");
      const label = document.createElement("div");
      label.className = "group";
      label.id = "search-group-" + items.length;
      label.textContent = (first.topic == null ? "" : first.topic + ". ") + first.title;
      group.setAttribute("aria-labelledby", label.id);
      group.append(label);
      for (const hit of list) {
        const re = matcher(hit.terms);
        const a = document.createElement("a");
        a.href = hit.url;
        a.id = "search-option-" + n++;
        a.setAttribute("role", "option");
        a.setAttribute("aria-selected", "false");
        const section = document.createElement("span");
        section.className = "section";
        appendMarked(section, hit.anchor ? hit.heading : "Introduction", re);
        const more = document.createElement("span");
        more.className = "excerpt";
        appendMarked(more, excerpt(hit.text, re), re);
        a.append(section, more);
        group.append(a);
        options.push(a);
      }
      items.push(group);
    }
    panel.replaceChildren(...items);
    options = [...panel.querySelectorAll("[role=option]")];
    selected = -1;
    open(true);
  };

  const select = (i) => {
    if (!options.length) return;
    selected = (i + options.length) % options.length;
    options.forEach((o, k) => o.setAttribute("aria-selected", String(k === selected)));
    input.setAttribute("aria-activedescendant", options[selected].id);
    options[selected].scrollIntoView({ block: "nearest" });
  };

  // The first focus (or keypress) loads the engine and the index; typing meanwhile shows "Loading…".
  const start = () => load().then(() => { if (input.value.trim()) render(); },
    () => { if (input.value.trim()) note("Search is unavailable: the index did not load."); });

  input.addEventListener("focus", start);
  input.addEventListener("input", () => (engine ? render() : (render(), start())));
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (panel.hidden && input.value.trim()) render();
      select(selected + (e.key === "ArrowDown" ? 1 : -1));
    } else if (e.key === "Enter") {
      const target = options[selected >= 0 ? selected : 0];
      if (target && !panel.hidden) { e.preventDefault(); location.href = target.href; }
    } else if (e.key === "Escape") {
      e.preventDefault();
      if (!panel.hidden) open(false);
      else { input.value = ""; input.blur(); }
    }
  });
  document.addEventListener("keydown", (e) => {
    const editing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
    if ((e.key === "/" && !editing && !e.ctrlKey && !e.metaKey && !e.altKey) || (e.key.toLowerCase() === "k" && (e.ctrlKey || e.metaKey))) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
  document.addEventListener("pointerdown", (e) => { if (!box.contains(e.target)) open(false); });
})();
