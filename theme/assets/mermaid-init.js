// Fallback only: a page whose diagrams were not rendered at build time (no cache entry and no Chromium on the
// building machine) loads mermaid.min.js and this file. Each <pre class="mermaid"> becomes a light and a dark SVG,
// shown by the same CSS as build-time diagrams (.diagram-light / .diagram-dark), so switching themes needs no re-render.
// The site's CSP forbids inline styles, so Mermaid's <style> goes into a constructed stylesheet and its style
// attributes are applied through the CSSOM, which the CSP allows.
(function () {
  'use strict';
  if (!window.mermaid) return;
  var config = { startOnLoad: false, securityLevel: 'strict', htmlLabels: false, flowchart: { htmlLabels: false } };
  var sheets = [];
  var count = 0;

  // Parses Mermaid's SVG text; returns the SVG (adopted into this document, unstyled) and its style attributes.
  function inline(svgText) {
    var parsed = new DOMParser().parseFromString('<!DOCTYPE html><body>' + svgText, 'text/html');
    var svg = parsed.body.querySelector('svg');
    parsed.querySelectorAll('style').forEach(function (style) {
      try {
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(style.textContent);
        sheets.push(sheet);
      } catch (e) { /* no constructable stylesheets: the diagram shows unstyled */ }
      style.remove();
    });
    var styled = [];
    svg.querySelectorAll('[style]').forEach(function (element) {
      styled.push([element, element.getAttribute('style')]);
      element.removeAttribute('style');
    });
    if (svg.hasAttribute('style')) {
      styled.push([svg, svg.getAttribute('style')]);
      svg.removeAttribute('style');
    }
    return { node: document.adoptNode(svg), styled: styled };
  }

  async function renderOne(pre) {
    var source = pre.textContent;
    var figure = document.createElement('figure');
    figure.className = 'diagram';
    var renders = [['default', 'diagram-light'], ['dark', 'diagram-dark']];
    for (var i = 0; i < renders.length; i++) {
      mermaid.initialize(Object.assign({}, config, { theme: renders[i][0] }));
      var result = await mermaid.render('mermaid-client-' + (count++), source);
      var svg = inline(result.svg);
      svg.node.classList.add(renders[i][1]);
      figure.appendChild(svg.node);
      svg.styled.forEach(function (pair) { pair[0].style.cssText = pair[1]; });
    }
    pre.replaceWith(figure);
  }

  async function run() {
    var blocks = Array.prototype.slice.call(document.querySelectorAll('pre.mermaid'));
    for (var i = 0; i < blocks.length; i++) {
      try { await renderOne(blocks[i]); } catch (e) { blocks[i].setAttribute('data-error', String(e && e.message || e)); }
    }
    if (sheets.length && 'adoptedStyleSheets' in document) {
      document.adoptedStyleSheets = document.adoptedStyleSheets.concat(sheets);
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
})();
