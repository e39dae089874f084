/**
 * The headers of a table cell, as a person reads them: the th cells to its left in its row (a rowspan group header
 * such as 氏名 spanning フリガナ and 漢字 rows, then the row's own sub-header), and the th above it in its column.
 * Tables are laid out as a grid (rowspan and colspan included) down to the rows asked about and cached, so a
 * 3,000-row table costs one pass, spread over the scan.
 */

interface Grid {
  /** The table's rows (a live collection), laid out up to `built`. */
  rows: HTMLCollectionOf<HTMLTableRowElement>;
  /** How many rows are laid out: the grid grows as cells further down are asked about. */
  built: number;
  /** grid[row][col] = the cell covering that slot. */
  slots: (HTMLTableCellElement | undefined)[][];
  /** Where each cell starts. */
  position: Map<HTMLTableCellElement, { row: number; col: number }>;
  /** The first row with a td (column headers are above it); -1 until one is laid out. */
  firstDataRow: number;
  /** How many rows the table had when the grid was started. */
  rowCount: number;
}

const grids = new WeakMap<HTMLTableElement, Grid>();

/** Lays out one more row. */
function addRow(grid: Grid): void {
  const r = grid.built;
  const row = grid.rows[r]!;
  grid.built += 1;
  const cells = row.cells;
  const slots = (grid.slots[r] ??= []);
  let c = 0;
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!;
    if (grid.firstDataRow < 0 && cell.localName === 'td') grid.firstDataRow = r;
    while (slots[c]) c++;
    grid.position.set(cell, { row: r, col: c });
    // rowspan=0 means "to the end of the section": a few rows are enough for headers.
    const rowSpan = Math.max(1, Math.min(cell.rowSpan || 1, 1000));
    const colSpan = Math.max(1, Math.min(cell.colSpan || 1, 100));
    for (let i = 0; i < rowSpan; i++) {
      const spanned = (grid.slots[r + i] ??= []);
      for (let j = 0; j < colSpan; j++) spanned[c + j] = cell;
    }
    c += colSpan;
  }
}

/** The grid of `table` laid out at least down to `cell` (or to its end, if the cell is not one of its rows). */
function gridFor(table: HTMLTableElement, cell: HTMLTableCellElement): Grid {
  let grid = grids.get(table);
  // Start again when rows were added or removed (pages that show hidden rows or append lines).
  if (!grid || grid.rowCount !== table.rows.length) {
    grid = {
      rows: table.rows,
      built: 0,
      slots: [],
      position: new Map(),
      firstDataRow: -1,
      rowCount: table.rows.length,
    };
    grids.set(table, grid);
  }
  while (!grid.position.has(cell) && grid.built < grid.rowCount) addRow(grid);
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
  const grid = gridFor(table, cell);
  const at = grid.position.get(cell);
  if (!at) return { row: [], column: null };
  const row: HTMLTableCellElement[] = [];
  for (let c = 0; c < at.col; c++) {
    const slot = grid.slots[at.row]?.[c];
    if (slot && slot.localName === 'th' && !row.includes(slot)) row.push(slot);
  }
  let column: HTMLTableCellElement | null = null;
  const headerRows = grid.firstDataRow < 0 ? at.row : grid.firstDataRow;
  for (let r = Math.min(at.row, headerRows) - 1; r >= 0; r--) {
    const slot = grid.slots[r]?.[at.col];
    if (slot && slot.localName === 'th' && slot !== cell) {
      column = slot;
      break;
    }
  }
  return { row, column };
}
