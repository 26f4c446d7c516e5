import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { percent, shanghaiMinute } from './export-labels';

/** What a column holds: text, a count, a moment (Asia/Shanghai), or a share 0..1. */
export type CellKind = 'text' | 'number' | 'moment' | 'share';

export interface TableColumn {
  header: string;
  kind?: CellKind;
  /** In characters, as a spreadsheet counts them (a Chinese character is about two). */
  width: number;
}

export type Cell = string | number | Date | null;

/** A sheet streamed to the client as CSV or XLSX, row by row, so a large export never sits in memory. */
export interface TableWriter {
  row(values: Cell[]): void;
  end(): Promise<void>;
}

/** The file's name (without its extension) and the sheet's, in the export's language. */
export interface TableNames {
  file: string;
  sheet: string;
}

/** A cell Excel would run as a formula (=, +, -, @) is written as text. */
const safeText = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/** A cell as CSV text: a moment as Shanghai's minute, a share as a percentage. */
function csvText(v: Cell, kind: CellKind): string {
  if (v == null) return '';
  if (v instanceof Date) return shanghaiMinute(v) ?? '';
  if (typeof v === 'number') return kind === 'share' ? (percent(v) ?? '') : String(v);
  return safeText(v);
}

const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * A cell as XLSX holds it: a moment as a date cell of Shanghai's wall clock (a spreadsheet's dates
 * have no time zone), numbers and shares as numbers the column formats.
 */
function xlsxValue(v: Cell): ExcelJS.CellValue {
  if (v == null) return null;
  if (v instanceof Date) return new Date(v.getTime() + 8 * 3_600_000);
  return typeof v === 'number' ? v : safeText(v);
}

const NUMBER_FORMATS: Record<CellKind, string | undefined> = {
  text: undefined,
  number: undefined,
  moment: 'yyyy-mm-dd hh:mm',
  share: '0.0%',
};

/** At most 31 characters, none of []:*?/\ (Excel's rule for a sheet's name). */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);

export function tableWriter(
  res: Response,
  format: 'csv' | 'xlsx',
  names: TableNames,
  columns: TableColumn[],
): TableWriter {
  const disposition = `attachment; filename*=UTF-8''${encodeURIComponent(`${names.file}.${format}`)}`;
  const kinds = columns.map((c) => c.kind ?? 'text');
  if (format === 'csv') {
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': disposition,
      'Cache-Control': 'no-store',
    });
    res.write(`\uFEFF${columns.map((c) => csvCell(safeText(c.header))).join(',')}\r\n`); // the BOM makes Excel read UTF-8
    return {
      row: (values) => {
        res.write(`${values.map((v, i) => csvCell(csvText(v, kinds[i]))).join(',')}\r\n`);
      },
      end: async () => {
        res.end();
      },
    };
  }
  res.set({
    'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'Content-Disposition': disposition,
    'Cache-Control': 'no-store',
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useSharedStrings: false, useStyles: true });
  // The header stays in view and filters every column.
  const sheet = workbook.addWorksheet(sheetName(names.sheet), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  sheet.columns = columns.map((c, i) => ({ width: c.width, style: { numFmt: NUMBER_FORMATS[kinds[i]] } }));
  const header = sheet.addRow(columns.map((c) => safeText(c.header)));
  header.font = { bold: true };
  header.commit();
  return {
    row: (values) => {
      sheet.addRow(values.map(xlsxValue)).commit();
    },
    end: async () => {
      sheet.commit();
      await workbook.commit();
    },
  };
}
