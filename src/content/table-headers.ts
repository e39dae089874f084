/**
 * The headers of a table cell, as a person reads them: the th cells to its left in its row (a rowspan group header
 * such as 氏名 spanning フリガナ and 漢字 rows, then the row's own sub-header), and the th above it in its column.
 * Tables are laid out as a grid once (rowspan and colspan included) and cached, so a 3,000-row table costs one pass.
 */

interface Grid {
  /** grid[row][col] = the cell covering that slot. */
  slots: (HTMLTableCellElement | undefined)[][];
  /** Where each cell starts. */
  position: Map<HTMLTableCellElement, { row: number; col: number }>;
  /** Rows before the first row with a td: where column headers are. */
  headerRows: number;
}

const grids = new WeakMap<HTMLTableElement, { rows: number; grid: Grid }>();

function buildGrid(table: HTMLTableElement): Grid {
  const slots: (HTMLTableCellElement | undefined)[][] = [];
  const position = new Map<HTMLTableCellElement, { row: number; col: number }>();
  let headerRows = -1;
  Array.from(table.rows).forEach((row, r) => {
    if (headerRows < 0 && Array.from(row.cells).some((cell) => cell.localName === 'td')) headerRows = r;
    slots[r] ??= [];
    let c = 0;
    for (const cell of Array.from(row.cells)) {
      while (slots[r][c]) c++;
      position.set(cell, { row: r, col: c });
      // rowspan=0 means "to the end of the section": a few rows are enough for headers.
      const rowSpan = Math.max(1, Math.min(cell.rowSpan || 1, 1000));
      const colSpan = Math.max(1, Math.min(cell.colSpan || 1, 100));
      for (let i = 0; i < rowSpan; i++) {
        slots[r + i] ??= [];
        for (let j = 0; j < colSpan; j++) slots[r + i]![c + j] = cell;
      }
      c += colSpan;
    }
  });
  return { slots, position, headerRows: Math.max(headerRows, 0) };
}

function gridOf(table: HTMLTableElement): Grid {
  const cached = grids.get(table);
  // Rebuild when rows were added or removed (pages that show hidden rows or append lines).
  if (cached && cached.rows === table.rows.length) return cached.grid;
  const grid = buildGrid(table);
  grids.set(table, { rows: table.rows.length, grid });
  return grid;
}

/**
 * Header cells of `cell`: row headers left to right, and the column header (null when none).
 * @example tableHeaders(td) // { row: [th氏名, thフリガナ], column: null }
 */
export function tableHeaders(cell: HTMLTableCellElement): {
  row: HTMLTableCellElement[];
  column: HTMLTableCellElement | null;
} {
  const table = cell.closest('table');
  if (!table) return { row: [], column: null };
  const grid = gridOf(table);
  const at = grid.position.get(cell);
  if (!at) return { row: [], column: null };
  const row: HTMLTableCellElement[] = [];
  for (let c = 0; c < at.col; c++) {
    const slot = grid.slots[at.row]?.[c];
    if (slot && slot.localName === 'th' && !row.includes(slot)) row.push(slot);
  }
  let column: HTMLTableCellElement | null = null;
  for (let r = Math.min(at.row, grid.headerRows) - 1; r >= 0; r--) {
    const slot = grid.slots[r]?.[at.col];
    if (slot && slot.localName === 'th' && slot !== cell) {
      column = slot;
      break;
    }
  }
  return { row, column };
}
