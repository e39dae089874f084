/**
 * Styles of the overlay, inside its shadow root (the page's CSS cannot reach them, nor they the page). Colours and
 * the font stack are the tokens the extension pages use (src/ui/shared/tokens.css): one visual language. The tokens
 * are set on the root's own top elements (`.tb-theme`), so a page cannot pass its own values in through the host.
 */
import TOKENS_CSS from '@/src/ui/shared/tokens.css?inline';

const OWN_CSS = `
/*
 * The host takes no space and no pointer events, so the page's layout never moves. !important inside the shadow root
 * wins over the page's rules for the host, even its !important ones and its inline style (CSS Scoping: for important
 * declarations the inner tree context wins), so a page cannot hide, move or restyle what Tebiki shows.
 */
:host {
  all: initial !important;
  display: block !important;
  position: absolute !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
}
.tb-theme {
  font-family: var(--tb-font);
  color: var(--tb-tip-ink);
}
/* The viewport, as a layout root of its own (see overlay.ts); above the chips, so a tooltip is never under one. */
.layer {
  position: fixed;
  z-index: 1;
  inset: 0;
  contain: strict;
  pointer-events: none;
}
/* The screen-reader live region: read, not seen. */
.live {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
button {
  all: initial;
  font: inherit;
  color: inherit;
  cursor: pointer;
  pointer-events: auto;
}
button:focus-visible {
  outline: 2px solid var(--tb-focus);
  outline-offset: 2px;
}

/* The tooltip: a card with the accent along its top edge. Its text size is the user's setting (data-size). */
.tooltip {
  /* At the viewport's corner, moved with transform (overlay.ts): never part of the page's scroll area. */
  position: absolute;
  top: 0;
  left: 0;
  z-index: 2147483647;
  display: flex;
  flex-direction: column;
  /* The height is capped at the room on the chosen side (overlay.ts sets max-height); the body scrolls. */
  max-height: calc(100vh - 16px);
  /* The host has no width: without max-content the tooltip would shrink to its longest word. */
  width: max-content;
  max-width: min(26em, calc(100vw - 16px));
  box-sizing: border-box;
  border: 1px solid var(--tb-tip-border);
  border-top: 3px solid var(--tb-accent);
  border-radius: var(--tb-radius);
  background: var(--tb-tip-surface);
  color: var(--tb-tip-ink);
  font: 14px/1.45 var(--tb-font);
  box-shadow: var(--tb-shadow);
  pointer-events: none;
  overflow: hidden;
  overflow-wrap: anywhere;
}
.tooltip[data-size='small'] { font-size: 13px; }
.tooltip[data-size='large'] { font-size: 17px; }
.tooltip[hidden] { display: none; }
/* A tooltip drawn without body and foot (the renderer before the compact model) scrolls as a whole. */
.tooltip:not([hidden]):not(:has(> .body)) { display: block; padding: 0.45em 0.7em 0.5em; overflow: auto; pointer-events: auto; }
/* Everything but the buttons scrolls inside the card, so the buttons stay in view. */
.body {
  overflow: auto;
  overscroll-behavior: contain;
  padding: 0.45em 0.7em 0.5em;
  min-height: 0;
  flex: 1 1 auto;
  pointer-events: auto;
}
.foot {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.3em 0.4em;
  padding: 0.35em 0.7em 0.45em;
  border-top: 1px solid var(--tb-tip-border);
  flex: 0 0 auto;
  pointer-events: auto;
}
.foot:empty { display: none; }
.entry + .entry { margin-top: 0.4em; padding-top: 0.4em; border-top: 1px solid var(--tb-tip-border); }
.ja { font-size: 1.05em; color: var(--tb-tip-ink); }
.ja .ruby {
  display: inline-flex;
  flex-direction: column-reverse;
  align-items: center;
}
.ja .rt { font-size: 0.68em; line-height: 1.2; color: var(--tb-tip-muted); white-space: nowrap; }
.en { color: var(--tb-tip-meaning); font-weight: 600; }
.words { margin: 0.15em 0 0; padding: 0; list-style: none; color: var(--tb-tip-ink); font-size: 0.93em; }
.words li { display: inline; }
.words li + li::before { content: " · "; color: var(--tb-tip-muted); }
.words .en { font-weight: 400; }
.hint { margin-top: 0.3em; color: var(--tb-tip-ink); font-size: 0.93em; }
.context { color: var(--tb-tip-muted); font-size: 0.86em; margin-top: 0.3em; }
.context .ja { font-size: 1em; color: var(--tb-tip-muted); }
.option, .page-note { margin-top: 0.3em; }
.option::before { content: "▸ "; color: var(--tb-tip-muted); }
.option { display: flex; flex-wrap: wrap; gap: 0 0.4em; align-items: baseline; }
.enter { color: var(--tb-tip-ink); font-size: 0.93em; margin-top: 0.3em; }
.warning {
  margin-top: 0.35em;
  padding: 0.15em 0.4em;
  border-radius: 4px;
  background: var(--tb-warn-surface);
  color: var(--tb-warn);
  font-weight: 600;
  font-size: 0.93em;
}
.page-note { font-size: 0.93em; color: var(--tb-tip-muted); }
.page-note .ja { font-size: 1em; color: var(--tb-tip-muted); }
.details { margin-top: 0.3em; }
.details[hidden] { display: none; }
.tooltip.inert .actions, .tooltip.inert button { pointer-events: none; }
[data-fallback]::after { content: " (EN)"; color: var(--tb-tip-muted); font-size: 0.8em; font-weight: 400; }
.options { margin-top: 0.3em; color: var(--tb-tip-ink); font-size: 0.86em; }
.field:not(:empty) { margin-top: 0.4em; padding-top: 0.4em; border-top: 1px solid var(--tb-tip-border); }
.help { color: var(--tb-tip-ink); font-size: 0.93em; }
.source { color: var(--tb-tip-muted); font-size: 0.8em; margin-top: 0.15em; }
.problem { color: var(--tb-danger); font-weight: 600; font-size: 0.93em; margin-top: 0.3em; }
.problem::before { content: "⚠ "; }
.actions { display: flex; flex-wrap: wrap; gap: 0.3em; margin-top: 0.4em; pointer-events: auto; }
.actions button, .foot button.action {
  font-size: 0.86em;
  line-height: 1.4;
  color: var(--tb-accent-ink);
  background: var(--tb-accent);
  border-radius: 4px;
  padding: 0.15em 0.6em;
}
.actions button:hover, .foot button.action:hover { filter: brightness(1.12); }
.shortcut { opacity: 0.85; font-size: 0.9em; margin-inline-start: 0.4em; }
.more {
  margin-top: 0.4em;
  font-size: 0.86em;
  color: var(--tb-accent);
  text-decoration: underline;
}
.foot .more { margin-top: 0; margin-inline-start: auto; }

/* Problems found when the user left a field, beside it. */
.status {
  position: absolute;
  top: 0;
  left: 0;
  z-index: 2147483646;
  max-width: min(360px, calc(100vw - 8px));
  box-sizing: border-box;
  padding: 4px 8px;
  border-radius: 4px;
  border-inline-start: 3px solid var(--tb-danger);
  background: var(--tb-tip-surface);
  color: var(--tb-danger);
  font: 600 12px/1.4 var(--tb-font);
  box-shadow: var(--tb-shadow);
  pointer-events: none;
}
.status[hidden] { display: none; }

/* Inline chips beside labels, headings and buttons (placed by chips.ts where they cover nothing). */
.chips { position: absolute; top: 0; left: 0; z-index: 0; }
.chip, .chip-marker {
  /* Placed with transform (document coordinates) and a width measured for the text (chips.ts). */
  position: absolute;
  top: 0;
  left: 0;
  z-index: 2147483646;
  box-sizing: border-box;
  border-radius: 3px;
  background: var(--tb-chip-surface);
  color: var(--tb-chip-ink);
  pointer-events: none;
}
.chip {
  height: 16px;
  padding: 0 5px;
  font: 600 12px/16px var(--tb-font);
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}
/* A label whose chip did not fit: a small "…" in the chips' colours that opens the tooltip on hover. */
.chip-marker {
  height: 14px;
  font: 700 11px/10px var(--tb-font);
  text-align: center;
  pointer-events: auto;
  cursor: help;
}
.chip[hidden], .chip-marker[hidden] { display: none; }
`;

/** The whole stylesheet of the overlay's shadow root. */
export const OVERLAY_CSS = `${TOKENS_CSS}\n${OWN_CSS}`;
