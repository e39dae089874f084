/** Styles of the overlay, inside its shadow root (the page's CSS cannot reach them, nor they the page). */
export const OVERLAY_CSS = `
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
/* The viewport, as a layout root of its own (see overlay.ts). */
.layer {
  position: fixed;
  inset: 0;
  contain: strict;
  pointer-events: none;
}
.tooltip {
  /* At the viewport's corner, moved with transform (overlay.ts): never part of the page's scroll area. */
  position: absolute;
  top: 0;
  left: 0;
  z-index: 2147483647;
  max-height: calc(100vh - 16px);
  overflow: auto;
  /* The host has no width: without max-content the tooltip would shrink to its longest word. */
  width: max-content;
  max-width: min(420px, calc(100vw - 16px));
  box-sizing: border-box;
  padding: 8px 10px;
  border-radius: 6px;
  background: #1f2933;
  color: #f5f7fa;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", sans-serif;
  box-shadow: 0 4px 14px rgba(0, 0, 0, 0.3);
  pointer-events: none;
  overflow-wrap: anywhere;
}
.tooltip[hidden] { display: none; }
.entry + .entry { margin-top: 6px; padding-top: 6px; border-top: 1px solid rgba(255, 255, 255, 0.15); }
.ja { font-size: 15px; color: #ffffff; }
.ja .ruby {
  display: inline-flex;
  flex-direction: column-reverse;
  align-items: center;
}
.ja .rt { font-size: 10px; line-height: 1.2; color: #cbd2d9; white-space: nowrap; }
.en { color: #9fe6a0; font-weight: 600; }
.words { margin: 2px 0 0; padding: 0; list-style: none; color: #e4e7eb; font-size: 13px; }
.words li { display: inline; }
.words li + li::before { content: " · "; color: #7b8794; }
.hint { margin-top: 4px; color: #fce588; font-size: 13px; }
.context { color: #cbd2d9; font-size: 12px; }
.options { margin-top: 4px; color: #e4e7eb; font-size: 12px; }
.field { margin-top: 6px; padding-top: 6px; border-top: 1px solid rgba(255, 255, 255, 0.15); }
.help { color: #e4e7eb; font-size: 13px; }
.source { color: #9aa5b1; font-size: 11px; margin-top: 2px; }
.problem { color: #ffb4a9; font-weight: 600; font-size: 13px; margin-top: 4px; }
.problem::before { content: "⚠ "; }
.actions { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 6px; pointer-events: auto; }
.actions button {
  all: initial;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1f2933;
  background: #9fe6a0;
  border-radius: 4px;
  padding: 2px 8px;
  cursor: pointer;
}
.actions button:hover { background: #c1f2c7; }
.status {
  position: absolute;
  top: 0;
  left: 0;
  z-index: 2147483646;
  max-width: min(360px, calc(100vw - 8px));
  box-sizing: border-box;
  padding: 4px 8px;
  border-radius: 4px;
  background: #7a0916;
  color: #ffffff;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  pointer-events: none;
}
.status[hidden] { display: none; }
.banner {
  position: absolute;
  right: 12px;
  bottom: 12px;
  z-index: 2147483646;
  max-width: 320px;
  padding: 6px 10px;
  border-radius: 6px;
  background: #1a4a8a;
  color: #ffffff;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.25);
  pointer-events: none;
}
.banner[hidden] { display: none; }
.chips { position: absolute; top: 0; left: 0; }
.chip {
  /* Placed with transform and a max-width that ends at the viewport's edge (chips.ts). */
  position: absolute;
  top: 0;
  left: 0;
  z-index: 2147483646;
  padding: 0 4px;
  border-radius: 3px;
  background: rgba(26, 74, 138, 0.92);
  color: #ffffff;
  font: 11px/14px system-ui, -apple-system, "Segoe UI", sans-serif;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
  pointer-events: none;
}
.chip[hidden] { display: none; }
`;
