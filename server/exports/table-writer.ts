import ExcelJS from 'exceljs';
import type { Response } from 'express';

/** A sheet streamed to the client as CSV or XLSX, row by row, so a large export never sits in memory. */
export interface TableWriter {
  row(values: (string | number | null)[]): void;
  end(): Promise<void>;
}

/** A cell Excel would run as a formula (=, +, -, @) is written as text. */
const safeCell = (v: string | number | null) => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : (v ?? ''));

const csvCell = (v: string | number | null) => {
  const text = String(safeCell(v));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function tableWriter(res: Response, format: 'csv' | 'xlsx', fileName: string, header: string[]): TableWriter {
  const disposition = `attachment; filename*=UTF-8''${encodeURIComponent(`${fileName}.${format}`)}`;
  if (format === 'csv') {
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': disposition,
      'Cache-Control': 'no-store',
    });
    res.write(`\uFEFF${header.map(csvCell).join(',')}\r\n`); // the BOM makes Excel read UTF-8
    return {
      row: (values) => {
        res.write(`${values.map(csvCell).join(',')}\r\n`);
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
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet(fileName.slice(0, 31));
  sheet.addRow(header).commit();
  return {
    row: (values) => {
      sheet.addRow(values.map(safeCell)).commit();
    },
    end: async () => {
      sheet.commit();
      await workbook.commit();
    },
  };
}
