// Under Load — small enhancements only; every page reads fully without this file.
(() => {
  "use strict";
  const root = document.documentElement;

  // Theme: follow the OS unless the reader chose; the choice persists.
  const stored = (() => { try { return localStorage.getItem("theme"); } catch { return null; } })();
  if (stored === "light" || stored === "dark") root.dataset.theme = stored;
  const toggle = document.querySelector("[data-theme-toggle]");
  if (toggle) {
    const current = () => root.dataset.theme || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
    const label = () => toggle.setAttribute("aria-label", current() === "dark" ? "Switch to light theme" : "Switch to dark theme");
    toggle.hidden = false;
    label();
    toggle.addEventListener("click", () => {
      const next = current() === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      try { localStorage.setItem("theme", next); } catch { /* private mode: the choice lasts for this page */ }
      label();
    });
  }

  // The sidebar shows the current topic: scroll it (not the page) so that link is in view.
  const nav = document.querySelector(".site-nav");
  const current = nav && nav.querySelector("a[aria-current='page']");
  if (nav && current && nav.scrollHeight > nav.clientHeight) {
    const top = current.offsetTop - nav.clientHeight / 2;
    if (top > 0) nav.scrollTop = top;
  }

  // The header's topic menu and the inline "On this page" close once a link in them is followed (same-page anchors).
  for (const details of document.querySelectorAll("details.menu, details.toc-inline")) {
    details.addEventListener("click", (e) => { if (e.target.closest("a")) details.open = false; });
  }
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") for (const d of document.querySelectorAll("details.menu[open]")) { d.open = false; d.querySelector("summary").focus(); }
  });

  // Copy buttons on code blocks.
  for (const figure of document.querySelectorAll("figure.code")) {
    const code = figure.querySelector("code");
    if (!code || !navigator.clipboard) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy code to clipboard");
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(code.innerText.replace(/\n$/, ""));
        button.textContent = "Copied";
      } catch {
        button.textContent = "Press Ctrl+C";
      }
      setTimeout(() => { button.textContent = "Copy"; }, 1500);
    });
    figure.appendChild(button);
  }

  // On-page contents: mark the section in view.
  const tocLinks = [...document.querySelectorAll(".toc a[href^='#']")];
  if (tocLinks.length && "IntersectionObserver" in window) {
    const byId = new Map(tocLinks.map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
    const headings = [...byId.keys()].map((id) => document.getElementById(id)).filter(Boolean);
    const visible = new Set();
    const update = () => {
      const first = headings.find((h) => visible.has(h)) || null;
      let active = first;
      if (!active) {
        // Between headings: the last one above the viewport.
        active = headings.filter((h) => h.getBoundingClientRect().top < 80).pop() || null;
      }
      for (const a of tocLinks) a.classList.toggle("active", active !== null && byId.get(active.id) === a);
    };
    const observer = new IntersectionObserver((entries) => {
      for (const e of entries) (e.isIntersecting ? visible.add(e.target) : visible.delete(e.target));
      update();
    }, { rootMargin: "-64px 0px -60% 0px" });
    headings.forEach((h) => observer.observe(h));
  }

  // Wide tables and code scroll sideways (site.css): the ones that overflow become tab stops, so the
  // keyboard can scroll them too (WCAG 2.1.1).
  const scrollers = document.querySelectorAll(".content table, figure.code pre");
  const markScrollable = () => {
    for (const el of scrollers) {
      if (el.scrollWidth > el.clientWidth + 1) el.tabIndex = 0;
      else el.removeAttribute("tabindex");
    }
  };
  if (scrollers.length) {
    markScrollable();
    let pending = false;
    addEventListener("resize", () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => { pending = false; markScrollable(); });
    });
  }
})();
