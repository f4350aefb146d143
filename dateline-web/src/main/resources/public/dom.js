// Building the page's elements. Everything the store returns was written by strangers, so it only ever reaches the
// page as text: elements are made with createElement and filled with text nodes, never parsed from markup.
'use strict';

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(e, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** An HTML element with attributes and children; a child that is not a node becomes a text node. */
function el(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** The same for SVG. */
function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function hashFor(path, params) {
  return '#/' + path + '?' + new URLSearchParams(params).toString();
}

function link(hash, text) {
  return el('a', {href: hash}, text);
}
